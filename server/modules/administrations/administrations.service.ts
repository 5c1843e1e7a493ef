import type { Database, Queryable } from '../../platform/db/client.js';
import type { Access, Actor } from '../../platform/http/access.js';
import { todayIso } from '../../platform/dates.js';
import { listPositionsHeld, rememberCallerPositions, type Position } from '../organisation/positions.service.js';
import * as repo from './administrations.repository.js';
import { computePermissions, oversightPermissions, type Placement } from './permissions.js';

// The secretariat placed under the general secretariat keeps the mail register.
function placementsOf(positions: Position[]): Placement[] {
  const isRegistry = positions.some((p) => p.structureKind === 'secretariat' && p.parentStructureKind === 'general_secretariat');
  return isRegistry ? ['mail_registry'] : [];
}

// What the actor may do in one administration, or null when they do not belong to it.
export async function resolveAccess(
  db: Database,
  actor: Actor,
  administrationId: string,
  requestId: string,
  now: Date = new Date(),
): Promise<Access | null> {
  const row = await repo.selectAdministrationWithMembership(db, administrationId, actor.userId);
  if (!row) return null;
  const membership = row.membership;
  if (!membership && !actor.isPlatformAdmin) return resolveOversightAccess(db, actor, administrationId, requestId);
  const today = todayIso(undefined, now);
  const positions = membership?.personId ? await listPositionsHeld(db, membership.personId, today) : [];
  const functions = [...new Set(positions.map((p) => p.function))].sort();
  const role = membership?.role ?? 'platform';
  const access: Access = {
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
  rememberCallerPositions(access, today, positions);
  return access;
}

// A member of an oversight body reads the results of the administrations it oversees, and nothing else.
async function resolveOversightAccess(db: Database, actor: Actor, administrationId: string, requestId: string): Promise<Access | null> {
  if (!(await repo.isMemberOfAnOverseer(db, actor.userId, administrationId))) return null;
  return { actor, administrationId, role: 'oversight', personId: null, functions: [], permissions: oversightPermissions, requestId };
}

// The name, country and motto that head the administration's documents, among others.
export function findAdministration(db: Queryable, id: string) {
  return repo.selectAdministration(db, id);
}

// The administrations an oversight body accompanies, by name.
export function listOverseenAdministrations(db: Database, overseerId: string) {
  return repo.selectOverseenAdministrations(db, overseerId);
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

// An administration by its code (MIT, MZG): public pages address administrations this way.
export async function findAdministrationByCode(db: Database, code: string) {
  return repo.selectAdministrationByCode(db, code);
}
