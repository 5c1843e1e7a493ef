// What a file is, read from its bytes (magic numbers, the entries of a zip archive), never from its name
// or from what the browser says. One detector for every upload of the application; each module says
// which kinds it accepts.
import fs from 'node:fs/promises';

// word and excel are the Office Open XML formats (docx, xlsx); the older and OpenDocument files are 'office'
export type FileKind = 'pdf' | 'image' | 'word' | 'excel' | 'office' | 'text';
export type DetectedType = { kind: FileKind; mime: string; extension: string };

const types = {
  pdf: { kind: 'pdf', mime: 'application/pdf', extension: 'pdf' },
  png: { kind: 'image', mime: 'image/png', extension: 'png' },
  jpeg: { kind: 'image', mime: 'image/jpeg', extension: 'jpg' },
  gif: { kind: 'image', mime: 'image/gif', extension: 'gif' },
  webp: { kind: 'image', mime: 'image/webp', extension: 'webp' },
  docx: { kind: 'word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { kind: 'excel', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  pptx: { kind: 'office', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' },
  odt: { kind: 'office', mime: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
  ods: { kind: 'office', mime: 'application/vnd.oasis.opendocument.spreadsheet', extension: 'ods' },
  doc: { kind: 'office', mime: 'application/msword', extension: 'doc' },
  xls: { kind: 'office', mime: 'application/vnd.ms-excel', extension: 'xls' },
  txt: { kind: 'text', mime: 'text/plain', extension: 'txt' },
  csv: { kind: 'text', mime: 'text/csv', extension: 'csv' },
} as const satisfies Record<string, DetectedType>;

export const allFileKinds: readonly FileKind[] = ['pdf', 'image', 'word', 'excel', 'office', 'text'];

// The extensions a name may carry for each detected type; a name claiming another known type is refused.
const extensionsOf: Record<string, string[]> = { jpg: ['jpg', 'jpeg', 'jpe'] };
const knownExtensions = new Set([...Object.values(types).map((t) => t.extension), 'jpeg', 'jpe', 'rtf', 'zip']);

const startsWith = (head: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => head[offset + i] === b);

// The extension of a file name, when it is one we know; unknown or missing extensions claim nothing.
export function claimedExtension(fileName: string): string | null {
  const match = /\.([a-z0-9]{1,5})$/i.exec(fileName.trim());
  const extension = match?.[1]?.toLowerCase() ?? null;
  return extension && knownExtensions.has(extension) ? extension : null;
}

// True when the name claims a type other than the content's ("rapport.pdf" holding a PNG).
export function isNameContradicting(fileName: string, detected: DetectedType): boolean {
  const claimed = claimedExtension(fileName);
  if (!claimed) return false;
  return !(extensionsOf[detected.extension] ?? [detected.extension]).includes(claimed);
}

// Names of the entries of a zip archive, from its central directory (at the end of the file).
export function listZipEntries(tail: Buffer): string[] {
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > tail.length) return [];
  const entries = tail.readUInt16LE(eocd + 10);
  const size = tail.readUInt32LE(eocd + 12);
  let offset = eocd - size;
  if (offset < 0) return [];
  const names: string[] = [];
  for (let i = 0; i < entries && offset + 46 <= eocd; i++) {
    if (tail.readUInt32LE(offset) !== 0x02014b50) break;
    const nameLength = tail.readUInt16LE(offset + 28);
    const extraLength = tail.readUInt16LE(offset + 30);
    const commentLength = tail.readUInt16LE(offset + 32);
    names.push(tail.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function detectZip(head: Buffer, tail: Buffer): DetectedType | null {
  // OpenDocument stores its type first, uncompressed, in an entry named "mimetype"
  const opening = head.subarray(30, 140).toString('latin1');
  if (opening.startsWith('mimetypeapplication/vnd.oasis.opendocument.text')) return types.odt;
  if (opening.startsWith('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return types.ods;
  const names = listZipEntries(tail);
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.includes('word/document.xml')) return types.docx;
  if (names.includes('xl/workbook.xml')) return types.xlsx;
  if (names.includes('ppt/presentation.xml')) return types.pptx;
  return null;
}

function isUtf8Text(head: Buffer): boolean {
  if (head.length === 0 || head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

// The type of content whose first bytes are `head` and last bytes `tail` (the same buffer for a small
// file). The name only chooses between formats the bytes cannot tell apart (old Office files, text).
export function detectFromBytes(head: Buffer, tail: Buffer, fileName: string): DetectedType | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return types.pdf;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return types.png;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return types.jpeg;
  const ascii = head.subarray(0, 12).toString('latin1');
  if (ascii.startsWith('GIF87a') || ascii.startsWith('GIF89a')) return types.gif;
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return types.webp;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return detectZip(head, tail);
  const claimed = claimedExtension(fileName);
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // old binary Office files share one container format
    if (claimed === 'xls') return types.xls;
    if (claimed === 'doc') return types.doc;
    return null;
  }
  if ((claimed === 'txt' || claimed === 'csv') && isUtf8Text(head)) return types[claimed];
  return null;
}

const HEAD_BYTES = 64 * 1024;
const TAIL_BYTES = 256 * 1024;

// Reads a stored or staged file's first and last bytes and tells its type.
export async function detectFileType(filePath: string, fileName: string): Promise<DetectedType | null> {
  const handle = await fs.open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    await handle.read(head, 0, head.length, 0);
    const tailLength = Math.min(TAIL_BYTES, size);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    return detectFromBytes(head, tail, fileName);
  } finally {
    await handle.close();
  }
}

// The extensions of the accepted kinds, to tell users what they may send.
export function extensionsOfKinds(kinds: readonly FileKind[]): string[] {
  return Object.values(types)
    .filter((t) => kinds.includes(t.kind))
    .map((t) => t.extension);
}
