// The public side of audience requests: anyone, without an account, asks for an audience with the head
// and follows it through a private tracking link. Guarded against floods (per address and per
// administration, counted in PostgreSQL) and robots (a honeypot field).
import { randomBytes } from 'node:crypto';
import type { Database } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { Locale } from '../../platform/http/messages.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import { todayIso } from '../../platform/dates.js';
import { assertWithinRateLimit } from '../../platform/rate-limit/rate-limit.js';
import { findAdministration, findAdministrationByCode } from '../administrations/administrations.service.js';
import { findStructureNames } from '../organisation/names.service.js';
import type { TPublicAudienceBody } from './audiences.contract.js';
import { notifyRequester, type Notifier } from './audience-notify.js';
import * as repo from './audiences.repository.js';
import { selectEventForTracking } from './events.repository.js';

export const PUBLIC_LIMIT_PER_ADDRESS = { hits: 5, windowSeconds: 15 * 60, messageKey: 'rate_limited.audience' };
// a flood from many addresses: the administration's form closes for the rest of the hour
export const PUBLIC_LIMIT_PER_ADMINISTRATION = { hits: 200, windowSeconds: 60 * 60, messageKey: 'rate_limited.audience_total' };

export const trackingUrlOf = (baseUrl: string, token: string) => `${baseUrl}/audience/suivi/${token}`;

// Administrations that receive audience requests (not oversight bodies), by code.
async function findReceivingAdministration(db: Database, code: string) {
  const administration = await findAdministrationByCode(db, code);
  if (!administration || administration.kind === 'oversight') throw new AppError('not_found', { params: { entity: 'administration' } });
  return administration;
}

export async function getPublicAdministration(db: Database, code: string) {
  const a = await findReceivingAdministration(db, code);
  return { code: a.code, name: a.name, shortName: a.shortName, headTitle: a.headTitle, kind: a.kind, country: a.country };
}

// Counted before the body is even read, so malformed floods are throttled too.
export async function assertPublicRateLimit(db: Database, ip: string) {
  await assertWithinRateLimit(db, `audience:${ip}`, PUBLIC_LIMIT_PER_ADDRESS);
}

export function assertDatesNotPast(dates: string[], field = 'preferredDates') {
  const today = todayIso();
  dates.forEach((date, i) => {
    if (date < today) throw new AppError('validation_failed', { messageKey: 'field.date_in_past', field: `${field}.${i}` });
  });
}

export const newReferenceYear = () => Number(todayIso().slice(0, 4));

export async function submitPublicRequest(
  db: Database,
  notifier: Notifier,
  input: { code: string; body: TPublicAudienceBody; locale: Locale; baseUrl: string; requestId: string },
) {
  const administration = await findReceivingAdministration(db, input.code);
  await assertWithinRateLimit(db, `audience-administration:${administration.id}`, PUBLIC_LIMIT_PER_ADMINISTRATION);
  const token = newToken();
  const trackingUrl = trackingUrlOf(input.baseUrl, token);
  // A robot filled the hidden field: answer exactly as for a person, keep nothing.
  if (input.body.website) {
    const fake = `DA-${newReferenceYear()}-${String(1000 + (randomBytes(2).readUInt16BE() % 9000))}`;
    return { reference: fake, trackingToken: token, trackingUrl };
  }
  const body = input.body;
  assertDatesNotPast(body.preferredDates);
  const row = await db.transaction(async (tx) => {
    const reference = await repo.nextAudienceReference(tx, administration.id, newReferenceYear());
    const created = await repo.insertAudienceRequest(tx, {
      administrationId: administration.id,
      reference,
      source: 'public',
      trackingTokenHash: hashToken(token),
      requesterName: body.requesterName,
      organisation: body.organisation,
      email: body.email,
      phone: body.phone,
      subject: body.subject,
      preferredDates: [...new Set(body.preferredDates)].sort(),
      locale: input.locale,
    });
    await recordAudit(
      tx,
      { administrationId: administration.id, requestId: input.requestId, actor: null },
      { action: 'audience_request.create', entityType: 'audience_request', entityId: created.id, after: { reference, source: 'public' } },
    );
    return created;
  });
  await notifyRequester(db, notifier, row, { kind: 'received', trackingUrl });
  return { reference: row.reference, trackingToken: token, trackingUrl };
}

export async function trackRequest(db: Database, token: string) {
  const row = await repo.selectAudienceRequestByToken(db, hashToken(token));
  if (!row) throw new AppError('not_found', { messageKey: 'not_found.tracking', params: { entity: 'audience_request' } });
  const [administration, event, structures] = await Promise.all([
    findAdministration(db, row.administrationId),
    row.status === 'accepted' && row.eventId ? selectEventForTracking(db, row.administrationId, row.eventId) : undefined,
    findStructureNames(db, row.administrationId, [row.redirectedToStructureId]),
  ]);
  return {
    reference: row.reference,
    administration: { name: administration?.name ?? '', headTitle: administration?.headTitle ?? '' },
    status: row.status,
    requesterName: row.requesterName,
    subject: row.subject,
    preferredDates: row.preferredDates,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    slot: event ? { startsAt: event.startsAt.toISOString(), endsAt: event.endsAt.toISOString(), place: event.place } : null,
    redirectedTo: row.redirectedToStructureId ? (structures.get(row.redirectedToStructureId)?.name ?? null) : null,
    note: row.decisionNote,
  };
}
