// The type of an upload is read from its first bytes, never trusted from the name or the browser.
export type DetectedType = { mime: string; extension: string };

const types = {
  pdf: { mime: 'application/pdf', extension: 'pdf' },
  png: { mime: 'image/png', extension: 'png' },
  jpeg: { mime: 'image/jpeg', extension: 'jpg' },
  gif: { mime: 'image/gif', extension: 'gif' },
  webp: { mime: 'image/webp', extension: 'webp' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' },
  odt: { mime: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', extension: 'ods' },
  doc: { mime: 'application/msword', extension: 'doc' },
  xls: { mime: 'application/vnd.ms-excel', extension: 'xls' },
  txt: { mime: 'text/plain', extension: 'txt' },
  csv: { mime: 'text/csv', extension: 'csv' },
} satisfies Record<string, DetectedType>;

// extensions that name one of the types above, and the extension they must have
const extensionAliases: Record<string, string> = { jpeg: 'jpg', jpg: 'jpg' };

const startsWith = (head: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => head[offset + i] === b);
const containsAscii = (head: Buffer, text: string) => head.includes(Buffer.from(text, 'latin1'));

function extensionOf(filename: string): string {
  const match = /\.([a-z0-9]{1,5})$/i.exec(filename.trim());
  const ext = match ? match[1]!.toLowerCase() : '';
  return extensionAliases[ext] ?? ext;
}

function detectFromContent(head: Buffer, extension: string): DetectedType | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return types.pdf; // %PDF-
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return types.png;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return types.jpeg;
  if (containsAscii(head.subarray(0, 6), 'GIF87a') || containsAscii(head.subarray(0, 6), 'GIF89a')) return types.gif;
  if (containsAscii(head.subarray(0, 4), 'RIFF') && containsAscii(head.subarray(8, 12), 'WEBP')) return types.webp;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    // Office Open XML and OpenDocument are zip archives: the entry names tell them apart
    if (containsAscii(head.subarray(30, 120), 'mimetypeapplication/vnd.oasis.opendocument.text')) return types.odt;
    if (containsAscii(head.subarray(30, 130), 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return types.ods;
    if (containsAscii(head, 'word/')) return types.docx;
    if (containsAscii(head, 'xl/')) return types.xlsx;
    if (containsAscii(head, 'ppt/')) return types.pptx;
    return null;
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // old binary Office files share one container format; the extension chooses between them
    if (extension === 'xls') return types.xls;
    if (extension === 'doc') return types.doc;
    return null;
  }
  if ((extension === 'txt' || extension === 'csv') && isUtf8Text(head)) return extension === 'csv' ? types.csv : types.txt;
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

const knownExtensions = new Set<string>(Object.values(types).map((t) => t.extension));

// null when the content is not an accepted type, or when a known extension lies about it
export function detectFileType(head: Buffer, filename: string): DetectedType | null {
  const extension = extensionOf(filename);
  const detected = detectFromContent(head, extension);
  if (!detected) return null;
  if (knownExtensions.has(extension) && extension !== detected.extension) return null;
  return detected;
}

export const acceptedFileTypes = Object.values(types).map((t) => t.extension);
