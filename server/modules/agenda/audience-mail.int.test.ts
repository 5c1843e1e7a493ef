// The requester is told by e-mail: through a real SMTP server when SMTP_URL is set, written to the log when
// it is not; a message that cannot be sent never undoes the decision and is reported to the private office.
import type { AddressInfo } from 'node:net';
import type { InjectOptions } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '../../platform/dates.js';
import { createTestApp, type TestContext } from '../../test/app.js';
import { audiencesUrl } from './agenda.fixtures.js';

type Received = { to: string[]; reference: string; body: string };

async function startSmtpServer(): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          reference: /^X-Pilotage-Reference: (.*)$/im.exec(raw)?.[1]?.trim() ?? '',
          // quoted-printable soft line breaks joined again
          body: raw.replace(/=\r?\n/g, ''),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, received };
}

const day = addDaysIso(todayIso(), 45);
let address = 1;
const request = (email: string) => ({
  requesterName: 'Koffi Mensah',
  email,
  subject: 'Projet de marché couvert',
  preferredDates: [day],
});
async function submit(ctx: TestContext, email: string) {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/public/administrations/MZG/audience-requests',
    payload: request(email) as InjectOptions['payload'],
    remoteAddress: `203.0.113.${address++}`,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { reference: string; trackingToken: string; trackingUrl: string };
}
async function requestIdOf(ctx: TestContext, reference: string) {
  const secretariat = await ctx.login('secretariat@mairie.demo.bj');
  const town = await secretariat.administrationId('MZG');
  const list = (await secretariat.get(audiencesUrl(town))).json() as { items: { id: string; reference: string }[] };
  return { secretariat, town, id: list.items.find((i) => i.reference === reference)!.id };
}

describe('through a real SMTP server', async () => {
  const smtp = await startSmtpServer();
  const ctx = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Mairie de Zogbodomey <cabinet@mairie.demo.bj>' }, { smtp: true });

  it('sends the tracking link on receipt and the slot on acceptance', async () => {
    const created = await submit(ctx, 'koffi.mensah@example.bj');
    const receipt = smtp.received.find((m) => m.reference === created.reference)!;
    expect(receipt.to).toEqual(['koffi.mensah@example.bj']);
    expect(receipt.body).toContain(created.trackingUrl);
    expect(receipt.body).toMatch(/^From: .*cabinet@mairie\.demo\.bj/m);

    const { secretariat, town, id } = await requestIdOf(ctx, created.reference);
    const res = await secretariat.post(audiencesUrl(town, `/${id}/accept`), {
      startsAt: `${day}T15:00:00+01:00`,
      endsAt: `${day}T15:30:00+01:00`,
    });
    expect(res.statusCode).toBe(200);
    expect((res.json() as { isRequesterNotified: boolean }).isRequesterNotified).toBe(true);
    expect(smtp.received.filter((m) => m.reference === created.reference)).toHaveLength(2);
  });
});

describe('when the mail cannot leave', async () => {
  const ctx = await createTestApp();

  it('keeps the request and the decision, and says the requester was not told', async () => {
    ctx.mailer.failNext(1);
    const created = await submit(ctx, 'unreachable@example.bj');
    const { secretariat, town, id } = await requestIdOf(ctx, created.reference);
    ctx.mailer.failNext(1);
    const res = await secretariat.post(audiencesUrl(town, `/${id}/decline`), { reason: 'Relève de la direction des services techniques.' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ isRequesterNotified: false, request: { status: 'declined' } });
    const tracking = await ctx.app.inject({ method: 'GET', url: `/api/public/audience-requests/${created.trackingToken}` });
    expect(tracking.json()).toMatchObject({ status: 'declined' });
  });
});

describe('without SMTP_URL', async () => {
  const ctx = await createTestApp({}, { smtp: true });

  it('writes the mail to the log and tells the private office nobody was told', async () => {
    const created = await submit(ctx, 'no-smtp@example.bj');
    const { secretariat, town, id } = await requestIdOf(ctx, created.reference);
    const res = await secretariat.post(audiencesUrl(town, `/${id}/decline`), { reason: 'Hors compétence.' });
    expect(res.json()).toMatchObject({ isRequesterNotified: false, request: { status: 'declined' } });
  });
});
