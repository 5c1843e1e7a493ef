import { and, asc, eq, exists, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { users } from '../auth/auth.tables.js';
import { administrationOversight, administrations, memberships } from './administrations.tables.js';

export type AdministrationRow = typeof administrations.$inferSelect;

export async function selectAdministration(db: Queryable, id: string): Promise<AdministrationRow | undefined> {
  const [row] = await db.select().from(administrations).where(eq(administrations.id, id));
  return row;
}

export async function selectAllAdministrations(db: Queryable): Promise<AdministrationRow[]> {
  return db.select().from(administrations).orderBy(asc(administrations.name));
}

export async function selectMembershipsOfUser(db: Queryable, userId: string) {
  return db
    .select({ membership: memberships, administration: administrations })
    .from(memberships)
    .innerJoin(administrations, eq(administrations.id, memberships.administrationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.isActive, true)))
    .orderBy(asc(administrations.name));
}

// The administration and the caller's membership in it, in one round trip (run on every request).
export async function selectAdministrationWithMembership(db: Queryable, administrationId: string, userId: string) {
  const [row] = await db
    .select({ id: administrations.id, membership: memberships })
    .from(administrations)
    .leftJoin(
      memberships,
      and(eq(memberships.administrationId, administrations.id), eq(memberships.userId, userId), eq(memberships.isActive, true)),
    )
    .where(eq(administrations.id, administrationId));
  return row;
}

export async function isMemberOfAnOverseer(db: Queryable, userId: string, overseenId: string): Promise<boolean> {
  const [row] = await db
    .select({ overseerId: administrationOversight.overseerId })
    .from(administrationOversight)
    .where(
      and(
        eq(administrationOversight.overseenId, overseenId),
        exists(
          db
            .select({ id: memberships.id })
            .from(memberships)
            .where(
              and(
                eq(memberships.administrationId, administrationOversight.overseerId),
                eq(memberships.userId, userId),
                eq(memberships.isActive, true),
              ),
            ),
        ),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function selectOverseenAdministrations(db: Queryable, overseerId: string): Promise<AdministrationRow[]> {
  const rows = await db
    .select({ administration: administrations })
    .from(administrationOversight)
    .innerJoin(administrations, eq(administrations.id, administrationOversight.overseenId))
    .where(eq(administrationOversight.overseerId, overseerId))
    .orderBy(asc(administrations.name));
  return rows.map((r) => r.administration);
}

// The accounts of persons of an administration (for notifications and the language of messages).
export async function selectAccountsOfPersons(db: Queryable, administrationId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({ personId: memberships.personId, userId: users.id, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.administrationId, administrationId),
        eq(memberships.isActive, true),
        eq(users.isActive, true),
        inArray(memberships.personId, personIds),
      ),
    );
}

export async function selectAdministrationByCode(db: Queryable, code: string): Promise<AdministrationRow | undefined> {
  const [row] = await db
    .select()
    .from(administrations)
    .where(sql`upper(${administrations.code}) = upper(${code})`);
  return row;
}
