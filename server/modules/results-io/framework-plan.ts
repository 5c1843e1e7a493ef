// Reads and checks a framework workbook against what the administration already has. Pure: either some
// rows are refused (nothing will be written), or every row is typed with its references resolvable.
import type ExcelJS from 'exceljs';
import { translate, type Locale } from '../../platform/http/messages.js';
import type { IndicatorAggregation, IndicatorDirection, IndicatorLevel, IndicatorPeriodicity } from '../indicators/indicators.tables.js';
import {
  aggregationLabels,
  directionLabels,
  frameworkSheets as S,
  levelLabels,
  periodicityLabels,
  programmeKindLabels,
} from './framework-sheets.js';
import { normalise, readSheet, RowReader, type Refusal } from './workbook.js';

export type FrameworkSnapshot = {
  plans: { id: string; title: string; startYear: number }[];
  axes: { id: string; planId: string; code: string }[];
  objectives: { id: string; axisId: string; code: string }[];
  results: { id: string; objectiveId: string; code: string }[];
  programmes: { id: string; code: string }[];
  actions: { id: string; programmeId: string; code: string }[];
  operationalPlans: { id: string; year: number }[];
  indicators: { id: string; code: string; periodicity: IndicatorPeriodicity; isPercentage: boolean }[];
  structures: { id: string; name: string; acronym: string | null }[];
  posts: { id: string; title: string }[];
};

export type FrameworkImport = {
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
  indicators: {
    code: string;
    title: string;
    definition: string;
    unit: string;
    level: IndicatorLevel;
    direction: IndicatorDirection;
    periodicity: IndicatorPeriodicity;
    aggregation: IndicatorAggregation;
    isPercentage: boolean;
    baselineValue: number | null;
    baselineYear: number | null;
    minValue: number | null;
    maxValue: number | null;
    maxChangePercent: number | null;
    dataSource: string;
    structureId: string;
    planKey: string | null;
    resultCode: string | null;
    programmeCode: string | null;
    actionCode: string | null;
    isActive: boolean;
  }[];
  targets: { indicatorCode: string; year: number; quarter: number; value: number }[];
};

const n = normalise;

// Finds one structure by acronym or name; several or none is a refusal.
function findOne<T>(items: T[], matches: (item: T) => boolean): T | null | 'ambiguous' {
  const found = items.filter(matches);
  return found.length === 1 ? found[0]! : found.length > 1 ? 'ambiguous' : null;
}

export function planFrameworkImport(
  workbook: ExcelJS.Workbook,
  snapshot: FrameworkSnapshot,
  locale: Locale,
): { refused: Refusal[]; plan: FrameworkImport } {
  const refused: Refusal[] = [];
  const plan: FrameworkImport = {
    plans: [],
    axes: [],
    objectives: [],
    results: [],
    programmes: [],
    actions: [],
    operationalPlans: [],
    activities: [],
    indicators: [],
    targets: [],
  };
  const rows = (id: keyof typeof S) =>
    readSheet(workbook, S[id], refused, locale, { isOptional: true }).map((r) => new RowReader(S[id], r, refused, locale));
  const seen = (set: Set<string>, key: string, r: RowReader, column: string, what: string) => {
    if (set.has(key)) r.refuse(column, 'results.import.duplicate_row', { what });
    set.add(key);
  };
  const unknown = (r: RowReader, column: string, what: string, value: string) =>
    r.refuse(column, 'results.import.unknown_reference', { what, value });
  const structureOf = (r: RowReader) => {
    const value = r.text('structure', { required: true });
    if (value === null) return null;
    const found = findOne(snapshot.structures, (s) => n(s.name) === n(value) || (s.acronym !== null && n(s.acronym) === n(value)));
    if (found === null || found === 'ambiguous') {
      unknown(r, 'structure', 'Structure', value);
      return null;
    }
    return found.id;
  };

  // --- strategic plans and their chain (codes unique within a plan) ---
  const planKeys = new Map<string, string | null>(); // workbook key → existing plan id
  for (const r of rows('plans')) {
    const key = r.text('key', { required: true });
    const title = r.text('title', { required: true, max: 300 });
    const startYear = r.number('startYear', { required: true, isInteger: true, min: 2000, max: 2100 });
    const endYear = r.number('endYear', { required: true, isInteger: true, min: 2000, max: 2100 });
    if (startYear !== null && endYear !== null && (endYear < startYear || endYear - startYear >= 10)) r.refuse('endYear', 'plan.years');
    if (key === null || title === null || startYear === null || endYear === null) continue;
    if (planKeys.has(n(key))) r.refuse('key', 'results.import.duplicate_row', { what: 'clé' });
    const existing = snapshot.plans.find((p) => n(p.title) === n(title) && p.startYear === startYear) ?? null;
    planKeys.set(n(key), existing?.id ?? null);
    plan.plans.push({
      key: n(key),
      existingId: existing?.id ?? null,
      title,
      startYear,
      endYear,
      referencePlan: r.text('referencePlan') ?? '',
      description: r.text('description') ?? '',
    });
  }
  const existingAxesOf = (planKey: string) => snapshot.axes.filter((a) => a.planId === planKeys.get(planKey));
  const existingObjectivesOf = (planKey: string) => {
    const axisIds = new Set(existingAxesOf(planKey).map((a) => a.id));
    return snapshot.objectives.filter((o) => axisIds.has(o.axisId));
  };
  const existingResultsOf = (planKey: string) => {
    const objectiveIds = new Set(existingObjectivesOf(planKey).map((o) => o.id));
    return snapshot.results.filter((x) => objectiveIds.has(x.objectiveId));
  };
  const planKeyOf = (r: RowReader, column = 'plan', required = true) => {
    const key = r.text(column, { required });
    if (key === null) return null;
    if (!planKeys.has(n(key))) {
      unknown(r, column, 'Plan', key);
      return null;
    }
    return n(key);
  };

  const axisCodes = new Set<string>();
  for (const r of rows('axes')) {
    const [planKey, code, title] = [
      planKeyOf(r),
      r.text('code', { required: true, max: 30 }),
      r.text('title', { required: true, max: 500 }),
    ];
    if (planKey === null || code === null || title === null) continue;
    seen(axisCodes, `${planKey}|${n(code)}`, r, 'code', 'code');
    plan.axes.push({ planKey, code, title });
  }
  const objectiveCodes = new Set<string>();
  for (const r of rows('objectives')) {
    const [planKey, axisCode, code, title] = [
      planKeyOf(r),
      r.text('axis', { required: true }),
      r.text('code', { required: true, max: 30 }),
      r.text('title', { required: true, max: 500 }),
    ];
    if (planKey === null || axisCode === null || code === null || title === null) continue;
    if (!axisCodes.has(`${planKey}|${n(axisCode)}`) && !existingAxesOf(planKey).some((a) => n(a.code) === n(axisCode)))
      unknown(r, 'axis', 'Axe', axisCode);
    seen(objectiveCodes, `${planKey}|${n(code)}`, r, 'code', 'code');
    plan.objectives.push({ planKey, axisCode, code, title });
  }
  const resultCodes = new Set<string>();
  for (const r of rows('results')) {
    const [planKey, objectiveCode, code, title] = [
      planKeyOf(r),
      r.text('objective', { required: true }),
      r.text('code', { required: true, max: 30 }),
      r.text('title', { required: true, max: 500 }),
    ];
    if (planKey === null || objectiveCode === null || code === null || title === null) continue;
    if (!objectiveCodes.has(`${planKey}|${n(objectiveCode)}`) && !existingObjectivesOf(planKey).some((o) => n(o.code) === n(objectiveCode)))
      unknown(r, 'objective', 'Objectif', objectiveCode);
    seen(resultCodes, `${planKey}|${n(code)}`, r, 'code', 'code');
    plan.results.push({ planKey, objectiveCode, code, title });
  }
  const hasResult = (planKey: string, code: string) =>
    resultCodes.has(`${planKey}|${n(code)}`) || existingResultsOf(planKey).some((x) => n(x.code) === n(code));

  // --- programmes, actions, annual plans, activities ---
  const programmeCodes = new Set<string>();
  for (const r of rows('programmes')) {
    const [code, title, kind] = [
      r.text('code', { required: true, max: 30 }),
      r.text('title', { required: true, max: 300 }),
      r.choice('kind', programmeKindLabels, { required: true }),
    ];
    const managerTitle = r.text('manager');
    let managerPostId: string | null = null;
    if (managerTitle) {
      const post = findOne(snapshot.posts, (p) => n(p.title) === n(managerTitle));
      if (post === null || post === 'ambiguous') unknown(r, 'manager', 'Poste', managerTitle);
      else managerPostId = post.id;
    }
    if (code === null || title === null || kind === null) continue;
    seen(programmeCodes, n(code), r, 'code', 'code');
    plan.programmes.push({ code, title, kind, objective: r.text('objective', { max: 2000 }) ?? '', managerPostId });
  }
  const hasProgramme = (code: string) => programmeCodes.has(n(code)) || snapshot.programmes.some((p) => n(p.code) === n(code));
  const actionCodes = new Set<string>();
  for (const r of rows('actions')) {
    const [programmeCode, code, title] = [
      r.text('programme', { required: true }),
      r.text('code', { required: true, max: 30 }),
      r.text('title', { required: true, max: 500 }),
    ];
    if (programmeCode === null || code === null || title === null) continue;
    if (!hasProgramme(programmeCode)) unknown(r, 'programme', 'Programme', programmeCode);
    seen(actionCodes, `${n(programmeCode)}|${n(code)}`, r, 'code', 'code');
    plan.actions.push({ programmeCode, code, title });
  }
  const hasAction = (programmeCode: string, code: string) => {
    if (actionCodes.has(`${n(programmeCode)}|${n(code)}`)) return true;
    const programme = snapshot.programmes.find((p) => n(p.code) === n(programmeCode));
    return programme !== undefined && snapshot.actions.some((a) => a.programmeId === programme.id && n(a.code) === n(code));
  };
  const years = new Set<number>();
  for (const r of rows('operationalPlans')) {
    const [year, title, planKey] = [
      r.number('year', { required: true, isInteger: true, min: 2000, max: 2100 }),
      r.text('title', { required: true, max: 300 }),
      planKeyOf(r, 'plan', false),
    ];
    if (year === null || title === null) continue;
    if (years.has(year)) r.refuse('year', 'results.import.duplicate_row', { what: 'année' });
    years.add(year);
    plan.operationalPlans.push({ year, title, planKey });
  }
  const activityCodes = new Set<string>();
  for (const r of rows('activities')) {
    const year = r.number('year', { required: true, isInteger: true, min: 2000, max: 2100 });
    const [programmeCode, actionCode, code, title] = [
      r.text('programme', { required: true }),
      r.text('action', { required: true }),
      r.text('code', { required: true, max: 30 }),
      r.text('title', { required: true, max: 500 }),
    ];
    const structureId = structureOf(r);
    const quartersText = r.text('quarters', { required: true });
    const quarters =
      quartersText === null
        ? null
        : quartersText
            .split(/[,;\s]+/)
            .filter(Boolean)
            .map(Number);
    if (
      quarters &&
      (quarters.length === 0 || quarters.some((q) => !Number.isInteger(q) || q < 1 || q > 4) || new Set(quarters).size !== quarters.length)
    ) {
      r.refuse('quarters', 'results.import.invalid_choice', { value: quartersText!, choices: '1, 2, 3, 4' });
    }
    const weight = r.number('weight', { min: 0.001, max: 1000 }) ?? 1;
    const budget = r.number('budget', { min: 0, max: 1e15 }) ?? 0;
    if (
      year === null ||
      programmeCode === null ||
      actionCode === null ||
      code === null ||
      title === null ||
      structureId === null ||
      !quarters
    )
      continue;
    if (!years.has(year) && !snapshot.operationalPlans.some((p) => p.year === year)) unknown(r, 'year', 'Plan annuel', String(year));
    if (!hasAction(programmeCode, actionCode)) unknown(r, 'action', 'Action', `${programmeCode}/${actionCode}`);
    seen(activityCodes, `${year}|${n(code)}`, r, 'code', 'code');
    plan.activities.push({ year, programmeCode, actionCode, code, title, structureId, quarters: [...quarters].sort(), weight, budget });
  }

  // --- indicators and targets ---
  const indicatorCodes = new Map<string, { periodicity: IndicatorPeriodicity; isPercentage: boolean }>();
  for (const r of rows('indicators')) {
    const code = r.text('code', { required: true, max: 30 });
    const title = r.text('title', { required: true, max: 500 });
    const unit = r.text('unit', { required: true, max: 60 });
    const level = r.choice('level', levelLabels, { required: true });
    const direction = r.choice('direction', directionLabels, { required: true });
    const periodicity = r.choice('periodicity', periodicityLabels, { required: true });
    const aggregation = r.choice('aggregation', aggregationLabels, { required: true });
    const minValue = r.number('minValue');
    const maxValue = r.number('maxValue');
    if (minValue !== null && maxValue !== null && minValue > maxValue) r.refuse('maxValue', 'field.invalid_value');
    const structureId = structureOf(r);
    const planKey = planKeyOf(r, 'plan', false);
    const resultCode = r.text('result');
    if (resultCode && (planKey === null || !hasResult(planKey, resultCode))) unknown(r, 'result', 'Résultat attendu', resultCode);
    const programmeCode = r.text('programme');
    const actionCode = r.text('action');
    if (programmeCode && !hasProgramme(programmeCode)) unknown(r, 'programme', 'Programme', programmeCode);
    if (actionCode && (!programmeCode || !hasAction(programmeCode, actionCode)))
      unknown(r, 'action', 'Action', `${programmeCode ?? '?'}/${actionCode}`);
    const row = {
      isPercentage: r.yesNo('isPercentage', false),
      baselineValue: r.number('baselineValue'),
      baselineYear: r.number('baselineYear', { isInteger: true, min: 2000, max: 2100 }),
      maxChangePercent: r.number('maxChangePercent', { min: 0.001, max: 100000 }),
      isActive: r.yesNo('isActive', true),
    };
    if (code === null || title === null || unit === null || !level || !direction || !periodicity || !aggregation || structureId === null)
      continue;
    if (indicatorCodes.has(n(code))) r.refuse('code', 'results.import.duplicate_row', { what: 'code' });
    indicatorCodes.set(n(code), { periodicity, isPercentage: row.isPercentage });
    plan.indicators.push({
      ...row,
      code,
      title,
      definition: r.text('definition', { max: 4000 }) ?? '',
      unit,
      level,
      direction,
      periodicity,
      aggregation,
      minValue,
      maxValue,
      dataSource: r.text('dataSource', { max: 1000 }) ?? '',
      structureId,
      planKey,
      resultCode,
      programmeCode,
      actionCode,
    });
  }
  const targetKeys = new Set<string>();
  for (const r of rows('targets')) {
    const indicatorCode = r.text('indicator', { required: true });
    const year = r.number('year', { required: true, isInteger: true, min: 2000, max: 2100 });
    const quarter = r.number('quarter', { required: true, isInteger: true, min: 0, max: 4 });
    const value = r.number('value', { required: true, min: -1e15, max: 1e15 });
    if (indicatorCode === null || year === null || quarter === null || value === null) continue;
    const indicator = indicatorCodes.get(n(indicatorCode)) ?? snapshot.indicators.find((i) => n(i.code) === n(indicatorCode));
    if (!indicator) {
      unknown(r, 'indicator', 'Indicateur', indicatorCode);
      continue;
    }
    if (indicator.periodicity === 'annual' && quarter !== 0) r.refuse('quarter', 'measurement.annual_period');
    if (indicator.isPercentage && (value < 0 || value > 100)) r.refuse('value', 'measurement.percentage_range', { value });
    seen(targetKeys, `${n(indicatorCode)}|${year}|${quarter}`, r, 'quarter', 'période');
    plan.targets.push({ indicatorCode, year, quarter, value });
  }
  const total = Object.values(plan).reduce((sum, list) => sum + list.length, 0);
  if (total === 0 && refused.length === 0)
    refused.push({ sheet: S.plans.name, row: 1, field: '', message: translate(locale, 'results.import.no_rows') });
  return { refused, plan };
}
