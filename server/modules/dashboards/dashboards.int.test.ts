// The dashboards on the demo framework: the numbers, the drill-down, the charts and the oversight view.
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
  url = (path) => `/api/administrations/${fx.mit}/dashboards${path}`;
});

describe('head dashboard', () => {
  it('defaults to the latest quarter with validated values and compares with the same quarter of last year', async () => {
    const res = await dc.get(url('/head'));
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({ period: { year: 2024, quarter: 1 }, comparedWith: { year: 2023, quarter: 1 }, currency: 'XOF' });
    expect(d.indicators.indicatorCount).toBe(17);
    expect(d.indicators.byStatus).toEqual({ reached: 2, on_track: 10, behind: 3, critical: 1, no_data: 1 });
    expect(d.indicators.lastYear.byStatus).toEqual({ reached: 1, on_track: 8, behind: 5, critical: 3, no_data: 0 });
    expect(d.programmes.map((p: { code: string }) => p.code)).toEqual(['017', '018', '159']);
    expect(d.programmes[0].summary.indicatorCount).toBe(6);
    expect(d.programmes[0].execution).toMatchObject({ activityCount: 4, allotted: 259_350_000 });
    expect(d.plan.execution.activityCount).toBe(13);
    // 16 quarterly indicators due (the annual survey is due in Q4); IND-017-03 came late
    expect(d.reporting).toMatchObject({ due: 16, received: 16, onTime: 15, completeness: 100, timeliness: 93.8 });
    expect(d.workflow.validated).toBe(16);
    expect(d.attention[0]).toMatchObject({ current: { status: 'critical' } });
  });

  it('computes a past quarter, with the annual value due in Q4', async () => {
    const d = (await dc.get(url('/head?year=2023&quarter=4'))).json();
    expect(d.reporting.due).toBe(17);
    expect(d.indicators.byStatus.no_data).toBe(0);
    expect(d.plan.execution.physicalRate).toBeGreaterThan(50);
  });
});

describe('drill-down', () => {
  it('opens a programme with its actions, indicators and activities', async () => {
    const d = (await dc.get(url(`/programmes/${fx.programmeId}?year=2024&quarter=1`))).json();
    expect(d.programme).toMatchObject({ code: '017', manager: { holderName: expect.any(String) } });
    expect(d.actions.map((a: { code: string }) => a.code)).toEqual(['01', '02']);
    expect(d.actions[0].indicators.map((i: { code: string }) => i.code)).toEqual(['IND-017-01', 'IND-017-02', 'IND-017-05']);
    expect(d.actions[0].indicators[0]).toMatchObject({
      current: { year: 2024, quarter: 1, value: 20.4 },
      lastYear: { year: 2023, quarter: 1, value: 18.9 },
    });
    expect(d.activities).toHaveLength(4);
    expect(d.summary.indicatorCount).toBe(6);
  });

  it('opens a structure with the structures under it, its reporting by quarter and its activities', async () => {
    const d = (await dc.get(url(`/structures/${fx.dppStructureId}?year=2023&quarter=3`))).json();
    expect(d.structures.map((s: { name: string }) => s.name)).toContain('Service du Suivi-Évaluation');
    expect(d.reporting.map((r: { quarter: number }) => r.quarter)).toEqual([1, 2, 3]);
    expect(d.indicators.length).toBe(8);
    const alone = (await dc.get(url(`/structures/${fx.dppStructureId}?year=2023&quarter=3&includeSubstructures=false`))).json();
    expect(alone.indicators.length).toBe(6);
    expect(alone.activities.every((a: { responsibleStructureId: string }) => a.responsibleStructureId === fx.dppStructureId)).toBe(true);
  });
});

describe('charts', () => {
  it('gives the ECharts option and the same chart as SVG', async () => {
    const json = await dc.get(url('/head/charts/programme-achievement.json?year=2024&quarter=1'));
    expect(json.statusCode).toBe(200);
    const { option } = json.json();
    expect(option.xAxis.data).toEqual(['017', '018', '159']);
    expect(option.series[1].data).toEqual([83.8, 83.9, 85.4]);
    const svg = await dc.get(url('/head/charts/programme-achievement.svg?year=2024&quarter=1&width=640&height=360'));
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toMatch(/^<svg[^>]*width="640"/);
    expect(svg.body).toContain('Taux d’atteinte des cibles par programme');
    const unknown = await dc.get(url('/head/charts/pie.json'));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().fields[0].field).toBe('chartId');
  });
});

describe('oversight', () => {
  it('shows the overseen administrations side by side, read-only', async () => {
    const tutelle = await ctx.login('tutelle@suivi.demo.bj');
    const res = await tutelle.get(`/api/administrations/${fx.oversight}/dashboards/oversight`);
    expect(res.statusCode).toBe(200);
    const byCode = Object.fromEntries(res.json().administrations.map((a: { code: string }) => [a.code, a]));
    expect(Object.keys(byCode).sort()).toEqual(['MIT', 'MZG']);
    expect(byCode.MIT).toMatchObject({
      period: { year: 2024, quarter: 1 },
      indicators: { indicatorCount: 17 },
      reporting: { completeness: 100 },
    });
    expect(byCode.MZG).toMatchObject({ period: { year: 2024, quarter: 2 }, indicators: { indicatorCount: 3 } });
    // each programme's achievement and execution, the same numbers as the administration's own dashboard
    const own = (await dc.get(url('/head'))).json();
    expect(byCode.MIT.programmes.map((p: { code: string }) => p.code)).toEqual(['017', '018', '159']);
    expect(byCode.MIT.programmes[0]).toMatchObject({
      indicatorCount: 6,
      achievementRate: own.programmes[0].summary.achievementRate,
      physicalRate: own.programmes[0].execution.physicalRate,
      spendingRate: own.programmes[0].execution.spendingRate,
    });
    // and drills down into one of them
    expect((await tutelle.get(url(`/programmes/${fx.programmeId}`))).statusCode).toBe(200);
    // an administration that oversees nobody has an empty view
    expect((await dc.get(url('/oversight'))).json()).toEqual({ administrations: [] });
  });
});

describe('my structures', () => {
  it('lists the structures of the posts held today, the one headed first', async () => {
    const head = await ctx.login('dpp@mit.demo.bj');
    const res = await head.get(url('/my-structures'));
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ id: fx.dppStructureId, isHead: true });
    const focal = (await (await ctx.login('suivi@mit.demo.bj')).get(url('/my-structures'))).json();
    expect(focal.items.some((s: { isFocalPoint: boolean }) => s.isFocalPoint)).toBe(true);
    // in another administration, the same person holds nothing
    const tutelle = await ctx.login('tutelle@suivi.demo.bj');
    expect((await tutelle.get(url('/my-structures'))).json()).toEqual({ items: [] });
    // signed out: refused; the mayor of another administration: nothing of this one
    expect((await ctx.app.inject({ method: 'GET', url: url('/my-structures') })).statusCode).toBe(401);
    expect([403, 404]).toContain((await (await ctx.login('maire@mairie.demo.bj')).get(url('/my-structures'))).statusCode);
  });
});
