import { describe, expect, it } from 'vitest';
import { docxText } from '../../test/documents.js';
import type { DocumentSpec } from './document.js';
import { buildDocx } from './docx.js';
import { buildPdf } from './pdf.js';
import { createZip, readZip } from './zip.js';

const spec: DocumentSpec = {
  header: { administrationName: 'Mairie de Zogbodomey', country: 'Bénin', motto: 'Fraternité – Justice – Travail' },
  title: 'Compte rendu',
  subtitle: '9 novembre 2026',
  blocks: [
    { kind: 'heading', text: 'Ordre du jour', level: 1 },
    { kind: 'bullets', items: ['Marché central & propreté <urgent>'] },
    {
      kind: 'table',
      columns: [
        { title: 'N°', width: 1 },
        { title: 'Texte', width: 4 },
      ],
      rows: [['D-2026-0001', 'Consulter les usagers']],
    },
  ],
  footer: 'Généré par Pilotage',
};

describe('documents', () => {
  it('round-trips a zip', () => {
    const zip = createZip([
      { name: 'a.txt', data: 'été' },
      { name: 'b/c.bin', data: Buffer.from([0, 1, 2]) },
    ]);
    const entries = readZip(zip);
    expect(entries.get('a.txt')!.toString()).toBe('été');
    expect([...entries.get('b/c.bin')!]).toEqual([0, 1, 2]);
  });

  it('writes a DOCX with the administration’s header and escaped text', () => {
    const docx = buildDocx(spec);
    expect([...readZip(docx).keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/styles.xml',
      'word/document.xml',
    ]);
    const text = docxText(docx);
    expect(text).toContain('BÉNIN');
    expect(text).toContain('MAIRIE DE ZOGBODOMEY');
    expect(text).toContain('Marché central & propreté <urgent>');
    expect(readZip(docx).get('word/document.xml')!.toString()).toContain('&amp; propreté &lt;urgent&gt;');
  });

  it('writes a PDF with the fonts shipped by pdfmake', async () => {
    const pdf = await buildPdf(spec);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  });
});
