// Annual operational plans (plans de travail annuels), their activities and the activities' quarterly progress.
import type { Database, Queryable } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { withUniqueFields } from '../../platform/db/unique.js';
import { assertCan, can, type Access } from '../../platform/http/access.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { listPostsHeldToday, listStructureSummaries } from '../organisation/lookup.service.js';
import { computeActivityState, computeExecutionRates, totalsOfActivity, type ExecutionTotals } from './execution.js';
import * as repo from './activities.repository.js';
import { selectAction, selectStrategicPlan } from './planning.repository.js';
import type {
  TActivityBody,
  TActivityPatch,
  TActivityQuery,
  TOperationalPlanBody,
  TOperationalPlanPatch,
  TProgressBody,
} from './planning.contract.js';

const activityCodeField = { activities_code_key: 'code' };
const planYearField = { operational_plans_year_key: 'year' };

const presentPlan = (p: repo.OperationalPlanRow) => ({ id: p.id, year: p.year, title: p.title, strategicPlanId: p.strategicPlanId });
const snapshotActivity = (a: repo.ActivityRow) => ({
  id: a.id,
  operationalPlanId: a.operationalPlanId,
  actionId: a.actionId,
  code: a.code,
  title: a.title,
  responsibleStructureId: a.responsibleStructureId,
  quarters: a.quarters,
  weight: a.weight,
  budgetAllotted: a.budgetAllotted,
});
const presentProgress = (p: repo.ProgressRow) => ({
  quarter: p.quarter,
  physicalProgress: p.physicalProgress,
  budgetCommitted: p.budgetCommitted,
  budgetSpent: p.budgetSpent,
  comment: p.comment,
});

// --- operational plans ---
export async function listOperationalPlans(db: Database, access: Access) {
  assertCan(access, 'results.read');
  const rows = await repo.selectOperationalPlans(db, access.administrationId);
  return rows.map((r) => ({ ...presentPlan(r.plan), activityCount: r.activityCount, budgetAllotted: r.budgetAllotted }));
}

async function findPlan(db: Queryable, access: Access, id: string) {
  const row = await repo.selectOperationalPlan(db, access.administrationId, id);
  if (!row) throw notFound('operational_plan');
  return row;
}

async function assertStrategicPlan(db: Queryable, access: Access, id: string | null | undefined) {
  if (id && !(await selectStrategicPlan(db, access.administrationId, id)))
    throw new AppError('validation_failed', { messageKey: 'field.unknown_reference', field: 'strategicPlanId' });
}

export async function getOperationalPlan(db: Queryable, access: Access, id: string) {
  assertCan(access, 'results.read');
  const row = await findPlan(db, access, id);
  const summary = (await repo.selectOperationalPlans(db, access.administrationId)).find((r) => r.plan.id === id);
  return { ...presentPlan(row), activityCount: summary?.activityCount ?? 0, budgetAllotted: summary?.budgetAllotted ?? 0 };
}

export async function createOperationalPlan(db: Database, access: Access, body: TOperationalPlanBody) {
  assertCan(access, 'results.manage');
  const id = await db.transaction(async (tx) => {
    await assertStrategicPlan(tx, access, body.strategicPlanId);
    const row = await withUniqueFields(
      repo.insertOperationalPlan(tx, { administrationId: access.administrationId, ...body }),
      planYearField,
    );
    await recordAudit(tx, access, {
      action: 'operational_plan.create',
      entityType: 'operational_plan',
      entityId: row.id,
      after: presentPlan(row),
    });
    return row.id;
  });
  return getOperationalPlan(db, access, id);
}

export async function updateOperationalPlan(db: Database, access: Access, id: string, patch: TOperationalPlanPatch) {
  assertCan(access, 'results.manage');
  await db.transaction(async (tx) => {
    const before = await findPlan(tx, access, id);
    await assertStrategicPlan(tx, access, patch.strategicPlanId);
    const after = await repo.updateOperationalPlan(tx, id, patch);
    await recordAudit(tx, access, {
      action: 'operational_plan.update',
      entityType: 'operational_plan',
      entityId: id,
      before: presentPlan(before),
      after: presentPlan(after),
    });
  });
  return getOperationalPlan(db, access, id);
}

export async function deleteOperationalPlan(db: Database, access: Access, id: string) {
  assertCan(access, 'results.manage');
  await db.transaction(async (tx) => {
    const before = await findPlan(tx, access, id);
    if ((await repo.countActivitiesOfPlan(tx, id)) > 0) throw new AppError('has_dependents', { params: { what: 'des activités' } });
    await repo.deleteOperationalPlan(tx, id);
    await recordAudit(tx, access, {
      action: 'operational_plan.delete',
      entityType: 'operational_plan',
      entityId: id,
      before: presentPlan(before),
    });
  });
}

// --- activities ---
function groupProgress(rows: repo.ProgressRow[]) {
  const byActivity = new Map<string, repo.ProgressRow[]>();
  for (const p of rows) byActivity.set(p.activityId, [...(byActivity.get(p.activityId) ?? []), p]);
  return byActivity;
}

type ActivityWithChain = NonNullable<Awaited<ReturnType<typeof repo.selectActivity>>>;

async function presentActivities(db: Queryable, administrationId: string, rows: ActivityWithChain[], asOfQuarter: number) {
  const structureIds = [...new Set(rows.map((r) => r.activity.responsibleStructureId))];
  const [structures, progress] = await Promise.all([
    listStructureSummaries(db, administrationId, structureIds),
    repo.selectProgress(
      db,
      rows.map((r) => r.activity.id),
    ),
  ]);
  const names = new Map(structures.map((s) => [s.id, s.name]));
  const byActivity = groupProgress(progress);
  return rows.map(({ activity: a, ...chain }) => {
    const snapshots = byActivity.get(a.id) ?? [];
    const state = computeActivityState({ ...a, progress: snapshots }, asOfQuarter);
    const rates = computeExecutionRates(totalsOfActivity({ ...a, progress: snapshots }, asOfQuarter));
    return {
      ...snapshotActivity(a),
      ...chain,
      responsibleStructureName: names.get(a.responsibleStructureId) ?? '',
      state: { asOfQuarter, ...state, spendingRate: rates.spendingRate },
      progress: snapshots.map(presentProgress),
    };
  });
}

export async function listActivities(db: Database, access: Access, query: TActivityQuery) {
  assertCan(access, 'results.read');
  const { structureId, ...rest } = query;
  const page = await repo.selectActivitiesPage(db, access.administrationId, {
    ...rest,
    structureIds: structureId ? [structureId] : undefined,
  });
  const items = await presentActivities(db, access.administrationId, page.items, query.asOfQuarter);
  return { items: items.map(({ progress: _progress, ...item }) => item), total: page.total, limit: query.limit, offset: query.offset };
}

export async function getActivity(db: Queryable, access: Access, id: string, asOfQuarter = 4) {
  assertCan(access, 'results.read');
  const row = await repo.selectActivity(db, access.administrationId, id);
  if (!row) throw notFound('activity');
  const [activity] = await presentActivities(db, access.administrationId, [row], asOfQuarter);
  return activity!;
}

async function assertActivityRefs(tx: Queryable, access: Access, input: Partial<TActivityBody>) {
  if (input.operationalPlanId && !(await repo.selectOperationalPlan(tx, access.administrationId, input.operationalPlanId)))
    throw new AppError('validation_failed', { messageKey: 'field.unknown_reference', field: 'operationalPlanId' });
  if (input.actionId && !(await selectAction(tx, access.administrationId, input.actionId)))
    throw new AppError('validation_failed', { messageKey: 'field.unknown_reference', field: 'actionId' });
  if (
    input.responsibleStructureId &&
    (await listStructureSummaries(tx, access.administrationId, [input.responsibleStructureId])).length === 0
  )
    throw new AppError('validation_failed', { messageKey: 'field.unknown_reference', field: 'responsibleStructureId' });
}

export async function createActivity(db: Database, access: Access, body: TActivityBody) {
  assertCan(access, 'results.manage');
  const id = await db.transaction(async (tx) => {
    await assertActivityRefs(tx, access, body);
    const row = await withUniqueFields(
      repo.insertActivity(tx, { administrationId: access.administrationId, ...body, quarters: [...body.quarters].sort() }),
      activityCodeField,
    );
    await recordAudit(tx, access, { action: 'activity.create', entityType: 'activity', entityId: row.id, after: snapshotActivity(row) });
    return row.id;
  });
  return getActivity(db, access, id);
}

export async function updateActivity(db: Database, access: Access, id: string, patch: TActivityPatch) {
  assertCan(access, 'results.manage');
  await db.transaction(async (tx) => {
    const before = await repo.selectActivity(tx, access.administrationId, id);
    if (!before) throw notFound('activity');
    await assertActivityRefs(tx, access, patch);
    const values = patch.quarters ? { ...patch, quarters: [...patch.quarters].sort() } : patch;
    const after = await withUniqueFields(repo.updateActivity(tx, id, values), activityCodeField);
    await recordAudit(tx, access, {
      action: 'activity.update',
      entityType: 'activity',
      entityId: id,
      before: snapshotActivity(before.activity),
      after: snapshotActivity(after),
    });
  });
  return getActivity(db, access, id);
}

export async function deleteActivity(db: Database, access: Access, id: string) {
  assertCan(access, 'results.manage');
  await db.transaction(async (tx) => {
    const before = await repo.selectActivity(tx, access.administrationId, id);
    if (!before) throw notFound('activity');
    const progress = await repo.selectProgress(tx, [id]);
    await repo.deleteActivity(tx, id);
    await recordAudit(tx, access, {
      action: 'activity.delete',
      entityType: 'activity',
      entityId: id,
      before: { ...snapshotActivity(before.activity), progress: progress.map(presentProgress) },
    });
  });
}

// Progress is reported by the framework's managers, or by the head or a focal point of the responsible structure.
async function assertCanReportProgress(db: Queryable, access: Access, structureId: string) {
  if (can(access, 'results.manage')) return;
  const held = access.personId ? await listPostsHeldToday(db, access.personId) : [];
  const isReporter = held.some((p) => p.structureId === structureId && (p.isHeadOfStructure || p.function === 'focal_point'));
  if (!isReporter) throw new AppError('forbidden', { messageKey: 'activity.not_reporter' });
}

export async function reportProgress(db: Database, access: Access, id: string, quarter: number, body: TProgressBody) {
  assertCan(access, 'results.read');
  await db.transaction(async (tx) => {
    const row = await repo.selectActivity(tx, access.administrationId, id);
    if (!row) throw notFound('activity');
    await assertCanReportProgress(tx, access, row.activity.responsibleStructureId);
    const before = (await repo.selectProgress(tx, [id])).find((p) => p.quarter === quarter);
    const after = await repo.upsertProgress(tx, { administrationId: access.administrationId, activityId: id, quarter, ...body });
    await recordAudit(tx, access, {
      action: 'activity.progress',
      entityType: 'activity',
      entityId: id,
      before: before ? presentProgress(before) : null,
      after: presentProgress(after),
    });
  });
  return getActivity(db, access, id, quarter);
}

// For the dashboards: execution sums per action or structure and year, as at the end of `quarter`.
export async function loadExecutionTotals(
  db: Queryable,
  administrationId: string,
  input: { years: readonly number[]; quarter: number; groupBy: 'action' | 'structure'; structureIds?: readonly string[] },
): Promise<{ year: number; groupId: string; totals: ExecutionTotals }[]> {
  const rows = await repo.selectExecutionTotals(db, administrationId, input);
  return rows.map((r) => ({
    year: r.year,
    groupId: r.group_id,
    totals: {
      activityCount: r.activity_count,
      weight: r.weight,
      weightedPhysical: r.weighted_physical,
      weightedExpected: r.weighted_expected,
      allotted: r.allotted,
      committed: r.committed,
      spent: r.spent,
    },
  }));
}

// For the dashboards: the activities of a filter with their state at the end of a quarter.
export async function listActivityLines(db: Queryable, administrationId: string, filter: repo.ActivityFilter, asOfQuarter: number) {
  const rows = await repo.selectAllActivities(db, administrationId, filter);
  return (await presentActivities(db, administrationId, rows, asOfQuarter)).map(({ progress: _progress, ...line }) => line);
}

// For the Excel export: the activities of a filter, with their progress snapshots.
export async function listActivitiesWithProgress(db: Queryable, administrationId: string, filter: repo.ActivityFilter) {
  const rows = await repo.selectAllActivities(db, administrationId, filter);
  const progress = await repo.selectProgress(
    db,
    rows.map((r) => r.activity.id),
  );
  const byActivity = groupProgress(progress);
  return rows.map((r) => ({ ...r, progress: byActivity.get(r.activity.id) ?? [] }));
}

export function findOperationalPlanOfYear(db: Queryable, administrationId: string, year: number) {
  return repo.selectOperationalPlanOfYear(db, administrationId, year);
}

// For other modules: the operational plans of an administration, raw.
export async function listOperationalPlanRows(db: Queryable, administrationId: string) {
  return (await repo.selectOperationalPlans(db, administrationId)).map((r) => r.plan);
}
