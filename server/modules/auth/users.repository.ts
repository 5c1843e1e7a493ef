// Names of users, for the modules that show who did what. No rules here.
import { inArray } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { users } from './auth.tables.js';

export function selectUserNames(db: Queryable, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: users.id, fullName: users.fullName })
    .from(users)
    .where(inArray(users.id, [...ids]));
}
