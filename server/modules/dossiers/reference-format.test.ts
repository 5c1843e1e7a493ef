import { describe, expect, it } from 'vitest';
import { checkReferenceFormat, DEFAULT_REFERENCE_FORMAT, formatReference } from './reference-format.js';

describe('reference numbers', () => {
  it('numbers 2026/000123/SGM with the default format', () => {
    expect(formatReference(DEFAULT_REFERENCE_FORMAT, { year: 2026, month: 3, sequence: 123, code: 'SGM' })).toBe('2026/000123/SGM');
  });

  it('supports other orders, a month and an unpadded sequence', () => {
    expect(formatReference('{seq}/MZG/SP/{year}-{month}', { year: 2026, month: 3, sequence: 7, code: 'X' })).toBe('7/MZG/SP/2026-03');
    expect(formatReference('{code}-{year}-{seq:4}', { year: 2027, month: 1, sequence: 12345, code: 'CAB' })).toBe('CAB-2027-12345');
  });

  it('accepts usable formats', () => {
    expect(checkReferenceFormat(DEFAULT_REFERENCE_FORMAT)).toBe('');
    expect(checkReferenceFormat('{seq:5}/MZG/SP/{year}')).toBe('');
  });

  it('requires one sequence and the year, since numbering restarts each year', () => {
    expect(checkReferenceFormat('{seq:6}/{code}')).toBe('dossier.format_needs_year_and_seq');
    expect(checkReferenceFormat('{year}/{code}')).toBe('dossier.format_needs_year_and_seq');
    expect(checkReferenceFormat('{year}/{seq}/{seq}')).toBe('dossier.format_needs_year_and_seq');
  });

  it('refuses unknown tokens and odd characters', () => {
    expect(checkReferenceFormat('{year}/{seq}/{day}')).toBe('dossier.format_invalid');
    expect(checkReferenceFormat('{year}/{seq}<script>')).toBe('dossier.format_invalid');
    expect(checkReferenceFormat('{year:2}/{seq}')).toBe('dossier.format_invalid');
    expect(checkReferenceFormat('{year}/{seq:40}')).toBe('dossier.format_invalid');
  });
});
