// An operational dialogue de gestion opens with its programme's indicators behind target at the latest
// quarter with validated values: the same figures as the programme's dashboard, on the page and in the minutes.
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../platform/jobs/clock.js';
import { createTestApp } from '../../test/app.js';
import { docxText } from '../../test/documents.js';
import { loadResultsFixtures } from '../../test/results.fixtures.js';

const clock = createManualClock('2026-11-23T09:00:00Z');
const ctx = await createTestApp({}, { clock });
const fx = await loadResultsFixtures(ctx.db);
const dc = await ctx.login('dc@mit.demo.bj');
const url = (path = '') => `/api/administrations/${fx.mit}/meetings${path}`;

type Line = { id: string; code: string; current: { status: string; rate: number | null; year: number; quarter: number } };
type ProgrammeDashboard = { period: { year: number; quarter: number }; actions: { indicators: Line[] }[]; indicators: Line[] };
type Behind = { period: { year: number; quarter: number }; items: { id: string; code: string; status: string; rate: number | null }[] };

describe('the opening of an operational dialogue de gestion', () => {
  it('lists the programme’s indicators behind or critical, not those reached, as its dashboard computes them', async () => {
    const dashboard = (await dc.get(`/api/administrations/${fx.mit}/dashboards/programmes/${fx.programmeId}`)).json() as ProgrammeDashboard;
    const lines = [...dashboard.indicators, ...dashboard.actions.flatMap((a) => a.indicators)];
    const behind = lines.filter((l) => l.current.status === 'behind' || l.current.status === 'critical');
    const reached = lines.filter((l) => l.current.status === 'reached');
    // the demo programme 017 has both, so the test can tell them apart
    expect(behind.length).toBeGreaterThan(0);
    expect(reached.length).toBeGreaterThan(0);

    const created = await dc.post(url(), {
      kind: 'operational_dialogue',
      title: 'Dialogue de gestion du programme 017',
      date: '2026-12-02',
      programmeId: fx.programmeId,
    });
    expect(created.statusCode, created.body).toBe(201);
    const opening = (created.json() as { indicatorsBehind: Behind }).indicatorsBehind;
    expect(opening.period).toEqual(dashboard.period);
    expect(opening.items.map((i) => i.id).sort()).toEqual(behind.map((l) => l.id).sort());
    for (const r of reached) expect(opening.items.map((i) => i.id)).not.toContain(r.id);
    // critical first, then behind, lowest rate first
    const order = opening.items.map((i) => (i.status === 'critical' ? 0 : 1));
    expect(order).toEqual([...order].sort());
    const first = behind.find((l) => l.id === opening.items[0]!.id)!;
    expect(opening.items[0]).toMatchObject({ code: first.code, status: first.current.status, rate: first.current.rate });

    const docx = await dc.get(url(`/${(created.json() as { id: string }).id}/minutes?format=docx`));
    expect(docx.statusCode).toBe(200);
    const text = docxText(docx.rawPayload);
    expect(text).toContain(`Indicateurs du programme en deçà de la cible (T${opening.period.quarter} ${opening.period.year})`);
    for (const i of opening.items) expect(text).toContain(i.code);
    for (const r of reached) expect(text).not.toContain(r.code);
  });

  it('is not part of other meetings', async () => {
    const codir = await dc.post(url(), { kind: 'management_committee', title: 'CODIR', date: '2026-12-03' });
    expect((codir.json() as { indicatorsBehind: unknown }).indicatorsBehind).toBeNull();
  });
});
