// A report as PDF with pdfmake: the same description as the DOCX, charts drawn from their SVG.
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { headerLines } from '../../platform/documents/document.js';
import { configurePdfFonts } from '../../platform/documents/pdf.js';
import type { ReportBlock, ReportDocument } from './report-document.js';

const CONTENT_WIDTH = 515; // A4 portrait minus 40 pt margins

function renderBlock(block: ReportBlock): Content {
  switch (block.kind) {
    case 'heading':
      return { text: block.text, bold: true, fontSize: 11, margin: [0, 10, 0, 4] };
    case 'paragraph':
      return { text: block.text, bold: block.isBold ?? false, italics: block.isItalic ?? false, margin: [0, 0, 0, 6] };
    case 'fields':
      return { stack: block.items.map((f) => ({ text: [{ text: `${f.label} : `, bold: true }, f.value] })) };
    case 'bullets':
      return { ul: block.items, margin: [0, 0, 0, 6] };
    case 'table': {
      const total = block.columns.reduce((n, c) => n + c.width, 0);
      const header = block.columns.map((c) => ({ text: c.title, bold: true, fillColor: '#dce3ec' }));
      const rows =
        block.rows.length > 0
          ? block.rows.map((r) => block.columns.map((_, i) => ({ text: r[i] ?? '' })))
          : [
              [
                { text: block.emptyText ?? '—', italics: true, colSpan: block.columns.length },
                ...block.columns.slice(1).map(() => ({ text: '' })),
              ],
            ];
      return {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: block.columns.map((c) => `${((c.width / total) * 100).toFixed(2)}%`),
          body: [header, ...rows],
        },
        layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#808080', vLineColor: () => '#808080' },
        fontSize: 8,
        margin: [0, 2, 0, 8],
      };
    }
    case 'chart':
      return { svg: block.svg, width: CONTENT_WIDTH, margin: [0, 4, 0, 10] };
  }
}

export async function buildReportPdf(doc: ReportDocument): Promise<Buffer> {
  configurePdfFonts();
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    info: { title: doc.title, creator: 'Pilotage', producer: 'Pilotage' },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
    footer: (current: number, count: number) => ({
      columns: [
        { text: doc.footer, italics: true, fontSize: 7 },
        { text: `${current} / ${count}`, alignment: 'right', fontSize: 7 },
      ],
      margin: [40, 15, 40, 0],
    }),
    content: [
      ...headerLines(doc.header).map((l) => ({
        text: l.text,
        bold: l.isBold,
        italics: l.isItalic,
        alignment: 'center' as const,
        fontSize: 10,
      })),
      { text: doc.title, bold: true, fontSize: 20, alignment: 'center', margin: [0, 180, 0, 10] },
      { text: doc.periodLabel, italics: true, fontSize: 13, alignment: 'center', pageBreak: 'after' },
      { text: 'Sommaire', bold: true, fontSize: 14, margin: [0, 0, 0, 10] },
      ...doc.sections.map((s) => ({ text: `${s.number}. ${s.title}`, margin: [0, 0, 0, 3] as [number, number, number, number] })),
      { text: '', pageBreak: 'after' },
      ...doc.sections.flatMap((s): Content[] => [
        { text: `${s.number}. ${s.title}`, bold: true, fontSize: 13, margin: [0, 12, 0, 6] },
        ...s.blocks.map(renderBlock),
      ]),
      ...(doc.signature.trim()
        ? [
            {
              text: doc.signature.trim(),
              bold: true,
              alignment: 'right' as const,
              margin: [0, 30, 0, 0] as [number, number, number, number],
            },
          ]
        : []),
    ],
  };
  return pdfmake.createPdf(definition).getBuffer();
}
