// Loads the demo results framework of one administration (demo-results.ts), in the demo loader's transaction.
// Like load-demo.ts, it writes the tables of the planning and indicators modules directly.
import type { Tx } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { aggregate } from '../indicators/achievement.js';
import { indicators, indicatorTargets, measurements, resultsSettings } from '../indicators/indicators.tables.js';
import { reportingDeadline } from '../indicators/reporting.js';
import { computeExpectedProgress } from '../planning/execution.js';
import {
  activities,
  activityProgress,
  expectedResults,
  operationalPlans,
  planAxes,
  planObjectives,
  programmeActions,
  programmes,
  strategicPlans,
} from '../planning/planning.tables.js';
import { demoResults, type DemoResults } from './demo-results.js';

type Keys = { structureIds: Map<string, string>; postIds: Map<string, string> };

const byKey = (map: Map<string, string>, key: string, what: string) => {
  const id = map.get(key);
  if (!id) throw new Error(`Demo results: unknown ${what} ${key}`);
  return id;
};

export async function loadDemoResults(tx: Tx, administrationId: string, administrationCode: string, keys: Keys): Promise<void> {
  const demo = demoResults.find((d) => d.administrationCode === administrationCode);
  if (!demo) return;
  const structureId = (key: string) => byKey(keys.structureIds, key, 'structure');

  await tx.insert(resultsSettings).values({ administrationId, monitoringStructureId: structureId(demo.monitoringStructureKey) });
  const [plan] = await tx
    .insert(strategicPlans)
    .values({ administrationId, ...demo.plan })
    .returning({ id: strategicPlans.id });
  const resultIds = new Map<string, string>();
  for (const [a, axis] of demo.axes.entries()) {
    const [axisRow] = await tx
      .insert(planAxes)
      .values({ administrationId, planId: plan!.id, code: axis.code, title: axis.title, sortOrder: a })
      .returning({ id: planAxes.id });
    for (const [o, objective] of axis.objectives.entries()) {
      const [objectiveRow] = await tx
        .insert(planObjectives)
        .values({ administrationId, axisId: axisRow!.id, code: objective.code, title: objective.title, sortOrder: o })
        .returning({ id: planObjectives.id });
      for (const [r, result] of objective.results.entries()) {
        const [resultRow] = await tx
          .insert(expectedResults)
          .values({ administrationId, objectiveId: objectiveRow!.id, code: result.code, title: result.title, sortOrder: r })
          .returning({ id: expectedResults.id });
        resultIds.set(result.code, resultRow!.id);
      }
    }
  }

  const actionIds = new Map<string, string>();
  for (const p of demo.programmes) {
    const [programme] = await tx
      .insert(programmes)
      .values({
        administrationId,
        code: p.code,
        title: p.title,
        kind: p.kind,
        objective: p.objective,
        managerPostId: byKey(keys.postIds, p.managerPostKey, 'post'),
      })
      .returning({ id: programmes.id });
    for (const [i, action] of p.actions.entries()) {
      const [row] = await tx
        .insert(programmeActions)
        .values({ administrationId, programmeId: programme!.id, code: action.code, title: action.title, sortOrder: i })
        .returning({ id: programmeActions.id });
      actionIds.set(`${p.code}/${action.code}`, row!.id);
    }
  }

  await loadActivities(tx, administrationId, demo, actionIds, structureId, plan!.id);
  await loadIndicators(tx, administrationId, demo, { actionIds, resultIds, structureId });
  await recordAudit(
    tx,
    { administrationId, requestId: 'demo', actor: null },
    {
      action: 'demo.load_results',
      entityType: 'administration',
      entityId: administrationId,
      after: { indicators: demo.indicators.length },
    },
  );
}

// Both years have the same activities; progress follows each activity's pace up to the last reported quarter.
async function loadActivities(
  tx: Tx,
  administrationId: string,
  demo: DemoResults,
  actionIds: Map<string, string>,
  structureId: (key: string) => string,
  strategicPlanId: string,
) {
  for (const year of demo.years) {
    const [plan] = await tx
      .insert(operationalPlans)
      .values({ administrationId, year, title: `Plan de travail annuel ${year}`, strategicPlanId })
      .returning({ id: operationalPlans.id });
    const lastQuarter = year < demo.reportedUntil.year ? 4 : year === demo.reportedUntil.year ? demo.reportedUntil.quarter : 0;
    for (const a of demo.activities) {
      const budget = Math.round(a.budget * (1 + 0.05 * (year - demo.years[0]!)));
      const [row] = await tx
        .insert(activities)
        .values({
          administrationId,
          operationalPlanId: plan!.id,
          actionId: byKey(actionIds, a.action, 'action'),
          code: a.code,
          title: a.title,
          responsibleStructureId: structureId(a.structureKey),
          quarters: a.quarters,
          weight: a.weight,
          budgetAllotted: budget,
        })
        .returning({ id: activities.id });
      const snapshots = [];
      for (let quarter = 1; quarter <= lastQuarter; quarter++) {
        const expected = computeExpectedProgress(a.quarters, quarter);
        if (expected === 0) continue;
        const physical = Math.min(100, Math.round(expected * a.pace));
        const spent = Math.min(budget, Math.round((budget * physical * a.spendPace) / 100));
        const committed = Math.min(budget, Math.round(spent * 1.25 + budget * 0.1));
        snapshots.push({
          administrationId,
          activityId: row!.id,
          quarter,
          physicalProgress: physical,
          budgetCommitted: committed,
          budgetSpent: spent,
        });
      }
      if (snapshots.length) await tx.insert(activityProgress).values(snapshots);
    }
  }
}

async function loadIndicators(
  tx: Tx,
  administrationId: string,
  demo: DemoResults,
  refs: { actionIds: Map<string, string>; resultIds: Map<string, string>; structureId: (key: string) => string },
) {
  for (const ind of demo.indicators) {
    const [row] = await tx
      .insert(indicators)
      .values({
        administrationId,
        code: ind.code,
        title: ind.title,
        unit: ind.unit,
        level: ind.level,
        direction: ind.direction,
        periodicity: ind.periodicity,
        aggregation: ind.aggregation,
        isPercentage: ind.isPercentage ?? false,
        baselineValue: ind.baseline?.[0] ?? null,
        baselineYear: ind.baseline?.[1] ?? null,
        maxChangePercent: ind.maxChangePercent ?? null,
        minValue: 0,
        dataSource: ind.dataSource,
        responsibleStructureId: refs.structureId(ind.structureKey),
        expectedResultId: ind.resultCode ? byKey(refs.resultIds, ind.resultCode, 'expected result') : null,
        actionId: byKey(refs.actionIds, ind.action, 'action'),
      })
      .returning({ id: indicators.id });
    const indicatorId = row!.id;
    const targets = Object.entries(ind.targets).flatMap(([year, target]) =>
      typeof target === 'number'
        ? [{ year: Number(year), quarter: 0, value: target }]
        : [
            { year: Number(year), quarter: 0, value: aggregate(target, ind.aggregation)! },
            ...target.map((value, i) => ({ year: Number(year), quarter: i + 1, value })),
          ],
    );
    await tx.insert(indicatorTargets).values(targets.map((t) => ({ administrationId, indicatorId, ...t })));
    const values = Object.entries(ind.values).flatMap(([year, v]) =>
      typeof v === 'number'
        ? [{ year: Number(year), quarter: 0, value: v }]
        : v.flatMap((value, i) => (value === null ? [] : [{ year: Number(year), quarter: i + 1, value }])),
    );
    if (values.length === 0) continue;
    await tx.insert(measurements).values(
      values.map((m) => {
        const isLate = ind.lateQuarters?.includes(`${m.year}-${m.quarter}`) ?? false;
        const submitted = atNoon(reportingDeadline(m.year, m.quarter, isLate ? 24 : 9));
        return {
          administrationId,
          indicatorId,
          ...m,
          evidenceText: `${ind.dataSource}, ${m.quarter === 0 ? `année ${m.year}` : `T${m.quarter} ${m.year}`}`,
          status: 'validated' as const,
          enteredAt: submitted,
          submittedAt: submitted,
          firstSubmittedAt: submitted,
          reviewedAt: atNoon(reportingDeadline(m.year, m.quarter, isLate ? 28 : 14)),
          validatedAt: atNoon(reportingDeadline(m.year, m.quarter, isLate ? 35 : 20)),
        };
      }),
    );
  }
}

const atNoon = (isoDate: string) => new Date(`${isoDate}T11:00:00Z`);
