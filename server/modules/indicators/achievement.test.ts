import { describe, expect, it } from 'vitest';
import {
  aggregate,
  classifyAchievement,
  computeAchievementRate,
  computeGroupAchievement,
  computeIndicatorResult,
  computeYearToDate,
  countStatuses,
  defaultThresholds,
} from './achievement.js';

const none = [null, null, null, null, null];

describe('aggregate', () => {
  it('adds, takes the last or averages the quarters', () => {
    expect(aggregate([10, 20, 30], 'sum')).toBe(60);
    expect(aggregate([10, 20, 30], 'last')).toBe(30);
    expect(aggregate([10, 20, 30], 'mean')).toBe(20);
    expect(aggregate([], 'sum')).toBeNull();
  });
});

describe('computeYearToDate', () => {
  const base = { periodicity: 'quarterly' as const, baseline: null };

  it('sums a count over the quarters to date against the quarterly targets', () => {
    // Q1 120 + Q2 150 = 270 against 100 + 200 = 300
    const r = computeYearToDate({
      ...base,
      aggregation: 'sum',
      quarter: 2,
      values: [null, 120, 150, null, null],
      targets: [1000, 100, 200, 300, 400],
    });
    expect(r).toMatchObject({ value: 270, target: 300, measuredQuarters: [1, 2], missingQuarters: [] });
  });

  it('spreads a yearly target evenly over the quarters of a count when no quarterly target exists', () => {
    // 2 quarters of an annual target of 1,000 = 500; baseline 800 a year → 400 for half a year
    const r = computeYearToDate({
      ...base,
      baseline: 800,
      aggregation: 'sum',
      quarter: 2,
      values: [null, 200, 250, null, null],
      targets: [1000, null, null, null, null],
    });
    expect(r).toMatchObject({ value: 450, target: 500, baseline: 400 });
  });

  it('compares like with like when a quarter is missing: the target of the measured quarters only', () => {
    // Q2 missing: Q1 + Q3 = 100 + 120 = 220 against 100 + 100 = 200 (not 300)
    const r = computeYearToDate({
      ...base,
      aggregation: 'sum',
      quarter: 3,
      values: [null, 100, null, 120, null],
      targets: [null, 100, 100, 100, 100],
    });
    expect(r).toMatchObject({ value: 220, target: 200, measuredQuarters: [1, 3], missingQuarters: [2] });
  });

  it('takes the last measured quarter and its own target for a stock', () => {
    // Q3 missing: the last value is Q2's (55), against Q2's target (60)
    const r = computeYearToDate({
      ...base,
      aggregation: 'last',
      quarter: 3,
      values: [null, 50, 55, null, null],
      targets: [null, 50, 60, 70, 80],
    });
    expect(r).toMatchObject({ value: 55, target: 60, missingQuarters: [3] });
  });

  it('averages a rate and keeps the yearly target level', () => {
    const r = computeYearToDate({
      ...base,
      aggregation: 'mean',
      quarter: 2,
      values: [null, 70, 80, null, null],
      targets: [90, null, null, null, null],
    });
    expect(r).toMatchObject({ value: 75, target: 90 });
  });

  it('has no value nor target when nothing was measured', () => {
    const r = computeYearToDate({ ...base, aggregation: 'sum', quarter: 2, values: none, targets: [100, 25, 25, 25, 25] });
    expect(r).toMatchObject({ value: null, target: null, missingQuarters: [1, 2] });
  });

  it('reads an annual indicator from the year period, with its quarters’ aggregate as a fallback target', () => {
    expect(
      computeYearToDate({
        ...base,
        periodicity: 'annual',
        aggregation: 'sum',
        quarter: 4,
        values: [42, null, null, null, null],
        targets: [40, null, null, null, null],
      }),
    ).toMatchObject({ value: 42, target: 40 });
    expect(
      computeYearToDate({
        ...base,
        periodicity: 'annual',
        aggregation: 'sum',
        quarter: 4,
        values: [42, null, null, null, null],
        targets: [null, 10, 10, 10, 10],
      }),
    ).toMatchObject({ target: 40 });
  });
});

describe('computeAchievementRate', () => {
  it('divides the value by the target when higher is better', () => {
    expect(computeAchievementRate({ value: 270, target: 300, baseline: null, direction: 'higher_is_better' })).toBe(90);
    expect(computeAchievementRate({ value: 450, target: 300, baseline: null, direction: 'higher_is_better' })).toBe(150);
  });

  it('gives 100 when a zero target is met and 0 otherwise, never dividing by zero', () => {
    expect(computeAchievementRate({ value: 0, target: 0, baseline: null, direction: 'higher_is_better' })).toBe(100);
    expect(computeAchievementRate({ value: -1, target: 0, baseline: null, direction: 'higher_is_better' })).toBe(0);
    // lower is better with a target of zero: 3 accidents out of a baseline of 12 closes 75 % of the gap
    expect(computeAchievementRate({ value: 3, target: 0, baseline: 12, direction: 'lower_is_better' })).toBe(75);
    expect(computeAchievementRate({ value: 0, target: 0, baseline: null, direction: 'lower_is_better' })).toBe(100);
    expect(computeAchievementRate({ value: 2, target: 0, baseline: null, direction: 'lower_is_better' })).toBe(0);
  });

  it('measures the gap closed from the baseline when lower is better', () => {
    // baseline 40 days, target 30, value 35: half of the 10-day gap closed
    expect(computeAchievementRate({ value: 35, target: 30, baseline: 40, direction: 'lower_is_better' })).toBe(50);
    expect(computeAchievementRate({ value: 30, target: 30, baseline: 40, direction: 'lower_is_better' })).toBe(100);
    expect(computeAchievementRate({ value: 25, target: 30, baseline: 40, direction: 'lower_is_better' })).toBe(150);
    // worse than the baseline: 0, not negative
    expect(computeAchievementRate({ value: 45, target: 30, baseline: 40, direction: 'lower_is_better' })).toBe(0);
  });

  it('falls back to target / value when lower is better without a usable baseline', () => {
    expect(computeAchievementRate({ value: 40, target: 30, baseline: null, direction: 'lower_is_better' })).toBe(75);
    expect(computeAchievementRate({ value: 40, target: 30, baseline: 20, direction: 'lower_is_better' })).toBe(75);
  });

  it('has no rate without a value or a target', () => {
    expect(computeAchievementRate({ value: null, target: 10, baseline: null, direction: 'higher_is_better' })).toBeNull();
    expect(computeAchievementRate({ value: 10, target: null, baseline: null, direction: 'higher_is_better' })).toBeNull();
  });
});

describe('classifyAchievement', () => {
  it('bands rates with the default thresholds 100 / 80 / 50', () => {
    expect(classifyAchievement(100)).toBe('reached');
    expect(classifyAchievement(99.9)).toBe('on_track');
    expect(classifyAchievement(80)).toBe('on_track');
    expect(classifyAchievement(50)).toBe('behind');
    expect(classifyAchievement(49.9)).toBe('critical');
    expect(classifyAchievement(null)).toBe('no_data');
  });

  it('honours the thresholds of the administration', () => {
    const strict = { reached: 100, onTrack: 90, behind: 70 };
    expect(classifyAchievement(85, strict)).toBe('behind');
    expect(classifyAchievement(65, strict)).toBe('critical');
  });
});

describe('computeIndicatorResult', () => {
  it('chains year to date, rate and status for a lower-is-better rate', () => {
    // mean delay in days: Q1 38, Q2 34 → 36; target 30, baseline 40 → (40-36)/(40-30) = 40 % → critical
    const r = computeIndicatorResult({
      periodicity: 'quarterly',
      aggregation: 'mean',
      direction: 'lower_is_better',
      baseline: 40,
      quarter: 2,
      values: [null, 38, 34, null, null],
      targets: [30, null, null, null, null],
      thresholds: defaultThresholds,
    });
    expect(r.value).toBe(36);
    expect(r.rate).toBeCloseTo(40);
    expect(r.status).toBe('critical');
  });
});

describe('group achievement and counts', () => {
  it('averages rates capped at 100 and ignores indicators without a rate', () => {
    expect(computeGroupAchievement([150, 50, null])).toBe(75);
    expect(computeGroupAchievement([null])).toBeNull();
  });

  it('counts every status, zeros included', () => {
    expect(countStatuses(['reached', 'critical', 'reached'])).toEqual({ reached: 2, on_track: 0, behind: 0, critical: 1, no_data: 0 });
  });
});
