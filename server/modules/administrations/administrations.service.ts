import type { Database } from '../../platform/db/client.js';
import type { Access, Actor } from '../../platform/http/access.js';
import { todayIso } from '../../platform/dates.js';
import { listFunctionsHeld } from '../organisation/holders.service.js';
import * as repo from './administrations.repository.js';
import { computePermissions } from './permissions.js';

// What the actor may do in one administration, or null when they do not belong to it.
export async function resolveAccess(db: Database, actor: Actor, administrationId: string, requestId: string): Promise<Access | null> {
  const administration = await repo.selectAdministration(db, administrationId);
  if (!administration) return null;
  const membership = await repo.selectMembership(db, actor.userId, administrationId);
  if (!membership && !actor.isPlatformAdmin) return null;
  const functions = membership?.personId ? await listFunctionsHeld(db, membership.personId, todayIso()) : [];
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

// An administration by its code (MIT, MZG): public pages address administrations this way.
export async function findAdministrationByCode(db: Database, code: string) {
  return repo.selectAdministrationByCode(db, code);
}

export async function findAdministration(db: Database, id: string) {
  return repo.selectAdministration(db, id);
}
