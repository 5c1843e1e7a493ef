// WordprocessingML written directly (the `docx` npm package is not installed in this project): paragraphs,
// headings, bullet-like lists and bordered tables are all the documents of Pilotage need.
import { headerLines, type Block, type DocumentSpec } from './document.js';
import { createZip } from './zip.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm in twentieths of a point

const escapeXml = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

type RunStyle = { isBold?: boolean; isItalic?: boolean; size?: number /* half-points */ };

function run(text: string, style: RunStyle = {}): string {
  const props = [style.isBold ? '<w:b/>' : '', style.isItalic ? '<w:i/>' : '', style.size ? `<w:sz w:val="${style.size}"/>` : ''].join('');
  const parts = text.split('\n').map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`);
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${parts.join('<w:br/>')}</w:r>`;
}

function paragraph(content: string, options: { align?: 'center' | 'left'; after?: number; before?: number; indent?: number } = {}): string {
  const props = [
    options.align === 'center' ? '<w:jc w:val="center"/>' : '',
    options.after !== undefined || options.before !== undefined
      ? `<w:spacing w:before="${options.before ?? 0}" w:after="${options.after ?? 80}"/>`
      : '',
    options.indent ? `<w:ind w:left="${options.indent}" w:hanging="240"/>` : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
}

function table(block: Extract<Block, { kind: 'table' }>, contentWidth: number): string {
  const total = block.columns.reduce((n, c) => n + c.width, 0);
  const widths = block.columns.map((c) => Math.floor((c.width / total) * contentWidth));
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`;
  const cell = (text: string, width: number, isHeader: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${isHeader ? '<w:shd w:val="clear" w:color="auto" w:fill="DCE3EC"/>' : ''}</w:tcPr>` +
    `${paragraph(run(text, { isBold: isHeader, size: 18 }), { after: 0 })}</w:tc>`;
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${block.columns.map((c, i) => cell(c.title, widths[i]!, true)).join('')}</w:tr>`;
  const rows =
    block.rows.length > 0
      ? block.rows.map((r) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${widths.map((w, i) => cell(r[i] ?? '', w, false)).join('')}</w:tr>`)
      : [
          `<w:tr><w:tc><w:tcPr><w:tcW w:w="${contentWidth}" w:type="dxa"/><w:gridSpan w:val="${widths.length}"/></w:tcPr>${paragraph(run(block.emptyText ?? '—', { isItalic: true }))}</w:tc></w:tr>`,
        ];
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${contentWidth}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    `<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${header}${rows.join('')}</w:tbl>` +
    paragraph('', { after: 120 })
  );
}

function renderBlock(block: Block, contentWidth: number): string {
  switch (block.kind) {
    case 'heading':
      return paragraph(run(block.text, { isBold: true, size: block.level === 1 ? 26 : 22 }), { before: 200, after: 100 });
    case 'paragraph':
      return block.text
        .split(/\n{2,}/)
        .map((p) => paragraph(run(p, { isBold: block.isBold, isItalic: block.isItalic }), { after: 100 }))
        .join('');
    case 'fields':
      return block.items.map((f) => paragraph(run(`${f.label} : `, { isBold: true }) + run(f.value), { after: 40 })).join('');
    case 'bullets':
      return block.items.map((item) => paragraph(run(`•\u00a0${item}`), { after: 40, indent: 360 })).join('');
    case 'table':
      return table(block, contentWidth);
  }
}

export function buildDocx(spec: DocumentSpec): Buffer {
  const page = spec.isLandscape ? { width: A4.height, height: A4.width } : A4;
  const contentWidth = page.width - 2 * MARGIN;
  const body = [
    ...headerLines(spec.header).map((l) =>
      paragraph(run(l.text, { isBold: l.isBold, isItalic: l.isItalic, size: 20 }), { align: 'center', after: 0 }),
    ),
    paragraph('', { after: 200 }),
    paragraph(run(spec.title, { isBold: true, size: 32 }), { align: 'center', after: 80 }),
    spec.subtitle ? paragraph(run(spec.subtitle, { isItalic: true }), { align: 'center', after: 240 }) : '',
    ...spec.blocks.map((b) => renderBlock(b, contentWidth)),
    paragraph(run(spec.footer, { isItalic: true, size: 16 }), { before: 240 }),
  ].join('');
  const orientation = spec.isLandscape ? ' w:orient="landscape"' : '';
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}` +
    `<w:sectPr><w:pgSz w:w="${page.width}" w:h="${page.height}"${orientation}/>` +
    `<w:pgMar w:top="${MARGIN}" w:right="${MARGIN}" w:bottom="${MARGIN}" w:left="${MARGIN}" w:header="567" w:footer="567" w:gutter="0"/>` +
    `</w:sectPr></w:body></w:document>`;
  return createZip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rootRels },
    { name: 'docProps/core.xml', data: coreProperties(spec.title) },
    { name: 'word/_rels/document.xml.rels', data: documentRels },
    { name: 'word/styles.xml', data: styles },
    { name: 'word/document.xml', data: document },
  ]);
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;

function coreProperties(title: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:creator>Pilotage</dc:creator></cp:coreProperties>`;
}
