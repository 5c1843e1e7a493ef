// One event as its page shows it: participants, clashes, briefing notes (for those who may read them),
// decisions, and what the caller may do with it.
import type { Database } from '../../platform/db/client.js';
import { assertCan, can, type Access } from '../../platform/http/access.js';
import type { TEventDetail } from './agenda.contract.js';
import { canRecordDecisions, listBriefingsOfEvent, listDecisionsOfEvent } from './briefings.service.js';
import { loadClashes, loadNames, presentParticipants, presentSummary, toCandidate } from './event-presenter.js';
import * as repo from './events.repository.js';
import { findVisibleEvent } from './events.service.js';
import { resolveViewer } from './viewer.js';

export async function getEvent(db: Database, access: Access, eventId: string): Promise<TEventDetail> {
  assertCan(access, 'agenda.read');
  const viewer = await resolveViewer(db, access);
  const row = await findVisibleEvent(db, viewer, eventId);
  const participants = await repo.selectParticipants(db, [row.id]);
  const [names, clashes, briefings, decisions, audienceRequestId] = await Promise.all([
    loadNames(db, access.administrationId, [row], participants),
    loadClashes(db, viewer, [toCandidate(row)]),
    listBriefingsOfEvent(db, viewer, row.id),
    listDecisionsOfEvent(db, access, row.id),
    repo.selectAudienceRequestIdOfEvent(db, row.id),
  ]);
  return {
    ...presentSummary(row, names),
    clashes: clashes.get(row.id) ?? [],
    description: row.description,
    participants: presentParticipants(participants, names),
    audienceRequestId,
    briefings,
    decisions,
    can: {
      edit: viewer.canManage,
      requestBriefing: viewer.canManage,
      recordDecisions: canRecordDecisions(viewer, row),
      convertDecisions: can(access, 'followup.issue') && decisions.some((d) => d.directiveId === null),
    },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
