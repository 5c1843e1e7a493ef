import type { Database, Queryable } from '../../platform/db/client.js';
import type { Access, Actor } from '../../platform/http/access.js';
import { todayIso } from '../../platform/dates.js';
import { listPositionsHeld, type Position } from '../organisation/positions.service.js';
import * as repo from './administrations.repository.js';
import { computePermissions, type Placement } from './permissions.js';

// The secretariat placed under the general secretariat keeps the mail register.
function placementsOf(positions: Position[]): Placement[] {
  const isRegistry = positions.some((p) => p.structureKind === 'secretariat' && p.parentStructureKind === 'general_secretariat');
  return isRegistry ? ['mail_registry'] : [];
}

// What the actor may do in one administration, or null when they do not belong to it.
export async function resolveAccess(db: Database, actor: Actor, administrationId: string, requestId: string): Promise<Access | null> {
  const administration = await repo.selectAdministration(db, administrationId);
  if (!administration) return null;
  const membership = await repo.selectMembership(db, actor.userId, administrationId);
  if (!membership && !actor.isPlatformAdmin) return null;
  const positions = membership?.personId ? await listPositionsHeld(db, membership.personId, todayIso()) : [];
  const functions = [...new Set(positions.map((p) => p.function))].sort();
  const role = membership?.role ?? 'platform';
  return {
    actor,
    administrationId,
    role,
    personId: membership?.personId ?? null,
    functions,
    permissions: computePermissions({
      isPlatformAdmin: actor.isPlatformAdmin,
      role: membership?.role ?? null,
      functions,
      placements: placementsOf(positions),
    }),
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

// One administration by id (for other modules: its code, head title...).
export function findAdministration(db: Queryable, administrationId: string) {
  return repo.selectAdministration(db, administrationId);
}
