// Seed 003: a new post's attributions must not duplicate those of existing services. We warn, never block.
import type { Queryable } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import type { TAttributionCheckBody, TDuplicate } from './organisation.contract.js';
import { selectSimilarAttributions } from './duplicates.repository.js';
import { assertReference } from './references.service.js';

export const DUPLICATE_MIN_SCORE = 0.45;
export const DUPLICATES_PER_TEXT = 5;

// Attributions of every other structure and post of the administration that look like the given texts.
export async function findDuplicateAttributions(
  db: Queryable,
  administrationId: string,
  texts: string[],
  exclude: { structureId?: string; postId?: string } = {},
): Promise<TDuplicate[]> {
  const cleaned = texts.map((t) => t.trim());
  if (!cleaned.some((t) => t.length > 0)) return [];
  const rows = await selectSimilarAttributions(db, {
    administrationId,
    texts: cleaned,
    excludeStructureId: exclude.structureId ?? null,
    excludePostId: exclude.postId ?? null,
    minScore: DUPLICATE_MIN_SCORE,
    perText: DUPLICATES_PER_TEXT,
  });
  return rows
    .filter((r) => cleaned[r.input_index])
    .map((r) => ({
      attribution: texts[r.input_index]!,
      matchedText: r.matched_text,
      score: Number(r.score),
      owner: { type: r.owner_type, id: r.owner_id, name: r.owner_name },
    }));
}

// The form calls this while the user types.
export async function checkAttributions(db: Queryable, access: Access, body: TAttributionCheckBody) {
  assertCan(access, 'organisation.read');
  if (body.excludeStructureId) await assertReference(db, access, 'structure', body.excludeStructureId, 'excludeStructureId');
  if (body.excludePostId) await assertReference(db, access, 'post', body.excludePostId, 'excludePostId');
  const duplicates = await findDuplicateAttributions(db, access.administrationId, body.texts, {
    structureId: body.excludeStructureId,
    postId: body.excludePostId,
  });
  return { warnings: { duplicates } };
}
