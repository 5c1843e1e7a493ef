// The quarterly journey: the DPP's focal point enters and submits Q2 values, the head of the DPP rejects
// one with a reason, it is corrected, reviewed and validated by the SG; the dashboard's status changes.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { loadResultsFixtures, type ResultsFixtures } from '../../test/results.fixtures.js';

const ctx = await createTestApp();
let fx: ResultsFixtures;
let focal: TestAgent; // suivi@mit.demo.bj, focal point of the DPP (and of the M&E unit)
let head: TestAgent; // dpp@mit.demo.bj, head of the DPP
let sg: TestAgent;
let url: (path: string) => string;

beforeAll(async () => {
  fx = await loadResultsFixtures(ctx.db);
  [focal, head, sg] = await Promise.all([ctx.login('suivi@mit.demo.bj'), ctx.login('dpp@mit.demo.bj'), ctx.login('sg@mit.demo.bj')]);
  url = (path) => `/api/administrations/${fx.mit}${path}`;
});

async function statusOnDashboard(agent: TestAgent, code: string) {
  const res = await agent.get(url(`/dashboards/programmes/${await fx.programme(code.slice(4, 7))}?year=2024&quarter=2`));
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json() as { actions: { indicators: { code: string; current: { status: string; rate: number | null } }[] }[] };
  return body.actions.flatMap((a) => a.indicators).find((i) => i.code === code)!.current;
}

describe('the quarterly measurement journey', () => {
  it('goes from entry to validation through a rejection, and the dashboard follows', async () => {
    // Q1 2024: 17 % against a target of 20 → on track; Q2 missing so far
    expect(await statusOnDashboard(sg, 'IND-159-01')).toMatchObject({ status: 'on_track', rate: 85 });

    const entries = [
      { code: 'IND-017-05', value: 5, comment: '' },
      { code: 'IND-018-04', value: 66, comment: '' },
      { code: 'IND-159-01', value: 40, comment: 'Chiffre provisoire' },
    ];
    const ids: Record<string, string> = {};
    for (const e of entries) {
      const res = await focal.post(url('/measurements'), {
        indicatorId: await fx.indicator(e.code),
        year: 2024,
        quarter: 2,
        value: e.value,
        comment: e.comment,
        evidenceText: 'Rapport trimestriel T2 2024',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'draft', isLocked: false, enteredBy: { fullName: 'Mahougnon Sossa' } });
      ids[e.code] = res.json().id;
      const submitted = await focal.post(url(`/measurements/${ids[e.code]}/submit`));
      expect(submitted.statusCode, submitted.body).toBe(200);
      expect(submitted.json().status).toBe('submitted');
    }

    // the head of the DPP sees the three values awaiting review and rejects one with a reason
    const awaiting = await head.get(url('/measurements?awaiting=review'));
    expect(
      awaiting
        .json()
        .items.map((m: { indicatorCode: string }) => m.indicatorCode)
        .sort(),
    ).toEqual(['IND-017-05', 'IND-018-04', 'IND-159-01']);
    const rejected = await head.post(url(`/measurements/${ids['IND-159-01']}/reject`), {
      reason: 'Le rapport du T2 donne 46 %, pas 40 %.',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      rejectionStep: 'review',
      rejectionReason: 'Le rapport du T2 donne 46 %, pas 40 %.',
    });

    // the focal point corrects it and submits it again
    const corrected = await focal.patch(url(`/measurements/${ids['IND-159-01']}`), {
      value: 46,
      comment: 'Corrigé d’après le rapport du T2',
    });
    expect(corrected.json()).toMatchObject({ status: 'draft', value: 46 });
    expect((await focal.post(url(`/measurements/${ids['IND-159-01']}/submit`))).json().status).toBe('submitted');

    // first step: the head reviews the three
    for (const id of Object.values(ids)) {
      const reviewed = await head.post(url(`/measurements/${id}/review`));
      expect(reviewed.statusCode, reviewed.body).toBe(200);
      expect(reviewed.json()).toMatchObject({ status: 'reviewed', reviewedBy: { fullName: 'Bachirou Soumanou' } });
    }

    // the focal point is also in the M&E unit, but may not validate what they entered
    const own = await focal.post(url(`/measurements/${ids['IND-159-01']}/validate`));
    expect(own.statusCode).toBe(403);
    expect(own.json()).toMatchObject({ code: 'separation_of_duties', fields: [{ field: 'enteredBy' }] });
    // nor may the head, who reviewed (and is not in the M&E unit)
    expect((await head.post(url(`/measurements/${ids['IND-159-01']}/validate`))).statusCode).toBe(403);

    // second step: the SG validates; the period is locked
    for (const id of Object.values(ids)) {
      const validated = await sg.post(url(`/measurements/${id}/validate`));
      expect(validated.statusCode, validated.body).toBe(200);
      expect(validated.json()).toMatchObject({ status: 'validated', isLocked: true, isOnTime: false });
    }

    // 46 % against a Q2 target of 45 %: reached
    expect(await statusOnDashboard(sg, 'IND-159-01')).toMatchObject({ status: 'reached', rate: 102.2 });

    // every step is in the history of the measurement
    const history = await sg.get(url(`/audit?entityType=measurement&entityId=${ids['IND-159-01']}`));
    expect(
      history
        .json()
        .items.map((e: { action: string }) => e.action)
        .reverse(),
    ).toEqual([
      'measurement.enter',
      'measurement.submit',
      'measurement.reject',
      'measurement.update',
      'measurement.submit',
      'measurement.review',
      'measurement.validate',
    ]);
  });

  it('reopens a validated period with a reason, back to draft', async () => {
    const res = await sg.post(url(`/measurements/${fx.validatedMeasurementId}/reopen`), { reason: 'Erreur de saisie signalée par la DPP' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'draft', isLocked: false, reopenReason: 'Erreur de saisie signalée par la DPP' });
    const history = await sg.get(url(`/audit?entityType=measurement&entityId=${fx.validatedMeasurementId}`));
    expect(history.json().items[0]).toMatchObject({
      action: 'measurement.reopen',
      before: { status: 'validated' },
      after: { status: 'draft' },
    });
    // without a reason: refused, naming the field
    const again = await sg.post(url(`/measurements/${fx.validatedMeasurementId}/reopen`), {});
    expect(again.statusCode).toBe(400);
    expect(again.json().fields[0].field).toBe('reason');
  });

  it('lets a validator reject a reviewed value at the second step', async () => {
    const indicatorId = await fx.indicator('IND-017-01');
    const entered = await focal.post(url('/measurements'), { indicatorId, year: 2024, quarter: 2, value: 20.9 });
    const id = entered.json().id as string;
    await focal.post(url(`/measurements/${id}/submit`));
    await head.post(url(`/measurements/${id}/review`));
    const res = await sg.post(url(`/measurements/${id}/reject`), { reason: 'Source non jointe' });
    expect(res.json()).toMatchObject({ status: 'rejected', rejectionStep: 'validation', reviewedBy: null });
  });
});
