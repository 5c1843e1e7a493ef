// Audience requests: the public form (spam, floods, bad input), the tracking link, internal requests, and the
// private office's triage with its e-mails.
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '../../platform/dates.js';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { agendaUrl, audiencesUrl, fieldsOf, listEvents, structureIdByAcronym, type ErrorBody } from './agenda.fixtures.js';

const ctx = await createTestApp();
let secretariat: TestAgent;
let director: TestAgent;
let town: string;
let nextAddress = 1;
// each test writes from its own address, so the per-address limit of one does not spill into another
const newAddress = () => `192.0.2.${nextAddress++}`;
const future = (days: number) => addDaysIso(todayIso(), days);

type Created = { reference: string; trackingToken: string; trackingUrl: string };
type Listed = {
  items: { id: string; reference: string; status: string; source: string; event: { id: string } | null }[];
  counts: Record<string, number>;
};

const request = (overrides: Record<string, unknown> = {}) => ({
  requesterName: 'Aïcha Dossou',
  organisation: 'Association des commerçantes du marché de Zogbodomey',
  email: 'aicha.dossou@example.bj',
  phone: '+229 01 97 12 34 56',
  subject: 'Réhabilitation des hangars du marché central',
  preferredDates: [future(10), future(12)],
  ...overrides,
});

function submit(body: unknown, address = newAddress(), code = 'MZG', headers: InjectOptions['headers'] = {}) {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/public/administrations/${code}/audience-requests`,
    payload: body as InjectOptions['payload'],
    remoteAddress: address,
    headers,
  });
}
const track = (token: string) => ctx.app.inject({ method: 'GET', url: `/api/public/audience-requests/${token}` });
const listRequests = async () => (await secretariat.get(audiencesUrl(town))).json() as Listed;
const mailsTo = (email: string) => ctx.mails.filter((m) => m.to === email);

beforeAll(async () => {
  secretariat = await ctx.login('secretariat@mairie.demo.bj');
  director = await ctx.login('directeur@mairie.demo.bj');
  town = await secretariat.administrationId('MZG');
});

describe('the public form', () => {
  it('names the administration and its head, without an account', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/public/administrations/mzg' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: 'MZG', headTitle: 'Maire', name: 'Mairie de Zogbodomey' });
    expect((await ctx.app.inject({ method: 'GET', url: '/api/public/administrations/XYZ' })).statusCode).toBe(404);
    // an oversight body receives no audience requests
    expect((await ctx.app.inject({ method: 'GET', url: '/api/public/administrations/CSP' })).statusCode).toBe(404);
  });

  it('records a request, answers a tracking link and sends it by e-mail', async () => {
    const res = await submit(request({ email: 'suivi.public@example.bj' }));
    expect(res.statusCode).toBe(201);
    const created = res.json() as Created;
    expect(created.reference).toMatch(/^DA-\d{4}-\d{4}$/);
    expect(created.trackingUrl).toBe(`http://localhost:80/audience/suivi/${created.trackingToken}`);
    const [mail] = mailsTo('suivi.public@example.bj');
    expect(mail!.subject).toBe(`Demande d’audience ${created.reference} reçue`);
    expect(mail!.text).toContain(created.trackingUrl);
    const tracking = await track(created.trackingToken);
    expect(tracking.statusCode).toBe(200);
    expect(tracking.json()).toMatchObject({ reference: created.reference, status: 'pending', administration: { headTitle: 'Maire' } });
    expect((await listRequests()).items.map((i) => i.reference)).toContain(created.reference);
  });

  it('refuses a malformed e-mail address, naming the field, and writes nothing', async () => {
    const before = await listRequests();
    const res = await submit(request({ email: 'aicha.dossou@' }));
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).fields).toContainEqual({ field: 'email', message: 'Adresse électronique invalide.' });
    expect((await listRequests()).items.length).toBe(before.items.length);
    expect(mailsTo('aicha.dossou@')).toEqual([]);
  });

  it('refuses preferred dates already past', async () => {
    const res = await submit(request({ preferredDates: [future(3), '2020-01-06'] }));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json() as ErrorBody)).toEqual(['preferredDates.1']);
  });

  it('answers a robot that fills the hidden field as if it were accepted, and keeps nothing', async () => {
    const before = await listRequests();
    const res = await submit(request({ email: 'robot@example.bj', website: 'http://spam.example' }));
    expect(res.statusCode).toBe(201);
    const fake = res.json() as Created;
    expect(fake.reference).toMatch(/^DA-\d{4}-\d{4}$/);
    expect((await listRequests()).items.length).toBe(before.items.length);
    expect(mailsTo('robot@example.bj')).toEqual([]);
    expect((await track(fake.trackingToken)).statusCode).toBe(404);
  });

  it('stops a flood from one address with 429 and a delay, and writes nothing more', async () => {
    const address = newAddress();
    for (let i = 0; i < 5; i++) expect((await submit(request({ email: `flood${i}@example.bj` }), address)).statusCode).toBe(201);
    const before = await listRequests();
    const res = await submit(request({ email: 'flood5@example.bj' }), address);
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    const body = res.json() as ErrorBody;
    expect(body.code).toBe('rate_limited');
    expect(body.message).toMatch(/^Trop de demandes d’audience envoyées depuis cette adresse\. Réessayez dans \d+ minute/);
    // even malformed requests count: the limit is checked before the body is read
    expect((await submit({ email: 'x' }, address)).statusCode).toBe(429);
    expect((await listRequests()).items.length).toBe(before.items.length);
    expect(mailsTo('flood5@example.bj')).toEqual([]);
    // another address is not affected
    expect((await submit(request({ email: 'voisin@example.bj' }))).statusCode).toBe(201);
  });

  it('answers in English to a request made in English', async () => {
    const res = await submit(request({ email: 'english@example.bj', phone: 'call me' }), newAddress(), 'MZG', { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).message).toBe('Some values are invalid.');
    const ok = await submit(request({ email: 'english@example.bj' }), newAddress(), 'MZG', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(ok.statusCode).toBe(201);
    expect(mailsTo('english@example.bj')[0]!.subject).toMatch(/^Audience request DA-/);
  });

  it('answers 404 to an unknown tracking link', async () => {
    const res = await track('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(res.statusCode).toBe(404);
    expect((res.json() as ErrorBody).message).toBe('Aucune demande d’audience ne correspond à ce lien de suivi.');
  });
});

describe('triage by the private office', () => {
  const slotOn = (day: string, from: string, to: string) => ({ startsAt: `${day}T${from}:00+01:00`, endsAt: `${day}T${to}:00+01:00` });

  async function newRequest(email: string) {
    const created = (await submit(request({ email }))).json() as Created;
    const item = (await listRequests()).items.find((i) => i.reference === created.reference)!;
    return { ...created, id: item.id };
  }

  it('accepts with a slot: the clash is refused first, then confirmed; the event is created and the requester told', async () => {
    const req = await newRequest('accept@example.bj');
    // the weekly cabinet meeting of the demo agenda is on 27 November 2026, 9:00–10:30
    const clashing = { ...slotOn('2026-11-27', '09:30', '10:00'), place: 'Cabinet du Maire' };
    const refused = await secretariat.post(audiencesUrl(town, `/${req.id}/accept`), clashing);
    expect(refused.statusCode).toBe(409);
    const body = refused.json() as ErrorBody & { details: { clashes: { title: string }[] } };
    expect(body.message).toMatch(/chevauche \d+ événement/);
    expect(body.details.clashes.map((c) => c.title)).toContain('Réunion hebdomadaire du cabinet');
    expect((await track(req.trackingToken)).json()).toMatchObject({ status: 'pending' });

    const accepted = await secretariat.post(audiencesUrl(town, `/${req.id}/accept`), {
      ...clashing,
      allowClash: true,
      note: 'Présentez-vous à l’accueil.',
    });
    expect(accepted.statusCode).toBe(200);
    const result = accepted.json() as { request: { status: string; event: { id: string; title: string } }; isRequesterNotified: boolean };
    expect(result.isRequesterNotified).toBe(true);
    expect(result.request.status).toBe('accepted');
    expect(result.request.event.title).toBe('Audience : Aïcha Dossou (Association des commerçantes du marché de Zogbodomey)');
    const events = await listEvents(secretariat, town, '2026-11-27', '2026-11-28');
    expect(events.find((e) => e.id === result.request.event.id)).toMatchObject({ kind: 'audience', visibility: 'cabinet' });

    expect((await track(req.trackingToken)).json()).toMatchObject({
      status: 'accepted',
      slot: { startsAt: '2026-11-27T08:30:00.000Z', endsAt: '2026-11-27T09:00:00.000Z', place: 'Cabinet du Maire' },
      note: 'Présentez-vous à l’accueil.',
    });
    const mail = mailsTo('accept@example.bj').at(-1)!;
    expect(mail.subject).toMatch(/audience accordée$/);
    expect(mail.text).toContain('vendredi 27 novembre 2026, de 09:30 à 10:00');

    const again = await secretariat.post(audiencesUrl(town, `/${req.id}/decline`), { reason: 'Erreur' });
    expect(again.statusCode).toBe(409);
    expect((again.json() as ErrorBody).message).toBe('Cette demande d’audience a déjà été traitée.');
  });

  it('redirects to a structure and declines with a reason', async () => {
    const toRedirect = await newRequest('redirect@example.bj');
    const dst = await structureIdByAcronym(secretariat, town, 'DST');
    const redirected = await secretariat.post(audiencesUrl(town, `/${toRedirect.id}/redirect`), { structureId: dst, note: null });
    expect(redirected.statusCode).toBe(200);
    expect((await track(toRedirect.trackingToken)).json()).toMatchObject({
      status: 'redirected',
      redirectedTo: 'Direction des Services techniques',
    });
    expect(mailsTo('redirect@example.bj').at(-1)!.text).toContain('Direction des Services techniques');

    const toDecline = await newRequest('decline@example.bj');
    const empty = await secretariat.post(audiencesUrl(town, `/${toDecline.id}/decline`), { reason: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(fieldsOf(empty.json() as ErrorBody)).toEqual(['reason']);
    const declined = await secretariat.post(audiencesUrl(town, `/${toDecline.id}/decline`), { reason: 'Relève du chef d’arrondissement.' });
    expect(declined.statusCode).toBe(200);
    expect((await track(toDecline.trackingToken)).json()).toMatchObject({ status: 'declined', note: 'Relève du chef d’arrondissement.' });
    expect(mailsTo('decline@example.bj').at(-1)!.text).toContain('Motif : Relève du chef d’arrondissement.');
  });

  it('refuses a slot that ends before it starts, and changes nothing', async () => {
    const req = await newRequest('badslot@example.bj');
    const res = await secretariat.post(audiencesUrl(town, `/${req.id}/accept`), slotOn(future(20), '11:00', '10:00'));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json() as ErrorBody)).toEqual(['endsAt']);
    expect((await track(req.trackingToken)).json()).toMatchObject({ status: 'pending' });
  });
});

describe('internal requests', () => {
  it('lets a member of staff ask in their own name; once accepted, they see the audience', async () => {
    const res = await director.post(audiencesUrl(town), {
      subject: 'Budget de l’entretien des pistes rurales',
      preferredDates: [future(40)],
    });
    expect(res.statusCode).toBe(201);
    const created = res.json() as Created;
    expect(mailsTo('directeur@mairie.demo.bj').at(-1)!.text).toContain(created.trackingUrl);
    const item = (await listRequests()).items.find((i) => i.reference === created.reference)!;
    expect(item.source).toBe('internal');
    const accepted = await secretariat.post(audiencesUrl(town, `/${item.id}/accept`), {
      startsAt: `${future(40)}T16:00:00+01:00`,
      endsAt: `${future(40)}T16:30:00+01:00`,
      visibility: 'private',
    });
    expect(accepted.statusCode).toBe(200);
    const eventId = (accepted.json() as { request: { event: { id: string } } }).request.event.id;
    // a private audience, and yet the director sees it: he is its participant
    expect((await director.get(agendaUrl(town, `/events/${eventId}`))).statusCode).toBe(200);
  });

  it('lists requests by status with the count of each', async () => {
    const pending = (await secretariat.get(audiencesUrl(town, '?status=pending'))).json() as Listed;
    expect(pending.items.every((i) => i.status === 'pending')).toBe(true);
    expect(pending.counts.pending).toBe(pending.items.length);
    expect(pending.counts.accepted).toBeGreaterThanOrEqual(1);
  });
});
