// Dossiers: the rows, their lists, counts, search and suggestions. The one visibility predicate lives here:
// every query that returns or counts dossiers for a caller goes through visibleTo(). No rules here.
import { and, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { FRAGMENT_SEPARATOR, MATCH_START, MATCH_STOP } from './search-extracts.js';
import { dossiers, type Confidentiality, type DossierStatus, type OpinionType } from './dossiers.tables.js';

export type DossierRow = typeof dossiers.$inferSelect;

// Who is looking, as the predicate needs it (built by dossier-viewer.service.ts from the posts held today).
export type VisibilityScope = {
  administrationId: string;
  personId: string | null;
  // confidentiality levels this person sees across the administration, by their role
  wideLevels: Confidentiality[];
  // structures of the posts held or acted for: dossiers assigned to them (except reserved ones)
  structureIds: string[];
};

// What may wait on this person (the "waiting on me" list), on top of what they see.
export type WaitingScope = VisibilityScope & {
  canAssign: boolean;
  opinionTypes: OpinionType[];
  headedStructureIds: string[];
  canDecide: boolean;
  registryStructureIds: string[];
};

const uuids = (ids: string[]) => sql`${sql.param(ids)}::uuid[]`;
const texts = (values: string[]) => sql`${sql.param(values)}::text[]`;

// THE visibility predicate. Reserved: the head, the DC and the people named; sensitive: the cabinet, the SG
// and the structures assigned; normal: the roles that handle mail and the structures assigned (see
// docs/decisions/0003-dossier-confidentiality.md). Reads the `dossiers` table of the enclosing query.
export function visibleTo(scope: VisibilityScope): SQL {
  const clauses: SQL[] = [];
  if (scope.wideLevels.length > 0) clauses.push(sql`${dossiers.confidentiality} = ANY(${texts(scope.wideLevels)})`);
  if (scope.personId) {
    clauses.push(
      sql`EXISTS (SELECT 1 FROM dossier_named_persons n WHERE n.dossier_id = ${dossiers.id} AND n.person_id = ${scope.personId})`,
    );
  }
  if (scope.structureIds.length > 0) {
    clauses.push(sql`(${dossiers.confidentiality} <> 'reserved' AND EXISTS (SELECT 1 FROM dossier_assignments a
      WHERE a.dossier_id = ${dossiers.id} AND a.structure_id = ANY(${uuids(scope.structureIds)})))`);
  }
  const anyOf = clauses.length > 0 ? sql.join(clauses, sql` OR `) : sql`false`;
  return sql`(${dossiers.administrationId} = ${scope.administrationId} AND (${anyOf}))`;
}

// An opinion request at its desk now, still unanswered (only the current round has such requests).
function openRequestWhere(condition: SQL): SQL {
  return sql`EXISTS (SELECT 1 FROM dossier_opinion_requests r
    WHERE r.dossier_id = ${dossiers.id} AND r.opinion_id IS NULL AND r.opened_at IS NOT NULL AND ${condition})`;
}

// Dossiers at one of this person's desks now (on top of visibleTo).
export function waitingOn(scope: WaitingScope): SQL {
  const clauses: SQL[] = [];
  if (scope.canAssign) clauses.push(sql`${dossiers.status} = 'registered'`);
  const types = scope.opinionTypes.filter((t) => t !== 'structure');
  const requestClauses: SQL[] = [];
  if (types.length > 0) requestClauses.push(sql`r.type = ANY(${texts(types)})`);
  if (scope.headedStructureIds.length > 0) {
    requestClauses.push(sql`(r.type = 'structure' AND r.structure_id = ANY(${uuids(scope.headedStructureIds)}))`);
  }
  if (requestClauses.length > 0) {
    clauses.push(sql`(${dossiers.status} = 'in_review' AND ${openRequestWhere(sql`(${sql.join(requestClauses, sql` OR `)})`)})`);
  }
  if (scope.canDecide) clauses.push(sql`${dossiers.status} = 'awaiting_decision'`);
  if (scope.registryStructureIds.length > 0) {
    clauses.push(sql`(${dossiers.status} = 'decided' AND ${dossiers.registeredByStructureId} = ANY(${uuids(scope.registryStructureIds)}))`);
  }
  return clauses.length > 0 ? sql`(${sql.join(clauses, sql` OR `)})` : sql`false`;
}

export type ListFilter = {
  status?: DossierStatus;
  holder?: 'me' | 'imputation' | 'technical' | 'cabinet' | 'structure' | 'decision' | 'registry';
  isLate?: boolean;
  confidentiality?: Confidentiality;
  kind?: string;
  structureId?: string;
  today: string;
};

const isOpenSql = sql`${dossiers.status} IN ('registered', 'in_review', 'awaiting_decision')`;
const isLateSql = (today: string) => sql`(${isOpenSql} AND ${dossiers.deadline} < ${today}::date)`;

function holderWhere(holder: NonNullable<ListFilter['holder']>, scope: WaitingScope): SQL {
  switch (holder) {
    case 'me':
      return waitingOn(scope);
    case 'imputation':
      return sql`${dossiers.status} = 'registered'`;
    case 'technical':
    case 'cabinet':
    case 'structure':
      return sql`(${dossiers.status} = 'in_review' AND ${openRequestWhere(sql`r.type = ${holder}`)})`;
    case 'decision':
      return sql`${dossiers.status} = 'awaiting_decision'`;
    case 'registry':
      return sql`${dossiers.status} = 'decided'`;
  }
}

function listWhere(scope: WaitingScope, filter: ListFilter): SQL {
  const conditions: (SQL | undefined)[] = [visibleTo(scope)];
  if (filter.status) conditions.push(eq(dossiers.status, filter.status));
  if (filter.confidentiality) conditions.push(eq(dossiers.confidentiality, filter.confidentiality));
  if (filter.kind) conditions.push(sql`${dossiers.kind} = ${filter.kind}`);
  if (filter.isLate === true) conditions.push(isLateSql(filter.today));
  if (filter.isLate === false) conditions.push(sql`NOT ${isLateSql(filter.today)}`);
  if (filter.holder) conditions.push(holderWhere(filter.holder, scope));
  if (filter.structureId) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM dossier_assignments a WHERE a.dossier_id = ${dossiers.id} AND a.structure_id = ${filter.structureId})`,
    );
  }
  return and(...conditions)!;
}

// The row without its search documents, which can weigh megabytes with attachments' text.
const { searchVector: _searchVector, searchHeader: _searchHeader, ...listedColumns } = getTableColumns(dossiers);
export type ListedDossierRow = Omit<DossierRow, 'searchVector' | 'searchHeader'>;

// Counting half a million rows to print "512 345 dossiers" costs more than the page itself: past this many,
// the total is given as "at least".
export const COUNT_CAP = 1_000;

export async function selectDossierPage(db: Queryable, scope: WaitingScope, filter: ListFilter, page: { limit: number; offset: number }) {
  const where = listWhere(scope, filter);
  const capped = db
    .select({ one: sql`1` })
    .from(dossiers)
    .where(where)
    .limit(COUNT_CAP + 1)
    .as('capped');
  const [items, [count]] = await Promise.all([
    db
      .select(listedColumns)
      .from(dossiers)
      .where(where)
      .orderBy(sql`${dossiers.receivedOn} DESC, ${dossiers.createdAt} DESC, ${dossiers.id}`)
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(capped),
  ]);
  const n = count?.n ?? 0;
  return { items, total: Math.min(n, COUNT_CAP), isTotalCapped: n > COUNT_CAP };
}

export async function countWaiting(db: Queryable, scope: WaitingScope): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(dossiers)
    .where(and(visibleTo(scope), waitingOn(scope)));
  return row?.n ?? 0;
}

// Counts by status and confidentiality, and late ones, among the open dossiers the caller sees (the archive
// of decided dossiers grows without end; the work in progress does not).
export async function selectCounts(db: Queryable, scope: VisibilityScope, today: string) {
  return db
    .select({
      status: dossiers.status,
      confidentiality: dossiers.confidentiality,
      n: sql<number>`count(*)::int`,
      late: sql<number>`(count(*) FILTER (WHERE ${isLateSql(today)}))::int`,
    })
    .from(dossiers)
    .where(and(visibleTo(scope), isOpenSql))
    .groupBy(dossiers.status, dossiers.confidentiality);
}

// One dossier, only if the caller sees it (otherwise it does not exist for them).
export async function selectVisibleDossier(db: Queryable, scope: VisibilityScope, id: string): Promise<DossierRow | undefined> {
  const [row] = await db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.id, id), visibleTo(scope)));
  return row;
}

// Locks the dossier row for the rest of the transaction: its events are written one at a time.
export async function lockDossier(tx: Queryable, administrationId: string, id: string): Promise<DossierRow | undefined> {
  const [row] = await tx
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.id, id), eq(dossiers.administrationId, administrationId)))
    .for('update');
  return row;
}

export async function selectDossierByReference(db: Queryable, administrationId: string, reference: string) {
  const [row] = await db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(and(eq(dossiers.administrationId, administrationId), eq(dossiers.reference, reference)));
  return row;
}

export async function insertDossier(tx: Queryable, values: typeof dossiers.$inferInsert): Promise<DossierRow> {
  const [row] = await tx.insert(dossiers).values(values).returning();
  return row!;
}

export async function updateDossier(tx: Queryable, id: string, values: Partial<typeof dossiers.$inferInsert>): Promise<DossierRow> {
  const [row] = await tx
    .update(dossiers)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(dossiers.id, id))
    .returning();
  return row!;
}

// The search document: reference and subject (A), sender (B), opinions (C), attachments' text (D).
export async function refreshSearchVector(tx: Queryable, id: string) {
  await tx.execute(sql`
    UPDATE dossiers d SET search_vector =
      setweight(to_tsvector('fr_unaccent', d.reference || ' ' || regexp_replace(d.reference, '[^[:alnum:]]+', ' ', 'g') || ' ' || d.subject), 'A')
      || setweight(to_tsvector('fr_unaccent', d.sender_name || ' ' || coalesce(d.sender_reference, '')), 'B')
      || setweight(to_tsvector('fr_unaccent', coalesce((SELECT string_agg(o.text, ' ') FROM dossier_opinions o WHERE o.dossier_id = d.id), '')), 'C')
      || setweight(to_tsvector('fr_unaccent', left(coalesce((SELECT string_agg(a.extracted_text, ' ') FROM dossier_attachments a WHERE a.dossier_id = d.id), ''), 300000)), 'D')
    WHERE d.id = ${id}`);
}

const HEADLINE_CHARS = 20000;

export type SearchRow = ListedDossierRow & { rank: number; headline: string };

// What a match found only in the attachments' text ranks: one occurrence under their weight D (0.1 × 0.0608).
const ATTACHMENTS_ONLY_RANK = 0.006;

// Ranked French full-text search (accents and case ignored) with highlighted extracts, among visible dossiers.
// The whole document (attachments included) decides what matches, through its index; the rank is computed on
// the header (reference, subject, sender, opinions), which stays in the row, so that ranking thousands of
// matches does not read every one's attachments' text back from TOAST storage.
export async function searchDossiers(db: Queryable, scope: VisibilityScope, q: string, limit: number): Promise<SearchRow[]> {
  const options = `StartSel=${MATCH_START}, StopSel=${MATCH_STOP}, MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=${FRAGMENT_SEPARATOR}`;
  const top = db
    .select({
      id: dossiers.id,
      rank: sql<number>`greatest(ts_rank(${dossiers.searchHeader}, websearch_to_tsquery('fr_unaccent', ${q})), ${sql.raw(String(ATTACHMENTS_ONLY_RANK))})`.as(
        'rank',
      ),
    })
    .from(dossiers)
    .where(and(visibleTo(scope), sql`${dossiers.searchVector} @@ websearch_to_tsquery('fr_unaccent', ${q})`))
    .orderBy(sql`2 DESC`, sql`${dossiers.receivedOn} DESC`)
    .limit(limit)
    .as('top');
  const rows = await db
    .select({
      dossier: listedColumns,
      rank: top.rank,
      headline: sql<string>`ts_headline('fr_unaccent', concat_ws(E'\\n', ${dossiers.subject}, ${dossiers.senderName},
        (SELECT left(string_agg(o.text, E'\\n'), ${HEADLINE_CHARS}) FROM dossier_opinions o WHERE o.dossier_id = ${dossiers.id}),
        (SELECT left(string_agg(a.extracted_text, E'\\n'), ${HEADLINE_CHARS}) FROM dossier_attachments a WHERE a.dossier_id = ${dossiers.id})),
        websearch_to_tsquery('fr_unaccent', ${q}), ${options})`,
    })
    .from(top)
    .innerJoin(dossiers, eq(dossiers.id, top.id))
    .orderBy(sql`${top.rank} DESC`, sql`${dossiers.receivedOn} DESC`);
  return rows.map((r) => ({ ...r.dossier, rank: Number(r.rank), headline: r.headline }));
}

// A few dossiers whose reference starts with, or whose words begin with, what is being typed.
export async function suggestDossiers(db: Queryable, scope: VisibilityScope, q: string, limit = 8) {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  const prefixQuery = words.map((w) => `${w}:*`).join(' & ');
  const pattern = `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const matches: SQL[] = [sql`${dossiers.reference} ILIKE ${pattern}`];
  if (prefixQuery) matches.push(sql`${dossiers.searchVector} @@ to_tsquery('fr_unaccent', ${prefixQuery})`);
  return db
    .select({ id: dossiers.id, reference: dossiers.reference, subject: dossiers.subject })
    .from(dossiers)
    .where(and(visibleTo(scope), sql`(${sql.join(matches, sql` OR `)})`))
    .orderBy(sql`${dossiers.receivedOn} DESC`, dossiers.id)
    .limit(limit);
}

// Dossiers that concern a person beyond seeing them: at one of their desks, naming them, or assigned to
// their structures (notifications).
export function concerning(scope: WaitingScope): SQL {
  const clauses: SQL[] = [waitingOn(scope)];
  if (scope.personId) {
    clauses.push(
      sql`EXISTS (SELECT 1 FROM dossier_named_persons n WHERE n.dossier_id = ${dossiers.id} AND n.person_id = ${scope.personId})`,
    );
  }
  if (scope.structureIds.length > 0) {
    clauses.push(
      sql`EXISTS (SELECT 1 FROM dossier_assignments a WHERE a.dossier_id = ${dossiers.id} AND a.structure_id = ANY(${uuids(scope.structureIds)}))`,
    );
  }
  return sql`(${sql.join(clauses, sql` OR `)})`;
}
