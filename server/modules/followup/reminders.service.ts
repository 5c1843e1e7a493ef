// Reminders and escalation: a planner turns the rungs of the ladder reached today into reminders and
// their messages (an outbox), once, whichever instance gets there first; a sender delivers the outbox.
// Both run as jobs on every instance; exactly-once comes from the database, not from a single runner.
import { recordAudit } from '../../platform/audit/audit.js';
import { DEFAULT_TIME_ZONE, todayIso } from '../../platform/dates.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { AppError } from '../../platform/http/errors.js';
import { listAccountsOfPersons } from '../administrations/administrations.service.js';
import { listPersonsOverview, loadOrgSnapshot } from '../organisation/holders.service.js';
import { createNotifications } from '../notifications/notifications.service.js';
import type { z } from 'zod';
import type { ZLadder } from './directives.contract.js';
import { selectCoAssignees } from './directives.repository.js';
import { loadVisibleDirective } from './directives.service.js';
import { toFacts } from './directives.presenter.js';
import { defaultLadder, findStepOutOfOrder, listReachedSlots, type Ladder } from './escalation.js';
import { buildReminderMail, describeReminder } from './reminder-mail.js';
import { createProfileLookup, filterAllowed, resolveRecipients } from './reminder-recipients.js';
import * as repo from './reminders.repository.js';

const MAX_ATTEMPTS = 5;
const LEASE_SECONDS = 120;
const BATCH = 50;

export async function loadLadder(db: AppDeps['db'], administrationId: string): Promise<Ladder & { row: repo.LadderRow | undefined }> {
  const row = await repo.selectLadder(db, administrationId);
  return row
    ? { daysBeforeDue: row.daysBeforeDue, remindOnDueDate: row.remindOnDueDate, steps: row.steps, row }
    : { ...defaultLadder, row };
}

export async function getLadder(deps: Pick<AppDeps, 'db'>, access: Access) {
  assertCan(access, 'followup.read');
  const ladder = await loadLadder(deps.db, access.administrationId);
  return {
    daysBeforeDue: ladder.daysBeforeDue,
    remindOnDueDate: ladder.remindOnDueDate,
    steps: ladder.steps,
    isDefault: !ladder.row,
    updatedAt: ladder.row?.updatedAt.toISOString() ?? null,
    updatedByName: ladder.row?.updatedByName ?? null,
  };
}

export async function setLadder(deps: Pick<AppDeps, 'db' | 'clock'>, access: Access, ladder: z.infer<typeof ZLadder>) {
  assertCan(access, 'followup.issue');
  const index = findStepOutOfOrder(ladder.steps);
  if (index >= 0) throw new AppError('validation_failed', { field: `steps.${index}.afterDays`, messageKey: 'followup.steps_order' });
  const before = await loadLadder(deps.db, access.administrationId);
  await deps.db.transaction(async (tx) => {
    await repo.upsertLadder(tx, {
      administrationId: access.administrationId,
      ...ladder,
      updatedAt: deps.clock.now(),
      updatedByName: access.actor.fullName,
    });
    await recordAudit(tx, access, {
      action: 'escalation_ladder.update',
      entityType: 'escalation_ladder',
      entityId: access.administrationId,
      before: { daysBeforeDue: before.daysBeforeDue, remindOnDueDate: before.remindOnDueDate, steps: before.steps },
      after: ladder,
    });
  });
  return getLadder(deps, access);
}

// Every reminder the system planned and sent about an item, for anyone who may see the item.
export async function listRemindersOfDirective(deps: Pick<AppDeps, 'db' | 'clock' | 'files' | 'config'>, access: Access, id: string) {
  assertCan(access, 'followup.read');
  await loadVisibleDirective(deps, access, id);
  const rows = await repo.selectRemindersOfDirective(deps.db, id);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      step: r.step,
      recipientRole: r.recipientRole,
      dueDate: r.dueDate,
      plannedOn: r.plannedOn,
      createdAt: r.createdAt.toISOString(),
      deliveries: r.deliveries.map((d) => ({
        recipientName: d.recipientName,
        email: d.email,
        status: d.status,
        attempts: d.attempts,
        sentAt: d.sentAt?.toISOString() ?? null,
      })),
    })),
  };
}

type JobDeps = Pick<AppDeps, 'db' | 'clock' | 'mailer' | 'config' | 'logger'>;

export async function planReminders(deps: JobDeps): Promise<{ reminders: number; messages: number }> {
  const now = deps.clock.now();
  const today = todayIso(DEFAULT_TIME_ZONE, now);
  let reminderCount = 0;
  let messageCount = 0;
  for (const administrationId of await repo.selectAdministrationsWithOpenDirectives(deps.db)) {
    const ladder = await loadLadder(deps.db, administrationId);
    const candidates = await repo.selectReminderCandidates(deps.db, administrationId, today, ladder.daysBeforeDue, ladder.steps.length);
    if (candidates.length === 0) continue;
    const planned = await repo.selectPlannedSlots(
      deps.db,
      candidates.map((c) => c.id),
    );
    const plannedKeys = new Set(planned.map((p) => `${p.directiveId}:${p.kind}:${p.step}:${p.dueDate}`));
    const work = candidates.flatMap((c) =>
      listReachedSlots(ladder, c.dueDate, today)
        .filter((s) => !plannedKeys.has(`${c.id}:${s.kind}:${s.step}:${c.dueDate}`))
        .map((slot) => ({ directive: c, slot })),
    );
    if (work.length === 0) continue;

    const snapshot = await loadOrgSnapshot(deps.db, administrationId, today);
    const profileOf = createProfileLookup(snapshot);
    const co = await selectCoAssignees(deps.db, [...new Set(work.map((w) => w.directive.id))]);
    const resolved = work.map((w) => {
      const facts = toFacts(w.directive, co);
      return { ...w, recipients: filterAllowed(resolveRecipients(snapshot, facts, w.slot.recipient), facts, profileOf) };
    });
    const personIds = [...new Set(resolved.flatMap((r) => r.recipients.map((p) => p.personId)))];
    const [persons, accounts] = await Promise.all([
      listPersonsOverview(deps.db, administrationId, personIds),
      listAccountsOfPersons(deps.db, administrationId, personIds),
    ]);
    const emails = new Map(persons.map((p) => [p.id, p.email]));

    for (const { directive, slot, recipients } of resolved) {
      await deps.db.transaction(async (tx) => {
        const reminder = await repo.insertReminder(tx, {
          administrationId,
          directiveId: directive.id,
          kind: slot.kind,
          step: slot.step,
          recipientRole: slot.recipient,
          dueDate: directive.dueDate,
          plannedOn: slot.plannedOn,
          createdAt: now,
        });
        if (!reminder) return; // another instance planned it first
        reminderCount++;
        const deliveries = await repo.insertDeliveries(
          tx,
          recipients.map((r) => {
            const email = emails.get(r.personId) ?? null;
            return {
              administrationId,
              reminderId: reminder.id,
              directiveId: directive.id,
              personId: r.personId,
              recipientName: r.fullName,
              email,
              locale: accounts.get(r.personId)?.locale ?? 'fr',
              status: email ? ('pending' as const) : ('no_email' as const),
              createdAt: now,
            };
          }),
        );
        messageCount += deliveries.length;
        await createNotifications(
          tx,
          deliveries.flatMap((d) => {
            const account = accounts.get(d.personId);
            if (!account) return [];
            const words = describeReminder({
              ...contentOf(directive, slot.kind, slot.step),
              locale: account.locale,
              administrationId,
            });
            return [
              {
                administrationId,
                userId: account.userId,
                kind: 'directive_reminder',
                title: words.title,
                body: words.body,
                entityType: 'directive',
                entityId: directive.id,
                sourceKey: `reminder_delivery:${d.id}`,
                createdAt: now,
              },
            ];
          }),
        );
      });
    }
  }
  return { reminders: reminderCount, messages: messageCount };
}

function contentOf(d: repo.ClaimedDelivery | Parameters<typeof toFacts>[0], kind: 'before_due' | 'on_due' | 'overdue', step: number) {
  const isClaimed = 'reminderKind' in d;
  return {
    reminderKind: kind,
    step,
    dueDate: isClaimed ? d.reminderDueDate : d.dueDate,
    directiveId: isClaimed ? d.directiveId : d.id,
    reference: d.reference,
    directiveKind: isClaimed ? d.directiveKind : d.kind,
    text: d.text,
    confidentiality: d.confidentiality,
    status: isClaimed ? d.status_ : d.status,
    progress: d.progress,
  };
}

// Sends what the outbox holds. Safe on every instance at once: each message is claimed by one of them.
export async function deliverReminders(deps: JobDeps, instanceId: string): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (let batch = 0; batch < 20; batch++) {
    const claimed = await repo.claimDeliveries(deps.db, instanceId, LEASE_SECONDS, BATCH);
    if (claimed.length === 0) break;
    for (const d of claimed) {
      try {
        const message = buildReminderMail(
          {
            ...contentOf(d, d.reminderKind, d.step),
            deliveryId: d.id,
            recipientName: d.recipientName,
            locale: d.locale,
            administrationId: d.administrationId,
          },
          d.email!,
          deps.config.publicUrl,
        );
        await deps.mailer.send(message);
        await repo.markDeliverySent(deps.db, d.id, instanceId, deps.clock.now());
        sent++;
      } catch (err) {
        failed++;
        deps.logger?.warn({ err, delivery: d.id }, 'reminder not delivered; will retry');
        await repo.markDeliveryFailed(deps.db, d.id, instanceId, err instanceof Error ? err.message : String(err), MAX_ATTEMPTS);
      }
    }
  }
  return { sent, failed };
}
