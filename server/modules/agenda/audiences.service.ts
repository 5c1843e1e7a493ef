// The private office's side of audience requests: requests from staff, the list, and the triage: accept
// with a slot (which creates the event, after checking clashes), redirect to a structure, or decline.
import type { Database, Queryable } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import { findPersonNames, findStructureNames } from '../organisation/names.service.js';
import { unknownReference } from '../organisation/references.service.js';
import { audienceStatuses, type AudienceStatus } from './agenda.tables.js';
import type { TAcceptBody, TAudienceRequest, TInternalAudienceBody, TRedirectBody } from './audiences.contract.js';
import type { AudienceOutcome } from './audience-mail.js';
import { notifyRequester, type Notifier } from './audience-notify.js';
import { assertDatesNotPast, newReferenceYear, trackingUrlOf } from './audiences-public.service.js';
import * as repo from './audiences.repository.js';
import { loadClashes } from './event-presenter.js';
import { selectVisibleEventsByIds } from './events.repository.js';
import { insertEventWithParticipants } from './events.service.js';
import { resolveViewer, type Viewer } from './viewer.js';

// The event of an accepted request is shown only to those who see it in the agenda.
async function presentRequests(db: Queryable, viewer: Viewer, rows: repo.AudienceRow[]): Promise<TAudienceRequest[]> {
  const [events, structures] = await Promise.all([
    selectVisibleEventsByIds(
      db,
      viewer,
      rows.flatMap((r) => (r.eventId ? [r.eventId] : [])),
    ),
    findStructureNames(
      db,
      viewer.administrationId,
      rows.map((r) => r.redirectedToStructureId),
    ),
  ]);
  const eventById = new Map(events.map((e) => [e.id, e]));
  return rows.map((r) => {
    const event = r.eventId ? eventById.get(r.eventId) : undefined;
    const structure = r.redirectedToStructureId ? structures.get(r.redirectedToStructureId) : undefined;
    return {
      id: r.id,
      reference: r.reference,
      source: r.source,
      status: r.status,
      requesterName: r.requesterName,
      organisation: r.organisation,
      email: r.email,
      phone: r.phone,
      subject: r.subject,
      preferredDates: r.preferredDates,
      createdAt: r.createdAt.toISOString(),
      decidedAt: r.decidedAt?.toISOString() ?? null,
      decisionNote: r.decisionNote,
      event: event
        ? {
            id: event.id,
            title: event.title,
            startsAt: event.startsAt.toISOString(),
            endsAt: event.endsAt.toISOString(),
            place: event.place,
          }
        : null,
      redirectedTo: structure ? { id: structure.id, name: structure.name } : null,
    };
  });
}

export async function listAudienceRequests(db: Database, access: Access, status: AudienceStatus | undefined) {
  assertCan(access, 'agenda.manage');
  const viewer = await resolveViewer(db, access);
  const [rows, countRows] = await Promise.all([
    repo.selectAudienceRequests(db, access.administrationId, status),
    repo.countAudienceRequestsByStatus(db, access.administrationId),
  ]);
  const counts = Object.fromEntries(audienceStatuses.map((s) => [s, 0])) as Record<AudienceStatus, number>;
  for (const c of countRows) counts[c.status] = c.n;
  return { items: await presentRequests(db, viewer, rows), counts };
}

export async function countPendingAudienceRequests(db: Queryable, administrationId: string) {
  const rows = await repo.countAudienceRequestsByStatus(db, administrationId);
  return rows.find((r) => r.status === 'pending')?.n ?? 0;
}

export async function getAudienceRequest(db: Database, access: Access, requestId: string) {
  assertCan(access, 'agenda.manage');
  const viewer = await resolveViewer(db, access);
  const row = await repo.selectAudienceRequest(db, access.administrationId, requestId);
  if (!row) throw new AppError('not_found', { params: { entity: 'audience_request' } });
  const [presented] = await presentRequests(db, viewer, [row]);
  return presented!;
}

// A member of staff asks in their own name; the answer reaches them like anyone else, by e-mail.
export async function submitInternalRequest(
  db: Database,
  notifier: Notifier,
  access: Access,
  body: TInternalAudienceBody,
  baseUrl: string,
) {
  assertCan(access, 'agenda.read');
  assertDatesNotPast(body.preferredDates);
  const person = access.personId ? (await findPersonNames(db, access.administrationId, [access.personId])).get(access.personId) : undefined;
  const token = newToken();
  const row = await db.transaction(async (tx) => {
    const reference = await repo.nextAudienceReference(tx, access.administrationId, newReferenceYear());
    const created = await repo.insertAudienceRequest(tx, {
      administrationId: access.administrationId,
      reference,
      source: 'internal',
      trackingTokenHash: hashToken(token),
      requesterName: person ? `${person.civility} ${person.fullName}` : access.actor.fullName,
      organisation: body.organisation,
      email: person?.email ?? access.actor.email,
      phone: body.phone,
      subject: body.subject,
      preferredDates: [...new Set(body.preferredDates)].sort(),
      locale: access.actor.locale,
      requestedByUserId: access.actor.userId,
      requesterPersonId: access.personId,
    });
    await recordAudit(tx, access, {
      action: 'audience_request.create',
      entityType: 'audience_request',
      entityId: created.id,
      after: { reference, source: 'internal' },
    });
    return created;
  });
  const trackingUrl = trackingUrlOf(baseUrl, token);
  await notifyRequester(db, notifier, row, { kind: 'received', trackingUrl });
  return { reference: row.reference, trackingToken: token, trackingUrl };
}

// Locks the request; a request already handled cannot be handled again.
async function lockPending(tx: Queryable, access: Access, requestId: string) {
  const row = await repo.selectAudienceRequest(tx, access.administrationId, requestId, true);
  if (!row) throw new AppError('not_found', { params: { entity: 'audience_request' } });
  if (row.status !== 'pending')
    throw new AppError('conflict', { messageKey: 'conflict.audience_decided', details: { status: row.status } });
  return row;
}

async function decide(
  db: Database,
  notifier: Notifier,
  access: Access,
  requestId: string,
  write: (tx: Queryable, before: repo.AudienceRow, viewer: Viewer) => Promise<{ row: repo.AudienceRow; outcome: AudienceOutcome }>,
) {
  assertCan(access, 'agenda.manage');
  const viewer = await resolveViewer(db, access);
  const { row, outcome } = await db.transaction(async (tx) => {
    const before = await lockPending(tx, access, requestId);
    const result = await write(tx, before, viewer);
    await recordAudit(tx, access, {
      action: `audience_request.${result.row.status}`,
      entityType: 'audience_request',
      entityId: requestId,
      before: { status: before.status },
      after: {
        status: result.row.status,
        eventId: result.row.eventId,
        redirectedToStructureId: result.row.redirectedToStructureId,
        note: result.row.decisionNote,
      },
    });
    return result;
  });
  const isRequesterNotified = await notifyRequester(db, notifier, row, outcome);
  const [request] = await presentRequests(db, viewer, [row]);
  return { request: request!, isRequesterNotified };
}

export async function acceptRequest(db: Database, notifier: Notifier, access: Access, requestId: string, body: TAcceptBody) {
  return decide(db, notifier, access, requestId, async (tx, before, viewer) => {
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    const title = body.title ?? `Audience : ${before.requesterName}${before.organisation ? ` (${before.organisation})` : ''}`;
    const slot = { id: 'slot', title, kind: 'audience' as const, startsAt, endsAt, hasRepresentative: false };
    const clashes = (await loadClashes(tx, viewer, [slot])).get('slot') ?? [];
    if (clashes.length > 0 && !body.allowClash) {
      throw new AppError('conflict', { messageKey: 'conflict.agenda_clash', params: { count: clashes.length }, details: { clashes } });
    }
    const event = await insertEventWithParticipants(tx, access, {
      kind: 'audience',
      title,
      place: body.place,
      description: `${before.reference} — ${before.subject}`,
      isAllDay: false,
      startsAt: body.startsAt,
      endsAt: body.endsAt,
      visibility: body.visibility,
      participantPersonIds: before.requesterPersonId ? [before.requesterPersonId] : [],
      participantPostIds: [],
      externalParticipants: before.requesterPersonId
        ? []
        : [`${before.requesterName}${before.organisation ? ` (${before.organisation})` : ''}`],
    });
    const row = await repo.updateAudienceDecision(tx, requestId, {
      status: 'accepted',
      eventId: event.id,
      decisionNote: body.note,
      decidedByUserId: access.actor.userId,
    });
    return { row, outcome: { kind: 'accepted', startsAt, endsAt, place: body.place, note: body.note } };
  });
}

export async function redirectRequest(db: Database, notifier: Notifier, access: Access, requestId: string, body: TRedirectBody) {
  return decide(db, notifier, access, requestId, async (tx) => {
    const structure = (await findStructureNames(tx, access.administrationId, [body.structureId])).get(body.structureId);
    if (!structure) throw unknownReference('structureId');
    const row = await repo.updateAudienceDecision(tx, requestId, {
      status: 'redirected',
      redirectedToStructureId: structure.id,
      decisionNote: body.note,
      decidedByUserId: access.actor.userId,
    });
    return { row, outcome: { kind: 'redirected', structureName: structure.name, note: body.note } };
  });
}

export async function declineRequest(db: Database, notifier: Notifier, access: Access, requestId: string, reason: string) {
  return decide(db, notifier, access, requestId, async (tx) => {
    const row = await repo.updateAudienceDecision(tx, requestId, {
      status: 'declined',
      decisionNote: reason,
      decidedByUserId: access.actor.userId,
    });
    return { row, outcome: { kind: 'declined', reason } };
  });
}
