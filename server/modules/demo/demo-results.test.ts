import { describe, expect, it } from 'vitest';
import { demoAdministrations } from './demo-data.js';
import { demoResults } from './demo-results.js';

describe.each(demoResults.map((r) => [r.administrationCode, r] as const))('demo results of %s', (code, results) => {
  const admin = demoAdministrations.find((a) => a.code === code)!;
  const structureKeys = new Set(admin.structures.map((s) => s.key));
  const actionKeys = new Set(results.programmes.flatMap((p) => p.actions.map((a) => `${p.code}/${a.code}`)));
  const resultCodes = new Set(results.axes.flatMap((a) => a.objectives.flatMap((o) => o.results.map((r) => r.code))));

  it('refers to structures, posts, actions and expected results that exist', () => {
    expect(structureKeys.has(results.monitoringStructureKey)).toBe(true);
    for (const p of results.programmes)
      expect(
        admin.posts.some((post) => post.key === p.managerPostKey),
        p.managerPostKey,
      ).toBe(true);
    for (const a of results.activities) {
      expect(structureKeys.has(a.structureKey), a.structureKey).toBe(true);
      expect(actionKeys.has(a.action), a.action).toBe(true);
    }
    for (const i of results.indicators) {
      expect(structureKeys.has(i.structureKey), i.structureKey).toBe(true);
      expect(actionKeys.has(i.action), i.action).toBe(true);
      if (i.resultCode) expect(resultCodes.has(i.resultCode), i.resultCode).toBe(true);
    }
  });

  it('has unique codes, values fitting each indicator, and targets over the plan’s years', () => {
    const codes = results.indicators.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const i of results.indicators) {
      for (const [, values] of Object.entries(i.values)) {
        if (i.periodicity === 'annual') expect(typeof values).toBe('number');
        else expect(values).toHaveLength(4);
        const list = typeof values === 'number' ? [values] : values.filter((v): v is number => v !== null);
        if (i.isPercentage) for (const v of list) expect(v >= 0 && v <= 100, `${i.code} ${v}`).toBe(true);
      }
      for (let year = results.plan.startYear; year <= results.plan.endYear; year++)
        expect(i.targets[year], `${i.code} ${year}`).toBeDefined();
    }
  });
});

describe('demo results of the ministry (seed 004)', () => {
  const mit = demoResults.find((r) => r.administrationCode === 'MIT')!;

  it('has programmes 017, 018 and support programme 159, each with 2-3 actions and 5-8 indicators', () => {
    expect(mit.programmes.map((p) => [p.code, p.kind])).toEqual([
      ['017', 'operational'],
      ['018', 'operational'],
      ['159', 'support'],
    ]);
    for (const p of mit.programmes) {
      expect(p.actions.length).toBeGreaterThanOrEqual(2);
      expect(p.actions.length).toBeLessThanOrEqual(3);
      const count = mit.indicators.filter((i) => i.action.startsWith(`${p.code}/`)).length;
      expect(count).toBeGreaterThanOrEqual(5);
      expect(count).toBeLessThanOrEqual(8);
    }
  });

  it('gives the DPP (focal point suivi@, head dpp@) indicators to report on, as the journey needs', () => {
    expect(mit.indicators.filter((i) => i.structureKey === 's-dpp' && i.periodicity === 'quarterly').length).toBeGreaterThanOrEqual(3);
  });
});
