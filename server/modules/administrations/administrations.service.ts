import type { Database, Queryable } from '../../platform/db/client.js';
import type { Access, Actor } from '../../platform/http/access.js';
import { todayIso } from '../../platform/dates.js';
import { listFunctionsHeld } from '../organisation/holders.service.js';
import * as repo from './administrations.repository.js';
import { computePermissions } from './permissions.js';

// What the actor may do in one administration, or null when they do not belong to it.
export async function resolveAccess(
  db: Database,
  actor: Actor,
  administrationId: string,
  requestId: string,
  now: Date = new Date(),
): Promise<Access | null> {
  // two independent lookups on every request: side by side
  const [administration, membership] = await Promise.all([
    repo.selectAdministration(db, administrationId),
    repo.selectMembership(db, actor.userId, administrationId),
  ]);
  if (!administration) return null;
  if (!membership && !actor.isPlatformAdmin) return null;
  const functions = membership?.personId ? await listFunctionsHeld(db, membership.personId, todayIso(undefined, now)) : [];
  const role = membership?.role ?? 'platform';
  return {
    actor,
    administrationId,
    role,
    personId: membership?.personId ?? null,
    functions,
    permissions: computePermissions({ isPlatformAdmin: actor.isPlatformAdmin, role: membership?.role ?? null, functions }),
    requestId,
  };
}

export async function listAdministrationsOf(db: Database, actor: Actor, requestId: string) {
  const administrations = actor.isPlatformAdmin
    ? await repo.selectAllAdministrations(db)
    : (await repo.selectMembershipsOfUser(db, actor.userId)).map((r) => r.administration);
  const result = [];
  for (const administration of administrations) {
    const access = await resolveAccess(db, actor, administration.id, requestId);
    if (!access) continue;
    result.push({
      administrationId: administration.id,
      code: administration.code,
      name: administration.name,
      shortName: administration.shortName,
      kind: administration.kind,
      headTitle: administration.headTitle,
      currency: administration.currency,
      role: access.role,
      functions: access.functions,
      permissions: [...access.permissions].sort(),
    });
  }
  return result;
}

// person → account (user id and language), for the persons of an administration who have one.
export async function listAccountsOfPersons(db: Queryable, administrationId: string, personIds: string[]) {
  const rows = await repo.selectAccountsOfPersons(db, administrationId, [...new Set(personIds)]);
  return new Map(rows.map((r) => [r.personId!, { userId: r.userId, locale: r.locale }]));
}

// The name, country and motto that head the administration's documents.
export async function findAdministration(db: Queryable, administrationId: string) {
  return repo.selectAdministration(db, administrationId);
}
