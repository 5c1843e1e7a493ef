// One way to export any list as Excel: the rows come from the list's own service (same permission, same
// filters, same confidentiality), page by page up to MAX_ROWS, under the administration's header, with the
// filters in force written under the title.
import type { Database } from '../../platform/db/client.js';
import { buildXlsx } from '../../platform/documents/xlsx.js';
import type { Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { findAdministration } from '../administrations/administrations.service.js';

export const MAX_ROWS = 10_000;

export type ListColumn<T> = { title: string; width: number; value: (item: T) => string };
export type ListPage<T> = { items: T[]; total: number };
export type ListExport<T> = {
  title: string;
  sheetName: string;
  filename: string;
  columns: ListColumn<T>[];
  // the filters in force, as the reader should see them ("Périmètre : mes directives")
  filters?: (string | false | undefined)[];
  pageSize: number;
  fetchPage: (page: { offset: number; limit: number }) => Promise<ListPage<T>>;
};

export async function collectRows<T>(fetchPage: ListExport<T>['fetchPage'], pageSize: number): Promise<ListPage<T>> {
  const items: T[] = [];
  let total = 0;
  for (let offset = 0; offset < MAX_ROWS; offset += pageSize) {
    const page = await fetchPage({ offset, limit: pageSize });
    total = page.total;
    items.push(...page.items);
    if (items.length >= total || page.items.length < pageSize) break;
  }
  return { items: items.slice(0, MAX_ROWS), total };
}

export async function exportListXlsx<T>(db: Database, access: Access, spec: ListExport<T>) {
  const [administration, { items, total }] = await Promise.all([
    findAdministration(db, access.administrationId),
    collectRows(spec.fetchPage, spec.pageSize),
  ]);
  if (!administration) throw new AppError('not_found', { params: { entity: 'administration' } });
  const filters = spec.filters?.filter((f): f is string => Boolean(f)) ?? [];
  const shown = `${total} ligne(s)${items.length < total ? `, les ${items.length} premières exportées` : ''}`;
  const content = await buildXlsx(
    {
      header: { administrationName: administration.name, country: administration.country, motto: administration.countryMotto },
      title: spec.title,
      subtitle: `${shown} — ${filters.length > 0 ? `filtres : ${filters.join(' ; ')}` : 'sans filtre'}`,
      isLandscape: true,
      footer: '',
      blocks: [
        {
          kind: 'table',
          columns: spec.columns.map(({ title, width }) => ({ title, width })),
          rows: items.map((item) => spec.columns.map((c) => c.value(item))),
        },
      ],
    },
    [spec.sheetName],
  );
  return { content, filename: spec.filename };
}

// "2024-03-31" → "31/03/2024"
export const frDate = (iso: string | null | undefined) => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '');
export const frNumber = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n).replace('.', ','));
export const yesNo = (b: boolean) => (b ? 'Oui' : 'Non');
