// Reading generated documents back in tests: the text of a DOCX, of a PDF (pdftotext when installed).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readZip } from '../platform/documents/zip.js';

export function docxText(content: Buffer): string {
  const xml = readZip(content).get('word/document.xml')!.toString('utf8');
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

export const hasPdfToText = fs.existsSync('/usr/bin/pdftotext');

export function pdfText(content: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, content);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
