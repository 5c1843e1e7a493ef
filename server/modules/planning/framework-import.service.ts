// Writes the planning side of an imported framework workbook (already checked, see results-io), inside the
// caller's transaction: plans and their chain, programmes, actions, annual plans, activities. Existing rows
// are matched by code (plans by the workbook's match) and updated only when something changes.
import type { AuditEntry } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/client.js';
import { emptyCounts, normaliseKey as n, upsertRow, type ImportCounts } from '../../platform/import-upsert.js';
import * as activitiesRepo from './activities.repository.js';
import * as repo from './planning.repository.js';

export type PlanningImport = {
  plans: {
    key: string;
    existingId: string | null;
    title: string;
    startYear: number;
    endYear: number;
    referencePlan: string;
    description: string;
  }[];
  axes: { planKey: string; code: string; title: string }[];
  objectives: { planKey: string; axisCode: string; code: string; title: string }[];
  results: { planKey: string; objectiveCode: string; code: string; title: string }[];
  programmes: { code: string; title: string; kind: 'operational' | 'support'; objective: string; managerPostId: string | null }[];
  actions: { programmeCode: string; code: string; title: string }[];
  operationalPlans: { year: number; title: string; planKey: string | null }[];
  activities: {
    year: number;
    programmeCode: string;
    actionCode: string;
    code: string;
    title: string;
    structureId: string;
    quarters: number[];
    weight: number;
    budget: number;
  }[];
};

// Ids of what the import wrote or found, for the indicators that refer to them.
export type PlanningIds = {
  resultId: (planKey: string, code: string) => string | undefined;
  programmeId: (code: string) => string | undefined;
  actionId: (programmeCode: string, code: string) => string | undefined;
};

const plain = <T>(row: T) => row;

export async function applyPlanningImport(
  tx: Tx,
  administrationId: string,
  data: PlanningImport,
  audit: AuditEntry[],
): Promise<{ counts: ImportCounts; ids: PlanningIds }> {
  const counts = emptyCounts();
  const common = { audit, counts, present: plain };

  const planIds = new Map<string, string>();
  const existingPlans = await repo.selectStrategicPlans(tx, administrationId);
  for (const p of data.plans) {
    const values = {
      title: p.title,
      startYear: p.startYear,
      endYear: p.endYear,
      referencePlan: p.referencePlan,
      description: p.description,
    };
    const id = await upsertRow({
      ...common,
      existing: existingPlans.find((x) => x.id === p.existingId),
      values,
      insert: () => repo.insertStrategicPlan(tx, { administrationId, ...values }),
      update: (id) => repo.updateStrategicPlan(tx, id, values),
      entityType: 'strategic_plan',
    });
    planIds.set(p.key, id);
  }

  // the chain of the plans involved, keyed "plan|code"; objectives and results are found by code in the plan
  const chain = await repo.selectPlanChain(tx, administrationId);
  const planOfAxis = new Map(chain.axes.map((a) => [a.id, a.planId]));
  const planOfObjective = new Map(chain.objectives.map((o) => [o.id, planOfAxis.get(o.axisId)]));
  const keyOfPlan = new Map([...planIds].map(([key, id]) => [id, key]));
  const keyed = <T extends { code: string }>(rows: T[], planIdOf: (row: T) => string | undefined) =>
    new Map<string, T>(
      rows.flatMap((r) => (keyOfPlan.has(planIdOf(r)!) ? [[`${keyOfPlan.get(planIdOf(r)!)}|${n(r.code)}`, r] as const] : [])),
    );
  const axes = keyed(chain.axes, (a) => a.planId);
  const objectives = keyed(chain.objectives, (o) => planOfObjective.get(o.id));
  const results = keyed(chain.results, (r) => planOfObjective.get(r.objectiveId));
  const axisIds = new Map<string, string>([...axes].map(([k, v]) => [k, v.id]));
  const objectiveIds = new Map<string, string>([...objectives].map(([k, v]) => [k, v.id]));
  const resultIds = new Map<string, string>([...results].map(([k, v]) => [k, v.id]));

  for (const a of data.axes) {
    const key = `${a.planKey}|${n(a.code)}`;
    const values = { code: a.code, title: a.title };
    const planId = planIds.get(a.planKey)!;
    axisIds.set(
      key,
      await upsertRow({
        ...common,
        existing: axes.get(key),
        values,
        insert: () => repo.insertAxis(tx, { administrationId, planId, ...values }),
        update: (id) => repo.updateAxis(tx, id, values),
        entityType: 'plan_axis',
      }),
    );
  }
  for (const o of data.objectives) {
    const key = `${o.planKey}|${n(o.code)}`;
    const values = { code: o.code, title: o.title, axisId: axisIds.get(`${o.planKey}|${n(o.axisCode)}`)! };
    objectiveIds.set(
      key,
      await upsertRow({
        ...common,
        existing: objectives.get(key),
        values,
        insert: () => repo.insertObjective(tx, { administrationId, ...values }),
        update: (id) => repo.updateObjective(tx, id, values),
        entityType: 'plan_objective',
      }),
    );
  }
  for (const r of data.results) {
    const key = `${r.planKey}|${n(r.code)}`;
    const values = { code: r.code, title: r.title, objectiveId: objectiveIds.get(`${r.planKey}|${n(r.objectiveCode)}`)! };
    resultIds.set(
      key,
      await upsertRow({
        ...common,
        existing: results.get(key),
        values,
        insert: () => repo.insertExpectedResult(tx, { administrationId, ...values }),
        update: (id) => repo.updateExpectedResult(tx, id, values),
        entityType: 'expected_result',
      }),
    );
  }

  const programmes = new Map((await repo.selectProgrammes(tx, administrationId)).map((p) => [n(p.code), p]));
  const programmeIds = new Map([...programmes].map(([k, v]) => [k, v.id]));
  for (const p of data.programmes) {
    const values = { code: p.code, title: p.title, kind: p.kind, objective: p.objective, managerPostId: p.managerPostId };
    programmeIds.set(
      n(p.code),
      await upsertRow({
        ...common,
        existing: programmes.get(n(p.code)),
        values,
        insert: () => repo.insertProgramme(tx, { administrationId, ...values }),
        update: (id) => repo.updateProgramme(tx, id, values),
        entityType: 'programme',
      }),
    );
  }
  const programmeCodeOf = new Map([...programmeIds].map(([code, id]) => [id, code]));
  const actions = new Map(
    (await repo.selectActions(tx, administrationId)).map((a) => [`${programmeCodeOf.get(a.programmeId)}|${n(a.code)}`, a]),
  );
  const actionIds = new Map([...actions].map(([k, v]) => [k, v.id]));
  for (const a of data.actions) {
    const key = `${n(a.programmeCode)}|${n(a.code)}`;
    const values = { code: a.code, title: a.title };
    const programmeId = programmeIds.get(n(a.programmeCode))!;
    actionIds.set(
      key,
      await upsertRow({
        ...common,
        existing: actions.get(key),
        values,
        insert: () => repo.insertAction(tx, { administrationId, programmeId, ...values }),
        update: (id) => repo.updateAction(tx, id, values),
        entityType: 'programme_action',
      }),
    );
  }

  const plansByYear = new Map((await activitiesRepo.selectOperationalPlans(tx, administrationId)).map((r) => [r.plan.year, r.plan]));
  const planOfYear = new Map([...plansByYear].map(([year, p]) => [year, p.id]));
  for (const p of data.operationalPlans) {
    const values = { year: p.year, title: p.title, strategicPlanId: p.planKey ? planIds.get(p.planKey)! : null };
    planOfYear.set(
      p.year,
      await upsertRow({
        ...common,
        existing: plansByYear.get(p.year),
        values,
        insert: () => activitiesRepo.insertOperationalPlan(tx, { administrationId, ...values }),
        update: (id) => activitiesRepo.updateOperationalPlan(tx, id, values),
        entityType: 'operational_plan',
      }),
    );
  }
  const years = [...new Set(data.activities.map((a) => a.year))];
  // one query after the other: a transaction's client runs one query at a time
  const existingActivities = new Map<string, activitiesRepo.ActivityRow>();
  for (const year of years) {
    for (const r of await activitiesRepo.selectAllActivities(tx, administrationId, { year })) {
      existingActivities.set(`${r.year}|${n(r.activity.code)}`, r.activity);
    }
  }
  for (const a of data.activities) {
    const values = {
      operationalPlanId: planOfYear.get(a.year)!,
      actionId: actionIds.get(`${n(a.programmeCode)}|${n(a.actionCode)}`)!,
      code: a.code,
      title: a.title,
      responsibleStructureId: a.structureId,
      quarters: a.quarters,
      weight: a.weight,
      budgetAllotted: a.budget,
    };
    await upsertRow({
      ...common,
      existing: existingActivities.get(`${a.year}|${n(a.code)}`),
      values,
      insert: () => activitiesRepo.insertActivity(tx, { administrationId, ...values }),
      update: (id) => activitiesRepo.updateActivity(tx, id, values),
      entityType: 'activity',
    });
  }

  return {
    counts,
    ids: {
      resultId: (planKey, code) => resultIds.get(`${planKey}|${n(code)}`),
      programmeId: (code) => programmeIds.get(n(code)),
      actionId: (programmeCode, code) => actionIds.get(`${n(programmeCode)}|${n(code)}`),
    },
  };
}
