// The numbers of a period for a dashboard: events by kind and clashes (through the same visibility as the
// lists), and for those who run the agenda, missing briefing notes and pending audience requests.
import type { Database } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import type { TRangeQuery } from './agenda.contract.js';
import { countPendingAudienceRequests } from './audiences.service.js';
import { countMissingBriefings } from './briefings.service.js';
import { countEvents } from './events.service.js';
import { resolveViewer } from './viewer.js';

export async function getSummary(db: Database, access: Access, query: TRangeQuery) {
  assertCan(access, 'agenda.read');
  const viewer = await resolveViewer(db, access);
  const [counts, missingBriefings, pendingAudienceRequests] = await Promise.all([
    countEvents(db, access, viewer, query),
    viewer.canManage ? countMissingBriefings(db, viewer) : null,
    viewer.canManage ? countPendingAudienceRequests(db, access.administrationId) : null,
  ]);
  return { ...counts, missingBriefings, pendingAudienceRequests };
}
