import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, serializeCalendar, type IcalEvent } from './ical.js';

const base: IcalEvent = {
  uid: 'e1@pilotage',
  summary: 'Audience',
  start: new Date('2026-11-23T09:00:00Z'),
  end: new Date('2026-11-23T10:00:00Z'),
  lastModified: new Date('2026-11-20T08:30:00Z'),
};

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('iCalendar writer', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds long lines at 75 octets without cutting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('writes a calendar that a maintained parser reads back, special characters included', () => {
    const summary = 'Audience : M. Dossou, président; syndicat des transporteurs \\ routiers';
    const description = `Ligne 1\nLigne 2, avec virgule; et point-virgule. ${'Texte long '.repeat(20)}`;
    const text = serializeCalendar({
      name: 'Agenda du Ministre',
      productId: '-//Pilotage//Agenda//FR',
      events: [
        { ...base, summary, description, location: 'Cabinet, salle 2' },
        {
          ...base,
          uid: 'e2@pilotage',
          summary: 'Mission à Ouagadougou',
          allDay: { startDate: '2026-11-16', endDateExclusive: '2026-11-29' },
          start: new Date('2026-11-15T23:00:00Z'),
          end: new Date('2026-11-28T23:00:00Z'),
          classification: 'PUBLIC',
        },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const [first, second] = parse(text);
    expect(first!.uid).toBe('e1@pilotage');
    expect(first!.summary).toBe(summary);
    expect(first!.description).toBe(description);
    expect(first!.location).toBe('Cabinet, salle 2');
    expect(first!.startDate.toJSDate().toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(first!.endDate.toJSDate().toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(second!.startDate.isDate).toBe(true);
    expect(second!.startDate.toString()).toBe('2026-11-16');
    expect(second!.endDate.toString()).toBe('2026-11-29');
  });
});
