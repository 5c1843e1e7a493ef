// Reports from live data: the DC's quarterly report for MIT matches the head dashboard (read back from the PDF
// and from the DOCX through LibreOffice), finalising freezes it, and a period without data says so.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { formatRate, NO_DATA_TEXT } from './report-document.js';
import { processQueuedRuns } from './report-generation.js';
import { sha256 } from './reports.service.js';

const ctx = await createTestApp();
let dc: TestAgent;
let mit: string;
let url: (p?: string) => string;
let programme017: string;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-reports-'));

const hasCommand = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const hasSoffice = hasCommand('soffice');
const hasPdftotext = hasCommand('pdftotext');
if (process.env.CI === 'true' && (!hasSoffice || !hasPdftotext))
  throw new Error('CI=true: soffice and pdftotext (poppler-utils) are required');
if (!hasSoffice)
  process.stderr.write('reports: soffice not found, the DOCX → PDF checks through LibreOffice are SKIPPED (install libreoffice-writer)\n');
if (!hasPdftotext) process.stderr.write('reports: pdftotext not found, the report content checks are SKIPPED (install poppler-utils)\n');

const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[ \t]+/g, ' ');
function pdfText(pdf: Buffer): string {
  const file = path.join(workDir, `${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, pdf);
  return normalise(execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8'));
}
function docxText(docx: Buffer): string {
  const name = Math.random().toString(36).slice(2);
  const file = path.join(workDir, `${name}.docx`);
  fs.writeFileSync(file, docx);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, file], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  fs.rmSync(profile, { recursive: true, force: true });
  return pdfText(fs.readFileSync(path.join(workDir, `${name}.pdf`)));
}

async function generate(agent: TestAgent, body: object) {
  const res = await agent.post(url(), body);
  expect(res.statusCode, res.body).toBe(202);
  const report = res.json();
  expect(report.latestRun).toMatchObject({ status: 'queued', progress: 0 });
  await ctx.app.jobs.runOnce();
  const run = (await agent.get(url(`/${report.id}/runs/${report.latestRun.id}`))).json();
  expect(run, JSON.stringify(run)).toMatchObject({ status: 'done', progress: 100, error: null });
  return report as { id: string; latestRun: { id: string } };
}

async function download(agent: TestAgent, reportId: string, format: 'docx' | 'pdf') {
  const res = await agent.get(url(`/${reportId}/file.${format}`));
  expect(res.statusCode).toBe(200);
  return res.rawPayload;
}

type Dashboard = {
  indicators: { achievementRate: number | null; indicatorCount: number };
  programmes: {
    code: string;
    summary: { achievementRate: number | null };
    execution: { physicalRate: number | null; spendingRate: number | null };
  }[];
  plan: { execution: { physicalRate: number | null; spendingRate: number | null } };
  reporting: { completeness: number | null; timeliness: number | null };
};
// Every figure of the dashboard the report repeats.
function expectFigures(text: string, d: Dashboard) {
  expect(text).toContain(`Taux moyen d’atteinte des cibles ${formatRate(d.indicators.achievementRate)}`.replace(/\u00a0/g, ' '));
  for (const p of d.programmes) {
    expect(text).toContain(p.code);
    expect(text).toContain(formatRate(p.summary.achievementRate).replace(/\u00a0/g, ' '));
    expect(text).toContain(formatRate(p.execution.physicalRate).replace(/\u00a0/g, ' '));
  }
  expect(text).toContain(`Exécution physique du plan ${formatRate(d.plan.execution.physicalRate)}`.replace(/\u00a0/g, ' '));
  expect(text).toContain(`Complétude : ${formatRate(d.reporting.completeness)}`.replace(/\u00a0/g, ' '));
  expect(text).toContain(`promptitude : ${formatRate(d.reporting.timeliness)}`.replace(/\u00a0/g, ' '));
}

beforeAll(async () => {
  dc = await ctx.login('dc@mit.demo.bj');
  mit = await dc.administrationId('MIT');
  url = (p = '') => `/api/administrations/${mit}/reports${p}`;
  const programmes: { id: string; code: string }[] = (await dc.get(`/api/administrations/${mit}/planning/programmes`)).json().items;
  programme017 = programmes.find((p) => p.code === '017')!.id;
});

describe.skipIf(!hasPdftotext)('the cabinet’s quarterly report', () => {
  let reportId: string;
  let dashboard: Dashboard;
  let v1Pdf: string;

  it('is generated from live data and shows the head dashboard’s figures, in the PDF and in the DOCX', async () => {
    const report = await generate(dc, {
      kind: 'cabinet_quarterly',
      year: 2024,
      quarter: 1,
      highlights: 'Lancement du guichet unique des permis.',
    });
    reportId = report.id;
    dashboard = (await dc.get(`/api/administrations/${mit}/dashboards/head?year=2024&quarter=1`)).json();
    expect(dashboard.indicators.indicatorCount).toBe(17);

    const pdf = await download(dc, reportId, 'pdf');
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const text = pdfText(pdf);
    expect(text).toContain('RÉPUBLIQUE DU BÉNIN'.slice(0, 0) + 'Rapport trimestriel du Cabinet');
    expect(text).toContain('premier trimestre 2024');
    expect(text).toContain('Sommaire');
    expect(text).toContain('1. Introduction');
    expect(text).toContain('9. Faits marquants');
    expect(text).toContain('Lancement du guichet unique des permis.');
    expect(text).toContain('Suivi des directives');
    expectFigures(text, dashboard);
    v1Pdf = text;

    const docx = await download(dc, reportId, 'docx');
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    if (!hasSoffice) return;
    const docText = docxText(docx);
    expect(docText).toContain('Rapport trimestriel du Cabinet');
    expect(docText).toContain('Sommaire');
    expectFigures(docText, dashboard);
  }, 180_000);

  it('is finalised with its files, snapshot and their SHA-256; the finalised version never changes', async () => {
    const res = await dc.post(url(`/${reportId}/finalise`));
    expect(res.statusCode, res.body).toBe(201);
    const version = res.json();
    expect(version).toMatchObject({
      version: 1,
      kind: 'cabinet_quarterly',
      year: 2024,
      quarter: 1,
      finalisedBy: { fullName: expect.any(String) },
    });
    const file = await dc.get(url(`/${reportId}/versions/1/file.pdf`));
    expect(file.statusCode).toBe(200);
    expect(sha256(file.rawPayload)).toBe(version.pdfSha256);
    expect(file.headers['x-content-sha256']).toBe(version.pdfSha256);
    const listed = (await dc.get(url('/finalised'))).json();
    expect(listed[0]).toMatchObject({ id: version.id, version: 1 });

    // a measurement is corrected after the report was finalised
    await ctx.db.execute(sql`
      UPDATE measurements m SET value = 0 FROM indicators i
      WHERE m.indicator_id = i.id AND i.code = 'IND-017-01' AND m.year = 2024 AND m.quarter = 1 AND m.administration_id = ${mit}`);
    // the draft is generated again from live data; a second finalisation is version 2
    const run = await dc.post(url(`/${reportId}/runs`));
    expect(run.statusCode).toBe(202);
    await ctx.app.jobs.runOnce();
    const after: Dashboard = (await dc.get(`/api/administrations/${mit}/dashboards/head?year=2024&quarter=1`)).json();
    const before017 = dashboard.programmes.find((p) => p.code === '017')!.summary.achievementRate;
    const after017 = after.programmes.find((p) => p.code === '017')!.summary.achievementRate;
    expect(after017).not.toBe(before017);
    const newText = pdfText(await download(dc, reportId, 'pdf'));
    expectFigures(newText, after);
    expect(newText).not.toContain(
      `Taux moyen d’atteinte des cibles ${formatRate(dashboard.indicators.achievementRate)}`.replace(/\u00a0/g, ' '),
    );

    // the finalised version still shows the old figures, byte for byte
    const frozen = await dc.get(url(`/${reportId}/versions/1/file.pdf`));
    expect(sha256(frozen.rawPayload)).toBe(version.pdfSha256);
    expect(pdfText(frozen.rawPayload)).toBe(v1Pdf);
    const v2 = (await dc.post(url(`/${reportId}/finalise`))).json();
    expect(v2.version).toBe(2);
    expect(v2.snapshotSha256).not.toBe(version.snapshotSha256);
  }, 180_000);

  it('says so for a period without data instead of failing', async () => {
    const report = await generate(dc, { kind: 'cabinet_quarterly', year: 2031, quarter: 2 });
    const text = pdfText(await download(dc, report.id, 'pdf'));
    expect(text).toContain(NO_DATA_TEXT);
    expect(text).toContain('Aucune directive n’arrive à échéance sur cette période.');
  }, 60_000);

  it('generates the other kinds, annual ones for the whole year', async () => {
    for (const [body, label] of [
      [{ kind: 'cabinet_annual', year: 2023 }, 'Année 2023'],
      [{ kind: 'chief_of_staff_quarterly', year: 2023, quarter: 4 }, 'T4 2023'],
      [{ kind: 'programme_annual_performance', year: 2023, programmeId: programme017 }, 'Année 2023'],
      // the dialogue de gestion of year N covers N-1 and the first quarter of N
      [{ kind: 'management_dialogue', year: 2024, programmeId: programme017 }, 'Année 2023 et premier trimestre 2024'],
    ] as const) {
      const report = await generate(dc, body);
      const text = pdfText(await download(dc, report.id, 'pdf'));
      expect(text).toContain(label);
    }
  }, 120_000);
});

describe('the generation queue', () => {
  it('shares queued runs between instances: each run is rendered once', async () => {
    const report = (await dc.post(url(), { kind: 'management_dialogue', year: 2024, programmeId: programme017 })).json();
    const runIds = [report.latestRun.id];
    for (let i = 0; i < 3; i++) runIds.push((await dc.post(url(`/${report.id}/runs`))).json().id);
    const [a, b] = await Promise.all([processQueuedRuns(ctx.db, 'instance-a'), processQueuedRuns(ctx.db, 'instance-b')]);
    expect(a.done + b.done).toBe(4);
    expect(a.failed + b.failed).toBe(0);
    for (const runId of runIds) {
      expect((await dc.get(url(`/${report.id}/runs/${runId}`))).json()).toMatchObject({ status: 'done', progress: 100 });
    }
    expect((await dc.get(url(`/${report.id}`))).json().latestRun.id).toBe(runIds[3]);
    // only the latest generation keeps its files
    const kept = await ctx.db.execute<{ id: string }>(sql`SELECT id FROM report_runs WHERE report_id = ${report.id} AND docx IS NOT NULL`);
    expect(kept.rows.map((r) => r.id)).toEqual([runIds[3]]);
    expect((await dc.get(url(`/${report.id}/file.docx`))).statusCode).toBe(200);
  }, 60_000);
});

describe('the generation queue after a crash or an error', () => {
  it('claims again a run whose worker’s lease ran out, and records a failure with its error', async () => {
    const report = (await dc.post(url(), { kind: 'cabinet_quarterly', year: 2024, quarter: 1 })).json();
    const runId = report.latestRun.id;
    // an instance claimed it, then died: its lease is over
    await ctx.db.execute(sql`UPDATE report_runs SET status = 'running', progress = 40, locked_by = 'dead-instance',
      locked_until = now() - interval '1 minute' WHERE id = ${runId}`);
    const outcome = await processQueuedRuns(ctx.db, 'instance-c');
    expect(outcome.done).toBeGreaterThanOrEqual(1);
    expect((await dc.get(url(`/${report.id}/runs/${runId}`))).json()).toMatchObject({ status: 'done', progress: 100 });

    // a snapshot that cannot be rendered fails the run, not the queue
    await ctx.db.execute(sql`INSERT INTO report_runs (administration_id, report_id, snapshot) VALUES (${mit}, ${report.id}, '{}'::jsonb)`);
    expect(await processQueuedRuns(ctx.db, 'instance-c')).toEqual({ done: 0, failed: 1 });
    const latest = (await dc.get(url(`/${report.id}`))).json().latestRun;
    expect(latest).toMatchObject({ status: 'failed', error: expect.any(String) });
    // the files of the last successful generation are still served
    expect((await dc.get(url(`/${report.id}/file.pdf`))).statusCode).toBe(200);
  }, 60_000);
});

describe('templates', () => {
  it('lists the five kinds with their defaults and keeps an administration’s adjustments', async () => {
    const list = (await dc.get(url('/templates'))).json();
    expect(list.map((t: { kind: string }) => t.kind)).toEqual([
      'cabinet_quarterly',
      'cabinet_annual',
      'chief_of_staff_quarterly',
      'programme_annual_performance',
      'management_dialogue',
    ]);
    const res = await dc.put(url('/templates/chief_of_staff_quarterly'), {
      title: 'Rapport d’activités du Cabinet',
      sections: ['introduction', 'directives', 'outlook'],
      introduction: 'Notre introduction.',
      signature: 'Le Directeur de Cabinet\nJean DUPONT',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ isCustomised: true, sections: ['introduction', 'directives', 'outlook'] });
    if (!hasPdftotext) return;
    const report = await generate(dc, { kind: 'chief_of_staff_quarterly', year: 2024, quarter: 1 });
    const text = pdfText(await download(dc, report.id, 'pdf'));
    expect(text).toContain('Rapport d’activités du Cabinet');
    expect(text).toContain('Notre introduction.');
    expect(text).toContain('3. Perspectives');
    expect(text).toContain('Jean DUPONT');
    expect(text).not.toContain('Chiffres clés');
  }, 60_000);

  it('validates a template', async () => {
    expect((await dc.put(url('/templates/cabinet_annual'), { sections: [] })).statusCode).toBe(400);
    expect((await dc.put(url('/templates/cabinet_annual'), { sections: ['introduction', 'introduction'] })).statusCode).toBe(400);
    expect((await dc.put(url('/templates/cabinet_annual'), { sections: ['nope'] })).statusCode).toBe(400);
    expect((await dc.put(url('/templates/unknown'), { sections: ['introduction'] })).statusCode).toBe(400);
  });
});

describe('validation', () => {
  it('refuses a quarterly report without a quarter, an annual one with a quarter, and bad bodies', async () => {
    expect((await dc.post(url(), { kind: 'cabinet_quarterly', year: 2024 })).statusCode).toBe(400);
    expect((await dc.post(url(), { kind: 'cabinet_annual', year: 2024, quarter: 1 })).statusCode).toBe(400);
    expect((await dc.post(url(), { kind: 'cabinet_quarterly', year: 2024, quarter: 5 })).statusCode).toBe(400);
    expect((await dc.post(url(), { kind: 'weekly', year: 2024, quarter: 1 })).statusCode).toBe(400);
    expect((await dc.patch(url('/not-a-uuid'), { outlook: 'x' })).statusCode).toBe(400);
    expect((await dc.get(url(`/${crypto.randomUUID()}/file.odt`))).statusCode).toBe(400);
    expect((await dc.get(url(`/${crypto.randomUUID()}/versions/0/file.pdf`))).statusCode).toBe(400);
  });

  it('answers 409 for the file or the finalisation of a draft not generated yet', async () => {
    const res = await dc.post(url(), { kind: 'cabinet_quarterly', year: 2024, quarter: 2 });
    const id = res.json().id;
    expect((await dc.get(url(`/${id}/file.pdf`))).statusCode).toBe(409);
    expect((await dc.post(url(`/${id}/finalise`))).statusCode).toBe(409);
    const patched = await dc.patch(url(`/${id}`), { outlook: 'Poursuivre.' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().outlook).toBe('Poursuivre.');
    await ctx.app.jobs.runOnce();
  });
});

describe('authorization', () => {
  const routes = (id: string, runId: string): [string, string, object?][] => [
    ['GET', '/templates'],
    ['PUT', '/templates/cabinet_annual', { sections: ['introduction'] }],
    ['GET', ''],
    ['POST', '', { kind: 'cabinet_quarterly', year: 2024, quarter: 1 }],
    ['GET', '/finalised'],
    ['GET', `/${id}`],
    ['PATCH', `/${id}`, { outlook: 'x' }],
    ['POST', `/${id}/runs`],
    ['GET', `/${id}/runs/${runId}`],
    ['GET', `/${id}/file.pdf`],
    ['POST', `/${id}/finalise`],
    ['GET', `/${id}/versions/1/file.pdf`],
  ];
  let id: string;
  let runId: string;
  beforeAll(async () => {
    const list = (await dc.get(url())).json();
    id = list[0].id;
    runId = list[0].latestRun.id;
  });

  it('answers 401 without a session', async () => {
    for (const [method, p, payload] of routes(id, runId)) {
      const res = await ctx.app.inject({ method: method as 'GET', url: url(p), ...(payload ? { payload } : {}) });
      expect(res.statusCode, `${method} ${p}`).toBe(401);
    }
  });

  it('answers 403 to a member without the reports permissions and to another administration', async () => {
    // a director of MIT (results.read, no reports permission), then the town hall's DC addressing MIT
    const member = await ctx.login('directeur@mit.demo.bj');
    const other = await ctx.login('dc@mairie.demo.bj');
    for (const [method, p, payload] of routes(id, runId)) {
      const request = { method: method as 'GET', url: url(p), ...(payload ? { payload: payload as never } : {}) };
      expect((await member.request(request)).statusCode, `member ${method} ${p}`).toBe(403);
      expect([403, 404], `other ${method} ${p}`).toContain((await other.request(request)).statusCode);
    }
  });

  it('answers 404 for a report of another administration or an unknown one', async () => {
    const unknown = crypto.randomUUID();
    for (const [method, p, payload] of routes(unknown, unknown).slice(5)) {
      const res = await dc.request({ method: method as 'GET', url: url(p), ...(payload ? { payload: payload as never } : {}) });
      expect(res.statusCode, `${method} ${p}`).toBe(404);
    }
  });
});
