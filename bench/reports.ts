// Reports benchmark: the cabinet's quarterly report (snapshot + DOCX + PDF) for a 2,000-indicator
// administration (bench/results.ts generator). Budget: under 5 s from the request to both files stored.
//
// `npm run bench` runs it on its administration (bench/run.ts); alone, `npx tsx bench/reports.ts`: embedded PostgreSQL (or DATABASE_URL), the request through the app, the
// generation job run in this process, timings printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../server/app.js';
import { readConfig } from '../server/config.js';
import { connectDatabase, type Database } from '../server/platform/db/client.js';
import { startEmbeddedPostgres } from '../server/platform/db/embedded.js';
import { runMigrations } from '../server/platform/db/migrate.js';
import { benchPeriod, createBenchAdministration, defaultResultsBenchSize, generateResultsBench, PASSWORD } from './results.js';

export const REPORT_BUDGET_MS = 5000;
const ROUNDS = 3;

export type ReportTiming = { request: number; job: number; docx: number; pdf: number };

// ROUNDS quarterly reports of the administration, each from the request to both files stored, through the
// app in this process (its generation job run here, not by a server's job loop).
export async function benchReportGeneration(db: Database, administrationId: string, email: string, password: string) {
  const app = await buildApp({
    config: readConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', COOKIE_SECURE: 'false', JOBS_ENABLED: 'false' }),
    db,
  });
  try {
    await app.ready();
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    const cookie = login.cookies.find((c) => c.name === 'pilotage_session')!.value;
    const me = (await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { pilotage_session: cookie } })).json() as {
      csrfToken: string;
    };
    const timings: ReportTiming[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      const res = await app.inject({
        method: 'POST',
        url: `/api/administrations/${administrationId}/reports`,
        cookies: { pilotage_session: cookie },
        headers: { 'x-csrf-token': me.csrfToken },
        payload: { kind: 'cabinet_quarterly', year: benchPeriod.year, quarter: benchPeriod.quarter },
      });
      if (res.statusCode !== 202) throw new Error(`POST report: ${res.statusCode} ${res.body}`);
      const t1 = performance.now();
      const outcomes = await app.jobs.runOnce();
      const t2 = performance.now();
      const generated = outcomes.find((o) => o.name === 'reports.generate');
      if (generated?.stats?.done !== 1) throw new Error(`generation: ${JSON.stringify(generated)}`);
      const id = (res.json() as { id: string }).id;
      const sizes = await Promise.all(
        (['docx', 'pdf'] as const).map(async (f) => {
          const file = await app.inject({
            method: 'GET',
            url: `/api/administrations/${administrationId}/reports/${id}/file.${f}`,
            cookies: { pilotage_session: cookie },
          });
          if (file.statusCode !== 200) throw new Error(`GET ${f}: ${file.statusCode}`);
          return file.rawPayload.length;
        }),
      );
      timings.push({ request: t1 - t0, job: t2 - t1, docx: sizes[0]!, pdf: sizes[1]! });
    }
    return timings;
  } finally {
    await app.close();
  }
}

export const reportTotal = (t: ReportTiming) => t.request + t.job;
export const reportVerdict = (ms: number) => `≤ ${REPORT_BUDGET_MS} ms: ${ms <= REPORT_BUDGET_MS ? 'OK' : 'OVER BUDGET'}`;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-bench-reports-'));
  fs.chmodSync(dataDir, 0o755);
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir, port: 59000 + Math.floor(Math.random() * 1000), persistent: false });
  const database = connectDatabase(process.env.DATABASE_URL ?? embedded!.url, { max: 10 });
  try {
    await runMigrations(database.pool);
    const bench = await createBenchAdministration(database.db, defaultResultsBenchSize.structures);
    const counts = await generateResultsBench(database.db, bench.administrationId);
    await database.pool.query('ANALYZE');
    process.stdout.write(`Generated ${JSON.stringify(counts)}\n`);
    const timings = await benchReportGeneration(database.db, bench.administrationId, bench.email, PASSWORD);
    process.stdout.write('round  request ms  job ms  total ms  docx KB  pdf KB  budget\n');
    timings.forEach((t, i) => {
      process.stdout.write(
        `${String(i + 1).padStart(5)} ${t.request.toFixed(0).padStart(11)} ${t.job.toFixed(0).padStart(7)} ${reportTotal(t).toFixed(0).padStart(9)} ${(t.docx / 1024).toFixed(0).padStart(8)} ${(t.pdf / 1024).toFixed(0).padStart(7)}  ${reportVerdict(reportTotal(t))}\n`,
      );
    });
  } finally {
    await database.close();
    if (embedded) await embedded.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
