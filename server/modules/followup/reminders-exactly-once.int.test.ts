// Two server instances on one database, each with its own job runner and mailer, and a real SMTP server
// on localhost: every reminder reaches it exactly once.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { afterAll } from 'vitest';
import { buildApp } from '../../app.js';
import { readConfig } from '../../config.js';
import { connectDatabase } from '../../platform/db/client.js';
import { createManualClock } from '../../platform/jobs/clock.js';
import { createTestApp } from '../../test/app.js';
import { startSmtpServer } from '../../test/mail.js';
import { loadOrgIds } from '../../test/org.js';
import { planReminders } from './reminders.service.js';

const smtp = await startSmtpServer();
const clock = createManualClock('2026-11-23T08:00:00Z');
const env = { SMTP_URL: smtp.url, MAIL_FROM: 'Pilotage <pilotage@mit.demo.bj>' };
const first = await createTestApp(env, { clock });
// the second instance: its own connection pool, job runner and SMTP transport, on the same database
const secondDatabase = connectDatabase(first.databaseUrl, { max: 5 });
const second = await buildApp({
  config: readConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: first.dataDir, ...env }),
  db: secondDatabase.db,
  clock,
});
await second.ready();
afterAll(async () => {
  await second.close();
  await secondDatabase.close();
});

const mit = await loadOrgIds(first.db, 'MIT');
const dc = await first.login('dc@mit.demo.bj');

describe('reminders with two instances', () => {
  it('are planned and sent exactly once, even when both run their jobs at the same moment', async () => {
    const created = await dc.post(`/api/administrations/${mit.administrationId}/directives`, {
      sourceType: 'direct_instruction',
      text: 'Publier le rapport annuel de la sécurité routière',
      lead: { structureId: mit.structure('DTT') },
      dueDate: '2026-11-25',
    });
    expect(created.statusCode).toBe(201);
    const directiveId = created.json().id;

    // past the due date and every rung of the ladder
    clock.set('2026-12-10T08:00:00Z');
    const [a, b] = await Promise.all([first.app.jobs.runOnce(), second.jobs.runOnce()]);
    // the exclusive planner ran on one instance; both sent messages side by side
    expect([a[0]!.status, b[0]!.status].sort()).toEqual(['ok', 'skipped']);
    await Promise.all([first.app.jobs.runOnce(), second.jobs.runOnce(), first.app.jobs.runOnce(), second.jobs.runOnce()]);

    const { rows: deliveries } = await first.db.execute<{ id: string; email: string; status: string; directive_id: string }>(
      sql`SELECT id, email, status, directive_id FROM reminder_deliveries WHERE email IS NOT NULL`,
    );
    expect(deliveries.length).toBeGreaterThan(10);
    expect(deliveries.every((d) => d.status === 'sent')).toBe(true);
    // every message once: as many received as planned, no delivery id twice
    expect(smtp.received).toHaveLength(deliveries.length);
    const ids = smtp.received.map((m) => m.deliveryId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(deliveries.map((d) => d.id)));

    // the new directive: the assignee (the DTT's director), the head above (the SG), the SG, the DC
    const forDirective = deliveries.filter((d) => d.directive_id === directiveId);
    const received = smtp.received.filter((m) => forDirective.some((d) => d.id === m.deliveryId));
    expect(received.map((m) => m.to[0]).sort()).toEqual(['dc@mit.demo.bj', 'directeur@mit.demo.bj', 'sg@mit.demo.bj', 'sg@mit.demo.bj']);
    // the subject arrives MIME-encoded (UTF-8, quoted-printable)
    expect(received.find((m) => m.to[0] === 'directeur@mit.demo.bj')!.subject).toMatch(/En.retard/);
  });

  it('are not sent again by either instance later', async () => {
    const before = smtp.received.length;
    await Promise.all([first.app.jobs.runOnce(), second.jobs.runOnce()]);
    expect(smtp.received.length).toBe(before);
  });

  it('are planned once even by two planners racing without the job lease', async () => {
    clock.set('2026-12-24T08:00:00Z');
    const config = readConfig({ NODE_ENV: 'test', ...env });
    const mailer = { isLogOnly: true, send: async () => undefined, close: () => undefined };
    const [a, b] = await Promise.all([
      planReminders({ db: first.db, clock, mailer, config }),
      planReminders({ db: secondDatabase.db, clock, mailer, config }),
    ]);
    expect(a.reminders + b.reminders).toBeGreaterThan(0);
    const { rows } = await first.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM reminders WHERE created_at = ${clock.now().toISOString()}::timestamptz`,
    );
    expect(rows[0]!.n).toBe(a.reminders + b.reminders);
    const before = smtp.received.length;
    await Promise.all([first.app.jobs.runOnce(), second.jobs.runOnce()]);
    const { rows: planned } = await first.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM reminder_deliveries WHERE email IS NOT NULL AND created_at = ${clock.now().toISOString()}::timestamptz`,
    );
    expect(smtp.received.length - before).toBe(planned[0]!.n);
  });
});
