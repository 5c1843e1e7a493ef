import type { Queryable } from '../../platform/db/client.js';
import { selectUserNames } from './users.repository.js';

// The full names of some users, by id (ids of unknown users are left out).
export async function listUserNames(db: Queryable, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const known = [...new Set(ids.filter((id): id is string => id !== null))];
  return new Map((await selectUserNames(db, known)).map((u) => [u.id, u.fullName]));
}
