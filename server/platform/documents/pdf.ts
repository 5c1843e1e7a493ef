// PDF with pdfmake 0.3 and the Roboto fonts it ships; no network and no file outside those fonts.
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { headerLines, type Block, type DocumentSpec } from './document.js';

const fontsDir = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
let isConfigured = false;

export function configurePdfFonts() {
  if (isConfigured) return;
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(fontsDir, 'Roboto-Regular.ttf'),
      bold: path.join(fontsDir, 'Roboto-Medium.ttf'),
      italics: path.join(fontsDir, 'Roboto-Italic.ttf'),
      bolditalics: path.join(fontsDir, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontsDir + path.sep));
  isConfigured = true;
}

// Any pdfmake document, with the fonts above as default.
export function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  configurePdfFonts();
  return pdfmake.createPdf({ ...doc, defaultStyle: { font: 'Roboto', ...doc.defaultStyle } }).getBuffer();
}

function renderBlock(block: Block): Content {
  switch (block.kind) {
    case 'heading':
      return { text: block.text, bold: true, fontSize: block.level === 1 ? 13 : 11, margin: [0, 10, 0, 4] };
    case 'paragraph':
      return { text: block.text, bold: block.isBold ?? false, italics: block.isItalic ?? false, margin: [0, 0, 0, 6] };
    case 'fields':
      return { stack: block.items.map((f) => ({ text: [{ text: `${f.label} : `, bold: true }, f.value], margin: [0, 0, 0, 2] })) };
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
  }
}

export async function buildPdf(spec: DocumentSpec): Promise<Buffer> {
  configurePdfFonts();
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: spec.isLandscape ? 'landscape' : 'portrait',
    pageMargins: [40, 40, 40, 50],
    info: { title: spec.title, creator: 'Pilotage', producer: 'Pilotage' },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
    footer: (current: number, count: number) => ({
      columns: [
        { text: spec.footer, italics: true, fontSize: 7 },
        { text: `${current} / ${count}`, alignment: 'right', fontSize: 7 },
      ],
      margin: [40, 15, 40, 0],
    }),
    content: [
      ...headerLines(spec.header).map((l) => ({
        text: l.text,
        bold: l.isBold,
        italics: l.isItalic,
        alignment: 'center' as const,
        fontSize: 9,
      })),
      { text: spec.title, bold: true, fontSize: 15, alignment: 'center', margin: [0, 16, 0, 4] },
      ...(spec.subtitle
        ? [{ text: spec.subtitle, italics: true, alignment: 'center' as const, margin: [0, 0, 0, 12] as [number, number, number, number] }]
        : []),
      ...spec.blocks.map(renderBlock),
    ],
  };
  return pdfmake.createPdf(definition).getBuffer();
}
