// One description of a printable document, rendered as DOCX (docx.ts), PDF (pdf.ts) or, for its first
// table, XLSX (xlsx.ts). Every document opens with the administration's header: country, motto, name.
export type DocumentHeader = { administrationName: string; country: string; motto: string };

export type TableColumn = { title: string; width: number /* relative */ };

export type Block =
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'paragraph'; text: string; isBold?: boolean; isItalic?: boolean }
  | { kind: 'fields'; items: { label: string; value: string }[] }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][]; emptyText?: string };

export type DocumentSpec = {
  header: DocumentHeader;
  title: string;
  subtitle?: string;
  isLandscape?: boolean;
  blocks: Block[];
  // e.g. "Généré par Pilotage le 22/11/2026"
  footer: string;
};

export function headerLines(header: DocumentHeader): { text: string; isBold: boolean; isItalic: boolean }[] {
  return [
    { text: header.country.toLocaleUpperCase('fr-FR'), isBold: true, isItalic: false },
    { text: header.motto, isBold: false, isItalic: true },
    { text: header.administrationName.toLocaleUpperCase('fr-FR'), isBold: true, isItalic: false },
  ].filter((l) => l.text.trim() !== '');
}
