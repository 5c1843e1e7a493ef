// The planning side of the results chain through its routes: create, read, change, delete, with history.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { loadResultsFixtures, type ResultsFixtures } from '../../test/results.fixtures.js';
import { listActivitiesWithProgress, loadExecutionTotals } from './activities.service.js';
import { sumTotals, totalsOfActivity } from './execution.js';

const ctx = await createTestApp();
let fx: ResultsFixtures;
let dc: TestAgent;
let url: (path: string) => string;

beforeAll(async () => {
  fx = await loadResultsFixtures(ctx.db);
  dc = await ctx.login('dc@mit.demo.bj');
  url = (path) => `/api/administrations/${fx.mit}/planning${path}`;
});

describe('strategic plan chain', () => {
  it('reads the demo plan with its axes, objectives and expected results in order', async () => {
    const res = await dc.get(url(`/strategic-plans/${fx.planId}`));
    expect(res.statusCode).toBe(200);
    const plan = res.json();
    expect(plan).toMatchObject({ startYear: 2023, endYear: 2025, referencePlan: expect.stringContaining('PAG') });
    expect(plan.axes.map((a: { code: string }) => a.code)).toEqual(['A1', 'A2', 'A3']);
    expect(plan.axes[0].objectives[0].results.map((r: { code: string }) => r.code)).toEqual(['R1.1.1', 'R1.1.2']);
  });

  it('builds and dismantles a plan, refusing to delete a parent with children', async () => {
    const plan = (
      await dc.post(url('/strategic-plans'), { title: 'Plan 2026-2028', startYear: 2026, endYear: 2028, referencePlan: 'PAG' })
    ).json();
    const axis = await dc.post(url(`/strategic-plans/${plan.id}/axes`), { code: 'A1', title: 'Axe un' });
    expect(axis.statusCode).toBe(201);
    const duplicate = await dc.post(url(`/strategic-plans/${plan.id}/axes`), { code: 'a1', title: 'Axe bis' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'duplicate', fields: [{ field: 'code' }] });
    const objective = (await dc.post(url(`/axes/${axis.json().id}/objectives`), { code: 'OS1', title: 'Objectif' })).json();
    const result = (await dc.post(url(`/objectives/${objective.id}/results`), { code: 'R1', title: 'Résultat' })).json();
    expect((await dc.patch(url(`/expected-results/${result.id}`), { title: 'Résultat reformulé' })).json().title).toBe(
      'Résultat reformulé',
    );
    const refused = await dc.delete(url(`/strategic-plans/${plan.id}`));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('has_dependents');
    expect((await dc.patch(url(`/strategic-plans/${plan.id}`), { endYear: 2020 })).json()).toMatchObject({
      fields: [{ field: 'endYear' }],
    });
    for (const path of [
      `/expected-results/${result.id}`,
      `/objectives/${objective.id}`,
      `/axes/${axis.json().id}`,
      `/strategic-plans/${plan.id}`,
    ])
      expect((await dc.delete(url(path))).statusCode).toBe(200);
    const history = await dc.get(`/api/administrations/${fx.mit}/audit?entityType=strategic_plan&entityId=${plan.id}`);
    expect(history.json().items.map((e: { action: string }) => e.action)).toEqual(['strategic_plan.delete', 'strategic_plan.create']);
  });
});

describe('programmes and actions', () => {
  it('lists the programmes of seed 004 with their managers and actions', async () => {
    const items = (await dc.get(url('/programmes'))).json().items;
    expect(items.map((p: { code: string; kind: string }) => [p.code, p.kind])).toEqual([
      ['017', 'operational'],
      ['018', 'operational'],
      ['159', 'support'],
    ]);
    expect(items[2].manager).toMatchObject({ title: expect.stringContaining('Secrétaire général'), holderName: expect.any(String) });
    expect(items[1].actions).toHaveLength(3);
  });

  it('creates, changes and deletes a programme and its action', async () => {
    const programme = await dc.post(url('/programmes'), { code: '160', title: 'Programme pilote', kind: 'operational' });
    expect(programme.statusCode).toBe(201);
    const id = programme.json().id;
    expect((await dc.post(url('/programmes'), { code: '160', title: 'Doublon', kind: 'support' })).json()).toMatchObject({
      code: 'duplicate',
      fields: [{ field: 'code' }],
    });
    const foreignPost = await dc.patch(url(`/programmes/${id}`), { managerPostId: crypto.randomUUID() });
    expect(foreignPost.json()).toMatchObject({ fields: [{ field: 'managerPostId' }] });
    const action = (await dc.post(url(`/programmes/${id}/actions`), { code: '01', title: 'Action pilote' })).json();
    expect((await dc.get(url(`/programmes/${id}`))).json().actions[0]).toMatchObject({ code: '01', activityCount: 0 });
    expect((await dc.delete(url(`/programmes/${id}`))).statusCode).toBe(409);
    expect((await dc.delete(url(`/actions/${action.id}`))).statusCode).toBe(200);
    expect((await dc.delete(url(`/programmes/${id}`))).statusCode).toBe(200);
  });

  it('keeps a programme its indicators measure', async () => {
    const res = await dc.delete(url(`/actions/${fx.actionId}`));
    expect(res.statusCode).toBe(409);
  });
});

describe('operational plans and activities', () => {
  it('lists plans with their activities and budget', async () => {
    const items = (await dc.get(url('/operational-plans'))).json().items;
    expect(items.map((p: { year: number }) => p.year)).toEqual([2024, 2023]);
    expect(items[0]).toMatchObject({ activityCount: 13, budgetAllotted: 804_300_000 });
    expect((await dc.post(url('/operational-plans'), { year: 2024, title: 'Doublon' })).json()).toMatchObject({
      fields: [{ field: 'year' }],
    });
  });

  it('filters, sorts and pages activities with their state at a quarter', async () => {
    const page = (
      await dc.get(url(`/activities?year=2023&programmeId=${fx.programmeId}&sort=budget&order=desc&limit=2&asOfQuarter=2`))
    ).json();
    expect(page.total).toBe(4);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toMatchObject({
      code: 'A017-02-1',
      programmeCode: '017',
      budgetAllotted: 120_000_000,
      state: { asOfQuarter: 2, expectedProgress: 50 },
    });
    const byProgress = (await dc.get(url('/activities?year=2023&sort=progress&order=asc&asOfQuarter=4'))).json().items;
    const progress = byProgress.map((a: { state: { physicalProgress: number } }) => a.state.physicalProgress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const search = (await dc.get(url('/activities?q=pensions'))).json();
    expect(search.items.every((a: { title: string }) => a.title.includes('pensions'))).toBe(true);
  });

  it('creates an activity, reports its progress each quarter, and deletes it', async () => {
    const body = {
      operationalPlanId: fx.operationalPlanId,
      actionId: fx.actionId,
      code: 'A017-01-9',
      title: 'Caravane de sensibilisation',
      responsibleStructureId: fx.dppStructureId,
      quarters: [3, 2],
      weight: 2,
      budgetAllotted: 10_000_000,
    };
    const created = await dc.post(url('/activities'), body);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ quarters: [2, 3], state: { physicalProgress: 0, reportedQuarter: null } });
    const focal = await ctx.login('suivi@mit.demo.bj'); // a focal point of the responsible structure may report
    const q2 = await focal.put(url(`/activities/${id}/progress/2`), {
      physicalProgress: 40,
      budgetCommitted: 6_000_000,
      budgetSpent: 2_500_000,
    });
    expect(q2.statusCode, q2.body).toBe(200);
    expect(q2.json().state).toMatchObject({
      asOfQuarter: 2,
      physicalProgress: 40,
      expectedProgress: 50,
      spendingRate: 25,
      reportedQuarter: 2,
    });
    const director = await ctx.login('directeur@mit.demo.bj'); // heads another structure
    expect((await director.put(url(`/activities/${id}/progress/3`), { physicalProgress: 90 })).statusCode).toBe(403);
    expect((await dc.post(url('/activities'), { ...body, code: 'a017-01-9' })).json()).toMatchObject({ fields: [{ field: 'code' }] });
    expect((await dc.post(url('/activities'), { ...body, code: 'Z', actionId: crypto.randomUUID() })).json()).toMatchObject({
      fields: [{ field: 'actionId' }],
    });
    expect((await dc.delete(url(`/activities/${id}`))).statusCode).toBe(200);
    const history = await dc.get(`/api/administrations/${fx.mit}/audit?entityType=activity&entityId=${id}`);
    expect(history.json().items.map((e: { action: string }) => e.action)).toEqual([
      'activity.delete',
      'activity.progress',
      'activity.create',
    ]);
  });

  it('sums execution in SQL exactly as execution.ts does', async () => {
    for (const quarter of [1, 2, 4]) {
      const rows = await loadExecutionTotals(ctx.db, fx.mit, { years: [2023], quarter, groupBy: 'action' });
      const activities = await listActivitiesWithProgress(ctx.db, fx.mit, { year: 2023 });
      for (const row of rows) {
        const expected = sumTotals(
          activities
            .filter((a) => a.activity.actionId === row.groupId)
            .map((a) => totalsOfActivity({ ...a.activity, progress: a.progress }, quarter)),
        );
        for (const [key, value] of Object.entries(expected)) expect(row.totals[key as keyof typeof expected]).toBeCloseTo(value, 6);
      }
    }
  });
});
