import { describe, expect, it } from 'vitest';
import { diffFields, displayValue } from './audit-diff';

const labels = { yes: 'Oui', no: 'Non', empty: '—' };

describe('diffFields', () => {
  it('lists only the fields that changed', () => {
    const before = { id: '1', title: 'Chef service', acronym: null, rankId: 'r1', updatedAt: '2026-01-01' };
    const after = { id: '1', title: 'Chef de service', acronym: 'CS', rankId: 'r1', updatedAt: '2026-02-01' };
    expect(diffFields(before, after)).toEqual([
      { field: 'title', before: 'Chef service', after: 'Chef de service' },
      { field: 'acronym', before: null, after: 'CS' },
    ]);
  });

  it('shows every field of a creation and of a deletion', () => {
    expect(diffFields(null, { title: 'DC', isHeadOfStructure: true })).toEqual([
      { field: 'title', before: null, after: 'DC' },
      { field: 'isHeadOfStructure', before: null, after: true },
    ]);
    expect(diffFields({ title: 'DC' }, null)).toEqual([{ field: 'title', before: 'DC', after: null }]);
  });

  it('compares lists as a whole', () => {
    expect(diffFields({ attributions: ['a', 'b'] }, { attributions: ['a', 'b'] })).toEqual([]);
    expect(diffFields({ attributions: ['a'] }, { attributions: ['a', 'b'] })).toHaveLength(1);
  });

  it('treats plain values as one field', () => {
    expect(diffFields('fr', 'en')).toEqual([{ field: 'value', before: 'fr', after: 'en' }]);
    expect(diffFields(null, undefined)).toEqual([]);
  });
});

describe('displayValue', () => {
  it('renders values for a reader', () => {
    expect(displayValue(null, labels)).toBe('—');
    expect(displayValue(true, labels)).toBe('Oui');
    expect(displayValue(3, labels)).toBe('3');
    expect(displayValue(['Coordonner', 'Suivre'], labels)).toBe('Coordonner ; Suivre');
    expect(displayValue([{ text: 'Coordonner' }], labels)).toBe('Coordonner');
    expect(displayValue({ a: 1 }, labels)).toBe('{"a":1}');
  });
});
