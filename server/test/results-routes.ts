// The routes of planning, indicators and dashboards, each with who may call it, a body, a path on another
// administration's object and an invalid input naming its field: the catalogue results-access.int.test.ts walks.
import { planningRoutes } from './results-routes-planning.js';
import type { ResultsFixtures } from './results.fixtures.js';

export type Role = 'dc' | 'focal' | 'head' | 'sg';
export type Route = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: (f: ResultsFixtures) => string;
  isWrite: boolean;
  // who may call it, for the validation check
  as: Role;
  body?: (f: ResultsFixtures) => unknown;
  // a path (or query) on an object of the other administration: 404 for a member
  foreign?: (f: ResultsFixtures) => string;
  invalid: { path?: (f: ResultsFixtures) => string; body?: unknown; field: string; status?: number };
  isWorkbook?: boolean;
};
export const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// planning's routes are in results-routes-planning.ts
export const resultsRoutes: Route[] = [
  ...planningRoutes,
  // indicators, targets, settings
  {
    method: 'GET',
    path: () => '/indicators',
    isWrite: false,
    as: 'dc',
    invalid: { path: () => '/indicators?level=other', field: 'querystring.level' },
  },
  {
    method: 'POST',
    path: () => '/indicators',
    isWrite: true,
    as: 'dc',
    body: (f) => ({
      code: 'T-1',
      title: 'Indicateur',
      unit: '%',
      level: 'output',
      direction: 'higher_is_better',
      periodicity: 'quarterly',
      aggregation: 'mean',
      responsibleStructureId: f.dppStructureId,
    }),
    invalid: {
      body: {
        code: 'T-1',
        title: 'I',
        unit: '%',
        level: 'output',
        direction: 'up',
        periodicity: 'quarterly',
        aggregation: 'mean',
        responsibleStructureId: crypto.randomUUID(),
      },
      field: 'direction',
    },
  },
  {
    method: 'GET',
    path: (f) => `/indicators/${f.indicatorId}`,
    isWrite: false,
    as: 'dc',
    foreign: (f) => `/indicators/${f.mzgIndicatorId}`,
    invalid: { path: () => '/indicators/abc', field: 'params.indicatorId' },
  },
  {
    method: 'PATCH',
    path: (f) => `/indicators/${f.indicatorId}`,
    isWrite: true,
    as: 'dc',
    body: () => ({ title: 'Indicateur' }),
    foreign: (f) => `/indicators/${f.mzgIndicatorId}`,
    invalid: { body: { minValue: 10, maxValue: 1 }, field: 'maxValue' },
  },
  {
    method: 'DELETE',
    path: (f) => `/indicators/${f.indicatorId}`,
    isWrite: true,
    as: 'dc',
    foreign: (f) => `/indicators/${f.mzgIndicatorId}`,
    invalid: { path: () => '/indicators/abc', field: 'params.indicatorId' },
  },
  {
    method: 'PUT',
    path: () => '/targets',
    isWrite: true,
    as: 'dc',
    body: (f) => ({ items: [{ indicatorId: f.indicatorId, year: 2026, quarter: 0, value: 1 }] }),
    invalid: { body: { items: [] }, field: 'items' },
  },
  { method: 'GET', path: () => '/results-settings', isWrite: false, as: 'dc', invalid: { path: () => '/results-settings/x', field: '' } },
  {
    method: 'PUT',
    path: () => '/results-settings',
    isWrite: true,
    as: 'dc',
    body: (f) => ({ monitoringStructureId: f.dppStructureId, thresholds: { reached: 100, onTrack: 80, behind: 50 }, deadlineDays: 15 }),
    invalid: {
      body: { monitoringStructureId: null, thresholds: { reached: 50, onTrack: 80, behind: 10 }, deadlineDays: 15 },
      field: 'thresholds.onTrack',
    },
  },
  // measurements and their workflow
  {
    method: 'GET',
    path: () => '/measurements',
    isWrite: false,
    as: 'dc',
    invalid: { path: () => '/measurements?status=done', field: 'querystring.status' },
  },
  {
    method: 'POST',
    path: () => '/measurements',
    isWrite: true,
    as: 'focal',
    body: (f) => ({ indicatorId: f.indicatorId, year: 2024, quarter: 2, value: 3 }),
    invalid: { body: { indicatorId: crypto.randomUUID(), year: 2024, quarter: 7, value: 3 }, field: 'quarter' },
  },
  {
    method: 'GET',
    path: (f) => `/measurements/${f.validatedMeasurementId}`,
    isWrite: false,
    as: 'dc',
    foreign: () => `/measurements/${crypto.randomUUID()}`,
    invalid: { path: () => '/measurements/abc', field: 'params.measurementId' },
  },
  {
    method: 'PATCH',
    path: (f) => `/measurements/${f.validatedMeasurementId}`,
    isWrite: true,
    as: 'focal',
    body: () => ({ value: 3 }),
    invalid: { body: { value: 'trois' }, field: 'value' },
  },
  {
    method: 'DELETE',
    path: (f) => `/measurements/${f.validatedMeasurementId}`,
    isWrite: true,
    as: 'focal',
    invalid: { path: () => '/measurements/abc', field: 'params.measurementId' },
  },
  {
    method: 'POST',
    path: (f) => `/measurements/${f.validatedMeasurementId}/submit`,
    isWrite: true,
    as: 'focal',
    invalid: { path: () => '/measurements/abc/submit', field: 'params.measurementId' },
  },
  {
    method: 'POST',
    path: (f) => `/measurements/${f.validatedMeasurementId}/review`,
    isWrite: true,
    as: 'head',
    invalid: { path: () => '/measurements/abc/review', field: 'params.measurementId' },
  },
  {
    method: 'POST',
    path: (f) => `/measurements/${f.validatedMeasurementId}/validate`,
    isWrite: true,
    as: 'sg',
    invalid: { path: () => '/measurements/abc/validate', field: 'params.measurementId' },
  },
  {
    method: 'POST',
    path: (f) => `/measurements/${f.validatedMeasurementId}/reject`,
    isWrite: true,
    as: 'head',
    body: () => ({ reason: 'Motif' }),
    invalid: { body: { reason: '' }, field: 'reason' },
  },
  {
    method: 'POST',
    path: (f) => `/measurements/${f.validatedMeasurementId}/reopen`,
    isWrite: true,
    as: 'sg',
    body: () => ({ reason: 'Motif' }),
    invalid: { body: {}, field: 'reason' },
  },
  // dashboards
  {
    method: 'GET',
    path: () => '/dashboards/head',
    isWrite: false,
    as: 'dc',
    invalid: { path: () => '/dashboards/head?quarter=5', field: 'querystring.quarter' },
  },
  {
    method: 'GET',
    path: () => '/dashboards/head/charts/indicator-status.json',
    isWrite: false,
    as: 'dc',
    invalid: { path: () => '/dashboards/head/charts/indicator-status.json?year=1900', field: 'querystring.year' },
  },
  {
    method: 'GET',
    path: () => '/dashboards/head/charts/programme-execution.svg',
    isWrite: false,
    as: 'dc',
    invalid: { path: () => '/dashboards/head/charts/programme-execution.svg?width=10', field: 'querystring.width' },
  },
  {
    method: 'GET',
    path: (f) => `/dashboards/programmes/${f.programmeId}`,
    isWrite: false,
    as: 'dc',
    foreign: (f) => `/dashboards/programmes/${f.mzgProgrammeId}`,
    invalid: { path: () => '/dashboards/programmes/abc', field: 'params.programmeId' },
  },
  {
    method: 'GET',
    path: (f) => `/dashboards/structures/${f.dppStructureId}`,
    isWrite: false,
    as: 'dc',
    foreign: () => `/dashboards/structures/${crypto.randomUUID()}`,
    invalid: {
      path: (f) => `/dashboards/structures/${f.dppStructureId}?includeSubstructures=yes`,
      field: 'querystring.includeSubstructures',
    },
  },
  {
    method: 'GET',
    path: () => '/dashboards/oversight',
    isWrite: false,
    as: 'dc',
    invalid: { path: () => '/dashboards/oversight?year=abc', field: 'querystring.year' },
  },
  // Excel workbooks
  {
    method: 'GET',
    path: () => '/planning/framework/template.xlsx',
    isWrite: false,
    as: 'dc',
    invalid: { path: () => '/planning/framework/template.xls', field: '' },
  },
  {
    method: 'GET',
    path: () => '/planning/framework/export.xlsx',
    isWrite: false,
    as: 'dc',
    invalid: { path: () => '/planning/framework/export.xls', field: '' },
  },
  {
    method: 'POST',
    path: () => '/planning/framework/import',
    isWrite: true,
    as: 'dc',
    isWorkbook: true,
    body: () => Buffer.from('PK'),
    invalid: { field: '', status: 400 },
  },
  {
    method: 'GET',
    path: () => '/measurements/sheet.xlsx?year=2024&quarter=2',
    isWrite: false,
    as: 'focal',
    invalid: { path: () => '/measurements/sheet.xlsx?year=2024&quarter=5', field: 'querystring.quarter' },
  },
  {
    method: 'POST',
    path: () => '/measurements/import',
    isWrite: true,
    as: 'focal',
    isWorkbook: true,
    body: () => Buffer.from('PK'),
    invalid: { field: '', status: 400 },
  },
];
