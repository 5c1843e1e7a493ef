import { describe, expect, it } from 'vitest';
import { defaultThresholds } from '../indicators/achievement.js';
import {
  computeGroupExecution,
  computeIndicatorOutcomes,
  groupOutcomes,
  rankForAttention,
  summariseOutcomes,
  toSeries,
  type IndicatorFacts,
} from './results-computation.js';

const count: IndicatorFacts = {
  id: 'count',
  periodicity: 'quarterly',
  aggregation: 'sum',
  direction: 'higher_is_better',
  baselineValue: null,
};
const delay: IndicatorFacts = {
  id: 'delay',
  periodicity: 'quarterly',
  aggregation: 'mean',
  direction: 'lower_is_better',
  baselineValue: 40,
};
const survey: IndicatorFacts = {
  id: 'survey',
  periodicity: 'annual',
  aggregation: 'last',
  direction: 'higher_is_better',
  baselineValue: null,
};

const targets = toSeries([
  { indicatorId: 'count', year: 2024, values: [1000, 250, 250, 250, 250] },
  { indicatorId: 'count', year: 2023, values: [800, 200, 200, 200, 200] },
  { indicatorId: 'delay', year: 2024, values: [30, null, null, null, null] },
  { indicatorId: 'survey', year: 2024, values: [60, null, null, null, null] },
]);
const values = toSeries([
  // 2024: 240 + 260 = 500 of 500 → reached; 2023: 150 + 170 = 320 of 400 → 80 % on track
  { indicatorId: 'count', year: 2024, values: [null, 240, 260, null, null] },
  { indicatorId: 'count', year: 2023, values: [null, 150, 170, null, null] },
  // mean(36, 34) = 35: half the gap from 40 to 30 → 50 % behind
  { indicatorId: 'delay', year: 2024, values: [null, 36, 34, null, null] },
]);

describe('computeIndicatorOutcomes', () => {
  const outcomes = computeIndicatorOutcomes([count, delay, survey], { targets, values }, { year: 2024, quarter: 2 }, defaultThresholds);

  it('computes each indicator for the period and the same quarter of last year', () => {
    const [c, d, s] = outcomes;
    expect(c!.current).toMatchObject({ value: 500, target: 500, rate: 100, status: 'reached' });
    expect(c!.lastYear).toMatchObject({ year: 2023, quarter: 2, value: 320, target: 400, rate: 80, status: 'on_track' });
    expect(d!.current).toMatchObject({ value: 35, rate: 50, status: 'behind' });
    expect(d!.lastYear.status).toBe('no_data');
    // an annual survey without a value yet
    expect(s!.current).toMatchObject({ value: null, target: 60, status: 'no_data' });
  });

  it('summarises a group: statuses and mean capped achievement, this year and last', () => {
    const summary = summariseOutcomes(outcomes);
    expect(summary.indicatorCount).toBe(3);
    expect(summary.byStatus).toEqual({ reached: 1, on_track: 0, behind: 1, critical: 0, no_data: 1 });
    expect(summary.achievementRate).toBe(75); // (100 + 50) / 2
    expect(summary.lastYear.achievementRate).toBe(80);
  });

  it('groups by a key of the indicator and ranks what needs attention', () => {
    const groups = groupOutcomes(outcomes, (id) => (id === 'survey' ? null : id === 'count' ? 'P1' : 'P2'));
    expect([...groups.keys()]).toEqual(['P1', 'P2']);
    expect(rankForAttention(outcomes, 5).map((o) => o.indicatorId)).toEqual(['delay']);
  });
});

describe('computeGroupExecution', () => {
  it('adds the members’ sums and rounds the rates', () => {
    const a = { activityCount: 2, weight: 3, weightedPhysical: 150, weightedExpected: 225, allotted: 1000, committed: 600, spent: 333 };
    const b = { activityCount: 1, weight: 1, weightedPhysical: 100, weightedExpected: 100, allotted: 500, committed: 100, spent: 0 };
    expect(computeGroupExecution([a, b])).toMatchObject({
      activityCount: 3,
      physicalRate: 62.5,
      expectedPhysicalRate: 81.3,
      spendingRate: 22.2,
      commitmentRate: 46.7,
    });
  });
});
