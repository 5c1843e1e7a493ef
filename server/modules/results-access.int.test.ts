// Every route of planning, indicators and dashboards: anonymous 401, another administration 404, a role
// without the permission 403, and a bad parameter or body 400 naming the field. Nothing is written.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../test/app.js';
import { loadResultsFixtures, type ResultsFixtures } from '../test/results.fixtures.js';

const ctx = await createTestApp();
let fx: ResultsFixtures;
const agents: Record<string, TestAgent> = {};

type Role = 'dc' | 'focal' | 'head' | 'sg';
type Route = {
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
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const chain = { code: 'X1', title: 'Élément de test' };
const routes: Route[] = [
  // planning: strategic plans and their chain
  {
    method: 'GET',
    path: () => '/planning/strategic-plans',
    isWrite: false,
    as: 'dc',
    invalid: { path: () => '/planning/strategic-plans/abc', field: 'params.planId' },
  },
  {
    method: 'POST',
    path: () => '/planning/strategic-plans',
    isWrite: true,
    as: 'dc',
    body: () => ({ title: 'PS', startYear: 2026, endYear: 2028 }),
    invalid: { body: { title: 'PS', startYear: 2026, endYear: 2024 }, field: 'endYear' },
  },
  {
    method: 'GET',
    path: (f) => `/planning/strategic-plans/${f.planId}`,
    isWrite: false,
    as: 'dc',
    foreign: () => `/planning/strategic-plans/${crypto.randomUUID()}`,
    invalid: { path: () => '/planning/strategic-plans/1', field: 'params.planId' },
  },
  {
    method: 'PATCH',
    path: (f) => `/planning/strategic-plans/${f.planId}`,
    isWrite: true,
    as: 'dc',
    body: () => ({ title: 'Nouveau titre' }),
    invalid: { body: { title: '' }, field: 'title' },
  },
  {
    method: 'DELETE',
    path: (f) => `/planning/strategic-plans/${f.planId}`,
    isWrite: true,
    as: 'dc',
    invalid: { path: () => '/planning/strategic-plans/abc', field: 'params.planId' },
  },
  {
    method: 'POST',
    path: (f) => `/planning/strategic-plans/${f.planId}/axes`,
    isWrite: true,
    as: 'dc',
    body: () => chain,
    invalid: { body: { title: 'Sans code' }, field: 'code' },
  },
  {
    method: 'PATCH',
    path: (f) => `/planning/axes/${f.axisId}`,
    isWrite: true,
    as: 'dc',
    body: () => ({ title: 'Axe' }),
    invalid: { body: { sortOrder: -1 }, field: 'sortOrder' },
  },
  {
    method: 'DELETE',
    path: (f) => `/planning/axes/${f.axisId}`,
    isWrite: true,
    as: 'dc',
    invalid: { path: () => '/planning/axes/abc', field: 'params.axisId' },
  },
  {
    method: 'POST',
    path: (f) => `/planning/axes/${f.axisId}/objectives`,
    isWrite: true,
    as: 'dc',
    body: () => chain,
    invalid: { body: { code: 'X', title: '' }, field: 'title' },
  },
  {
    method: 'PATCH',
    path: (f) => `/planning/objectives/${f.objectiveId}`,
    isWrite: true,
    as: 'dc',
    body: () => ({ title: 'Objectif' }),
    invalid: { body: { code: '' }, field: 'code' },
  },
  {
    method: 'DELETE',
    path: (f) => `/planning/objectives/${f.objectiveId}`,
    isWrite: true,
    as: 'dc',
    invalid: { path: () => '/planning/objectives/abc', field: 'params.objectiveId' },
  },
  {
    method: 'POST',
    path: (f) => `/planning/objectives/${f.objectiveId}/results`,
    isWrite: true,
    as: 'dc',
    body: () => chain,
    invalid: { body: { code: 'a{b}', title: 'x' }, field: 'code' },
  },
  {
    method: 'PATCH',
    path: (f) => `/planning/expected-results/${f.resultId}`,
    isWrite: true,
    as: 'dc',
    body: () => ({ title: 'Résultat' }),
    invalid: { body: { title: 42 }, field: 'title' },
  },
  {
    method: 'DELETE',
    path: (f) => `/planning/expected-results/${f.resultId}`,
    isWrite: true,
    as: 'dc',
    invalid: { path: () => '/planning/expected-results/abc', field: 'params.resultId' },
  },
  // programmes and actions
  {
    method: 'GET',
    path: () => '/planning/programmes',
    isWrite: false,
    as: 'dc',
    invalid: { path: () => '/planning/programmes/abc', field: 'params.programmeId' },
  },
  {
    method: 'POST',
    path: () => '/planning/programmes',
    isWrite: true,
    as: 'dc',
    body: () => ({ code: '999', title: 'Programme', kind: 'support' }),
    invalid: { body: { code: '999', title: 'P', kind: 'other' }, field: 'kind' },
  },
  {
    method: 'GET',
    path: (f) => `/planning/programmes/${f.programmeId}`,
    isWrite: false,
    as: 'dc',
    foreign: (f) => `/planning/programmes/${f.mzgProgrammeId}`,
    invalid: { path: () => '/planning/programmes/abc', field: 'params.programmeId' },
  },
  {
    method: 'PATCH',
    path: (f) => `/planning/programmes/${f.programmeId}`,
    isWrite: true,
    as: 'dc',
    body: () => ({ title: 'Programme' }),
    foreign: (f) => `/planning/programmes/${f.mzgProgrammeId}`,
    invalid: { body: { managerPostId: 'abc' }, field: 'managerPostId' },
  },
  {
    method: 'DELETE',
    path: (f) => `/planning/programmes/${f.programmeId}`,
    isWrite: true,
    as: 'dc',
    foreign: (f) => `/planning/programmes/${f.mzgProgrammeId}`,
    invalid: { path: () => '/planning/programmes/abc', field: 'params.programmeId' },
  },
  {
    method: 'POST',
    path: (f) => `/planning/programmes/${f.programmeId}/actions`,
    isWrite: true,
    as: 'dc',
    body: () => chain,
    invalid: { body: {}, field: 'code' },
  },
  {
    method: 'PATCH',
    path: (f) => `/planning/actions/${f.actionId}`,
    isWrite: true,
    as: 'dc',
    body: () => ({ title: 'Action' }),
    invalid: { body: { title: '' }, field: 'title' },
  },
  {
    method: 'DELETE',
    path: (f) => `/planning/actions/${f.actionId}`,
    isWrite: true,
    as: 'dc',
    invalid: { path: () => '/planning/actions/abc', field: 'params.actionId' },
  },
  // operational plans and activities
  {
    method: 'GET',
    path: () => '/planning/operational-plans',
    isWrite: false,
    as: 'dc',
    invalid: { path: () => '/planning/operational-plans/abc', field: 'params.operationalPlanId' },
  },
  {
    method: 'POST',
    path: () => '/planning/operational-plans',
    isWrite: true,
    as: 'dc',
    body: () => ({ year: 2030, title: 'PTA 2030' }),
    invalid: { body: { year: 1800, title: 'PTA' }, field: 'year' },
  },
  {
    method: 'GET',
    path: (f) => `/planning/operational-plans/${f.operationalPlanId}`,
    isWrite: false,
    as: 'dc',
    invalid: { path: () => '/planning/operational-plans/abc', field: 'params.operationalPlanId' },
  },
  {
    method: 'PATCH',
    path: (f) => `/planning/operational-plans/${f.operationalPlanId}`,
    isWrite: true,
    as: 'dc',
    body: () => ({ title: 'PTA' }),
    invalid: { body: { strategicPlanId: 'x' }, field: 'strategicPlanId' },
  },
  {
    method: 'DELETE',
    path: (f) => `/planning/operational-plans/${f.operationalPlanId}`,
    isWrite: true,
    as: 'dc',
    invalid: { path: () => '/planning/operational-plans/abc', field: 'params.operationalPlanId' },
  },
  {
    method: 'GET',
    path: () => '/planning/activities',
    isWrite: false,
    as: 'dc',
    invalid: { path: () => '/planning/activities?limit=0', field: 'querystring.limit' },
  },
  {
    method: 'POST',
    path: () => '/planning/activities',
    isWrite: true,
    as: 'dc',
    body: (f) => ({
      operationalPlanId: f.operationalPlanId,
      actionId: f.actionId,
      code: 'T-1',
      title: 'Activité',
      responsibleStructureId: f.dppStructureId,
      quarters: [1],
    }),
    invalid: { body: { quarters: [5] }, field: 'operationalPlanId' },
  },
  {
    method: 'GET',
    path: (f) => `/planning/activities/${f.activityId}`,
    isWrite: false,
    as: 'dc',
    invalid: { path: (f) => `/planning/activities/${f.activityId}?asOfQuarter=5`, field: 'querystring.asOfQuarter' },
  },
  {
    method: 'PATCH',
    path: (f) => `/planning/activities/${f.activityId}`,
    isWrite: true,
    as: 'dc',
    body: () => ({ weight: 2 }),
    invalid: { body: { weight: 0 }, field: 'weight' },
  },
  {
    method: 'DELETE',
    path: (f) => `/planning/activities/${f.activityId}`,
    isWrite: true,
    as: 'dc',
    invalid: { path: () => '/planning/activities/abc', field: 'params.activityId' },
  },
  {
    method: 'PUT',
    path: (f) => `/planning/activities/${f.activityId}/progress/2`,
    isWrite: true,
    as: 'dc',
    body: () => ({ physicalProgress: 50 }),
    invalid: { body: { physicalProgress: 120 }, field: 'physicalProgress' },
  },
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

let auditCount: () => Promise<number>;

beforeAll(async () => {
  fx = await loadResultsFixtures(ctx.db);
  const logins: [string, string][] = [
    ['dc', 'dc@mit.demo.bj'],
    ['focal', 'suivi@mit.demo.bj'],
    ['head', 'dpp@mit.demo.bj'],
    ['sg', 'sg@mit.demo.bj'],
    ['adviser', 'conseiller@mit.demo.bj'],
    ['oversight', 'tutelle@suivi.demo.bj'],
    ['outsider', 'dc@mairie.demo.bj'],
  ];
  for (const [role, email] of logins) agents[role] = await ctx.login(email);
  auditCount = async () => (await ctx.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events`)).rows[0]!.n;
});

const headers = (route: Route) => (route.isWorkbook ? { 'content-type': xlsx } : {});
const call = (agent: TestAgent, route: Route, path: string) =>
  agent.request({
    method: route.method,
    url: `/api/administrations/${fx.mit}${path}`,
    payload: route.body?.(fx) as never,
    headers: headers(route),
  });

describe.each(routes.map((r) => [`${r.method} ${r.path.toString().replace(/^\(.*?\) => /, '')}`, r] as const))('%s', (_name, route) => {
  it('answers 401 to an anonymous caller', async () => {
    const res = await ctx.app.inject({
      method: route.method,
      url: `/api/administrations/${fx.mit}${route.path(fx)}`,
      payload: route.body?.(fx) as never,
      headers: headers(route),
    });
    expect(res.statusCode).toBe(401);
  });

  it('answers 404 to a member of another administration, and for an object of another administration', async () => {
    const before = await auditCount();
    expect((await call(agents.outsider!, route, route.path(fx))).statusCode).toBe(404);
    if (route.foreign) expect((await call(agents[route.as]!, route, route.foreign(fx))).statusCode).toBe(404);
    expect(await auditCount()).toBe(before);
  });

  it(
    route.isWrite
      ? 'answers 403 to a role without the permission (adviser, oversight body)'
      : 'lets every member and the oversight body read it',
    async () => {
      const before = await auditCount();
      for (const role of ['adviser', 'oversight']) {
        const res = await call(agents[role]!, route, route.path(fx));
        if (route.isWrite) expect(res.statusCode, `${role}: ${res.body}`).toBe(403);
        else if (route.path(fx) !== '/dashboards/oversight') expect(res.statusCode, `${role}: ${res.body}`).toBe(200);
      }
      expect(await auditCount()).toBe(before);
    },
  );

  it('refuses a bad parameter or body with 400 naming the field', async () => {
    const path = route.invalid.path?.(fx) ?? route.path(fx);
    const res = await agents[route.as]!.request({
      method: route.method,
      url: `/api/administrations/${fx.mit}${path}`,
      payload: (route.invalid.body ?? route.body?.(fx)) as never,
      headers: headers(route),
    });
    if (route.invalid.field === '') {
      expect(res.statusCode).toBe(route.invalid.status ?? 404);
      return;
    }
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().fields.map((f: { field: string }) => f.field)).toContain(route.invalid.field);
  });
});
