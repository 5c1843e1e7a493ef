// The follow-up figures of the head's dashboard count only what the reader may see: a director does not
// count the reserved and sensitive directives and dossiers the DC sees.
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../platform/jobs/clock.js';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { loadOrgIds } from '../../test/org.js';
import { dossiersUrl, findStructureId, registerDossier } from '../dossiers/dossiers.fixtures.js';
import { periodRange } from './follow-up.service.js';

const clock = createManualClock('2026-11-23T09:00:00Z');
const ctx = await createTestApp({}, { clock });
const mit = (await loadOrgIds(ctx.db, 'MIT')).administrationId;
const dc = await ctx.login('dc@mit.demo.bj');
const director = await ctx.login('directeur@mit.demo.bj');
const secretariat = await ctx.login('secretariat@mit.demo.bj');
const figuresUrl = (query = '?year=2026&quarter=4') => `/api/administrations/${mit}/dashboards/head/follow-up${query}`;

type Figures = {
  period: { year: number; quarter: number };
  directives: { total: number; overdue: number; completionRate: number | null; oldestOverdueDays: number | null } | null;
  dossiers: {
    open: number;
    awaitingDecision: number;
    late: number;
    receivedInPeriod: number;
    steps: { status: string; count: number }[];
  } | null;
  briefings: { missing: number } | null;
};
const figuresOf = async (agent: TestAgent, query?: string) => {
  const res = await agent.get(figuresUrl(query));
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Figures;
};
// the directives list, with the same due dates, is what the person may see
const listedDirectives = async (agent: TestAgent) =>
  (
    (await agent.get(`/api/administrations/${mit}/directives?dueFrom=2026-01-01&dueTo=2026-12-31&pageSize=1`)).json() as {
      total: number;
    }
  ).total;

describe('period range', () => {
  it('runs from 1 January to the last day of the quarter', () => {
    expect(periodRange({ year: 2024, quarter: 1 })).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodRange({ year: 2024, quarter: 2 })).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    expect(periodRange({ year: 2023, quarter: 4 })).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });
});

describe('follow-up figures of the dashboard', () => {
  it('default to the current year up to the current quarter', async () => {
    expect((await figuresOf(dc, '')).period).toEqual({ year: 2026, quarter: 4 });
  });

  it('count the directives each reader may see, no more', async () => {
    const [forDc, forDirector] = [await figuresOf(dc), await figuresOf(director)];
    expect(forDc.directives!.total).toBe(await listedDirectives(dc));
    expect(forDirector.directives!.total).toBe(await listedDirectives(director));
    // the reserved and sensitive directives of the demo are not in the director's count
    expect(forDc.directives!.total).toBeGreaterThan(forDirector.directives!.total);
    expect(forDc.directives!.overdue).toBeGreaterThanOrEqual(forDirector.directives!.overdue);
  });

  it('count the dossiers each reader may see: a reserved or sensitive one stays out of a director’s figures', async () => {
    const [dcBefore, directorBefore] = [await figuresOf(dc), await figuresOf(director)];
    const dtt = await findStructureId(dc, mit, 'DTT');
    const sgm = await findStructureId(dc, mit, 'SGM');
    const assign = async (id: string, structureId: string) => {
      const res = await dc.post(dossiersUrl(mit, `/${id}/assignments`), {
        assignments: [{ structureId, purpose: 'action' }],
        instructions: 'Pour suite',
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    const normal = await registerDossier(secretariat, mit, { confidentiality: 'normal', subject: 'Panneaux de signalisation' });
    const sensitive = await registerDossier(secretariat, mit, { confidentiality: 'sensitive', subject: 'Litige sur un péage' });
    const reserved = await registerDossier(secretariat, mit, { confidentiality: 'reserved', subject: 'Enquête sur un marché' });
    await assign(normal.id, dtt);
    await assign(sensitive.id, sgm);
    // a reserved affair assigned to the SG names the SG, not the director
    await assign(reserved.id, sgm);
    const [dcAfter, directorAfter] = [await figuresOf(dc), await figuresOf(director)];
    expect(dcAfter.dossiers!.open - dcBefore.dossiers!.open).toBe(3);
    expect(dcAfter.dossiers!.receivedInPeriod - dcBefore.dossiers!.receivedInPeriod).toBe(3);
    expect(directorAfter.dossiers!.open - directorBefore.dossiers!.open).toBe(1);
    expect(directorAfter.dossiers!.receivedInPeriod - directorBefore.dossiers!.receivedInPeriod).toBe(1);
    // the time at registration of the three (assigned since) counts as a finished step for the DC only
    const registered = (f: Figures) => f.dossiers!.steps.find((s) => s.status === 'registered')!.count;
    expect(registered(dcAfter) - registered(dcBefore)).toBe(3);
    expect(registered(directorAfter) - registered(directorBefore)).toBe(1);
    // the figures agree with the dossiers' own counts
    const stats = (await director.get(dossiersUrl(mit, '/stats'))).json() as { open: number; late: number };
    expect(directorAfter.dossiers).toMatchObject({ open: stats.open, late: stats.late });
  });

  it('give the missing briefings to those who run the agenda only', async () => {
    expect((await figuresOf(dc)).briefings).toEqual({ missing: expect.any(Number) });
    expect((await figuresOf(director)).briefings).toBeNull();
  });

  it('refuse a bad period and a person without access', async () => {
    const bad = await dc.get(figuresUrl('?year=2026&quarter=5'));
    expect(bad.statusCode).toBe(400);
    const anonymous = await ctx.app.inject({ method: 'GET', url: figuresUrl() });
    expect(anonymous.statusCode).toBe(401);
    // the mayor of another administration gets nothing of this one
    const mayor = await ctx.login('maire@mairie.demo.bj');
    expect([403, 404]).toContain((await mayor.get(figuresUrl())).statusCode);
  });
});
