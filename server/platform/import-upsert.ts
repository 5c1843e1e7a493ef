// Shared by the Excel imports: create a row or update the existing one, only when something changes,
// and collect the audit entries of what was written.
import type { AuditEntry } from './audit/audit.js';

export type ImportCounts = { created: number; updated: number; unchanged: number };
export const emptyCounts = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 });

// Case, accents, apostrophes and spaces do not matter when matching names and codes.
export function normaliseKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const isSame = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function upsertRow<Row extends { id: string }>(input: {
  existing: Row | undefined;
  values: Partial<Row>;
  insert: () => Promise<Row>;
  update: (id: string) => Promise<Row>;
  entityType: string;
  present: (row: Row) => unknown;
  audit: AuditEntry[];
  counts: ImportCounts;
}): Promise<string> {
  const { existing, values } = input;
  if (!existing) {
    const row = await input.insert();
    input.counts.created++;
    input.audit.push({ action: `${input.entityType}.import`, entityType: input.entityType, entityId: row.id, after: input.present(row) });
    return row.id;
  }
  const isChanged = Object.entries(values).some(([key, value]) => !isSame(existing[key as keyof Row], value));
  if (!isChanged) {
    input.counts.unchanged++;
    return existing.id;
  }
  const row = await input.update(existing.id);
  input.counts.updated++;
  input.audit.push({
    action: `${input.entityType}.import`,
    entityType: input.entityType,
    entityId: row.id,
    before: input.present(existing),
    after: input.present(row),
  });
  return row.id;
}
