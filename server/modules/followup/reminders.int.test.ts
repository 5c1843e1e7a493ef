import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../platform/jobs/clock.js';
import { createTestApp } from '../../test/app.js';
import { createCapturingMailer } from '../../test/mail.js';
import { loadOrgIds } from '../../test/org.js';

const clock = createManualClock('2026-11-23T08:00:00Z');
const mailer = createCapturingMailer();
const ctx = await createTestApp({}, { clock, mailer });
const mit = await loadOrgIds(ctx.db, 'MIT');
const base = `/api/administrations/${mit.administrationId}`;
const dc = await ctx.login('dc@mit.demo.bj');
const sg = await ctx.login('sg@mit.demo.bj');
const director = await ctx.login('directeur@mit.demo.bj');
const mayorDc = await ctx.login('dc@mairie.demo.bj');

const idOf = async (reference: string) =>
  (
    await ctx.db.execute<{ id: string }>(
      sql`SELECT id FROM directives WHERE administration_id = ${mit.administrationId} AND reference = ${reference}`,
    )
  ).rows[0]!.id;
const remindersOf = async (reference: string) => (await dc.get(`${base}/directives/${await idOf(reference)}/reminders`)).json().items;
const mailTo = (address: string) => mailer.sent.filter((m) => m.to === address);

describe('escalation ladder', () => {
  it('has a default: the assignee, the head of their structure, the SG, the DC', async () => {
    const res = await director.get(`${base}/escalation-ladder`);
    expect(res.json()).toMatchObject({
      isDefault: true,
      daysBeforeDue: 3,
      remindOnDueDate: true,
      steps: [
        { recipient: 'assignee', afterDays: 1 },
        { recipient: 'head_of_structure', afterDays: 3 },
        { recipient: 'secretary_general', afterDays: 7 },
        { recipient: 'chief_of_staff', afterDays: 14 },
      ],
    });
  });

  it('is set by the issuer side, with steps in order', async () => {
    const outOfOrder = await dc.put(`${base}/escalation-ladder`, {
      daysBeforeDue: 2,
      remindOnDueDate: true,
      steps: [
        { recipient: 'assignee', afterDays: 2 },
        { recipient: 'chief_of_staff', afterDays: 2 },
      ],
    });
    expect(outOfOrder.statusCode).toBe(400);
    expect(outOfOrder.json().fields).toEqual([{ field: 'steps.1.afterDays', message: expect.stringContaining('croissant') }]);
    expect((await dc.put(`${base}/escalation-ladder`, { daysBeforeDue: -1, remindOnDueDate: true, steps: [] })).json().fields.length).toBe(
      2,
    );
    const body = { daysBeforeDue: 3, remindOnDueDate: true, steps: [{ recipient: 'assignee', afterDays: 1 }] };
    expect((await director.put(`${base}/escalation-ladder`, body)).statusCode).toBe(403);
    expect((await mayorDc.put(`${base}/escalation-ladder`, body)).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'PUT', url: `${base}/escalation-ladder`, payload: body })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: `${base}/escalation-ladder` })).statusCode).toBe(401);
    expect((await mayorDc.get(`${base}/escalation-ladder`)).statusCode).toBe(404);
    // the default again, written explicitly
    const saved = await dc.put(`${base}/escalation-ladder`, {
      daysBeforeDue: 3,
      remindOnDueDate: true,
      steps: [
        { recipient: 'assignee', afterDays: 1 },
        { recipient: 'head_of_structure', afterDays: 3 },
        { recipient: 'secretary_general', afterDays: 7 },
        { recipient: 'chief_of_staff', afterDays: 14 },
      ],
    });
    expect(saved.json()).toMatchObject({ isDefault: false, updatedByName: expect.any(String) });
  });
});

describe('reminders', () => {
  it('climbs the ladder for an overdue item and reminds before a due date', async () => {
    const outcomes = await ctx.app.jobs.runOnce();
    // (other modules' jobs, e.g. reports.generate, run in the same pass)
    expect(outcomes.filter((o) => o.name.startsWith('reminders.')).map((o) => `${o.name}:${o.status}`)).toEqual([
      'reminders.plan:ok',
      'reminders.deliver:ok',
    ]);
    // D-2026-0003, due on 10 November, led by the PRMP's post in the general secretariat
    const items = await remindersOf('D-2026-0003');
    expect(items.map((r: { kind: string; step: number; recipientRole: string }) => `${r.kind}:${r.step}:${r.recipientRole}`)).toEqual([
      'overdue:1:assignee',
      'overdue:2:head_of_structure',
      'overdue:3:secretary_general',
    ]);
    expect(items[0].deliveries).toEqual([
      {
        recipientName: 'Léonce Akplogan',
        email: 'leonce.akplogan@mit.demo.bj',
        status: 'sent',
        attempts: 1,
        sentAt: '2026-11-23T08:00:00.000Z',
      },
    ]);
    expect(items[1].deliveries[0].email).toBe('sg@mit.demo.bj');
    // D-2026-0002 was due on 30 November: three days before? not yet; D-2026-0004 (5 December) neither
    expect(await remindersOf('D-2026-0002')).toEqual([]);
    const subjects = mailTo('sg@mit.demo.bj').map((m) => m.subject);
    expect(subjects).toContain('[Pilotage] Relance de niveau 2 : D-2026-0003 en retard depuis le 10/11/2026');
  });

  it('sends each reminder once, however often the jobs run', async () => {
    const before = mailer.sent.length;
    await ctx.app.jobs.runOnce();
    await ctx.app.jobs.runOnce();
    expect(mailer.sent.length).toBe(before);
  });

  it('reminds the assignee before the due date and on it, in their language', async () => {
    clock.set('2026-11-27T08:00:00Z');
    await ctx.app.jobs.runOnce();
    expect((await remindersOf('D-2026-0002')).map((r: { kind: string }) => r.kind)).toEqual(['before_due']);
    const reminder = mailTo('directeur@mit.demo.bj').find((m) => m.subject.includes('D-2026-0002'))!;
    expect(reminder.subject).toBe('[Pilotage] Rappel : D-2026-0002 arrive à échéance le 30/11/2026');
    expect(reminder.text).toContain('Lancer la campagne de sensibilisation');
    clock.set('2026-11-30T08:00:00Z');
    await ctx.app.jobs.runOnce();
    expect((await remindersOf('D-2026-0002')).map((r: { kind: string }) => r.kind)).toEqual(['before_due', 'on_due']);
  });

  it('never sends a reserved item to someone who may not see it', async () => {
    // D-2026-0005 (reserved, due 15 December): the whole ladder is reached on 30 December
    clock.set('2026-12-30T08:00:00Z');
    await ctx.app.jobs.runOnce();
    const items = await remindersOf('D-2026-0005');
    expect(items.map((r: { step: number }) => r.step)).toEqual([1, 2, 3, 4]);
    const recipients = items.flatMap((r: { deliveries: { email: string }[] }) => r.deliveries.map((d) => d.email));
    expect(recipients).toEqual(['raissa.bankole@mit.demo.bj', 'dc@mit.demo.bj']);
    const reservedMail = mailer.sent.filter((m) => m.subject.includes('D-2026-0005'));
    expect(reservedMail.map((m) => m.to).sort()).toEqual(['dc@mit.demo.bj', 'raissa.bankole@mit.demo.bj']);
    // and its text does not leave Pilotage
    expect(reservedMail.every((m) => !m.text.includes('contentieux'))).toBe(true);
    const sgNotifications = (await sg.get('/api/notifications?pageSize=100')).json().items;
    expect(sgNotifications.some((n: { title: string }) => n.title.includes('D-2026-0005'))).toBe(false);
  });

  it('shows every reminder about an item to those who may see it', async () => {
    const id = await idOf('D-2026-0003');
    expect((await director.get(`${base}/directives/${id}/reminders`)).statusCode).toBe(200);
    expect((await ctx.app.inject({ method: 'GET', url: `${base}/directives/${id}/reminders` })).statusCode).toBe(401);
    expect((await mayorDc.get(`${base}/directives/${id}/reminders`)).statusCode).toBe(404);
    expect((await dc.get(`${base}/directives/not-an-id/reminders`)).statusCode).toBe(400);
  });

  it('retries a message the mail server refused, until it goes', async () => {
    clock.set('2026-12-31T08:00:00Z');
    const id = (
      await dc.post(`${base}/directives`, {
        sourceType: 'direct_instruction',
        text: 'Répondre au courrier du préfet',
        lead: { structureId: mit.structure('DTT') },
        issuedOn: '2026-12-20',
        dueDate: '2026-12-30',
      })
    ).json().id;
    mailer.failNext(1, (m) => m.text.includes('courrier du préfet'));
    await ctx.app.jobs.runOnce();
    const failed = (await dc.get(`${base}/directives/${id}/reminders`)).json().items[0].deliveries[0];
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, sentAt: null });
    // the retry waits (2 minutes after the first failure): pretend the time has passed
    await ctx.db.execute(sql`UPDATE reminder_deliveries SET next_attempt_at = now() WHERE directive_id = ${id}`);
    await ctx.app.jobs.runOnce();
    expect((await dc.get(`${base}/directives/${id}/reminders`)).json().items[0].deliveries[0]).toMatchObject({
      status: 'sent',
      attempts: 2,
    });
  });
});

describe('notifications', () => {
  it('lists my notifications, newest first, and marks them read', async () => {
    const list = await dc.get('/api/notifications');
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.unread).toBeGreaterThan(0);
    expect(body.items[0]).toMatchObject({
      kind: 'directive_reminder',
      entityType: 'directive',
      administrationId: mit.administrationId,
      readAt: null,
    });
    const first = body.items[0].id;
    expect((await dc.post(`/api/notifications/${first}/read`)).json()).toEqual({ ok: true, count: 1 });
    expect((await dc.get('/api/notifications')).json().unread).toBe(body.unread - 1);
    expect((await dc.get('/api/notifications?unreadOnly=true&pageSize=100')).json().items.some((n: { id: string }) => n.id === first)).toBe(
      false,
    );
    const all = await dc.post('/api/notifications/read-all');
    expect(all.json().count).toBe(body.unread - 1);
    expect((await dc.get('/api/notifications')).json().unread).toBe(0);
  });

  it('keeps each user to their own', async () => {
    const mine = (await director.get('/api/notifications')).json().items[0].id;
    expect((await dc.post(`/api/notifications/${mine}/read`)).statusCode).toBe(404);
    expect((await dc.post('/api/notifications/not-an-id/read')).statusCode).toBe(400);
    expect((await dc.get('/api/notifications?pageSize=0')).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'POST', url: `/api/notifications/${mine}/read` })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/notifications/read-all' })).statusCode).toBe(401);
  });
});
