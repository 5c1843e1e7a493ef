// What the import planner works with: the administration's rows, the plan, and a reader of one sheet row
// that collects refusals worded in the user's language.
import { translate, type Locale } from '../../platform/http/messages.js';
import type { PostFunction, StructureKind } from './organisation.tables.js';
import {
  cellText,
  normalise,
  parseDateCell,
  postFunctionLabels,
  sheets,
  structureKindLabels,
  type ReadSheet,
  type SheetId,
  type SheetRow,
  type SheetSpec,
} from './organisation-workbook.js';

export type Existing = {
  ranks: { id: string; name: string; level: number }[];
  structures: {
    id: string;
    name: string;
    acronym: string | null;
    kind: StructureKind;
    parentId: string | null;
    attachedToId: string | null;
    sortOrder: number;
  }[];
  posts: {
    id: string;
    structureId: string;
    title: string;
    acronym: string | null;
    rankId: string | null;
    reportsToId: string | null;
    function: PostFunction;
    isHeadOfStructure: boolean;
    sortOrder: number;
  }[];
  attributions: { structureId: string | null; postId: string | null; text: string }[];
  persons: { id: string; civility: 'M.' | 'Mme'; firstName: string; lastName: string; email: string | null; phone: string | null }[];
  assignments: { personId: string; postId: string; startDate: string }[];
  interims: { postId: string; personId: string; startDate: string; endDate: string }[];
};
export type Values<K extends keyof Existing> = Existing[K][number];
export type Change<T> = { create: T[]; update: { before: T; after: T }[] };

export type ImportPlan = {
  ranks: Change<Values<'ranks'>>;
  structures: Change<Values<'structures'>>;
  posts: Change<Values<'posts'>>;
  attributions: { create: { structureId: string | null; postId: string | null; text: string; position: number }[] };
  persons: Change<Values<'persons'>>;
  assignments: { create: { personId: string; postId: string; startDate: string; endDate: string | null }[] };
  interims: { create: { postId: string; personId: string; startDate: string; endDate: string; legalReference: string; reason: string }[] };
};
export type Refusal = { sheet: string; row: number; field: string; message: string };
export type ReadWorkbook = Record<SheetId, ReadSheet>;

export const MAX_ROWS_PER_SHEET = 20000;
export const yes = new Set(['oui', 'o', 'yes', 'y', 'true', 'vrai', '1', 'x']);
export const no = new Set(['non', 'n', 'no', 'false', 'faux', '0', '']);
export const isEmail = (v: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
export const civilities: Record<string, 'M.' | 'Mme'> = {
  'm.': 'M.',
  m: 'M.',
  monsieur: 'M.',
  mr: 'M.',
  mme: 'Mme',
  madame: 'Mme',
  mlle: 'Mme',
};
const choicesOf = (labels: Record<string, string>) =>
  new Map(
    Object.entries(labels).flatMap(([code, label]) => [
      [normalise(code), code],
      [normalise(label), code],
    ]),
  );
export const kindChoices = choicesOf(structureKindLabels);
export const functionChoices = choicesOf(postFunctionLabels);

// Matches rows of the workbook to existing rows by name, each existing row once: with two existing rows
// of the same name, the first workbook row takes the first one, the next the second.
export function matcher<T extends { id: string }>(rows: T[], name: (row: T) => string | null) {
  const index = new Map<string, T[]>();
  for (const row of rows) {
    const n = name(row);
    if (n) index.set(normalise(n), [...(index.get(normalise(n)) ?? []), row]);
  }
  const taken = new Set<string>();
  return (value: string) => {
    const found = (index.get(normalise(value)) ?? []).find((row) => !taken.has(row.id));
    if (found) taken.add(found.id);
    return found;
  };
}

// Finds one existing row by any of its names; ambiguous names find nothing.
export function indexUnique<T>(rows: T[], names: (row: T) => (string | null)[]) {
  const index = new Map<string, T | null>();
  for (const row of rows) {
    for (const name of new Set(
      names(row)
        .filter((n): n is string => !!n)
        .map(normalise),
    )) {
      index.set(name, index.has(name) ? null : row);
    }
  }
  return (name: string) => index.get(normalise(name)) ?? undefined;
}

export type RowReader = ReturnType<ReturnType<typeof createReader>>;

// Reads the cells of one row, collecting refusals with the sheet's own column headers.
export function createReader(refused: Refusal[], locale: Locale) {
  return (id: SheetId, row: SheetRow) => {
    const spec = sheets[id];
    const header = (key: string) => spec.columns.find((c) => c.key === key)!.header;
    const refuse = (key: string, messageKey: string, params: Record<string, string | number> = {}) => {
      refused.push({ sheet: spec.name, row: row.row, field: header(key), message: translate(locale, messageKey, params) });
      return undefined;
    };
    const text = (key: string, max: number, required = false): string | undefined => {
      const value = cellText(row.cells[key] ?? null);
      if (!value) return required ? refuse(key, 'import.required') : '';
      return value.length > max ? refuse(key, 'import.too_long', { maximum: max }) : value;
    };
    const int = (key: string, minimum: number, maximum: number, required = false): number | null | undefined => {
      const value = cellText(row.cells[key] ?? null);
      if (!value) return required ? refuse(key, 'import.required') : null;
      const n = Number(value.replace(',', '.'));
      return Number.isInteger(n) && n >= minimum && n <= maximum ? n : refuse(key, 'import.invalid_number', { minimum, maximum });
    };
    const date = (key: string, required: boolean): string | null | undefined => {
      const raw = row.cells[key] ?? null;
      if (!cellText(raw)) return required ? refuse(key, 'import.required') : null;
      return parseDateCell(raw) ?? refuse(key, 'import.invalid_date');
    };
    const choice = <T extends string>(key: string, choices: Map<string, string>, labels: Record<string, string>, fallback?: T) => {
      const value = cellText(row.cells[key] ?? null);
      if (!value) return fallback ?? refuse(key, 'import.required');
      return (
        (choices.get(normalise(value)) as T | undefined) ??
        refuse(key, 'import.invalid_choice', { value, choices: Object.values(labels).join(', ') })
      );
    };
    return { refuse, text, int, date, choice };
  };
}

export const emptyPlan = (): ImportPlan => ({
  ranks: { create: [], update: [] },
  structures: { create: [], update: [] },
  posts: { create: [], update: [] },
  attributions: { create: [] },
  persons: { create: [], update: [] },
  assignments: { create: [] },
  interims: { create: [] },
});

// Refusals in the order of the workbook: sheet, row, then column.
export function compareRefusals(a: Refusal, b: Refusal): number {
  const specs: SheetSpec[] = Object.values(sheets);
  const sheetOf = (r: Refusal) => specs.findIndex((s) => s.name === r.sheet);
  const columnOf = (r: Refusal) => specs[sheetOf(r)]?.columns.findIndex((c) => c.header === r.field) ?? -1;
  return sheetOf(a) - sheetOf(b) || a.row - b.row || columnOf(a) - columnOf(b);
}

export function hasChanged<T extends Record<string, unknown>>(before: T, after: T): boolean {
  return (Object.keys(after) as (keyof T)[]).some((k) => before[k] !== after[k]);
}
