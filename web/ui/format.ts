// Dates, numbers and amounts as a francophone reader expects them ("1 250 000 FCFA", "1 mars 2026").
// Intl fr-FR by default; the English interface passes 'en-GB'.

export type Currency = 'XOF' | 'XAF';
export type DateStyle = 'short' | 'long' | 'datetime';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

// A "YYYY-MM-DD" is a calendar day, not an instant: read it in local time so it never shifts by a day.
export function parseDate(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const match = DATE_ONLY.exec(value);
  const date = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(value: string | Date | null | undefined, style: DateStyle = 'short', locale = 'fr-FR'): string {
  if (value === null || value === undefined || value === '') return '';
  const date = parseDate(value);
  if (!date) return String(value);
  const options: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { day: '2-digit', month: '2-digit', year: 'numeric' }
      : style === 'long'
        ? { day: 'numeric', month: 'long', year: 'numeric' }
        : { dateStyle: 'long', timeStyle: 'short' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

export function formatNumber(value: number | null | undefined, locale = 'fr-FR', maximumFractionDigits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

// Both the West African (XOF) and Central African (XAF) francs read "FCFA" and have no subunit in use.
export function formatMoney(amount: number | null | undefined, _currency: Currency = 'XOF', locale = 'fr-FR'): string {
  if (amount === null || amount === undefined || Number.isNaN(amount)) return '';
  return `${formatNumber(Math.round(amount), locale, 0)}\u00a0FCFA`;
}

// A ratio (0.82) as a percentage ("82 %").
export function formatPercent(ratio: number | null | undefined, locale = 'fr-FR'): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return '';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

// Today as "YYYY-MM-DD" in local time (the value of a date input).
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function intlLocale(language: string): string {
  return language.startsWith('en') ? 'en-GB' : 'fr-FR';
}
