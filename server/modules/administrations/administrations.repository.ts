import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { administrations, memberships } from './administrations.tables.js';

export type AdministrationRow = typeof administrations.$inferSelect;

export async function selectAdministration(db: Queryable, id: string): Promise<AdministrationRow | undefined> {
  const [row] = await db.select().from(administrations).where(eq(administrations.id, id));
  return row;
}

export async function selectAllAdministrations(db: Queryable): Promise<AdministrationRow[]> {
  return db.select().from(administrations).orderBy(asc(administrations.name));
}

export async function selectMembership(db: Queryable, userId: string, administrationId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.administrationId, administrationId), eq(memberships.isActive, true)));
  return row;
}

export async function selectMembershipsOfUser(db: Queryable, userId: string) {
  return db
    .select({ membership: memberships, administration: administrations })
    .from(memberships)
    .innerJoin(administrations, eq(administrations.id, memberships.administrationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.isActive, true)))
    .orderBy(asc(administrations.name));
}

export async function selectAdministrationByCode(db: Queryable, code: string): Promise<AdministrationRow | undefined> {
  const [row] = await db
    .select()
    .from(administrations)
    .where(sql`upper(${administrations.code}) = upper(${code})`);
  return row;
}
