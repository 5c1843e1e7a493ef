// Reference numbers (numéro d'enregistrement): a format per administration, e.g. '{year}/{seq:6}/{code}'
// with code 'SGM' gives 2026/000123/SGM. The sequence restarts every year, so {year} is required.
export const DEFAULT_REFERENCE_FORMAT = '{year}/{seq:6}/{code}';

const TOKEN = /\{(year|month|code|seq)(?::(\d{1,2}))?\}/g;
const LITERAL = /^[A-Za-z0-9/_.\- ]*$/;

export type ReferenceParts = { year: number; month: number; sequence: number; code: string };

// '' when the format is usable, else the reason (a key of messages.ts).
export function checkReferenceFormat(format: string): '' | 'dossier.format_needs_year_and_seq' | 'dossier.format_invalid' {
  const tokens = [...format.matchAll(TOKEN)];
  const literal = format.replace(TOKEN, '');
  if (!LITERAL.test(literal) || literal.includes('{') || literal.includes('}')) return 'dossier.format_invalid';
  if (tokens.some((t) => t[2] !== undefined && (t[1] !== 'seq' || Number(t[2]) < 1 || Number(t[2]) > 12))) return 'dossier.format_invalid';
  const seqCount = tokens.filter((t) => t[1] === 'seq').length;
  if (seqCount !== 1 || !tokens.some((t) => t[1] === 'year')) return 'dossier.format_needs_year_and_seq';
  return '';
}

export function formatReference(format: string, parts: ReferenceParts): string {
  return format.replace(TOKEN, (_match, name: string, width: string | undefined) => {
    if (name === 'year') return String(parts.year);
    if (name === 'month') return String(parts.month).padStart(2, '0');
    if (name === 'code') return parts.code;
    return String(parts.sequence).padStart(width ? Number(width) : 1, '0');
  });
}
