// The text inside PDF and Word files, for full-text search. pdfjs-dist (legacy build, for Node) and mammoth.
import type { FileKind } from '../files/file-type.js';

export const MAX_EXTRACTED_CHARS = 500_000;
const MAX_PDF_PAGES = 300;

export class UnreadableFileError extends Error {}

type PdfTextItem = { str?: string; hasEOL?: boolean };

async function extractPdfText(content: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(content.buffer, content.byteOffset, content.byteLength),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy();
    throw new UnreadableFileError(err instanceof Error ? err.message : String(err));
  }
  try {
    const parts: string[] = [];
    let length = 0;
    for (let i = 1; i <= Math.min(doc.numPages, MAX_PDF_PAGES) && length < MAX_EXTRACTED_CHARS; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      const text = (content.items as PdfTextItem[]).map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : ' ')).join('');
      parts.push(text);
      length += text.length;
      page.cleanup();
    }
    return parts.join('\n');
  } finally {
    await doc.destroy();
  }
}

async function extractWordText(content: Buffer): Promise<string> {
  const mammoth = await import('mammoth');
  try {
    const result = await mammoth.extractRawText({ buffer: content });
    return result.value;
  } catch (err) {
    throw new UnreadableFileError(err instanceof Error ? err.message : String(err));
  }
}

// Text of a PDF or Word file, whitespace tidied, capped; '' for the kinds that carry no text we index.
// Throws UnreadableFileError when the file has the right signature but cannot be read.
export async function extractText(kind: FileKind, content: Buffer): Promise<string> {
  const raw = kind === 'pdf' ? await extractPdfText(content) : kind === 'word' ? await extractWordText(content) : '';
  return raw
    .replaceAll('\u0000', '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_EXTRACTED_CHARS);
}
