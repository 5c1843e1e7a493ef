// Physical and financial execution of activities, rolled up to actions, programmes and the plan.
// Pure functions; the formulas and the weights are explained in docs/decisions/0002-results-computations.md.
//
// - Physical execution of an activity at the end of a quarter: its latest reported progress (0-100 %)
//   up to that quarter, 0 when none. Expected progress: the share of its scheduled quarters already past.
// - A group (action, programme, plan) has the weighted mean of its activities' progress, weights being
//   the activities' `weight` (1 by default): Σ wᵢ·pᵢ / Σ wᵢ. A programme is rolled up from all its
//   activities at once, so an action weighs the sum of its activities' weights.
// - Financial execution is a ratio of sums, never a mean of rates: committed / allotted (taux
//   d'engagement) and spent / allotted (taux de consommation), so each franc counts once.

export type ProgressSnapshot = { quarter: number; physicalProgress: number; budgetCommitted: number; budgetSpent: number };
export type ActivityInput = { weight: number; quarters: readonly number[]; budgetAllotted: number; progress: readonly ProgressSnapshot[] };

export type ActivityState = {
  physicalProgress: number;
  expectedProgress: number;
  budgetCommitted: number;
  budgetSpent: number;
  // the quarter of the snapshot used, null when nothing was reported yet
  reportedQuarter: number | null;
};

export function computeExpectedProgress(quarters: readonly number[], quarter: number): number {
  if (quarters.length === 0) return 0;
  return (quarters.filter((q) => q <= quarter).length / quarters.length) * 100;
}

export function computeActivityState(activity: ActivityInput, quarter: number): ActivityState {
  let latest: ProgressSnapshot | null = null;
  for (const p of activity.progress) if (p.quarter <= quarter && (!latest || p.quarter > latest.quarter)) latest = p;
  return {
    physicalProgress: latest?.physicalProgress ?? 0,
    expectedProgress: computeExpectedProgress(activity.quarters, quarter),
    budgetCommitted: latest?.budgetCommitted ?? 0,
    budgetSpent: latest?.budgetSpent ?? 0,
    reportedQuarter: latest?.quarter ?? null,
  };
}

// Sums from which every rate of a group follows; sums add up, so groups roll up by adding them.
export type ExecutionTotals = {
  activityCount: number;
  weight: number;
  weightedPhysical: number;
  weightedExpected: number;
  allotted: number;
  committed: number;
  spent: number;
};

export const emptyTotals: ExecutionTotals = {
  activityCount: 0,
  weight: 0,
  weightedPhysical: 0,
  weightedExpected: 0,
  allotted: 0,
  committed: 0,
  spent: 0,
};

export function addTotals(a: ExecutionTotals, b: ExecutionTotals): ExecutionTotals {
  return {
    activityCount: a.activityCount + b.activityCount,
    weight: a.weight + b.weight,
    weightedPhysical: a.weightedPhysical + b.weightedPhysical,
    weightedExpected: a.weightedExpected + b.weightedExpected,
    allotted: a.allotted + b.allotted,
    committed: a.committed + b.committed,
    spent: a.spent + b.spent,
  };
}

export function totalsOfActivity(activity: ActivityInput, quarter: number): ExecutionTotals {
  const state = computeActivityState(activity, quarter);
  return {
    activityCount: 1,
    weight: activity.weight,
    weightedPhysical: activity.weight * state.physicalProgress,
    weightedExpected: activity.weight * state.expectedProgress,
    allotted: activity.budgetAllotted,
    committed: state.budgetCommitted,
    spent: state.budgetSpent,
  };
}

export function sumTotals(items: readonly ExecutionTotals[]): ExecutionTotals {
  return items.reduce(addTotals, emptyTotals);
}

export type ExecutionRates = {
  activityCount: number;
  physicalRate: number | null; // %
  expectedPhysicalRate: number | null; // %
  commitmentRate: number | null; // % of the allotted budget committed
  spendingRate: number | null; // % of the allotted budget spent (the financial execution rate)
  allotted: number;
  committed: number;
  spent: number;
};

export function computeExecutionRates(t: ExecutionTotals): ExecutionRates {
  const ratio = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : null);
  return {
    activityCount: t.activityCount,
    physicalRate: t.weight > 0 ? t.weightedPhysical / t.weight : null,
    expectedPhysicalRate: t.weight > 0 ? t.weightedExpected / t.weight : null,
    commitmentRate: ratio(t.committed, t.allotted),
    spendingRate: ratio(t.spent, t.allotted),
    allotted: t.allotted,
    committed: t.committed,
    spent: t.spent,
  };
}
