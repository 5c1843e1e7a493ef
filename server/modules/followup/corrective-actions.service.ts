// The corrective actions of a budget programme: the directives and recommendations decided at its operational
// dialogues de gestion, as the caller may see them (the confidentiality rules of visibility.ts apply, so a
// reserved item they may not see never appears). For the dialogue de gestion report.
import { assertCan, type Access } from '../../platform/http/access.js';
import { presentDirectives } from './directives.presenter.js';
import * as repo from './directives.repository.js';
import { todayOf, type Deps } from './directives.service.js';
import * as meetingsRepo from './meetings.repository.js';
import { loadViewer } from './org-refs.js';

export async function listProgrammeCorrectiveActions(
  deps: Deps,
  access: Access,
  programmeId: string,
  meetingsHeld: { from: string; to: string },
) {
  assertCan(access, 'followup.read');
  const today = todayOf(deps);
  const meetingIds = await meetingsRepo.selectMeetingIds(deps.db, access.administrationId, {
    kind: 'operational_dialogue',
    programmeId,
    ...meetingsHeld,
  });
  if (meetingIds.length === 0) return { asOf: today, items: [] };
  const viewer = await loadViewer(deps.db, access, today);
  const rows = await repo.selectDirectives(deps.db, { administrationId: access.administrationId, viewer, today, meetingIds }, 'dueDate');
  return { asOf: today, items: await presentDirectives(deps.db, access.administrationId, rows, today) };
}
