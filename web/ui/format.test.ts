import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber, formatPercent, intlLocale, parseDate, todayIso } from './format';

// Intl uses a narrow no-break space (U+202F) between thousands and before "%" in French.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formatMoney', () => {
  it('writes francs CFA with French digit grouping', () => {
    expect(plain(formatMoney(1250000, 'XOF'))).toBe('1 250 000 FCFA');
    expect(plain(formatMoney(1250000, 'XAF'))).toBe('1 250 000 FCFA');
  });
  it('keeps "FCFA" on the same line as the amount', () => {
    expect(formatMoney(500, 'XOF')).toBe('500\u00a0FCFA');
  });
  it('rounds to the franc and handles zero, negatives and missing values', () => {
    expect(plain(formatMoney(999.6, 'XOF'))).toBe('1 000 FCFA');
    expect(formatMoney(0, 'XOF')).toBe('0\u00a0FCFA');
    expect(plain(formatMoney(-2500, 'XOF'))).toBe('-2 500 FCFA');
    expect(formatMoney(null, 'XOF')).toBe('');
    expect(formatMoney(Number.NaN, 'XOF')).toBe('');
  });
});

describe('formatNumber', () => {
  it('groups thousands and uses a decimal comma', () => {
    expect(plain(formatNumber(1234567.891))).toBe('1 234 567,89');
    expect(formatNumber(12.5)).toBe('12,5');
  });
  it('follows the English locale when asked', () => {
    expect(formatNumber(1234.5, 'en-GB')).toBe('1,234.5');
  });
  it('returns an empty string for missing values', () => {
    expect(formatNumber(undefined)).toBe('');
  });
});

describe('formatDate', () => {
  it('reads a calendar day without shifting it', () => {
    expect(formatDate('2026-03-01')).toBe('01/03/2026');
    expect(formatDate('2026-03-01', 'long')).toBe('1 mars 2026');
    expect(formatDate('2026-12-31', 'long', 'en-GB')).toBe('31 December 2026');
  });
  it('formats an instant with its time', () => {
    const local = new Date(2026, 0, 15, 14, 5);
    expect(formatDate(local, 'datetime')).toBe('15 janvier 2026 à 14:05');
  });
  it('is empty for missing values and echoes unreadable ones', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('pas une date')).toBe('pas une date');
  });
});

describe('other helpers', () => {
  it('formats percentages the French way', () => {
    expect(plain(formatPercent(0.82))).toBe('82 %');
  });
  it('parses dates and gives today as YYYY-MM-DD', () => {
    expect(parseDate('2026-02-03')?.getDate()).toBe(3);
    expect(parseDate('n/a')).toBeNull();
    expect(todayIso(new Date(2026, 4, 7))).toBe('2026-05-07');
  });
  it('maps the interface language to an Intl locale', () => {
    expect(intlLocale('fr')).toBe('fr-FR');
    expect(intlLocale('en')).toBe('en-GB');
  });
});
