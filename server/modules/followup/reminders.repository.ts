import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Queryable, Tx } from '../../platform/db/client.js';
import { uuidArray } from '../../platform/db/sql.js';
import { directives, escalationLadders, reminderDeliveries, reminders } from './followup.tables.js';

export type LadderRow = typeof escalationLadders.$inferSelect;
export type ReminderRow = typeof reminders.$inferSelect;
export type DeliveryRow = typeof reminderDeliveries.$inferSelect;

export async function selectLadder(db: Queryable, administrationId: string): Promise<LadderRow | undefined> {
  const [row] = await db.select().from(escalationLadders).where(eq(escalationLadders.administrationId, administrationId));
  return row;
}

export async function upsertLadder(tx: Tx, values: typeof escalationLadders.$inferInsert) {
  await tx
    .insert(escalationLadders)
    .values(values)
    .onConflictDoUpdate({
      target: escalationLadders.administrationId,
      set: {
        daysBeforeDue: values.daysBeforeDue,
        remindOnDueDate: values.remindOnDueDate,
        steps: values.steps,
        updatedAt: values.updatedAt,
        updatedByName: values.updatedByName,
      },
    });
}

export async function selectAdministrationsWithOpenDirectives(db: Queryable): Promise<string[]> {
  const result = await db.execute<{ administration_id: string }>(sql`
    SELECT DISTINCT administration_id FROM ${directives} WHERE status IN ('not_started', 'in_progress', 'blocked')`);
  return result.rows.map((r) => r.administration_id);
}

// Open items due soon or overdue whose last rung has not been planned yet for their current due date.
export async function selectReminderCandidates(
  db: Queryable,
  administrationId: string,
  today: string,
  daysBeforeDue: number,
  lastStep: number,
) {
  return db
    .select()
    .from(directives)
    .where(
      and(
        eq(directives.administrationId, administrationId),
        sql`${directives.status} IN ('not_started', 'in_progress', 'blocked')`,
        sql`${directives.dueDate} <= ${today}::date + ${daysBeforeDue}::int`,
        sql`NOT EXISTS (SELECT 1 FROM ${reminders} r WHERE r.directive_id = ${directives.id} AND r.due_date = ${directives.dueDate}
              AND r.kind = 'overdue' AND r.step = ${lastStep})`,
      ),
    );
}

export async function selectPlannedSlots(db: Queryable, directiveIds: string[]) {
  if (directiveIds.length === 0) return [];
  return db
    .select({ directiveId: reminders.directiveId, kind: reminders.kind, step: reminders.step, dueDate: reminders.dueDate })
    .from(reminders)
    .where(inArray(reminders.directiveId, directiveIds));
}

// The unique slot key makes planning idempotent: a second instance planning the same slot inserts nothing.
export async function insertReminder(tx: Tx, values: typeof reminders.$inferInsert): Promise<ReminderRow | undefined> {
  const [row] = await tx
    .insert(reminders)
    .values(values)
    .onConflictDoNothing({ target: [reminders.directiveId, reminders.kind, reminders.step, reminders.dueDate] })
    .returning();
  return row;
}

export async function insertDeliveries(tx: Tx, rows: (typeof reminderDeliveries.$inferInsert)[]): Promise<DeliveryRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(reminderDeliveries).values(rows).onConflictDoNothing().returning();
}

export type ClaimedDelivery = DeliveryRow & {
  reminderKind: ReminderRow['kind'];
  step: number;
  reminderDueDate: string;
  reference: string;
  directiveKind: 'directive' | 'recommendation';
  text: string;
  confidentiality: 'normal' | 'sensitive' | 'reserved';
  status_: string;
  progress: number;
};

// Takes up to `limit` messages for this instance: pending ones, and those whose sender's lease expired
// (a crashed instance). SKIP LOCKED lets several instances claim side by side without ever sharing one.
export async function claimDeliveries(db: Database, instanceId: string, leaseSeconds: number, limit: number): Promise<ClaimedDelivery[]> {
  const claimed = await db.execute<{ id: string }>(sql`
    UPDATE ${reminderDeliveries} SET status = 'sending', locked_by = ${instanceId},
      locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM ${reminderDeliveries}
       WHERE (status = 'pending' AND next_attempt_at <= now()) OR (status = 'sending' AND locked_until < now())
       ORDER BY next_attempt_at, id
       LIMIT ${limit}
       FOR UPDATE SKIP LOCKED)
    RETURNING id`);
  const ids = claimed.rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      delivery: reminderDeliveries,
      reminderKind: reminders.kind,
      step: reminders.step,
      reminderDueDate: reminders.dueDate,
      reference: directives.reference,
      directiveKind: directives.kind,
      text: directives.text,
      confidentiality: directives.confidentiality,
      status_: directives.status,
      progress: directives.progress,
    })
    .from(reminderDeliveries)
    .innerJoin(reminders, eq(reminders.id, reminderDeliveries.reminderId))
    .innerJoin(directives, eq(directives.id, reminderDeliveries.directiveId))
    .where(sql`${reminderDeliveries.id} = ANY(${uuidArray(ids)})`)
    .orderBy(asc(reminderDeliveries.createdAt));
  return rows.map(({ delivery, ...rest }) => ({ ...delivery, ...rest }));
}

// Only the instance holding the lease may close it.
export async function markDeliverySent(db: Queryable, id: string, instanceId: string, sentAt: Date) {
  await db
    .update(reminderDeliveries)
    .set({ status: 'sent', sentAt, lockedBy: null, lockedUntil: null, lastError: null })
    .where(and(eq(reminderDeliveries.id, id), eq(reminderDeliveries.lockedBy, instanceId)));
}

export async function markDeliveryFailed(db: Queryable, id: string, instanceId: string, error: string, maxAttempts: number) {
  await db.execute(sql`
    UPDATE ${reminderDeliveries} SET
      status = CASE WHEN attempts >= ${maxAttempts} THEN 'failed' ELSE 'pending' END,
      next_attempt_at = now() + make_interval(mins => power(2, attempts)::int),
      locked_by = NULL, locked_until = NULL, last_error = ${error.slice(0, 1000)}
    WHERE id = ${id} AND locked_by = ${instanceId}`);
}

export async function selectRemindersOfDirective(db: Queryable, directiveId: string) {
  const [rows, deliveries] = await Promise.all([
    db.select().from(reminders).where(eq(reminders.directiveId, directiveId)).orderBy(asc(reminders.createdAt), asc(reminders.step)),
    db
      .select()
      .from(reminderDeliveries)
      .where(eq(reminderDeliveries.directiveId, directiveId))
      .orderBy(asc(reminderDeliveries.recipientName)),
  ]);
  return rows.map((r) => ({ ...r, deliveries: deliveries.filter((d) => d.reminderId === r.id) }));
}
