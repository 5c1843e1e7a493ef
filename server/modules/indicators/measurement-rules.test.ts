import { describe, expect, it } from 'vitest';
import { checkChange, checkValue, computeChangePercent, previousPeriod } from './measurement-rules.js';

const rate = { isPercentage: true, minValue: null, maxValue: null, maxChangePercent: 25, periodicity: 'quarterly' as const };
const count = { isPercentage: false, minValue: 0, maxValue: 5000, maxChangePercent: null, periodicity: 'quarterly' as const };

describe('checkValue', () => {
  it('refuses a percentage of 140 and accepts 0 to 100', () => {
    expect(checkValue(rate, 140)).toMatchObject({ field: 'value', messageKey: 'measurement.percentage_range' });
    expect(checkValue(rate, -1)).toMatchObject({ field: 'value' });
    expect(checkValue(rate, 100)).toBeNull();
  });

  it('holds a value within the indicator’s bounds', () => {
    expect(checkValue(count, -3)).toMatchObject({ messageKey: 'measurement.below_min', params: { min: 0 } });
    expect(checkValue(count, 5001)).toMatchObject({ messageKey: 'measurement.above_max', params: { max: 5000 } });
    expect(checkValue(count, Number.NaN)).toMatchObject({ messageKey: 'measurement.not_a_number' });
  });
});

describe('checkChange', () => {
  it('asks for a comment when the change exceeds the threshold', () => {
    // 60 → 80: +33 % > 25 %
    expect(checkChange(rate, 80, 60, '')).toMatchObject({ field: 'comment', params: { change: 33, max: 25 } });
    expect(checkChange(rate, 80, 60, 'Nouvelle campagne de recensement')).toBeNull();
    expect(checkChange(rate, 70, 60, '')).toBeNull();
  });

  it('has nothing to compare with a first period or without a threshold', () => {
    expect(checkChange(rate, 80, null, '')).toBeNull();
    expect(checkChange(count, 4000, 10, '')).toBeNull();
  });

  it('treats a change from zero as infinite', () => {
    expect(computeChangePercent(0, 5)).toBe(Infinity);
    expect(computeChangePercent(0, 0)).toBe(0);
    expect(checkChange(rate, 5, 0, '')).toMatchObject({ params: { change: '∞' } });
  });
});

describe('previousPeriod', () => {
  it('steps back one quarter, across the year, or one year for annual values', () => {
    expect(previousPeriod(2024, 2)).toEqual({ year: 2024, quarter: 1 });
    expect(previousPeriod(2024, 1)).toEqual({ year: 2023, quarter: 4 });
    expect(previousPeriod(2024, 0)).toEqual({ year: 2023, quarter: 0 });
  });
});
