// The one predicate that decides which events someone sees. Every read of events (range views, one event,
// the iCalendar feed, search, counts, clashes, briefings) goes through it, so a private event cannot leak
// through one path and not another.
import { sql, type SQL } from 'drizzle-orm';
import { agendaEventParticipants, agendaEvents, eventBriefings } from './agenda.tables.js';
import type { Viewer } from './viewer.js';

export function visibleEventsFor(viewer: Viewer): SQL {
  const e = agendaEvents;
  const inAdministration = sql`${e.administrationId} = ${viewer.administrationId}`;
  if (viewer.tier === 'private') return inAdministration;
  const seen: SQL[] = [sql`${e.visibility} = 'public'`, sql`${e.createdByUserId} = ${viewer.userId}`];
  if (viewer.tier === 'cabinet') seen.push(sql`${e.visibility} = 'cabinet'`);
  if (viewer.personId) {
    const personId = viewer.personId;
    const postIds = sql`${sql.param(viewer.heldPostIds)}::uuid[]`;
    const structureIds = sql`${sql.param(viewer.heldStructureIds)}::uuid[]`;
    const p = agendaEventParticipants;
    const b = eventBriefings;
    // named: as the representative, as a participant (in person or through a post held), or as the
    // author asked for a briefing note (in person or through a structure one works in)
    seen.push(
      sql`${e.representativePersonId} = ${personId}`,
      sql`${e.representativePostId} = ANY(${postIds})`,
      sql`EXISTS (SELECT 1 FROM ${p} WHERE ${p.eventId} = ${e.id} AND (${p.personId} = ${personId} OR ${p.postId} = ANY(${postIds})))`,
      sql`EXISTS (SELECT 1 FROM ${b} WHERE ${b.eventId} = ${e.id} AND (${b.requestedFromPersonId} = ${personId} OR ${b.requestedFromStructureId} = ANY(${structureIds})))`,
    );
  }
  return sql`(${inAdministration} AND (${sql.join(seen, sql` OR `)}))`;
}
