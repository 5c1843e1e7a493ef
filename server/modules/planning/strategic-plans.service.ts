// Strategic plans (three years, linked to the PAG or the PDM) and their chain: axes → objectives → expected results.
import type { Database, Queryable } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { withUniqueFields } from '../../platform/db/unique.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import type { TChainItemBody, TChainItemPatch, TStrategicPlanBody, TStrategicPlanPatch } from './planning.contract.js';
import * as repo from './planning.repository.js';

const codeFields = { plan_axes_code_key: 'code', plan_objectives_code_key: 'code', expected_results_code_key: 'code' };

const presentPlan = (p: repo.StrategicPlanRow) => ({
  id: p.id,
  title: p.title,
  startYear: p.startYear,
  endYear: p.endYear,
  referencePlan: p.referencePlan,
  description: p.description,
});
const presentItem = (i: { id: string; code: string; title: string; sortOrder: number }) => ({
  id: i.id,
  code: i.code,
  title: i.title,
  sortOrder: i.sortOrder,
});
const presentAxis = (a: repo.AxisRow) => ({ ...presentItem(a), planId: a.planId });
const presentObjective = (o: repo.ObjectiveRow) => ({ ...presentItem(o), axisId: o.axisId });
const presentResult = (r: repo.ExpectedResultRow) => ({ ...presentItem(r), objectiveId: r.objectiveId });

async function findPlan(db: Queryable, access: Access, planId: string) {
  const row = await repo.selectStrategicPlan(db, access.administrationId, planId);
  if (!row) throw notFound('strategic_plan');
  return row;
}

export async function listStrategicPlans(db: Database, access: Access) {
  assertCan(access, 'results.read');
  return (await repo.selectStrategicPlans(db, access.administrationId)).map(presentPlan);
}

export async function getStrategicPlan(db: Queryable, access: Access, planId: string) {
  assertCan(access, 'results.read');
  const plan = await findPlan(db, access, planId);
  const chain = await repo.selectPlanChain(db, access.administrationId, planId);
  return {
    ...presentPlan(plan),
    axes: chain.axes.map((a) => ({
      ...presentAxis(a),
      objectives: chain.objectives
        .filter((o) => o.axisId === a.id)
        .map((o) => ({ ...presentObjective(o), results: chain.results.filter((r) => r.objectiveId === o.id).map(presentResult) })),
    })),
  };
}

export async function createStrategicPlan(db: Database, access: Access, body: TStrategicPlanBody) {
  assertCan(access, 'results.manage');
  return db.transaction(async (tx) => {
    const row = await repo.insertStrategicPlan(tx, { administrationId: access.administrationId, ...body });
    await recordAudit(tx, access, {
      action: 'strategic_plan.create',
      entityType: 'strategic_plan',
      entityId: row.id,
      after: presentPlan(row),
    });
    return { ...presentPlan(row), axes: [] };
  });
}

export async function updateStrategicPlan(db: Database, access: Access, planId: string, patch: TStrategicPlanPatch) {
  assertCan(access, 'results.manage');
  await db.transaction(async (tx) => {
    const before = await findPlan(tx, access, planId);
    const startYear = patch.startYear ?? before.startYear;
    const endYear = patch.endYear ?? before.endYear;
    if (endYear < startYear || endYear - startYear >= 10)
      throw new AppError('validation_failed', { messageKey: 'plan.years', field: 'endYear' });
    const after = await repo.updateStrategicPlan(tx, planId, patch);
    await recordAudit(tx, access, {
      action: 'strategic_plan.update',
      entityType: 'strategic_plan',
      entityId: planId,
      before: presentPlan(before),
      after: presentPlan(after),
    });
  });
  return getStrategicPlan(db, access, planId);
}

async function assertNoChildren(tx: Queryable, kind: 'plan' | 'axis' | 'objective', id: string, what: string) {
  if ((await repo.countChildren(tx, kind, id)) > 0) throw new AppError('has_dependents', { params: { what } });
}

export async function deleteStrategicPlan(db: Database, access: Access, planId: string) {
  assertCan(access, 'results.manage');
  await db.transaction(async (tx) => {
    const before = await findPlan(tx, access, planId);
    await assertNoChildren(tx, 'plan', planId, 'des axes');
    await repo.deleteStrategicPlan(tx, planId);
    await recordAudit(tx, access, {
      action: 'strategic_plan.delete',
      entityType: 'strategic_plan',
      entityId: planId,
      before: presentPlan(before),
    });
  });
}

// --- axes ---
export async function createAxis(db: Database, access: Access, planId: string, body: TChainItemBody) {
  assertCan(access, 'results.manage');
  return db.transaction(async (tx) => {
    await findPlan(tx, access, planId);
    const row = await withUniqueFields(
      repo.insertAxis(tx, {
        administrationId: access.administrationId,
        planId,
        code: body.code,
        title: body.title,
        sortOrder: body.sortOrder ?? 0,
      }),
      codeFields,
    );
    await recordAudit(tx, access, { action: 'plan_axis.create', entityType: 'plan_axis', entityId: row.id, after: presentAxis(row) });
    return presentAxis(row);
  });
}

export async function updateAxis(db: Database, access: Access, axisId: string, patch: TChainItemPatch) {
  assertCan(access, 'results.manage');
  return db.transaction(async (tx) => {
    const before = await repo.selectAxis(tx, access.administrationId, axisId);
    if (!before) throw notFound('plan_axis');
    const after = await withUniqueFields(repo.updateAxis(tx, axisId, patch), codeFields);
    await recordAudit(tx, access, {
      action: 'plan_axis.update',
      entityType: 'plan_axis',
      entityId: axisId,
      before: presentAxis(before),
      after: presentAxis(after),
    });
    return presentAxis(after);
  });
}

export async function deleteAxis(db: Database, access: Access, axisId: string) {
  assertCan(access, 'results.manage');
  await db.transaction(async (tx) => {
    const before = await repo.selectAxis(tx, access.administrationId, axisId);
    if (!before) throw notFound('plan_axis');
    await assertNoChildren(tx, 'axis', axisId, 'des objectifs');
    await repo.deleteAxis(tx, axisId);
    await recordAudit(tx, access, { action: 'plan_axis.delete', entityType: 'plan_axis', entityId: axisId, before: presentAxis(before) });
  });
}

// --- objectives ---
export async function createObjective(db: Database, access: Access, axisId: string, body: TChainItemBody) {
  assertCan(access, 'results.manage');
  return db.transaction(async (tx) => {
    if (!(await repo.selectAxis(tx, access.administrationId, axisId))) throw notFound('plan_axis');
    const row = await withUniqueFields(
      repo.insertObjective(tx, {
        administrationId: access.administrationId,
        axisId,
        code: body.code,
        title: body.title,
        sortOrder: body.sortOrder ?? 0,
      }),
      codeFields,
    );
    await recordAudit(tx, access, {
      action: 'plan_objective.create',
      entityType: 'plan_objective',
      entityId: row.id,
      after: presentObjective(row),
    });
    return presentObjective(row);
  });
}

export async function updateObjective(db: Database, access: Access, objectiveId: string, patch: TChainItemPatch) {
  assertCan(access, 'results.manage');
  return db.transaction(async (tx) => {
    const before = await repo.selectObjective(tx, access.administrationId, objectiveId);
    if (!before) throw notFound('plan_objective');
    const after = await withUniqueFields(repo.updateObjective(tx, objectiveId, patch), codeFields);
    await recordAudit(tx, access, {
      action: 'plan_objective.update',
      entityType: 'plan_objective',
      entityId: objectiveId,
      before: presentObjective(before),
      after: presentObjective(after),
    });
    return presentObjective(after);
  });
}

export async function deleteObjective(db: Database, access: Access, objectiveId: string) {
  assertCan(access, 'results.manage');
  await db.transaction(async (tx) => {
    const before = await repo.selectObjective(tx, access.administrationId, objectiveId);
    if (!before) throw notFound('plan_objective');
    await assertNoChildren(tx, 'objective', objectiveId, 'des résultats attendus');
    await repo.deleteObjective(tx, objectiveId);
    await recordAudit(tx, access, {
      action: 'plan_objective.delete',
      entityType: 'plan_objective',
      entityId: objectiveId,
      before: presentObjective(before),
    });
  });
}

// --- expected results (an indicator linked to a deleted result keeps existing, unlinked) ---
export async function createExpectedResult(db: Database, access: Access, objectiveId: string, body: TChainItemBody) {
  assertCan(access, 'results.manage');
  return db.transaction(async (tx) => {
    if (!(await repo.selectObjective(tx, access.administrationId, objectiveId))) throw notFound('plan_objective');
    const row = await withUniqueFields(
      repo.insertExpectedResult(tx, {
        administrationId: access.administrationId,
        objectiveId,
        code: body.code,
        title: body.title,
        sortOrder: body.sortOrder ?? 0,
      }),
      codeFields,
    );
    await recordAudit(tx, access, {
      action: 'expected_result.create',
      entityType: 'expected_result',
      entityId: row.id,
      after: presentResult(row),
    });
    return presentResult(row);
  });
}

export async function updateExpectedResult(db: Database, access: Access, resultId: string, patch: TChainItemPatch) {
  assertCan(access, 'results.manage');
  return db.transaction(async (tx) => {
    const before = await repo.selectExpectedResult(tx, access.administrationId, resultId);
    if (!before) throw notFound('expected_result');
    const after = await withUniqueFields(repo.updateExpectedResult(tx, resultId, patch), codeFields);
    await recordAudit(tx, access, {
      action: 'expected_result.update',
      entityType: 'expected_result',
      entityId: resultId,
      before: presentResult(before),
      after: presentResult(after),
    });
    return presentResult(after);
  });
}

export async function deleteExpectedResult(db: Database, access: Access, resultId: string) {
  assertCan(access, 'results.manage');
  await db.transaction(async (tx) => {
    const before = await repo.selectExpectedResult(tx, access.administrationId, resultId);
    if (!before) throw notFound('expected_result');
    await repo.deleteExpectedResult(tx, resultId);
    await recordAudit(tx, access, {
      action: 'expected_result.delete',
      entityType: 'expected_result',
      entityId: resultId,
      before: presentResult(before),
    });
  });
}

// For other modules: an expected result of the administration, or undefined.
export function findExpectedResult(db: Queryable, administrationId: string, resultId: string) {
  return repo.selectExpectedResult(db, administrationId, resultId);
}

// For other modules: every plan with its chain, flat.
export async function listPlanChains(db: Queryable, administrationId: string) {
  const [plans, chain] = await Promise.all([repo.selectStrategicPlans(db, administrationId), repo.selectPlanChain(db, administrationId)]);
  return { plans, ...chain };
}
