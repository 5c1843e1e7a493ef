// What a file is, read from its bytes (magic numbers), never from its name.
import fs from 'node:fs/promises';

export type FileKind = 'pdf' | 'image' | 'word' | 'excel';
export type DetectedType = { kind: FileKind; mime: string; extension: string };

const types = {
  pdf: { kind: 'pdf', mime: 'application/pdf', extension: 'pdf' },
  png: { kind: 'image', mime: 'image/png', extension: 'png' },
  jpeg: { kind: 'image', mime: 'image/jpeg', extension: 'jpg' },
  gif: { kind: 'image', mime: 'image/gif', extension: 'gif' },
  webp: { kind: 'image', mime: 'image/webp', extension: 'webp' },
  docx: { kind: 'word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { kind: 'excel', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
} as const satisfies Record<string, DetectedType>;

// The extensions a name may carry for each detected type (a name claiming another type is refused).
const extensionsOf: Record<string, string[]> = {
  pdf: ['pdf'],
  png: ['png'],
  jpg: ['jpg', 'jpeg', 'jpe'],
  gif: ['gif'],
  webp: ['webp'],
  docx: ['docx'],
  xlsx: ['xlsx'],
};
const knownExtensions = new Set([...Object.values(extensionsOf).flat(), 'doc', 'xls', 'odt', 'ods', 'txt', 'rtf', 'zip']);

const startsWith = (head: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => head[offset + i] === b);

// Types recognisable from the first bytes alone; zip-based Office files need the archive's entry names.
export function detectFromHead(head: Buffer): DetectedType | 'zip' | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return types.pdf;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return types.png;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return types.jpeg;
  const ascii = head.subarray(0, 12).toString('latin1');
  if (ascii.startsWith('GIF87a') || ascii.startsWith('GIF89a')) return types.gif;
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return types.webp;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  return null;
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

export function detectFromZipEntries(names: string[]): DetectedType | null {
  const has = (name: string) => names.includes(name);
  if (!has('[Content_Types].xml')) return null;
  if (has('word/document.xml')) return types.docx;
  if (has('xl/workbook.xml')) return types.xlsx;
  return null;
}

const TAIL_BYTES = 256 * 1024;

export async function detectFileType(filePath: string): Promise<DetectedType | null> {
  const handle = await fs.open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(16, size));
    await handle.read(head, 0, head.length, 0);
    const found = detectFromHead(head);
    if (found !== 'zip') return found;
    const length = Math.min(TAIL_BYTES, size);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    return detectFromZipEntries(listZipEntries(tail));
  } finally {
    await handle.close();
  }
}

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
