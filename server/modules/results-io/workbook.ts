// Excel workbooks of the results framework and of measurements: sheets described once (columns, help),
// written with a "Lisez-moi" sheet, read back with every refused cell reported {sheet, row, field, message}.
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/http/errors.js';
import { translate, type Locale } from '../../platform/http/messages.js';
import { normaliseKey as normalise } from '../../platform/import-upsert.js';

export { normalise };

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Column = { key: string; header: string; help: string; required?: boolean; width?: number; isInfo?: boolean };
export type SheetSpec = { name: string; description: string; columns: Column[] };
export type Refusal = { sheet: string; row: number; field: string; message: string };
export type Cell = string | number | null;

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pilotage';
  workbook.created = new Date();
  return workbook;
}

export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const infoFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF7F7F7F' } };

// The "Lisez-moi" sheet: what the workbook is for, its rules, then every sheet and column explained.
export function addReadme(workbook: ExcelJS.Workbook, title: string, rules: string[], specs: SheetSpec[]) {
  const sheet = workbook.addWorksheet('Lisez-moi');
  sheet.columns = [{ width: 30 }, { width: 14 }, { width: 110 }];
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  for (const rule of rules) sheet.addRow(['', '', rule]).getCell(3).alignment = { wrapText: true };
  for (const spec of specs) {
    sheet.addRow([]);
    const heading = sheet.addRow([`Feuille « ${spec.name} »`, '', spec.description]);
    heading.font = { bold: true };
    heading.getCell(3).alignment = { wrapText: true };
    sheet.addRow(['Colonne', 'Obligatoire', 'Contenu']).font = { italic: true };
    for (const c of spec.columns) {
      const row = sheet.addRow([c.header, c.isInfo ? 'information' : c.required ? 'oui' : 'non', c.help]);
      row.getCell(3).alignment = { wrapText: true };
    }
  }
}

export function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, rows: Record<string, Cell | undefined>[]) {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 18 }));
  spec.columns.forEach((c, i) => {
    const cell = sheet.getRow(1).getCell(i + 1);
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = c.isInfo ? infoFill : headerFill;
    cell.note = c.help;
  });
  for (const row of rows) sheet.addRow(spec.columns.map((c) => row[c.key] ?? null));
}

export async function readWorkbook(buffer: unknown): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    if (!Buffer.isBuffer(buffer)) throw new Error('not a buffer');
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError('bad_request', { messageKey: 'results.import.not_a_workbook' });
  }
  return workbook;
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('richText' in value) return cellValue(value.richText.map((t) => t.text).join(''));
    if ('text' in value) return cellValue(value.text as ExcelJS.CellValue);
  }
  return String(value);
}

export type SheetRow = { row: number; cells: Map<string, Cell> };

// The rows of a sheet by column key (headers matched ignoring case and accents); blank rows skipped.
export function readSheet(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  refusals: Refusal[],
  locale: Locale,
  options: { isOptional?: boolean } = {},
): SheetRow[] {
  const sheet = workbook.worksheets.find((s) => normalise(s.name) === normalise(spec.name));
  if (!sheet) {
    if (!options.isOptional)
      refusals.push({
        sheet: spec.name,
        row: 1,
        field: '',
        message: translate(locale, 'results.import.missing_sheet', { sheet: spec.name }),
      });
    return [];
  }
  const positions = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const header = cellValue(cell.value);
    const column = spec.columns.find((c) => typeof header === 'string' && normalise(c.header) === normalise(header));
    if (column) positions.set(column.key, col);
  });
  const missing = spec.columns.filter((c) => c.required && !positions.has(c.key));
  for (const c of missing)
    refusals.push({
      sheet: spec.name,
      row: 1,
      field: c.header,
      message: translate(locale, 'results.import.missing_column', { column: c.header }),
    });
  if (missing.length > 0) return [];
  const rows: SheetRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = new Map<string, Cell>();
    for (const [key, col] of positions) cells.set(key, cellValue(row.getCell(col).value));
    if ([...cells.values()].some((v) => v !== null)) rows.push({ row: r, cells });
  }
  return rows;
}

// Reads typed values from one row, recording a refusal (and returning null) for each bad cell.
export class RowReader {
  constructor(
    private readonly spec: SheetSpec,
    readonly row: SheetRow,
    private readonly refusals: Refusal[],
    private readonly locale: Locale,
  ) {}

  private header(key: string) {
    return this.spec.columns.find((c) => c.key === key)?.header ?? key;
  }

  refuse(key: string, messageKey: string, params: Record<string, string | number> = {}) {
    this.refusals.push({
      sheet: this.spec.name,
      row: this.row.row,
      field: this.header(key),
      message: translate(this.locale, messageKey, params),
    });
  }

  raw(key: string): Cell {
    return this.row.cells.get(key) ?? null;
  }

  text(key: string, options: { required?: boolean; max?: number } = {}): string | null {
    const value = this.raw(key);
    if (value === null) {
      if (options.required) this.refuse(key, 'results.import.required');
      return null;
    }
    const text = String(value).trim();
    if (options.max && text.length > options.max) {
      this.refuse(key, 'field.too_big_string', { maximum: options.max });
      return null;
    }
    return text;
  }

  number(key: string, options: { required?: boolean; min?: number; max?: number; isInteger?: boolean } = {}): number | null {
    const value = this.raw(key);
    if (value === null) {
      if (options.required) this.refuse(key, 'results.import.required');
      return null;
    }
    const n = typeof value === 'number' ? value : Number(String(value).replace(/\s/g, '').replace(',', '.'));
    if (!Number.isFinite(n) || (typeof value === 'string' && !/^-?[\d\s]+([.,]\d+)?$/.test(value.trim()))) {
      this.refuse(key, options.isInteger ? 'results.import.not_an_integer' : 'results.import.not_a_number', { value: String(value) });
      return null;
    }
    if (options.isInteger && !Number.isInteger(n)) {
      this.refuse(key, 'results.import.not_an_integer', { value: String(value) });
      return null;
    }
    if ((options.min !== undefined && n < options.min) || (options.max !== undefined && n > options.max)) {
      this.refuse(key, 'results.import.out_of_range', { min: options.min ?? '−∞', max: options.max ?? '+∞' });
      return null;
    }
    return n;
  }

  choice<T extends string>(key: string, choices: Record<string, T>, options: { required?: boolean } = {}): T | null {
    const value = this.text(key, options);
    if (value === null) return null;
    const found = Object.entries(choices).find(([label]) => normalise(label) === normalise(value));
    if (!found) {
      this.refuse(key, 'results.import.invalid_choice', { value, choices: Object.keys(choices).join(', ') });
      return null;
    }
    return found[1];
  }

  yesNo(key: string, fallback: boolean): boolean {
    const value = this.choice(key, { oui: 'true', non: 'false', yes: 'true', no: 'false' });
    return value === null ? fallback : value === 'true';
  }
}

export function throwIfRefused(refusals: Refusal[]) {
  if (refusals.length === 0) return;
  throw new AppError('import_refused', {
    params: { count: new Set(refusals.map((r) => `${r.sheet}|${r.row}`)).size },
    details: { refused: refusals },
  });
}
