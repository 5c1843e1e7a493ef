// `npm run bench`: generated data on a real PostgreSQL, then autocannon against the real server (in a child
// process), every scenario in one run beside a bare route of the same server, with its p95 budget; then the
// quarterly report of the same administration (DOCX and PDF) against its 5 s budget.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { connectDatabase } from '../server/platform/db/client.js';
import { startEmbeddedPostgres } from '../server/platform/db/embedded.js';
import { runMigrations } from '../server/platform/db/migrate.js';
import { followupScenarios, measure, prepareFollowupBench, type Measure } from './followup.js';
import { DOSSIER_COUNT, dossierScenarios, generateBenchDossiers } from './dossiers.js';
import { generateBenchAdministration } from './generate.js';
import { benchReportGeneration, reportTotal, reportVerdict, type ReportTiming } from './reports.js';
import { generateResultsBench, resultsScenarios } from './results.js';

const PASSWORD = 'bench-password-2026';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

type Scenario = { name: string; path: string; headers: Record<string, string>; budgetP95Ms?: number };

// `npm run bench -- --only=tree,dossiers`: the scenarios whose name contains one of the words (the bare route
// always runs, for the ratio); data no wanted scenario reads is not generated
const ONLY = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .map((w) => w.trim().toLowerCase())
  .filter(Boolean);
const isWanted = (name: string) => !ONLY || ONLY.some((w) => name.toLowerCase().includes(w));

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-bench-'));
  fs.chmodSync(dataDir, 0o755);
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir, port: 57000 + Math.floor(Math.random() * 900), persistent: false });
  const databaseUrl = process.env.DATABASE_URL ?? embedded!.url;
  const database = connectDatabase(databaseUrl, { max: 5 });
  let server: { baseUrl: string; stop: () => void } | undefined;
  try {
    await runMigrations(database.pool);
    let started = Date.now();
    const org = await generateBenchAdministration(database.db, PASSWORD);
    say(`organisation: 300 structures, 1,500 posts, 5,000 people in ${elapsed(started)}`);
    started = Date.now();
    if (resultsScenarios(org.administrationId).some((s) => isWanted(`results: ${s.name}`))) {
      await generateResultsBench(database.db, org.administrationId);
      say(`results: 2,000 indicators, 12 quarters, 4,000 activities in ${elapsed(started)}`);
    }
    started = Date.now();
    const followup = ['follow-up: overdue by structure', 'follow-up: my directives'].some(isWanted)
      ? await prepareFollowupBench(database.db)
      : null;
    if (followup) say(`follow-up: 200,000 directives over 300 structures in ${elapsed(started)}`);
    started = Date.now();
    const dossiers =
      DOSSIER_COUNT > 0 && dossierScenarios(org.administrationId).some((s) => isWanted(`dossiers: ${s.name}`))
        ? await generateBenchDossiers(database.db, org.administrationId, PASSWORD)
        : null;
    if (dossiers) say(`dossiers: ${DOSSIER_COUNT.toLocaleString('en')} with their events in ${elapsed(started)}`);
    // as autovacuum would have done on a living database (index-only scans need the visibility map)
    await database.db.execute(sql`VACUUM ANALYZE`);
    // before the server starts: the generation is CPU-bound and must not share the machine with the load
    started = Date.now();
    const reports = await benchReportGeneration(database.db, org.administrationId, org.email, PASSWORD);
    say(`reports: ${reports.length} quarterly reports of the 2,000-indicator administration in ${elapsed(started)}`);

    server = await startServer(databaseUrl, dataDir);
    const cookie = await sessionCookie(server.baseUrl, org.email, PASSWORD);
    const a = `/api/administrations/${org.administrationId}`;
    const scenarios: Scenario[] = [
      { name: 'organisation tree', path: `${a}/organisation/tree`, headers: { cookie }, budgetP95Ms: 50 },
      ...resultsScenarios(org.administrationId).map((s) => ({ ...s, name: `results: ${s.name}`, headers: { cookie } })),
      ...(followup ? await followupScenarios(server.baseUrl, followup) : []),
    ];
    if (dossiers) {
      const sgCookie = await sessionCookie(server.baseUrl, dossiers.email, PASSWORD);
      scenarios.push(
        ...dossierScenarios(org.administrationId).map((s) => ({ ...s, name: `dossiers: ${s.name}`, headers: { cookie: sgCookie } })),
      );
    }
    const wanted = scenarios.filter((s) => isWanted(s.name));
    for (const s of wanted) {
      const res = await fetch(`${server.baseUrl}${s.path}`, { headers: s.headers });
      if (res.status !== 200) throw new Error(`${s.name}: HTTP ${res.status} ${await res.text()}`);
      await measure(s.name, `${server.baseUrl}${s.path}`, s.headers, 1); // warm-up: connections, caches, JIT
    }
    const bare = await measure('bare route', `${server.baseUrl}/bench/bare`, {}, SECONDS, CONNECTIONS);
    const rows: (Measure & { budget?: number })[] = [bare];
    for (const s of wanted)
      rows.push({ ...(await measure(s.name, `${server.baseUrl}${s.path}`, s.headers, SECONDS, CONNECTIONS)), budget: s.budgetP95Ms });
    printTable(rows, bare);
    printReports(reports);
  } finally {
    server?.stop();
    await database.close();
    if (embedded) await embedded.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function printTable(rows: (Measure & { budget?: number })[], bare: Measure) {
  say(`\n${CONNECTIONS} connections, ${SECONDS} s per scenario, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
  say(
    `${'scenario'.padEnd(46)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  p95/bare  req/s bare/x  budget`,
  );
  for (const r of rows) {
    const budget = r.budget === undefined ? '' : `p95 ≤ ${r.budget} ms: ${r.p95 <= r.budget ? 'OK' : 'OVER BUDGET'}`;
    say(
      `${r.name.padEnd(46)} ${String(r.rps).padStart(7)} ${r.p50.toFixed(1).padStart(7)} ${r.p95.toFixed(1).padStart(7)} ${r.p99.toFixed(1).padStart(7)}  ` +
        `${(r.p95 / Math.max(bare.p95, 0.01)).toFixed(1).padStart(7)}×  ${(bare.rps / Math.max(r.rps, 1)).toFixed(1).padStart(11)}×  ${budget}` +
        (r.errors ? `  (${r.errors} errors)` : ''),
    );
  }
}

function printReports(timings: ReportTiming[]) {
  const totals = timings.map(reportTotal).sort((x, y) => x - y);
  const median = totals[Math.floor(totals.length / 2)]!;
  const last = timings[timings.length - 1]!;
  say(
    `${'report: cabinet quarterly, DOCX + PDF'.padEnd(46)} ${timings.length} runs: best ${totals[0]!.toFixed(0)} ms, median ${median.toFixed(0)} ms, ` +
      `worst ${totals[totals.length - 1]!.toFixed(0)} ms (${(last.docx / 1024).toFixed(0)} KB DOCX, ${(last.pdf / 1024).toFixed(0)} KB PDF)  ` +
      `worst ${reportVerdict(totals[totals.length - 1]!)}`,
  );
}

async function startServer(databaseUrl: string, dataDir: string): Promise<{ baseUrl: string; stop: () => void }> {
  const child = spawn(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'server.ts')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /listening on (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
  });
  return { baseUrl: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

async function sessionCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`bench login ${email}: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const say = (line: string) => process.stdout.write(`${line}\n`);

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
