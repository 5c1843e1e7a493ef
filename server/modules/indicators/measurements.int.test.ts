// Bad input on measurements and targets: each gets a clear 4xx naming the field, and nothing changes.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { loadResultsFixtures, type ResultsFixtures } from '../../test/results.fixtures.js';

const ctx = await createTestApp();
let fx: ResultsFixtures;
let focal: TestAgent;
let head: TestAgent;
let dc: TestAgent;
let url: (path: string) => string;

const countRows = async (table: 'measurements' | 'indicator_targets', indicatorId: string) => {
  const { rows } = await ctx.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE indicator_id = ${indicatorId}`,
  );
  return rows[0]!.n;
};

beforeAll(async () => {
  fx = await loadResultsFixtures(ctx.db);
  [focal, head, dc] = await Promise.all([ctx.login('suivi@mit.demo.bj'), ctx.login('dpp@mit.demo.bj'), ctx.login('dc@mit.demo.bj')]);
  url = (path) => `/api/administrations/${fx.mit}${path}`;
});

describe('measurement entry refuses', () => {
  it('a value for a validated (locked) period', async () => {
    const before = await focal.get(url(`/measurements/${fx.validatedMeasurementId}`));
    const res = await focal.post(url('/measurements'), { indicatorId: fx.indicatorId, year: 2024, quarter: 1, value: 9 });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'period_locked', fields: [{ field: 'quarter' }] });
    expect(res.json().message).toContain('T1 2024');
    expect((await focal.get(url(`/measurements/${fx.validatedMeasurementId}`))).json()).toEqual(before.json());
  });

  it('a percentage of 140', async () => {
    const indicatorId = await fx.indicator('IND-018-04');
    const count = await countRows('measurements', indicatorId);
    const res = await focal.post(url('/measurements'), { indicatorId, year: 2024, quarter: 2, value: 140 });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', fields: [{ field: 'value' }] });
    expect(res.json().message).toBe('Un pourcentage est compris entre 0 et 100 (valeur saisie : 140).');
    expect(await countRows('measurements', indicatorId)).toBe(count);
  });

  it('a value that is not a number', async () => {
    for (const value of ['abc', '12', null]) {
      const res = await focal.post(url('/measurements'), { indicatorId: fx.indicatorId, year: 2024, quarter: 2, value });
      expect(res.statusCode).toBe(400);
      expect(res.json().fields.map((f: { field: string }) => f.field)).toEqual(['value']);
    }
    expect(await countRows('measurements', fx.indicatorId)).toBe(5);
  });

  it('a value below the indicator’s minimum, a period that has not begun, a quarter for an annual indicator', async () => {
    const negative = await focal.post(url('/measurements'), { indicatorId: fx.indicatorId, year: 2024, quarter: 2, value: -1 });
    expect(negative.json()).toMatchObject({ fields: [{ field: 'value' }] });
    const future = await focal.post(url('/measurements'), { indicatorId: fx.indicatorId, year: 2099, quarter: 1, value: 3 });
    expect(future.json()).toMatchObject({ code: 'validation_failed', fields: [{ field: 'quarter' }] });
    const annual = await focal.post(url('/measurements'), {
      indicatorId: await fx.indicator('IND-017-06'),
      year: 2024,
      quarter: 2,
      value: 60,
    });
    expect(annual.json()).toMatchObject({ fields: [{ field: 'quarter' }] });
    expect(await countRows('measurements', fx.indicatorId)).toBe(5);
  });

  it('an indicator of another administration, and one another structure is responsible for', async () => {
    const other = await focal.post(url('/measurements'), { indicatorId: fx.mzgIndicatorId, year: 2024, quarter: 2, value: 3 });
    expect(other.statusCode).toBe(400);
    expect(other.json()).toMatchObject({ fields: [{ field: 'indicatorId' }] });
    // IND-017-02 is the DTT's: the DPP's focal point does not enter it
    const foreign = await focal.post(url('/measurements'), {
      indicatorId: await fx.indicator('IND-017-02'),
      year: 2024,
      quarter: 2,
      value: 3000,
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().message).toContain('point focal');
  });

  it('a change above the threshold without a comment, at submission', async () => {
    // IND-018-04: 64 % in Q1, 90 % is +41 % (threshold 30 %)
    const entered = await focal.post(url('/measurements'), {
      indicatorId: await fx.indicator('IND-018-04'),
      year: 2024,
      quarter: 2,
      value: 90,
    });
    const id = entered.json().id as string;
    const res = await focal.post(url(`/measurements/${id}/submit`));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ fields: [{ field: 'comment' }] });
    expect((await focal.get(url(`/measurements/${id}`))).json().status).toBe('draft');
    await focal.patch(url(`/measurements/${id}`), { comment: 'Campagne nationale de conciliation au T2' });
    expect((await focal.post(url(`/measurements/${id}/submit`))).json().status).toBe('submitted');
    // submitted: it waits for its verdict and cannot change meanwhile
    const change = await focal.patch(url(`/measurements/${id}`), { value: 80 });
    expect(change.statusCode).toBe(409);
    expect(change.json().code).toBe('invalid_state');
    // a validation before the review is out of order
    const early = await dc.post(url(`/measurements/${id}/validate`));
    expect(early.statusCode).toBe(409);
  });

  it('a review by someone who does not head the responsible structure', async () => {
    const entered = await focal.post(url('/measurements'), {
      indicatorId: await fx.indicator('IND-159-06'),
      year: 2024,
      quarter: 2,
      value: 25, // 20 in Q1: +25 %, within the 40 % threshold
    });
    const id = entered.json().id as string;
    expect((await focal.post(url(`/measurements/${id}/submit`))).statusCode).toBe(200);
    const director = await ctx.login('directeur@mit.demo.bj'); // heads the DTT, not the DPP
    const res = await director.post(url(`/measurements/${id}/review`));
    expect(res.statusCode).toBe(403);
    expect((await head.post(url(`/measurements/${id}/review`))).statusCode).toBe(200);
  });

  it('speaks English to an English-speaking user', async () => {
    await focal.put('/api/auth/me/preferences', { locale: 'en' });
    const res = await focal.post(url('/measurements'), {
      indicatorId: await fx.indicator('IND-018-04'),
      year: 2024,
      quarter: 3,
      value: 140,
    });
    expect(res.json().message).toBe('A percentage lies between 0 and 100 (value entered: 140).');
    await focal.put('/api/auth/me/preferences', { locale: 'fr' });
  });
});

describe('targets refuse', () => {
  it('an indicator of another administration, and write nothing of the batch', async () => {
    const mine = await countRows('indicator_targets', fx.indicatorId);
    const theirs = await countRows('indicator_targets', fx.mzgIndicatorId);
    const res = await dc.put(url('/targets'), {
      items: [
        { indicatorId: fx.indicatorId, year: 2026, quarter: 0, value: 18 },
        { indicatorId: fx.mzgIndicatorId, year: 2026, quarter: 0, value: 99 },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', fields: [{ field: 'items.1.indicatorId' }] });
    expect(await countRows('indicator_targets', fx.indicatorId)).toBe(mine);
    expect(await countRows('indicator_targets', fx.mzgIndicatorId)).toBe(theirs);
  });

  it('a percentage target of 140, a quarter for an annual indicator, a period twice', async () => {
    const percent = await dc.put(url('/targets'), {
      items: [{ indicatorId: await fx.indicator('IND-018-04'), year: 2026, quarter: 0, value: 140 }],
    });
    expect(percent.json()).toMatchObject({ fields: [{ field: 'items.0.value' }] });
    const annual = await dc.put(url('/targets'), {
      items: [{ indicatorId: await fx.indicator('IND-017-06'), year: 2026, quarter: 1, value: 70 }],
    });
    expect(annual.json()).toMatchObject({ fields: [{ field: 'items.0.quarter' }] });
    const twice = await dc.put(url('/targets'), {
      items: [
        { indicatorId: fx.indicatorId, year: 2026, quarter: 1, value: 4 },
        { indicatorId: fx.indicatorId, year: 2026, quarter: 1, value: 5 },
      ],
    });
    expect(twice.json()).toMatchObject({ fields: [{ field: 'items.1.quarter' }] });
  });

  it('are set, replaced and removed in bulk, with their history', async () => {
    const items = [1, 2, 3, 4].map((quarter) => ({ indicatorId: fx.indicatorId, year: 2026, quarter, value: 5 }));
    expect((await dc.put(url('/targets'), { items })).json()).toEqual({ upserted: 4, removed: 0 });
    const res = await dc.put(url('/targets'), {
      items: [
        { ...items[0]!, value: 6 },
        { ...items[1]!, value: null },
      ],
    });
    expect(res.json()).toEqual({ upserted: 1, removed: 1 });
    const detail = (await dc.get(url(`/indicators/${fx.indicatorId}`))).json();
    expect(detail.targets.filter((t: { year: number }) => t.year === 2026)).toEqual([
      { year: 2026, quarter: 1, value: 6 },
      { year: 2026, quarter: 3, value: 5 },
      { year: 2026, quarter: 4, value: 5 },
    ]);
    const history = await dc.get(url(`/audit?entityType=indicator&entityId=${fx.indicatorId}`));
    expect(history.json().items[0].action).toBe('indicator.targets');
  });
});
