// Indicators and results settings through their routes.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { loadResultsFixtures, type ResultsFixtures } from '../../test/results.fixtures.js';

const ctx = await createTestApp();
let fx: ResultsFixtures;
let dc: TestAgent;
let url: (path: string) => string;

beforeAll(async () => {
  fx = await loadResultsFixtures(ctx.db);
  dc = await ctx.login('dc@mit.demo.bj');
  url = (path) => `/api/administrations/${fx.mit}${path}`;
});

const newIndicator = (f: ResultsFixtures) => ({
  code: 'IND-017-09',
  title: 'Nombre de guichets de proximité ouverts',
  unit: 'guichets',
  level: 'output',
  direction: 'higher_is_better',
  periodicity: 'quarterly',
  aggregation: 'sum',
  responsibleStructureId: f.dppStructureId,
  programmeId: f.programmeId,
  actionId: f.actionId,
  expectedResultId: f.resultId,
  minValue: 0,
});

describe('indicators', () => {
  it('lists with filters, search, sort and pages', async () => {
    const byProgramme = (await dc.get(url(`/indicators?programmeId=${fx.programmeId}`))).json();
    expect(byProgramme.total).toBe(6);
    expect(byProgramme.items.every((i: { programmeId: string }) => i.programmeId === fx.programmeId)).toBe(true);
    const dpp = (await dc.get(url(`/indicators?structureId=${fx.dppStructureId}&sort=title&order=desc&limit=2&offset=1`))).json();
    expect(dpp).toMatchObject({ total: 6, limit: 2, offset: 1 });
    expect(dpp.items[0].responsibleStructureName).toBe('Direction de la Programmation et de la Prospective');
    const search = (await dc.get(url('/indicators?q=securite sociale'))).json();
    expect(search.items.map((i: { code: string }) => i.code)).toEqual(['IND-017-01']);
    expect((await dc.get(url('/indicators?level=impact'))).json().total).toBe(2);
  });

  it('shows an indicator with its chain, targets, measurements and computed series', async () => {
    const res = await dc.get(url(`/indicators/${await fx.indicator('IND-018-03')}`));
    expect(res.statusCode).toBe(200);
    const detail = res.json();
    expect(detail).toMatchObject({
      direction: 'lower_is_better',
      programme: { code: '018' },
      action: { code: '01' },
      expectedResult: { code: 'R2.1.1' },
    });
    expect(detail.targets).toContainEqual({ year: 2024, quarter: 0, value: 900 });
    expect(detail.measurements[0]).toMatchObject({
      year: 2023,
      quarter: 1,
      value: 281,
      status: 'validated',
      evidenceText: expect.stringContaining('T1 2023'),
    });
    // accidents at work, Q1 2023: 281 against a quarterly target of 250 and a quarter of the 1,200 baseline
    // → (300 − 281) / (300 − 250) = 38 % → critical
    expect(detail.results[0]).toMatchObject({ year: 2023, quarter: 1, value: 281, target: 250, rate: 38, status: 'critical' });
  });

  it('creates, changes and deletes an indicator with checks on its references', async () => {
    const body = newIndicator(fx);
    const wrongAction = await dc.post(url('/indicators'), { ...body, programmeId: await fx.programme('018') });
    expect(wrongAction.json()).toMatchObject({ code: 'validation_failed', fields: [{ field: 'actionId' }] });
    const foreign = await dc.post(url('/indicators'), { ...body, responsibleStructureId: crypto.randomUUID() });
    expect(foreign.json()).toMatchObject({ fields: [{ field: 'responsibleStructureId' }] });
    const created = await dc.post(url('/indicators'), body);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ targets: [], measurements: [], results: [], expectedResult: { code: 'R1.1.1' } });
    expect((await dc.post(url('/indicators'), body)).json()).toMatchObject({ code: 'duplicate', fields: [{ field: 'code' }] });
    const patched = await dc.patch(url(`/indicators/${id}`), { isPercentage: true, maxChangePercent: 50, minValue: 5, maxValue: 1 });
    expect(patched.json()).toMatchObject({ fields: [{ field: 'maxValue' }] });
    expect((await dc.patch(url(`/indicators/${id}`), { isActive: false })).json().isActive).toBe(false);
    expect((await dc.delete(url(`/indicators/${id}`))).statusCode).toBe(200);
  });

  it('keeps an indicator that has measurements', async () => {
    const res = await dc.delete(url(`/indicators/${fx.indicatorId}`));
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('has_dependents');
  });
});

describe('results settings', () => {
  it('has the demo monitoring unit and the default thresholds, and changes them with history', async () => {
    expect((await dc.get(url('/results-settings'))).json()).toEqual({
      monitoringStructureId: fx.dppStructureId,
      thresholds: { reached: 100, onTrack: 80, behind: 50 },
      deadlineDays: 15,
    });
    const before = (await dc.get(url('/dashboards/head?year=2024&quarter=1'))).json().indicators.byStatus;
    const saved = await dc.put(url('/results-settings'), {
      monitoringStructureId: fx.dppStructureId,
      thresholds: { reached: 100, onTrack: 95, behind: 50 },
      deadlineDays: 30,
    });
    expect(saved.statusCode).toBe(200);
    const after = (await dc.get(url('/dashboards/head?year=2024&quarter=1'))).json();
    expect(after.thresholds.onTrack).toBe(95);
    expect(after.indicators.byStatus.on_track).toBeLessThan(before.on_track);
    expect(after.reporting.timeliness).toBe(100); // 30 days: every demo value was on time
    const foreign = await dc.put(url('/results-settings'), {
      monitoringStructureId: crypto.randomUUID(),
      thresholds: { reached: 100, onTrack: 80, behind: 50 },
      deadlineDays: 15,
    });
    expect(foreign.json()).toMatchObject({ fields: [{ field: 'monitoringStructureId' }] });
    const history = await dc.get(url(`/audit?entityType=results_settings&entityId=${fx.mit}`));
    expect(history.json().items).toHaveLength(1);
  });
});
