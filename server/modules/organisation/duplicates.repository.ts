// Near-duplicate attributions, scored by PostgreSQL's own text tools so accents and word forms do not matter.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';

export type DuplicateRow = {
  input_index: number;
  matched_text: string;
  score: number;
  owner_type: 'structure' | 'post';
  owner_id: string;
  owner_name: string;
};

// score = max(Jaccard overlap of stemmed, unaccented lexemes (fr_unaccent), trigram similarity of the
// unaccented lower-case texts). The WHERE clause keeps only rows sharing a lexeme or passing pg_trgm's
// default 0.3 threshold: both are supersets of "score >= minScore" for minScore >= 0.3, and both use an index.
export async function selectSimilarAttributions(
  db: Queryable,
  input: {
    administrationId: string;
    texts: string[];
    excludeStructureId: string | null;
    excludePostId: string | null;
    minScore: number;
    perText: number;
  },
): Promise<DuplicateRow[]> {
  const result = await db.execute<DuplicateRow>(sql`
    WITH input AS (
      SELECT (t.ord - 1)::int AS input_index, t.txt,
             tsvector_to_array(to_tsvector('fr_unaccent', t.txt)) AS lexemes,
             immutable_unaccent(lower(t.txt)) AS norm
        FROM unnest(${sql.param(input.texts)}::text[]) WITH ORDINALITY AS t(txt, ord)
    ),
    query AS (
      SELECT input.*, (SELECT string_agg(quote_literal(l), ' | ') FROM unnest(lexemes) l)::tsquery AS tsq FROM input
    ),
    scored AS (
      SELECT q.input_index, a.text AS matched_text, a.structure_id, a.post_id,
             greatest(
               coalesce((SELECT count(*) FROM (SELECT unnest(q.lexemes) INTERSECT SELECT unnest(tsvector_to_array(a.search))) i)::float8
                 / nullif((SELECT count(*) FROM (SELECT unnest(q.lexemes) UNION SELECT unnest(tsvector_to_array(a.search))) u), 0), 0),
               similarity(immutable_unaccent(lower(a.text)), q.norm)
             ) AS score
        FROM query q
        JOIN attributions a ON a.administration_id = ${input.administrationId}
         AND ((q.tsq IS NOT NULL AND a.search @@ q.tsq) OR immutable_unaccent(lower(a.text)) % q.norm)
       WHERE (a.structure_id IS NULL OR a.structure_id IS DISTINCT FROM ${input.excludeStructureId}::uuid)
         AND (a.post_id IS NULL OR a.post_id IS DISTINCT FROM ${input.excludePostId}::uuid)
    ),
    ranked AS (
      SELECT s.*, row_number() OVER (PARTITION BY s.input_index ORDER BY s.score DESC, s.matched_text) AS rn
        FROM scored s WHERE s.score >= ${input.minScore}
    )
    SELECT r.input_index, r.matched_text, round(r.score::numeric, 2)::float8 AS score,
           CASE WHEN r.structure_id IS NOT NULL THEN 'structure' ELSE 'post' END AS owner_type,
           coalesce(r.structure_id, r.post_id) AS owner_id,
           coalesce(st.name, po.title) AS owner_name
      FROM ranked r
      LEFT JOIN structures st ON st.id = r.structure_id
      LEFT JOIN posts po ON po.id = r.post_id
     WHERE r.rn <= ${input.perText}
     ORDER BY r.score DESC, r.input_index, r.rn`);
  return result.rows;
}
