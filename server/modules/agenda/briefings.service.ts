// Briefing notes (notes de préparation): asked of an adviser or a structure before an event, written in
// Pilotage by the person or structure asked, read on the event by the head and those who run the agenda.
// Also the decisions of an audience or a meeting, kept for the follow-up module to turn into directives.
import type { Database, Queryable } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { systemClock } from '../../platform/jobs/clock.js';
import { findVisibleDirectiveLinks } from '../followup/directive-links.service.js';
import { findPersonNames, findStructureNames } from '../organisation/names.service.js';
import { unknownReference } from '../organisation/references.service.js';
import type { TBriefingRequestBody, TDecisionsBody } from './agenda.contract.js';
import * as repo from './briefings.repository.js';
import { daysOf, loadNames, presentSummary } from './event-presenter.js';
import { selectVisibleEvent, type EventRow } from './events.repository.js';
import { findVisibleEvent } from './events.service.js';
import { resolveViewer, type Viewer } from './viewer.js';

export const canWriteBriefing = (viewer: Viewer, b: repo.BriefingRow) =>
  (b.requestedFromPersonId !== null && b.requestedFromPersonId === viewer.personId) ||
  (b.requestedFromStructureId !== null && viewer.heldStructureIds.includes(b.requestedFromStructureId));

export function briefingStatus(b: Pick<repo.BriefingRow, 'content' | 'dueOn'>, today: string) {
  if (b.content !== null) return 'written' as const;
  return b.dueOn < today ? ('overdue' as const) : ('requested' as const);
}

async function presentBriefings(db: Queryable, viewer: Viewer, rows: repo.BriefingRow[]) {
  const [persons, structures] = await Promise.all([
    findPersonNames(
      db,
      viewer.administrationId,
      rows.map((r) => r.requestedFromPersonId),
    ),
    findStructureNames(
      db,
      viewer.administrationId,
      rows.map((r) => r.requestedFromStructureId),
    ),
  ]);
  return rows.map((b) => {
    const person = b.requestedFromPersonId ? persons.get(b.requestedFromPersonId) : undefined;
    const structure = b.requestedFromStructureId ? structures.get(b.requestedFromStructureId) : undefined;
    return {
      id: b.id,
      eventId: b.eventId,
      requestedFrom: person
        ? { type: 'person' as const, id: person.id, name: `${person.civility} ${person.fullName}` }
        : { type: 'structure' as const, id: structure?.id ?? b.requestedFromStructureId!, name: structure?.name ?? '' },
      dueOn: b.dueOn,
      instructions: b.instructions,
      status: briefingStatus(b, viewer.today),
      content: b.content,
      writtenAt: b.writtenAt?.toISOString() ?? null,
      writtenByName: b.writtenByName,
      canWrite: canWriteBriefing(viewer, b),
    };
  });
}

// On an event: all its notes for those who run the agenda (the head among them), one's own notes for an
// author, nothing (null) for everybody else.
export async function listBriefingsOfEvent(db: Queryable, viewer: Viewer, eventId: string) {
  const rows = await repo.selectBriefingsOfEvent(db, eventId);
  const readable = viewer.canManage ? rows : rows.filter((b) => canWriteBriefing(viewer, b));
  if (!viewer.canManage && readable.length === 0) return null;
  return presentBriefings(db, viewer, readable);
}

async function withEvents(db: Queryable, viewer: Viewer, pairs: { briefing: repo.BriefingRow; event: EventRow }[]) {
  const events = pairs.map((p) => p.event);
  const [briefings, names] = await Promise.all([
    presentBriefings(
      db,
      viewer,
      pairs.map((p) => p.briefing),
    ),
    loadNames(db, viewer.administrationId, events),
  ]);
  return briefings.map((b, i) => ({ ...b, event: presentSummary(events[i]!, names) }));
}

export async function listBriefings(db: Database, access: Access, scope: 'mine' | 'missing') {
  assertCan(access, 'agenda.read');
  const viewer = await resolveViewer(db, access);
  if (scope === 'missing') {
    assertCan(access, 'agenda.manage');
    return { items: await withEvents(db, viewer, await repo.selectMissingBriefings(db, viewer)) };
  }
  return { items: await withEvents(db, viewer, await repo.selectBriefingsOfAuthor(db, viewer)) };
}

export async function countMissingBriefings(db: Queryable, viewer: Viewer) {
  return repo.countMissingBriefings(db, viewer);
}

// A briefing the viewer may read: those who run the agenda (on events they see) and its author.
async function findReadableBriefing(db: Queryable, viewer: Viewer, briefingId: string) {
  const briefing = await repo.selectBriefing(db, viewer.administrationId, briefingId);
  const notFound = new AppError('not_found', { params: { entity: 'briefing' } });
  if (!briefing) throw notFound;
  const event = await selectVisibleEvent(db, viewer, briefing.eventId);
  if (!event || (!viewer.canManage && !canWriteBriefing(viewer, briefing))) throw notFound;
  return { briefing, event };
}

export async function getBriefing(db: Database, access: Access, briefingId: string) {
  assertCan(access, 'agenda.read');
  const viewer = await resolveViewer(db, access);
  const pair = await findReadableBriefing(db, viewer, briefingId);
  const [item] = await withEvents(db, viewer, [pair]);
  return item!;
}

export async function requestBriefing(db: Database, access: Access, eventId: string, body: TBriefingRequestBody) {
  assertCan(access, 'agenda.manage');
  const viewer = await resolveViewer(db, access);
  const id = await db.transaction(async (tx) => {
    const event = await findVisibleEvent(tx, viewer, eventId);
    const eventDay = daysOf(event).startDate;
    if (body.dueOn > eventDay)
      throw new AppError('validation_failed', { messageKey: 'field.due_after_event', params: { date: eventDay }, field: 'dueOn' });
    if (body.requestedFromPersonId) {
      const persons = await findPersonNames(tx, access.administrationId, [body.requestedFromPersonId]);
      if (!persons.has(body.requestedFromPersonId)) throw unknownReference('requestedFromPersonId');
    }
    if (body.requestedFromStructureId) {
      const structures = await findStructureNames(tx, access.administrationId, [body.requestedFromStructureId]);
      if (!structures.has(body.requestedFromStructureId)) throw unknownReference('requestedFromStructureId');
    }
    const row = await repo.insertBriefing(tx, {
      administrationId: access.administrationId,
      eventId,
      requestedFromPersonId: body.requestedFromPersonId ?? null,
      requestedFromStructureId: body.requestedFromStructureId ?? null,
      dueOn: body.dueOn,
      instructions: body.instructions,
      requestedByUserId: access.actor.userId,
    });
    await recordAudit(tx, access, {
      action: 'briefing.request',
      entityType: 'briefing',
      entityId: row.id,
      after: {
        eventId,
        requestedFromPersonId: row.requestedFromPersonId,
        requestedFromStructureId: row.requestedFromStructureId,
        dueOn: row.dueOn,
      },
    });
    return row.id;
  });
  return getBriefing(db, access, id);
}

// Only the person asked, or someone working in the structure asked, writes the note.
export async function writeBriefing(db: Database, access: Access, briefingId: string, content: string) {
  assertCan(access, 'agenda.read');
  const viewer = await resolveViewer(db, access);
  await db.transaction(async (tx) => {
    const before = await repo.selectBriefing(tx, access.administrationId, briefingId);
    if (!before) throw new AppError('not_found', { params: { entity: 'briefing' } });
    if (!canWriteBriefing(viewer, before)) throw new AppError('forbidden', { messageKey: 'forbidden.briefing_author' });
    const row = await repo.updateBriefingContent(tx, briefingId, {
      content,
      writtenByUserId: access.actor.userId,
      writtenByName: access.actor.fullName,
    });
    await recordAudit(tx, access, {
      action: 'briefing.write',
      entityType: 'briefing',
      entityId: briefingId,
      before: { content: before.content },
      after: { content: row.content },
    });
  });
  return getBriefing(db, access, briefingId);
}

// --- decisions of an audience or a meeting ---

export async function listDecisionsOfEvent(db: Queryable, access: Access, eventId: string) {
  const rows = await repo.selectDecisionsOfEvent(db, eventId);
  const [structures, links] = await Promise.all([
    findStructureNames(
      db,
      access.administrationId,
      rows.map((r) => r.leadStructureId),
    ),
    findVisibleDirectiveLinks(
      db,
      systemClock,
      access,
      rows.map((r) => r.directiveId),
    ),
  ]);
  return rows.map((d) => ({
    id: d.id,
    eventId: d.eventId,
    text: d.text,
    leadStructure: { id: d.leadStructureId, name: structures.get(d.leadStructureId)?.name ?? '' },
    dueOn: d.dueOn,
    directiveId: d.directiveId,
    directive: (d.directiveId ? links.get(d.directiveId) : undefined) ?? null,
    createdAt: d.createdAt.toISOString(),
  }));
}

export const canRecordDecisions = (viewer: Viewer, event: Pick<EventRow, 'kind' | 'startsAt'>, now = new Date()) =>
  viewer.canManage && (event.kind === 'audience' || event.kind === 'meeting') && event.startsAt <= now;

// Decisions are stored here with their lead structure and due date; one action then turns them into
// directives of the follow-up module (event-decisions.service.ts), which fills directive_id.
export async function recordDecisions(db: Database, access: Access, eventId: string, body: TDecisionsBody) {
  assertCan(access, 'agenda.manage');
  const viewer = await resolveViewer(db, access);
  await db.transaction(async (tx) => {
    const event = await findVisibleEvent(tx, viewer, eventId);
    if (event.kind !== 'audience' && event.kind !== 'meeting')
      throw new AppError('bad_request', { messageKey: 'bad_request.decisions_kind' });
    if (event.startsAt > new Date()) throw new AppError('conflict', { messageKey: 'conflict.decisions_before_event' });
    const structures = await findStructureNames(
      tx,
      access.administrationId,
      body.decisions.map((d) => d.leadStructureId),
    );
    body.decisions.forEach((d, i) => {
      if (!structures.has(d.leadStructureId)) throw unknownReference(`decisions.${i}.leadStructureId`);
    });
    const rows = await repo.insertDecisions(
      tx,
      body.decisions.map((d, position) => ({
        administrationId: access.administrationId,
        eventId,
        position,
        text: d.text,
        leadStructureId: d.leadStructureId,
        dueOn: d.dueOn,
        createdByUserId: access.actor.userId,
      })),
    );
    await recordAudit(
      tx,
      access,
      rows.map((r) => ({
        action: 'decision.create',
        entityType: 'event_decision',
        entityId: r.id,
        after: { eventId, text: r.text, leadStructureId: r.leadStructureId, dueOn: r.dueOn },
      })),
    );
  });
  return { items: await listDecisionsOfEvent(db, access, eventId) };
}
