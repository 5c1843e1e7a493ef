import { describe, expect, it } from 'vitest';
import { computeActivityState, computeExecutionRates, computeExpectedProgress, sumTotals, totalsOfActivity } from './execution.js';

const road = {
  weight: 3,
  quarters: [1, 2, 3, 4],
  budgetAllotted: 1_000_000,
  progress: [
    { quarter: 1, physicalProgress: 20, budgetCommitted: 400_000, budgetSpent: 100_000 },
    { quarter: 2, physicalProgress: 45, budgetCommitted: 600_000, budgetSpent: 300_000 },
  ],
};
const training = {
  weight: 1,
  quarters: [2, 3],
  budgetAllotted: 200_000,
  progress: [{ quarter: 3, physicalProgress: 100, budgetCommitted: 200_000, budgetSpent: 180_000 }],
};

describe('computeExpectedProgress', () => {
  it('is the share of the scheduled quarters already past', () => {
    expect(computeExpectedProgress([1, 2, 3, 4], 2)).toBe(50);
    expect(computeExpectedProgress([2, 3], 1)).toBe(0);
    expect(computeExpectedProgress([2, 3], 3)).toBe(100);
  });
});

describe('computeActivityState', () => {
  it('takes the latest snapshot up to the quarter', () => {
    expect(computeActivityState(road, 3)).toMatchObject({
      physicalProgress: 45,
      budgetSpent: 300_000,
      reportedQuarter: 2,
      expectedProgress: 75,
    });
  });

  it('is zero before anything was reported (a missing quarter keeps the previous snapshot)', () => {
    expect(computeActivityState(training, 2)).toMatchObject({
      physicalProgress: 0,
      budgetCommitted: 0,
      reportedQuarter: null,
      expectedProgress: 50,
    });
  });
});

describe('roll-up', () => {
  it('weights physical progress and divides sums for money', () => {
    // at Q3: road 45 % (weight 3), training 100 % (weight 1) → (3×45 + 1×100) / 4 = 58.75 %
    // spent (300,000 + 180,000) / allotted 1,200,000 = 40 %; committed 800,000 / 1,200,000 = 66.7 %
    // expected: road 75 %, training 100 % → (3×75 + 100) / 4 = 81.25 %
    const rates = computeExecutionRates(sumTotals([totalsOfActivity(road, 3), totalsOfActivity(training, 3)]));
    expect(rates.physicalRate).toBe(58.75);
    expect(rates.expectedPhysicalRate).toBe(81.25);
    expect(rates.spendingRate).toBe(40);
    expect(rates.commitmentRate).toBeCloseTo(66.667, 2);
    expect(rates.activityCount).toBe(2);
  });

  it('gives no rate to an empty group or a group without budget', () => {
    const rates = computeExecutionRates(sumTotals([]));
    expect(rates).toMatchObject({ physicalRate: null, spendingRate: null, commitmentRate: null, activityCount: 0 });
    const unfunded = computeExecutionRates(totalsOfActivity({ ...training, budgetAllotted: 0 }, 3));
    expect(unfunded.physicalRate).toBe(100);
    expect(unfunded.spendingRate).toBeNull();
  });
});
