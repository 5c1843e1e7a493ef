// Checks every row of an organisation workbook against the administration's data and plans the writes (pure).
// Either some rows are refused (nothing will be written) or every row has its place in the plan.
import { translate, type Locale } from '../../platform/http/messages.js';
import type { PostFunction, StructureKind } from './organisation.tables.js';
import {
  cellText,
  normalise,
  postFunctionLabels,
  sheets,
  structureKindLabels,
  type SheetId,
  type SheetRow,
} from './organisation-workbook.js';
import { planPeople } from './import-plan-people.js';
import {
  createReader,
  emptyPlan,
  functionChoices,
  hasChanged,
  indexUnique,
  kindChoices,
  matcher,
  MAX_ROWS_PER_SHEET,
  no,
  compareRefusals,
  yes,
  type Existing,
  type ImportPlan,
  type ReadWorkbook,
  type Refusal,
  type RowReader,
  type Values,
} from './import-rows.js';
import { isAncestorOrSelf } from './references.service.js';

export type { Existing, ImportPlan, ReadWorkbook, Refusal } from './import-rows.js';

export function planImport(input: ReadWorkbook, existing: Existing, locale: Locale, newId: () => string = () => crypto.randomUUID()) {
  const refused: Refusal[] = [];
  const plan: ImportPlan = emptyPlan();

  const reader = createReader(refused, locale);

  for (const id of Object.keys(input) as SheetId[]) {
    const sheet = input[id];
    for (const column of sheet.missingColumns)
      refused.push({ sheet: sheets[id].name, row: 1, field: column, message: translate(locale, 'import.missing_column', { column }) });
    if (sheet.rows.length > MAX_ROWS_PER_SHEET) {
      refused.push({
        sheet: sheets[id].name,
        row: MAX_ROWS_PER_SHEET + 2,
        field: '',
        message: translate(locale, 'import.too_many_rows', { maximum: MAX_ROWS_PER_SHEET }),
      });
      return { refused };
    }
  }

  // Keys are unique across structures and posts, so an attribution can name either.
  const keys = new Map<string, { sheet: SheetId; row: number }>();
  const claimKey = (id: SheetId, row: SheetRow, key: string, r: RowReader) => {
    const seen = keys.get(normalise(key));
    if (seen) return r.refuse('key', 'import.duplicate_key', { value: key, row: seen.row });
    keys.set(normalise(key), { sheet: id, row: row.row });
    return key;
  };

  // --- ranks ---
  const rankByName = new Map(existing.ranks.map((r) => [normalise(r.name), r.id]));
  const existingRank = indexUnique(existing.ranks, (r) => [r.name]);
  const rankRows = new Map<string, number>();
  for (const row of input.ranks.rows) {
    const r = reader('ranks', row);
    const name = r.text('name', 120, true);
    const level = r.int('level', 1, 100, true);
    if (!name || !level) continue;
    if (rankRows.has(normalise(name))) {
      r.refuse('name', 'import.duplicate_row', { row: rankRows.get(normalise(name))! });
      continue;
    }
    rankRows.set(normalise(name), row.row);
    const before = existingRank(name);
    const after = { id: before?.id ?? newId(), name, level };
    if (!before) plan.ranks.create.push(after);
    else if (before.name !== name || before.level !== level) plan.ranks.update.push({ before, after });
    rankByName.set(normalise(name), after.id);
  }

  // --- structures: first their own values, then their links once every key is known ---
  const structureByKey = new Map<string, string>();
  const findStructure = indexUnique(existing.structures, (s) => [s.name, s.acronym]);
  const matchStructure = matcher(existing.structures, (s) => s.name);
  const structureRows: { row: SheetRow; r: RowReader; values: Values<'structures'>; before?: Values<'structures'> }[] = [];
  let nextStructureOrder = Math.max(-1, ...existing.structures.map((s) => s.sortOrder)) + 1;
  for (const row of input.structures.rows) {
    const r = reader('structures', row);
    const key = r.text('key', 60, true);
    const name = r.text('name', 300, true);
    const kind = r.choice<StructureKind>('kind', kindChoices, structureKindLabels);
    const acronym = r.text('acronym', 30);
    const order = r.int('order', 0, 100000);
    const before = name ? matchStructure(name) : undefined;
    const id = before?.id ?? newId();
    // a key is known even when its row is refused, so other sheets do not report it a second time
    if (key && claimKey('structures', row, key, r)) structureByKey.set(normalise(key), id);
    if (!key || !name || !kind || acronym === undefined || order === undefined) continue;
    const values = {
      id,
      name,
      acronym: acronym || null,
      kind,
      parentId: null,
      attachedToId: null,
      sortOrder: order ?? before?.sortOrder ?? nextStructureOrder++,
    };
    structureRows.push({ row, r, values, before });
  }
  const resolveStructure = (value: string) => structureByKey.get(normalise(value)) ?? findStructure(value)?.id;
  const parentOf = new Map(existing.structures.map((s) => [s.id, s.parentId]));
  for (const s of structureRows) {
    for (const [column, field] of [
      ['parent', 'parentId'],
      ['attachedTo', 'attachedToId'],
    ] as const) {
      const ref = s.r.text(column, 300);
      if (!ref) continue;
      const target = resolveStructure(ref);
      if (!target) s.r.refuse(column, 'import.unknown_key', { sheet: sheets.structures.name, value: ref });
      else if (target === s.values.id) s.r.refuse(column, 'import.cycle');
      else s.values[field] = target;
    }
    parentOf.set(s.values.id, s.values.parentId);
  }
  for (const s of structureRows) {
    if (s.values.parentId && isAncestorOrSelf(parentOf, s.values.parentId, s.values.id)) s.r.refuse('parent', 'import.cycle');
    if (!s.before) plan.structures.create.push(s.values);
    else if (hasChanged(s.before, s.values)) plan.structures.update.push({ before: s.before, after: s.values });
  }

  // --- posts ---
  const postByKey = new Map<string, string>();
  const findPost = indexUnique(existing.posts, (p) => [p.acronym, p.title]);
  const existingPostAt = new Map(existing.posts.map((p) => [`${p.structureId}|${normalise(p.title)}`, p]));
  const postRows: { row: SheetRow; r: RowReader; values: Values<'posts'>; before?: Values<'posts'>; reportsTo: string }[] = [];
  const seenPosts = new Map<string, number>();
  let nextPostOrder = Math.max(-1, ...existing.posts.map((p) => p.sortOrder)) + 1;
  for (const row of input.posts.rows) {
    const r = reader('posts', row);
    const key = r.text('key', 60, true);
    const title = r.text('title', 300, true);
    const acronym = r.text('acronym', 30);
    const structureRef = r.text('structure', 300, true);
    const rankName = r.text('rank', 120);
    const fn = r.choice<PostFunction>('function', functionChoices, postFunctionLabels, 'member');
    const isHeadText = normalise(cellText(row.cells.isHead ?? null));
    const isHead = yes.has(isHeadText)
      ? true
      : no.has(isHeadText)
        ? false
        : r.refuse('isHead', 'import.invalid_choice', { value: isHeadText, choices: 'oui, non' });
    const order = r.int('order', 0, 100000);
    const reportsTo = r.text('reportsTo', 300);
    const structureId = structureRef ? resolveStructure(structureRef) : undefined;
    if (structureRef && !structureId) r.refuse('structure', 'import.unknown_key', { sheet: sheets.structures.name, value: structureRef });
    const rankId = rankName ? rankByName.get(normalise(rankName)) : null;
    if (rankName && !rankId) r.refuse('rank', 'import.unknown_rank', { value: rankName });
    const place = `${structureId}|${normalise(title ?? '')}`;
    const before = existingPostAt.get(place);
    const id = before?.id ?? newId();
    if (key && claimKey('posts', row, key, r)) postByKey.set(normalise(key), id);
    if (!key || !title || !structureId || rankId === undefined || acronym === undefined || !fn || isHead === undefined) continue;
    if (order === undefined || reportsTo === undefined) continue;
    if (seenPosts.has(place)) {
      r.refuse('title', 'import.duplicate_row', { row: seenPosts.get(place)! });
      continue;
    }
    seenPosts.set(place, row.row);
    const values = {
      id,
      structureId,
      title,
      acronym: acronym || null,
      rankId,
      reportsToId: null,
      function: fn,
      isHeadOfStructure: isHead,
      sortOrder: order ?? before?.sortOrder ?? nextPostOrder++,
    };
    postRows.push({ row, r, values, before, reportsTo });
  }
  const resolvePost = (value: string) => postByKey.get(normalise(value)) ?? findPost(value)?.id;
  const reportsToOf = new Map(existing.posts.map((p) => [p.id, p.reportsToId]));
  for (const p of postRows) {
    if (!p.reportsTo) continue;
    const target = resolvePost(p.reportsTo);
    if (!target) p.r.refuse('reportsTo', 'import.unknown_key', { sheet: sheets.posts.name, value: p.reportsTo });
    else if (target === p.values.id) p.r.refuse('reportsTo', 'import.cycle');
    else p.values.reportsToId = target;
    reportsToOf.set(p.values.id, p.values.reportsToId);
  }
  // one head per structure, counting the existing posts the workbook leaves as they are
  const inWorkbook = new Set(postRows.map((p) => p.values.id));
  const heads = new Map<string, string>(
    existing.posts.filter((p) => p.isHeadOfStructure && !inWorkbook.has(p.id)).map((p) => [p.structureId, p.title]),
  );
  for (const p of postRows) {
    if (p.values.reportsToId && isAncestorOrSelf(reportsToOf, p.values.reportsToId, p.values.id)) p.r.refuse('reportsTo', 'import.cycle');
    if (p.values.isHeadOfStructure) {
      const other = heads.get(p.values.structureId);
      if (other) p.r.refuse('isHead', 'conflict.head_of_structure', { title: other });
      else heads.set(p.values.structureId, p.values.title);
    }
    if (!p.before) plan.posts.create.push(p.values);
    else if (hasChanged(p.before, p.values)) plan.posts.update.push({ before: p.before, after: p.values });
  }

  const structureIds = new Set([...existing.structures.map((s) => s.id), ...structureRows.map((s) => s.values.id)]);
  planPeople({ input, existing, plan, newId, reader, structureByKey, postByKey, structureIds, findStructure, findPost, resolvePost });

  return refused.length > 0 ? { refused: refused.sort(compareRefusals) } : { plan };
}
