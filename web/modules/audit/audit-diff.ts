// What changed between the `before` and `after` of an audit event, field by field.

export type FieldChange = { field: string; before: unknown; after: unknown };

// Bookkeeping fields that change on every write and tell the reader nothing.
const IGNORED = new Set(['id', 'administrationId', 'createdAt', 'updatedAt']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSame(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

// Changed top-level fields, in the order they first appear. A creation lists every field (before empty),
// a deletion too (after empty). Non-object values compare as a single "value" field.
export function diffFields(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    return isSame(before, after) ? [] : [{ field: 'value', before: before ?? null, after: after ?? null }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !IGNORED.has(f));
  return fields.filter((f) => !isSame(b[f], a[f])).map((f) => ({ field: f, before: b[f] ?? null, after: a[f] ?? null }));
}

// A value as one readable line: lists joined, objects by their name or title, nothing as "—".
export function displayValue(value: unknown, labels: { yes: string; no: string; empty: string }): string {
  if (value === null || value === undefined || value === '') return labels.empty;
  if (typeof value === 'boolean') return value ? labels.yes : labels.no;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return labels.empty;
    return value.map((v) => displayValue(v, labels)).join(' ; ');
  }
  if (isRecord(value)) {
    for (const key of ['text', 'name', 'title', 'fullName']) if (typeof value[key] === 'string') return value[key];
    return JSON.stringify(value);
  }
  return String(value);
}
