import { describe, expect, it } from 'vitest';
import { addDays, formatEventTime, localDay, localTime, parseFrenchDate, toInstant } from './agenda-dates';

describe('agenda dates', () => {
  it('turns a local day and time into an instant and back', () => {
    const instant = toInstant('2026-11-24', '10:30');
    expect(localDay(instant)).toBe('2026-11-24');
    expect(localTime(instant)).toBe('10:30');
  });

  it('adds days across months', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-01', -1)).toBe('2026-11-30');
  });

  it('reads dates typed the French way, and refuses impossible ones', () => {
    expect(parseFrenchDate('24/11/2026')).toBe('2026-11-24');
    expect(parseFrenchDate('1.2.2027')).toBe('2027-02-01');
    expect(parseFrenchDate('31/02/2027')).toBeNull();
    expect(parseFrenchDate('demain')).toBeNull();
  });

  it('writes the days of an all-day event', () => {
    const mission = { isAllDay: true, startsAt: '', endsAt: '', startDate: '2026-11-16', endDate: '2026-11-28' };
    expect(formatEventTime(mission, 'fr-FR')).toBe('16 novembre 2026 – 28 novembre 2026');
  });
});
