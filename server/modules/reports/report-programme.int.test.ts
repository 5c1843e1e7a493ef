// Programme reports: the RAP and the dialogue de gestion report are about one budget programme of the
// administration (required, refused for the other kinds, another administration's is not found), hold only that
// programme's results, and the dialogue shows N-1 and Q1 of N as the results API does, with the corrective
// actions of the programme's dialogues as the generating user may see them. A generation is finalised once.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../platform/jobs/clock.js';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { hasPdfToText, pdfText } from '../../test/documents.js';
import { loadOrgIds, type OrgIds } from '../../test/org.js';
import { loadResultsFixtures, type ResultsFixtures } from '../../test/results.fixtures.js';
import { formatRate } from './report-document.js';
import type { ProgrammeScope } from './report-programme.js';

const clock = createManualClock('2026-11-23T09:00:00Z');
const ctx = await createTestApp({}, { clock });
let fx: ResultsFixtures;
let mit: OrgIds;
let dc: TestAgent;
let sg: TestAgent;
const url = (p = '') => `/api/administrations/${fx.mit}/reports${p}`;
const text = (pdf: Buffer) => pdfText(pdf).replace(/[\u00a0\u202f]/g, ' ');
const rate = (n: number | null) => formatRate(n).replace(/\u00a0/g, ' ');

type Line = { code: string; current: { value: number | null; target: number | null; rate: number | null; status: string } };
type ProgrammeDashboard = { summary: { achievementRate: number | null }; indicators: Line[]; actions: { indicators: Line[] }[] };
const programmeLines = async (programmeId: string, year: number, quarter: number) => {
  const res = await dc.get(`/api/administrations/${fx.mit}/dashboards/programmes/${programmeId}?year=${year}&quarter=${quarter}`);
  expect(res.statusCode).toBe(200);
  const d = res.json() as ProgrammeDashboard;
  const lines = [...d.indicators, ...d.actions.flatMap((a) => a.indicators)].sort((a, b) => a.code.localeCompare(b.code, 'fr'));
  return { summary: d.summary, lines };
};
const countRows = async (table: 'reports' | 'report_versions') =>
  Number((await ctx.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`)).rows[0]!.n);

async function generate(agent: TestAgent, body: object) {
  const res = await agent.post(url(), body);
  expect(res.statusCode, res.body).toBe(202);
  await ctx.app.jobs.runOnce();
  const report = (await agent.get(url(`/${res.json().id}`))).json();
  expect(report.latestRun, JSON.stringify(report.latestRun)).toMatchObject({ status: 'done', finalisedVersion: null });
  const snapshot = (
    await ctx.db.execute<{ snapshot: { title: string; programmeScope?: ProgrammeScope; dashboard: { programmes: { code: string }[] } } }>(
      sql`SELECT snapshot FROM report_runs WHERE id = ${report.latestRun.id}`,
    )
  ).rows[0]!.snapshot;
  const pdf = (await agent.get(url(`/${report.id}/file.pdf`))).rawPayload;
  return { report, snapshot, pdf };
}

beforeAll(async () => {
  fx = await loadResultsFixtures(ctx.db);
  mit = await loadOrgIds(ctx.db, 'MIT');
  dc = await ctx.login('dc@mit.demo.bj');
  sg = await ctx.login('sg@mit.demo.bj');
});

describe('the programme of a report', () => {
  it('is required for the programme kinds and refused for the others, naming the field, in the user’s language', async () => {
    const before = await countRows('reports');
    const missing = await dc.post(url(), { kind: 'programme_annual_performance', year: 2023 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'validation_failed' });
    expect(JSON.stringify(missing.json())).toContain('programmeId');
    expect(JSON.stringify(missing.json())).toContain('Choisissez le programme budgétaire');
    const dac = await ctx.login('dac@mit.demo.bj');
    expect((await dac.put('/api/auth/me/preferences', { locale: 'en' })).statusCode).toBe(200);
    const english = await dac.post(url(), { kind: 'management_dialogue', year: 2024 });
    expect(english.statusCode).toBe(400);
    expect(JSON.stringify(english.json())).toContain('Choose the budget programme');
    const refused = await dc.post(url(), { kind: 'cabinet_quarterly', year: 2024, quarter: 1, programmeId: fx.programmeId });
    expect(refused.statusCode).toBe(400);
    expect(JSON.stringify(refused.json())).toContain('programmeId');
    expect((await dc.post(url(), { kind: 'management_dialogue', year: 2024, programmeId: 'x' })).statusCode).toBe(400);
    expect(await countRows('reports')).toBe(before);
  });

  it('must be a programme of the administration: another one’s is not found and nothing is written', async () => {
    const before = await countRows('reports');
    const res = await dc.post(url(), { kind: 'programme_annual_performance', year: 2023, programmeId: fx.mzgProgrammeId });
    expect(res.statusCode).toBe(404);
    expect((await dc.post(url(), { kind: 'management_dialogue', year: 2024, programmeId: crypto.randomUUID() })).statusCode).toBe(404);
    expect(await countRows('reports')).toBe(before);
  });
});

describe.skipIf(!hasPdfToText)('the annual performance report of a programme', () => {
  it('holds only that programme’s indicators, and names it on its cover and in the lists', async () => {
    const programmes = (await dc.get(`/api/administrations/${fx.mit}/planning/programmes`)).json().items as {
      id: string;
      code: string;
      title: string;
    }[];
    const p017 = programmes.find((p) => p.code === '017')!;
    const others = programmes.filter((p) => p.code !== '017');
    expect(others.length).toBeGreaterThan(0);
    const { report, snapshot, pdf } = await generate(dc, { kind: 'programme_annual_performance', year: 2023, programmeId: p017.id });
    expect(report.programme).toEqual({ id: p017.id, code: '017', title: p017.title });

    const own = await programmeLines(p017.id, 2023, 4);
    expect(own.lines.length).toBeGreaterThan(0);
    expect(snapshot.programmeScope!.indicators.map((l) => l.code)).toEqual(own.lines.map((l) => l.code));
    expect(snapshot.dashboard.programmes.map((p) => p.code)).toEqual(['017']);
    const content = text(pdf);
    expect(snapshot.title).toBe(`Rapport annuel de performance — Programme 017 ${p017.title}`);
    expect(content).toContain('Rapport annuel de performance — Programme 017');
    for (const l of own.lines) expect(content).toContain(l.code);
    for (const other of others) {
      for (const l of (await programmeLines(other.id, 2023, 4)).lines) {
        expect(content).not.toContain(l.code);
        expect(snapshot.programmeScope!.indicators.map((i) => i.code)).not.toContain(l.code);
      }
    }
    const drafts = (await dc.get(url())).json() as { id: string; programme: { code: string } | null }[];
    expect(drafts.find((d) => d.id === report.id)!.programme).toMatchObject({ code: '017' });
  }, 120_000);
});

describe.skipIf(!hasPdfToText)('the dialogue de gestion report', () => {
  let reservedText: string;

  beforeAll(async () => {
    // an operational dialogue de gestion of programme 017 in 2024 decided three corrective actions
    const meeting = await dc.post(`/api/administrations/${fx.mit}/meetings`, {
      kind: 'operational_dialogue',
      title: 'Dialogue de gestion du programme 017 (T1 2024)',
      date: '2024-02-15',
      programmeId: fx.programmeId,
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    reservedText = 'Renégocier en toute discrétion le marché du lot 3';
    const decisions = await dc.post(`/api/administrations/${fx.mit}/meetings/${meeting.json().id}/decisions`, {
      decisions: [
        {
          text: 'Relancer la saisie des valeurs du T4 par les points focaux',
          lead: { structureId: mit.structure('DTT') },
          dueDate: '2024-03-31',
        },
        {
          kind: 'recommendation',
          sourceDocument: 'Revue de performance 2023',
          text: 'Réviser les cibles de l’indicateur de linéaire de routes',
          lead: { structureId: mit.structure('DAF') },
          dueDate: '2027-06-30',
        },
        { text: reservedText, lead: { structureId: mit.structure('DTT') }, dueDate: '2024-06-30', confidentiality: 'reserved' },
      ],
    });
    expect(decisions.statusCode, decisions.body).toBe(201);
    // the recommendation is under way
    const recommendation = decisions.json().items[1].id as string;
    await ctx.db.execute(sql`UPDATE directives SET status = 'in_progress', progress = 40 WHERE id = ${recommendation}`);
    // a CODIR's directive is not a corrective action of the programme
    const codir = await dc.post(`/api/administrations/${fx.mit}/meetings`, {
      kind: 'management_committee',
      title: 'CODIR',
      date: '2024-02-20',
    });
    await dc.post(`/api/administrations/${fx.mit}/meetings/${codir.json().id}/decisions`, {
      decisions: [
        { text: 'Préparer la visite du chantier de Bohicon', lead: { structureId: mit.structure('DTT') }, dueDate: '2024-04-30' },
      ],
    });
  });

  it('shows the past year and the current year’s first quarter as the results API computes them', async () => {
    const { snapshot, pdf } = await generate(dc, { kind: 'management_dialogue', year: 2024, programmeId: fx.programmeId });
    const scope = snapshot.programmeScope!;
    const past = await programmeLines(fx.programmeId, 2023, 4);
    const q1 = await programmeLines(fx.programmeId, 2024, 1);
    const figures = (l: Line) => ({
      code: l.code,
      value: l.current.value,
      target: l.current.target,
      rate: l.current.rate,
      status: l.current.status,
    });
    expect(scope.pastYear!.period).toEqual({ year: 2023, quarter: 4 });
    expect(
      scope.pastYear!.indicators.map(({ code, value, target, rate: r, status }) => ({ code, value, target, rate: r, status })),
    ).toEqual(past.lines.map(figures));
    expect(scope.indicators.map(({ code, value, target, rate: r, status }) => ({ code, value, target, rate: r, status }))).toEqual(
      q1.lines.map(figures),
    );
    // the two periods differ, so the test tells them apart
    expect(past.lines.map((l) => l.current.rate)).not.toEqual(q1.lines.map((l) => l.current.rate));
    expect(scope.pastYear!.dashboard.programmes[0]!.summary.achievementRate).toBe(past.summary.achievementRate);

    const content = text(pdf);
    expect(content).toContain('Année 2023 et premier trimestre 2024');
    expect(content).toContain('Performance de l’année 2023');
    expect(content).toContain('Premier trimestre 2024 (T1 2024)');
    const start = content.indexOf('Performance de l’année 2023');
    const results = content.slice(start, content.indexOf('. Exécution du plan de travail', start));
    const [pastPart, q1Part] = results.split('Premier trimestre 2024 (T1 2024)') as [string, string];
    expect(pastPart).toContain(rate(past.summary.achievementRate));
    expect(q1Part).toContain(rate(q1.summary.achievementRate));
    for (const l of past.lines.filter((x) => x.current.rate !== null)) expect(pastPart).toContain(rate(l.current.rate));
  }, 120_000);

  it('lists the corrective actions of the programme’s dialogues with their status, lead, due date and delay', async () => {
    const { snapshot, pdf } = await generate(dc, { kind: 'management_dialogue', year: 2024, programmeId: fx.programmeId });
    const items = snapshot.programmeScope!.correctiveActions!.items;
    expect(items.map((i) => i.text)).toEqual([
      'Relancer la saisie des valeurs du T4 par les points focaux',
      reservedText,
      'Réviser les cibles de l’indicateur de linéaire de routes',
    ]);
    expect(items[0]).toMatchObject({ status: 'not_started', isOverdue: true, dueDate: '2024-03-31' });
    expect(items[2]).toMatchObject({ kind: 'recommendation', status: 'in_progress', progress: 40, isOverdue: false });
    const content = text(pdf);
    expect(content).toContain('Actions correctives et leur état');
    expect(content).toContain('Relancer la saisie des valeurs');
    expect(content).toContain('31/03/2024');
    expect(content).toMatch(/D-2024-0001 +Relancer la saisie/);
    expect(content).toMatch(/Non démarrée,/);
    expect(content).toMatch(/en retard \(\d+ j\)/);
    expect(content).toContain('En cours');
    expect(content).not.toContain('Préparer la visite du chantier');
  }, 120_000);

  it('never shows a reserved corrective action to a user who may not see it', async () => {
    const { snapshot, pdf } = await generate(sg, { kind: 'management_dialogue', year: 2024, programmeId: fx.programmeId });
    const items = snapshot.programmeScope!.correctiveActions!.items;
    expect(items).toHaveLength(2);
    expect(items.map((i) => i.text)).not.toContain(reservedText);
    expect(text(pdf)).not.toContain('Renégocier');
  }, 120_000);
});

describe.skipIf(!hasPdfToText)('finalising', () => {
  it('freezes a generation once: a second click is refused (409) and makes no second version', async () => {
    const { report } = await generate(dc, { kind: 'programme_annual_performance', year: 2024, programmeId: fx.programmeId });
    const first = await dc.post(url(`/${report.id}/finalise`));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ version: 1, programme: { code: '017' } });
    expect(first.json().title).toContain('Programme 017');
    const versionsBefore = await countRows('report_versions');
    const again = await dc.post(url(`/${report.id}/finalise`));
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('déjà été finalisée (version 1)');
    expect(await countRows('report_versions')).toBe(versionsBefore);
    const draft = (await dc.get(url(`/${report.id}`))).json();
    expect(draft.latestRun.finalisedVersion).toBe(1);
    expect(draft.versions.map((v: { version: number }) => v.version)).toEqual([1]);
    // regenerated, the draft can be finalised again
    expect((await dc.post(url(`/${report.id}/runs`))).statusCode).toBe(202);
    await ctx.app.jobs.runOnce();
    const second = await dc.post(url(`/${report.id}/finalise`));
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().version).toBe(2);
    const finalised = (await dc.get(url('/finalised'))).json() as { reportId: string; programme: { code: string } | null }[];
    expect(finalised.filter((v) => v.reportId === report.id).map((v) => v.programme?.code)).toEqual(['017', '017']);
  }, 120_000);
});
