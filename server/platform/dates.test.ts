import { describe, expect, it } from 'vitest';
import { addDaysIso, startOfDayInZone, todayIso } from './dates.js';

describe('dates', () => {
  it('adds days across months and years', () => {
    expect(addDaysIso('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysIso('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('finds midnight of a day in West and Central Africa (UTC+1) and elsewhere', () => {
    expect(startOfDayInZone('2026-11-23').toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(startOfDayInZone('2026-11-23', 'Africa/Douala').toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(startOfDayInZone('2026-07-01', 'Europe/Paris').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfDayInZone('2026-07-01', 'UTC').toISOString()).toBe('2026-07-01T00:00:00.000Z');
  });

  it('reads the day of an instant in the administration’s time zone', () => {
    expect(todayIso('Africa/Porto-Novo', new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });
});
