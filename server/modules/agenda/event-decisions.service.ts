// After an audience or a meeting of the agenda, its decisions become directives of the follow-up in one
// action, issued in the head's name. Idempotent: a decision already converted is never converted again.
import type { Database } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { DEFAULT_TIME_ZONE, todayIso } from '../../platform/dates.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import type { Clock } from '../../platform/jobs/clock.js';
import { issueDirectivesInTx } from '../followup/directive-links.service.js';
import { unknownReference } from '../organisation/references.service.js';
import type { TConvertDecisionsBody } from './agenda.contract.js';
import type { EventRow } from './events.repository.js';
import * as repo from './briefings.repository.js';
import { listDecisionsOfEvent } from './briefings.service.js';
import { findVisibleEvent } from './events.service.js';
import { resolveViewer } from './viewer.js';

// Who sees the directive follows who sees the event: a private event's decisions are reserved (the head,
// the DC and those named on it), a cabinet event's sensitive, a public event's normal.
const confidentialityOf = (event: Pick<EventRow, 'visibility'>) =>
  event.visibility === 'private' ? ('reserved' as const) : event.visibility === 'cabinet' ? ('sensitive' as const) : ('normal' as const);

// An audience is a source of its own. A meeting of the agenda is not a meeting of the follow-up (the
// source 'meeting' requires a follow-up meeting with minutes and agenda items), so its decisions are the
// head's direct instructions; both keep the event as source_id, and the directive's page links back to it.
const sourceTypeOf = (event: Pick<EventRow, 'kind'>) =>
  event.kind === 'audience' ? ('audience' as const) : ('direct_instruction' as const);

export async function convertDecisionsToDirectives(
  deps: { db: Database; clock: Clock },
  access: Access,
  eventId: string,
  body: TConvertDecisionsBody,
) {
  assertCan(access, 'followup.issue');
  const viewer = await resolveViewer(deps.db, access);
  const created = await deps.db.transaction(async (tx) => {
    const event = await findVisibleEvent(tx, viewer, eventId);
    const decisions = await repo.selectDecisionsOfEventForUpdate(tx, event.id);
    const wanted = body.decisionIds ? new Set(body.decisionIds) : null;
    body.decisionIds?.forEach((id, i) => {
      if (!decisions.some((d) => d.id === id)) throw unknownReference(`decisionIds.${i}`);
    });
    const pending = decisions.filter((d) => d.directiveId === null && (!wanted || wanted.has(d.id)));
    // the directive is issued on the day of the event, where the decision was taken
    const issuedOn = todayIso(DEFAULT_TIME_ZONE, event.startsAt);
    const directives = await issueDirectivesInTx(
      tx,
      deps.clock,
      access,
      pending.map((d) => ({
        field: `decisions.${decisions.indexOf(d)}`,
        input: {
          kind: 'directive' as const,
          text: d.text,
          lead: { structureId: d.leadStructureId },
          coAssignees: [],
          dueDate: d.dueOn,
          issuedOn,
          priority: 'normal' as const,
          confidentiality: confidentialityOf(event),
          sourceType: sourceTypeOf(event),
          sourceId: event.id,
        },
      })),
    );
    for (const [i, d] of pending.entries()) await repo.linkDecisionDirective(tx, d.id, directives[i]!.id);
    if (pending.length > 0) {
      await recordAudit(
        tx,
        access,
        pending.map((d, i) => ({
          action: 'decision.convert',
          entityType: 'event_decision',
          entityId: d.id,
          before: { directiveId: null },
          after: { eventId: event.id, directiveId: directives[i]!.id },
        })),
      );
    }
    return directives.length;
  });
  return { items: await listDecisionsOfEvent(deps.db, access, eventId), created };
}
