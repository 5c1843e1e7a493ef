// Every member gets a private iCalendar address of the events they may see, for Outlook, Thunderbird or a
// phone. The token in the address is the only credential: it is shown once, stored hashed, and revocable.
import type { Database } from '../../platform/db/client.js';
import { assertCan, can, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import { addDaysIso, todayIso } from '../../platform/dates.js';
import { findAdministration, resolveAccess } from '../administrations/administrations.service.js';
import { findActiveActor } from '../auth/auth.service.js';
import { daysOf, loadNames, presentSummary } from './event-presenter.js';
import { selectVisibleEventsBetween } from './events.repository.js';
import * as repo from './feeds.repository.js';
import { serializeCalendar, type IcalEvent } from './ical.js';
import { resolveViewer } from './viewer.js';

// A calendar application reads the past quarter and the coming year.
const FEED_DAYS_BEFORE = 90;
const FEED_DAYS_AFTER = 366;
const FEED_MAX_EVENTS = 3000;

const feedUrl = (baseUrl: string, token: string) => `${baseUrl}/api/feeds/${token}.ics`;

export async function getFeedStatus(db: Database, access: Access) {
  assertCan(access, 'agenda.read');
  const row = await repo.selectLiveFeed(db, access.actor.userId, access.administrationId);
  return { isActive: Boolean(row), createdAt: row?.createdAt.toISOString() ?? null, lastUsedAt: row?.lastUsedAt?.toISOString() ?? null };
}

// Creates the address, or replaces it: the previous one stops working at once.
export async function rotateFeed(db: Database, access: Access, baseUrl: string) {
  assertCan(access, 'agenda.read');
  const token = newToken();
  const row = await db.transaction(async (tx) => {
    const revoked = await repo.revokeLiveFeeds(tx, access.actor.userId, access.administrationId);
    const created = await repo.insertFeed(tx, {
      administrationId: access.administrationId,
      userId: access.actor.userId,
      tokenHash: hashToken(token),
    });
    await recordAudit(tx, access, {
      action: revoked.length > 0 ? 'agenda_feed.rotate' : 'agenda_feed.create',
      entityType: 'agenda_feed',
      entityId: created.id,
      before: revoked.length > 0 ? { feedId: revoked[0]!.id } : undefined,
    });
    return created;
  });
  return { url: feedUrl(baseUrl, token), createdAt: row.createdAt.toISOString() };
}

export async function revokeFeed(db: Database, access: Access) {
  assertCan(access, 'agenda.read');
  await db.transaction(async (tx) => {
    const revoked = await repo.revokeLiveFeeds(tx, access.actor.userId, access.administrationId);
    if (revoked.length === 0) throw new AppError('not_found', { params: { entity: 'feed' } });
    await recordAudit(tx, access, { action: 'agenda_feed.revoke', entityType: 'agenda_feed', entityId: revoked[0]!.id });
  });
}

const classification = { private: 'PRIVATE', cabinet: 'CONFIDENTIAL', public: 'PUBLIC' } as const;

// The calendar behind a token, with what its owner may see today. An unknown token is 404; a revoked one,
// or one whose owner has left the administration, is 410: the calendar application should stop asking.
export async function renderFeed(db: Database, token: string, baseUrl: string, requestId: string): Promise<string> {
  const feed = await repo.selectFeedByHash(db, hashToken(token));
  if (!feed) throw new AppError('not_found', { messageKey: 'not_found.feed', params: { entity: 'feed' } });
  const gone = new AppError('gone', { messageKey: 'gone.feed' });
  if (feed.revokedAt) throw gone;
  const actor = await findActiveActor(db, feed.userId);
  const access = actor ? await resolveAccess(db, actor, feed.administrationId, requestId) : null;
  if (!access || !can(access, 'agenda.read')) throw gone;

  const viewer = await resolveViewer(db, access);
  const today = todayIso();
  const from = new Date(`${addDaysIso(today, -FEED_DAYS_BEFORE)}T00:00:00Z`);
  const to = new Date(`${addDaysIso(today, FEED_DAYS_AFTER)}T00:00:00Z`);
  const [administration, rows] = await Promise.all([
    findAdministration(db, feed.administrationId),
    selectVisibleEventsBetween(db, viewer, from, to, FEED_MAX_EVENTS),
  ]);
  const names = await loadNames(db, feed.administrationId, rows);
  const events: IcalEvent[] = rows.map((row) => {
    const summary = presentSummary(row, names);
    const representative = [summary.representative?.person?.name, summary.representative?.post?.name].filter(Boolean).join(', ');
    const description = [row.description, representative ? `Représentation : ${representative}` : null].filter(Boolean).join('\n\n');
    const days = daysOf(row);
    return {
      uid: `${row.id}@pilotage`,
      summary: row.title,
      location: row.place,
      description: description || null,
      categories: row.kind.toUpperCase(),
      classification: classification[row.visibility],
      url: `${baseUrl}/a/${row.administrationId}/agenda/evenements/${row.id}`,
      start: row.startsAt,
      end: row.endsAt,
      allDay: row.isAllDay ? { startDate: days.startDate, endDateExclusive: addDaysIso(days.endDate, 1) } : undefined,
      lastModified: row.updatedAt,
    };
  });
  await repo.touchFeed(db, feed.id);
  return serializeCalendar({
    name: `Agenda — ${administration?.shortName ?? ''}`.trim(),
    productId: '-//Pilotage//Agenda//FR',
    events,
  });
}
