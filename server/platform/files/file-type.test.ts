import { describe, expect, it } from 'vitest';
import { buildDocx } from '../documents/docx.js';
import { detectFromBytes, isNameContradicting } from './file-type.js';

const detectFileType = (bytes: Buffer, name: string) => {
  const type = detectFromBytes(bytes, bytes, name);
  return type && !isNameContradicting(name, type) ? type : null;
};

const spec = { header: { administrationName: 'A', country: 'B', motto: 'C' }, title: 'T', blocks: [], footer: '' };

describe('file type by content', () => {
  it('recognises PDF, images and Office files by their first bytes', () => {
    expect(detectFileType(Buffer.from('%PDF-1.7\n'), 'a.pdf')?.mime).toBe('application/pdf');
    expect(detectFileType(Buffer.from('89504e470d0a1a0a0000', 'hex'), 'photo.png')?.mime).toBe('image/png');
    expect(detectFileType(Buffer.from('ffd8ffe000104a464946', 'hex'), 'photo.jpeg')?.mime).toBe('image/jpeg');
    expect(detectFileType(buildDocx(spec), 'cr.docx')?.extension).toBe('docx');
  });

  it('refuses content that lies about its name, and unknown content', () => {
    expect(detectFileType(Buffer.from('%PDF-1.7\n'), 'a.docx')).toBeNull();
    expect(detectFileType(Buffer.from('MZ\x90\x00'), 'a.pdf')).toBeNull();
    expect(detectFileType(Buffer.from('<html></html>'), 'a.html')).toBeNull();
    expect(detectFileType(Buffer.from('504b030414000000', 'hex'), 'archive.zip')).toBeNull();
  });

  it('accepts plain text and CSV only as valid UTF-8 without NUL bytes', () => {
    expect(detectFileType(Buffer.from('Période;Valeur\nT1;12\n'), 'valeurs.csv')?.mime).toBe('text/csv');
    expect(detectFileType(Buffer.from([0x61, 0x00, 0x62]), 'notes.txt')).toBeNull();
    expect(detectFileType(Buffer.from([0xff, 0xfe, 0x41]), 'notes.txt')).toBeNull();
  });
});
