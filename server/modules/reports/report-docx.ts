// A report as DOCX with the `docx` package: title page, contents, numbered sections, tables and charts.
// Charts go in as SVG (Word 2016+) with a PNG for the others (chart-png.ts).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { headerLines, type Block } from '../../platform/documents/document.js';
import type { ReportBlock, ReportDocument } from './report-document.js';

const CONTENT_WIDTH_PX = 600;

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, widthPercent: number, options: { isHeader?: boolean; columnSpan?: number; isItalic?: boolean } = {}) {
  return new TableCell({
    borders,
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    ...(options.isHeader ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE3EC' } } : {}),
    children: [new Paragraph({ children: [new TextRun({ text, bold: options.isHeader, italics: options.isItalic, size: 18 })] })],
  });
}

function renderBlock(block: ReportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ spacing: { before: 200, after: 100 }, children: [new TextRun({ text: block.text, bold: true, size: 22 })] })];
    case 'paragraph':
      return block.text
        .split(/\n{2,}/)
        .map(
          (p) =>
            new Paragraph({ spacing: { after: 100 }, children: [new TextRun({ text: p, bold: block.isBold, italics: block.isItalic })] }),
        );
    case 'fields':
      return block.items.map(
        (f) => new Paragraph({ children: [new TextRun({ text: `${f.label} : `, bold: true }), new TextRun({ text: f.value })] }),
      );
    case 'bullets':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: item })] }));
    case 'table':
      return [renderTable(block), new Paragraph({ spacing: { after: 120 }, children: [] })];
    case 'chart': {
      const height = Math.round((CONTENT_WIDTH_PX * block.height) / block.width);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 160 },
          children: [
            new ImageRun({
              type: 'svg',
              data: Buffer.from(block.svg, 'utf8'),
              transformation: { width: CONTENT_WIDTH_PX, height },
              fallback: { type: 'png', data: block.png },
              altText: { name: block.title, description: block.title, title: block.title },
            }),
          ],
        }),
      ];
    }
  }
}

function renderTable(block: Extract<Block, { kind: 'table' }>): Table {
  const total = block.columns.reduce((n, c) => n + c.width, 0);
  const widths = block.columns.map((c) => (c.width / total) * 100);
  const header = new TableRow({ tableHeader: true, children: block.columns.map((c, i) => cell(c.title, widths[i]!, { isHeader: true })) });
  const rows =
    block.rows.length > 0
      ? block.rows.map((r) => new TableRow({ cantSplit: true, children: widths.map((w, i) => cell(r[i] ?? '', w)) }))
      : [new TableRow({ children: [cell(block.emptyText ?? '—', 100, { columnSpan: widths.length, isItalic: true })] })];
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

export async function buildReportDocx(doc: ReportDocument): Promise<Buffer> {
  const centered = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; after?: number } = {}) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: options.after ?? 0 },
      children: [new TextRun({ text, bold: options.bold, italics: options.italics, size: options.size })],
    });
  const titlePage = [
    ...headerLines(doc.header).map((l) => centered(l.text, { bold: l.isBold, italics: l.isItalic, size: 22 })),
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    centered(doc.title, { bold: true, size: 40, after: 200 }),
    centered(doc.periodLabel, { italics: true, size: 28 }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const contents = [
    new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: 'Sommaire', bold: true, size: 28 })] }),
    ...doc.sections.map((s) => new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `${s.number}. ${s.title}` })] })),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const body = doc.sections.flatMap((s) => [
    new Paragraph({
      spacing: { before: 240, after: 120 },
      keepNext: true,
      children: [new TextRun({ text: `${s.number}. ${s.title}`, bold: true, size: 26 })],
    }),
    ...s.blocks.flatMap(renderBlock),
  ]);
  const signature = doc.signature.trim()
    ? doc.signature
        .trim()
        .split('\n')
        .map(
          (line, i) =>
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              spacing: { before: i === 0 ? 480 : 0 },
              children: [new TextRun({ text: line, bold: true })],
            }),
        )
    : [];
  const document = new Document({
    creator: 'Pilotage',
    title: doc.title,
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: `${doc.footer} — page `, italics: true, size: 14 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 14 }),
                ],
              }),
            ],
          }),
        },
        children: [...titlePage, ...contents, ...body, ...signature],
      },
    ],
  });
  return Packer.toBuffer(document);
}
