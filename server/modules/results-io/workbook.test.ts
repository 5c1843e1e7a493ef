import { describe, expect, it } from 'vitest';
import { normalise, RowReader, type Refusal, type SheetSpec } from './workbook.js';

const spec: SheetSpec = {
  name: 'Cibles',
  description: '',
  columns: [
    { key: 'value', header: 'Valeur', help: '' },
    { key: 'year', header: 'Année', help: '' },
    { key: 'kind', header: 'Type', help: '' },
  ],
};
const reader = (cells: Record<string, string | number | null>, refusals: Refusal[], locale: 'fr' | 'en' = 'fr') =>
  new RowReader(spec, { row: 7, cells: new Map(Object.entries(cells)) }, refusals, locale);

describe('RowReader', () => {
  it('reads French numbers and refuses words, naming the sheet, row and column', () => {
    const refusals: Refusal[] = [];
    expect(reader({ value: '12,5' }, refusals).number('value')).toBe(12.5);
    expect(reader({ value: '1 200' }, refusals).number('value')).toBe(1200);
    expect(reader({ value: 'douze' }, refusals).number('value')).toBeNull();
    expect(refusals).toEqual([{ sheet: 'Cibles', row: 7, field: 'Valeur', message: 'Nombre attendu (valeur lue : « douze »).' }]);
  });

  it('checks integers, ranges, required cells and choices ignoring case and accents', () => {
    const refusals: Refusal[] = [];
    expect(reader({ year: 2024.5 }, refusals).number('year', { isInteger: true })).toBeNull();
    expect(reader({ year: 1990 }, refusals).number('year', { min: 2000 })).toBeNull();
    expect(reader({}, refusals).text('kind', { required: true })).toBeNull();
    expect(reader({ kind: 'OPERATIONNEL' }, refusals).choice('kind', { opérationnel: 'operational', support: 'support' })).toBe(
      'operational',
    );
    expect(reader({ kind: 'autre' }, refusals, 'en').choice('kind', { opérationnel: 'operational' })).toBeNull();
    expect(refusals.map((r) => r.message)).toEqual([
      'Nombre entier attendu (valeur lue : « 2024.5 »).',
      'Valeur hors des bornes permises (2000 à +∞).',
      'Valeur obligatoire.',
      'Unrecognised value “autre”; allowed values: opérationnel.',
    ]);
  });

  it('matches names whatever their case, accents, apostrophes and spaces', () => {
    expect(normalise('  Direction de l’Administration  et des FINANCES ')).toBe(normalise("direction de l'administration et des finances"));
  });
});
