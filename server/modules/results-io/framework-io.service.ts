// The results framework as an Excel workbook: a documented template, an export in the same format, and an
// import that checks every row first and then writes everything in one transaction (or nothing).
import type { Database, Queryable } from '../../platform/db/client.js';
import { recordAudit, type AuditEntry } from '../../platform/audit/audit.js';
import { todayIso } from '../../platform/dates.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { applyIndicatorsImport } from '../indicators/framework-import.service.js';
import { listIndicatorRows, listTargetRows } from '../indicators/indicators.service.js';
import { listPostSummaries, listStructureSummaries } from '../organisation/lookup.service.js';
import { listActivitiesWithProgress, listOperationalPlanRows } from '../planning/activities.service.js';
import { applyPlanningImport } from '../planning/framework-import.service.js';
import { listProgrammesAndActions } from '../planning/programmes.service.js';
import { listPlanChains } from '../planning/strategic-plans.service.js';
import { planFrameworkImport, type FrameworkSnapshot } from './framework-plan.js';
import {
  aggregationLabels,
  directionLabels,
  frameworkRules,
  frameworkSheetOrder,
  frameworkSheets as S,
  labelOf,
  levelLabels,
  periodicityLabels,
  programmeKindLabels,
} from './framework-sheets.js';
import { addReadme, addSheet, newWorkbook, normalise, readWorkbook, throwIfRefused, writeWorkbook } from './workbook.js';

const example = {
  plans: {
    key: 'PS1',
    title: 'Plan stratégique 2026-2028',
    startYear: 2026,
    endYear: 2028,
    referencePlan: 'PAG 2026-2031',
    description: '',
  },
  axes: { plan: 'PS1', code: 'A1', title: 'Protection sociale pour tous' },
  objectives: { plan: 'PS1', axis: 'A1', code: 'OS1.1', title: 'Étendre la couverture sociale' },
  results: { plan: 'PS1', objective: 'OS1.1', code: 'R1.1.1', title: 'La couverture sociale des travailleurs est accrue' },
  programmes: { code: '017', title: 'Promotion de la sécurité sociale pour tous', kind: 'opérationnel', objective: '', manager: '' },
  actions: { programme: '017', code: '01', title: 'Extension de la couverture sociale' },
  operationalPlans: { year: 2026, title: 'Plan de travail annuel 2026', plan: 'PS1' },
  activities: {
    year: 2026,
    programme: '017',
    action: '01',
    code: 'A-01',
    title: 'Campagne d’immatriculation',
    structure: 'DPP',
    quarters: '1,2,3',
    weight: 1,
    budget: 25000000,
  },
  indicators: {
    code: 'IND-01',
    title: 'Taux de couverture sociale',
    unit: '%',
    level: 'effet',
    direction: 'hausse',
    periodicity: 'trimestrielle',
    aggregation: 'dernière valeur',
    isPercentage: 'oui',
    structure: 'DPP',
    plan: 'PS1',
    result: 'R1.1.1',
    programme: '017',
    action: '01',
    isActive: 'oui',
  },
  targets: { indicator: 'IND-01', year: 2026, quarter: 0, value: 25 },
};

export async function buildFrameworkTemplate(access: Access): Promise<Buffer> {
  assertCan(access, 'results.read');
  const workbook = newWorkbook();
  addReadme(
    workbook,
    'Modèle d’import du cadre de résultats (Pilotage)',
    frameworkRules,
    frameworkSheetOrder.map((id) => S[id]),
  );
  for (const id of frameworkSheetOrder) addSheet(workbook, S[id], [example[id]]);
  return writeWorkbook(workbook);
}

async function loadSnapshot(db: Queryable, administrationId: string) {
  const [chain, programmes, operationalPlans, indicators, structures, posts] = await Promise.all([
    listPlanChains(db, administrationId),
    listProgrammesAndActions(db, administrationId),
    listOperationalPlanRows(db, administrationId),
    listIndicatorRows(db, administrationId),
    listStructureSummaries(db, administrationId),
    listPostSummaries(db, administrationId),
  ]);
  return { ...chain, ...programmes, operationalPlans, indicators, structures, posts };
}

export async function buildFrameworkExport(db: Database, access: Access) {
  assertCan(access, 'results.read');
  const data = await loadSnapshot(db, access.administrationId);
  const [activities, targets] = await Promise.all([
    listActivitiesWithProgress(db, access.administrationId, {}),
    listTargetRows(
      db,
      data.indicators.map((i) => i.id),
    ),
  ]);
  const planKey = new Map(data.plans.map((p, i) => [p.id, `PS${i + 1}`]));
  const axisById = new Map(data.axes.map((a) => [a.id, a]));
  const objectiveById = new Map(data.objectives.map((o) => [o.id, o]));
  const resultById = new Map(data.results.map((r) => [r.id, r]));
  const programmeById = new Map(data.programmes.map((p) => [p.id, p]));
  const actionById = new Map(data.actions.map((a) => [a.id, a]));
  const acronymCount = new Map<string, number>();
  for (const s of data.structures) if (s.acronym) acronymCount.set(normalise(s.acronym), (acronymCount.get(normalise(s.acronym)) ?? 0) + 1);
  const structureLabel = new Map(
    data.structures.map((s) => [s.id, s.acronym && acronymCount.get(normalise(s.acronym)) === 1 ? s.acronym : s.name]),
  );
  const postTitle = new Map(data.posts.map((p) => [p.id, p.title]));
  const planOfResult = (resultId: string) => axisById.get(objectiveById.get(resultById.get(resultId)!.objectiveId)!.axisId)!.planId;
  const indicatorCode = new Map(data.indicators.map((i) => [i.id, i.code]));

  const workbook = newWorkbook();
  addReadme(
    workbook,
    `Cadre de résultats exporté le ${todayIso().split('-').reverse().join('/')} (Pilotage)`,
    frameworkRules,
    frameworkSheetOrder.map((id) => S[id]),
  );
  addSheet(
    workbook,
    S.plans,
    data.plans.map((p) => ({
      key: planKey.get(p.id),
      title: p.title,
      startYear: p.startYear,
      endYear: p.endYear,
      referencePlan: p.referencePlan,
      description: p.description,
    })),
  );
  addSheet(
    workbook,
    S.axes,
    data.axes.map((a) => ({ plan: planKey.get(a.planId), code: a.code, title: a.title })),
  );
  addSheet(
    workbook,
    S.objectives,
    data.objectives.map((o) => ({
      plan: planKey.get(axisById.get(o.axisId)!.planId),
      axis: axisById.get(o.axisId)!.code,
      code: o.code,
      title: o.title,
    })),
  );
  addSheet(
    workbook,
    S.results,
    data.results.map((r) => ({
      plan: planKey.get(planOfResult(r.id)),
      objective: objectiveById.get(r.objectiveId)!.code,
      code: r.code,
      title: r.title,
    })),
  );
  addSheet(
    workbook,
    S.programmes,
    data.programmes.map((p) => ({
      code: p.code,
      title: p.title,
      kind: labelOf(programmeKindLabels, p.kind),
      objective: p.objective,
      manager: p.managerPostId ? postTitle.get(p.managerPostId) : null,
    })),
  );
  addSheet(
    workbook,
    S.actions,
    data.actions.map((a) => ({ programme: programmeById.get(a.programmeId)!.code, code: a.code, title: a.title })),
  );
  addSheet(
    workbook,
    S.operationalPlans,
    [...data.operationalPlans]
      .sort((a, b) => a.year - b.year)
      .map((p) => ({ year: p.year, title: p.title, plan: p.strategicPlanId ? planKey.get(p.strategicPlanId) : null })),
  );
  addSheet(
    workbook,
    S.activities,
    [...activities].reverse().map(({ activity: a, year }) => ({
      year,
      programme: programmeById.get(actionById.get(a.actionId)!.programmeId)!.code,
      action: actionById.get(a.actionId)!.code,
      code: a.code,
      title: a.title,
      structure: structureLabel.get(a.responsibleStructureId),
      quarters: a.quarters.join(','),
      weight: a.weight,
      budget: a.budgetAllotted,
    })),
  );
  addSheet(
    workbook,
    S.indicators,
    data.indicators.map((i) => ({
      code: i.code,
      title: i.title,
      definition: i.definition,
      unit: i.unit,
      level: labelOf(levelLabels, i.level),
      direction: labelOf(directionLabels, i.direction),
      periodicity: labelOf(periodicityLabels, i.periodicity),
      aggregation: labelOf(aggregationLabels, i.aggregation),
      isPercentage: i.isPercentage ? 'oui' : 'non',
      baselineValue: i.baselineValue,
      baselineYear: i.baselineYear,
      minValue: i.minValue,
      maxValue: i.maxValue,
      maxChangePercent: i.maxChangePercent,
      dataSource: i.dataSource,
      structure: structureLabel.get(i.responsibleStructureId),
      plan: i.expectedResultId ? planKey.get(planOfResult(i.expectedResultId)) : null,
      result: i.expectedResultId ? resultById.get(i.expectedResultId)!.code : null,
      programme:
        (i.actionId
          ? programmeById.get(actionById.get(i.actionId)!.programmeId)
          : i.programmeId
            ? programmeById.get(i.programmeId)
            : undefined
        )?.code ?? null,
      action: i.actionId ? actionById.get(i.actionId)!.code : null,
      isActive: i.isActive ? 'oui' : 'non',
    })),
  );
  addSheet(
    workbook,
    S.targets,
    targets.map((t) => ({ indicator: indicatorCode.get(t.indicatorId), year: t.year, quarter: t.quarter, value: t.value })),
  );
  return { buffer: await writeWorkbook(workbook), fileName: `cadre-de-resultats-${todayIso()}.xlsx` };
}

export async function importFramework(db: Database, access: Access, body: unknown) {
  assertCan(access, 'results.manage');
  const workbook = await readWorkbook(body);
  const data = await loadSnapshot(db, access.administrationId);
  const snapshot: FrameworkSnapshot = data;
  const { refused, plan } = planFrameworkImport(workbook, snapshot, access.actor.locale);
  throwIfRefused(refused);
  return db.transaction(async (tx) => {
    const audit: AuditEntry[] = [];
    const planning = await applyPlanningImport(tx, access.administrationId, plan, audit);
    const indicators = await applyIndicatorsImport(tx, access.administrationId, plan, planning.ids, audit);
    const result = { planning: planning.counts, indicators: indicators.indicators, targets: indicators.targets };
    audit.push({ action: 'framework.import', entityType: 'administration', entityId: access.administrationId, after: result });
    await recordAudit(tx, access, audit);
    return result;
  });
}
