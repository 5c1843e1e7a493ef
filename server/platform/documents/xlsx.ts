// The tables of a document as an Excel workbook (one sheet per table), under the administration's header.
import ExcelJS from 'exceljs';
import { headerLines, type DocumentSpec } from './document.js';

export async function buildXlsx(spec: DocumentSpec, sheetNames: string[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pilotage';
  const tables = spec.blocks.filter((b) => b.kind === 'table');
  tables.forEach((table, index) => {
    const name = (sheetNames[index] ?? `Tableau ${index + 1}`).replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    const sheet = workbook.addWorksheet(name, { pageSetup: { orientation: spec.isLandscape ? 'landscape' : 'portrait', fitToWidth: 1 } });
    const width = table.columns.length;
    const lines = [...headerLines(spec.header), { text: spec.title, isBold: true, isItalic: false }];
    if (spec.subtitle) lines.push({ text: spec.subtitle, isBold: false, isItalic: true });
    for (const line of lines) {
      const row = sheet.addRow([line.text]);
      sheet.mergeCells(row.number, 1, row.number, width);
      row.getCell(1).font = { bold: line.isBold, italic: line.isItalic };
      row.getCell(1).alignment = { horizontal: 'center' };
    }
    sheet.addRow([]);
    const header = sheet.addRow(table.columns.map((c) => c.title));
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE3EC' } };
      cell.border = { bottom: { style: 'thin' } };
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
    for (const values of table.rows) {
      const row = sheet.addRow(values);
      row.alignment = { wrapText: true, vertical: 'top' };
    }
    table.columns.forEach((c, i) => {
      sheet.getColumn(i + 1).width = Math.max(8, Math.min(80, c.width * 1.2));
    });
    sheet.views = [{ state: 'frozen', ySplit: header.number }];
    sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number, column: width } };
  });
  if (tables.length === 0) workbook.addWorksheet('Vide');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
