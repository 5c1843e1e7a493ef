// Every id a caller sends must name a row of the administration addressed; shared errors of the module.
import type { Queryable } from '../../platform/db/client.js';
import type { Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { selectPost, selectRank, selectStructure } from './organisation.repository.js';
import { selectPerson } from './people.repository.js';

export type ReferenceEntity = 'structure' | 'post' | 'rank' | 'person';

const finders = {
  structure: selectStructure,
  post: selectPost,
  rank: selectRank,
  person: selectPerson,
} as const;

export const unknownReference = (field: string) => new AppError('validation_failed', { messageKey: 'field.unknown_reference', field });

// A 400 naming the field when the id is not one of the administration's.
export async function assertReference(db: Queryable, access: Access, entity: ReferenceEntity, id: string, field: string) {
  const row = await finders[entity](db, access.administrationId, id);
  if (!row) throw unknownReference(field);
  return row;
}

// A 404 when the id in the path is not one of the administration's.
export async function findOrNotFound<E extends ReferenceEntity>(db: Queryable, access: Access, entity: E, id: string) {
  const row = await finders[entity](db, access.administrationId, id);
  if (!row) throw new AppError('not_found', { params: { entity } });
  return row as NonNullable<Awaited<ReturnType<(typeof finders)[E]>>>;
}

export const endBeforeStart = () => new AppError('validation_failed', { messageKey: 'field.end_before_start', field: 'endDate' });

// Walks up a parent map from `start`; true when `id` is met (setting id's parent to start would close a loop).
export function isAncestorOrSelf(parentOf: ReadonlyMap<string, string | null>, start: string, id: string): boolean {
  const seen = new Set<string>();
  for (let current: string | null | undefined = start; current; current = parentOf.get(current)) {
    if (current === id) return true;
    if (seen.has(current)) return true; // an existing loop: refuse rather than spin
    seen.add(current);
  }
  return false;
}
