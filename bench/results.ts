// Results-based management benchmark: 2,000 indicators with 12 quarters of targets and measurements,
// 4,000 activities over 50 structures, and the head's dashboard under load (budget: p95 under 100 ms).
//
// - `generateResultsBench(db, administrationId)` fills an existing administration (it takes its first 50
//   structures); `resultsScenarios(administrationId)` gives the scenarios for bench/run.ts.
// - `npx tsx bench/results.ts` runs it alone: embedded PostgreSQL, a small administration, autocannon on
//   the bare route and on the dashboard, p50/p95/p99 and the ratio printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { asc, eq } from 'drizzle-orm';
import { buildApp } from '../server/app.js';
import { readConfig } from '../server/config.js';
import { administrations, memberships } from '../server/modules/administrations/administrations.tables.js';
import { users } from '../server/modules/auth/auth.tables.js';
import { indicators, indicatorTargets, measurements } from '../server/modules/indicators/indicators.tables.js';
import { structures } from '../server/modules/organisation/organisation.tables.js';
import {
  activities,
  activityProgress,
  operationalPlans,
  programmeActions,
  programmes,
} from '../server/modules/planning/planning.tables.js';
import { hashPassword } from '../server/platform/auth/password.js';
import { connectDatabase, type Database } from '../server/platform/db/client.js';
import { startEmbeddedPostgres } from '../server/platform/db/embedded.js';
import { runMigrations } from '../server/platform/db/migrate.js';

export type ResultsBenchSize = {
  indicators: number;
  activities: number;
  structures: number;
  programmes: number;
  actionsPerProgramme: number;
};
export const defaultResultsBenchSize: ResultsBenchSize = {
  indicators: 2000,
  activities: 4000,
  structures: 50,
  programmes: 10,
  actionsPerProgramme: 5,
};
// twelve quarters: the three years up to the dashboard's
export const benchYears = [2023, 2024, 2025];
export const benchPeriod = { year: 2025, quarter: 4 };

export type Scenario = { name: string; path: string; budgetP95Ms?: number };

export function resultsScenarios(administrationId: string): Scenario[] {
  return [
    {
      name: 'head dashboard',
      path: `/api/administrations/${administrationId}/dashboards/head?year=${benchPeriod.year}&quarter=${benchPeriod.quarter}`,
      budgetP95Ms: 100,
    },
  ];
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 1000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

// A deterministic pseudo-random sequence, so every run measures the same data.
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export async function generateResultsBench(db: Database, administrationId: string, size: ResultsBenchSize = defaultResultsBenchSize) {
  const rand = random(42);
  const structureIds = (
    await db
      .select({ id: structures.id })
      .from(structures)
      .where(eq(structures.administrationId, administrationId))
      .orderBy(asc(structures.sortOrder))
      .limit(size.structures)
  ).map((s) => s.id);
  const structureAt = (i: number) => structureIds[i % structureIds.length]!;

  const actionIds: string[] = [];
  for (let p = 0; p < size.programmes; p++) {
    const [programme] = await db
      .insert(programmes)
      .values({
        administrationId,
        code: String(100 + p),
        title: `Programme ${p + 1}`,
        kind: p === size.programmes - 1 ? 'support' : 'operational',
      })
      .returning({ id: programmes.id });
    const rows = await db
      .insert(programmeActions)
      .values(
        Array.from({ length: size.actionsPerProgramme }, (_, a) => ({
          administrationId,
          programmeId: programme!.id,
          code: `0${a + 1}`,
          title: `Action ${a + 1}`,
        })),
      )
      .returning({ id: programmeActions.id });
    actionIds.push(...rows.map((r) => r.id));
  }

  // Indicators: mostly quarterly, every aggregation and direction; a tenth annual.
  const aggregationsCycle = ['sum', 'last', 'mean'] as const;
  const indicatorRows = Array.from({ length: size.indicators }, (_, i) => ({
    administrationId,
    code: `B-${String(i + 1).padStart(4, '0')}`,
    title: `Indicateur de banc ${i + 1}`,
    unit: i % 3 === 0 ? '%' : 'nombre',
    level: (['impact', 'outcome', 'output'] as const)[i % 3]!,
    direction: i % 7 === 0 ? ('lower_is_better' as const) : ('higher_is_better' as const),
    periodicity: i % 10 === 9 ? ('annual' as const) : ('quarterly' as const),
    aggregation: aggregationsCycle[i % 3]!,
    isPercentage: i % 3 === 0,
    baselineValue: 50,
    baselineYear: 2022,
    responsibleStructureId: structureAt(i),
    actionId: actionIds[i % actionIds.length]!,
  }));
  const indicatorIds: string[] = [];
  await insertChunked(indicatorRows, async (chunk) =>
    indicatorIds.push(...(await db.insert(indicators).values(chunk).returning({ id: indicators.id })).map((r) => r.id)),
  );

  const targets: (typeof indicatorTargets.$inferInsert)[] = [];
  const values: (typeof measurements.$inferInsert)[] = [];
  indicatorIds.forEach((indicatorId, i) => {
    const spec = indicatorRows[i]!;
    for (const year of benchYears) {
      const level = 40 + (year - 2023) * 5 + (i % 20);
      targets.push({ administrationId, indicatorId, year, quarter: 0, value: spec.aggregation === 'sum' ? level * 4 : level });
      if (spec.periodicity === 'annual') {
        values.push({
          administrationId,
          indicatorId,
          year,
          quarter: 0,
          value: Math.round(level * (0.5 + rand() * 0.7)),
          status: 'validated',
        });
        continue;
      }
      for (let quarter = 1; quarter <= 4; quarter++) {
        targets.push({ administrationId, indicatorId, year, quarter, value: level });
        if (rand() < 0.05) continue; // a missing quarter now and then
        const firstSubmittedAt = new Date(Date.UTC(year, quarter * 3, rand() < 0.8 ? 10 : 28));
        values.push({
          administrationId,
          indicatorId,
          year,
          quarter,
          value: Math.min(spec.isPercentage ? 100 : 1e6, Math.round(level * (0.4 + rand() * 0.8))),
          status: rand() < 0.9 ? 'validated' : 'submitted',
          firstSubmittedAt,
          submittedAt: firstSubmittedAt,
        });
      }
    }
  });
  await insertChunked(targets, (chunk) => db.insert(indicatorTargets).values(chunk), 2000);
  await insertChunked(values, (chunk) => db.insert(measurements).values(chunk), 2000);

  // The activities of the dashboard's year, and their quarterly progress.
  const [plan] = await db
    .insert(operationalPlans)
    .values({ administrationId, year: benchPeriod.year, title: `Plan de travail annuel ${benchPeriod.year}` })
    .returning({ id: operationalPlans.id });
  await db
    .insert(operationalPlans)
    .values({ administrationId, year: benchPeriod.year - 1, title: `Plan de travail annuel ${benchPeriod.year - 1}` });
  const activityIds: string[] = [];
  const activityRows = Array.from({ length: size.activities }, (_, i) => ({
    administrationId,
    operationalPlanId: plan!.id,
    actionId: actionIds[i % actionIds.length]!,
    code: `ACT-${i + 1}`,
    title: `Activité de banc ${i + 1}`,
    responsibleStructureId: structureAt(i),
    quarters: [1, 2, 3, 4].filter((q) => q >= 1 + (i % 3)),
    weight: 1 + (i % 3),
    budgetAllotted: 1_000_000 * (1 + (i % 10)),
  }));
  await insertChunked(activityRows, async (chunk) =>
    activityIds.push(...(await db.insert(activities).values(chunk).returning({ id: activities.id })).map((r) => r.id)),
  );
  const progress = activityIds.flatMap((activityId, i) =>
    [1, 2, 3, 4].map((quarter) => ({
      administrationId,
      activityId,
      quarter,
      physicalProgress: Math.min(100, quarter * 25 * (0.6 + (i % 5) / 10)),
      budgetCommitted: activityRows[i]!.budgetAllotted * Math.min(1, quarter * 0.3),
      budgetSpent: activityRows[i]!.budgetAllotted * Math.min(1, quarter * 0.2),
    })),
  );
  await insertChunked(progress, (chunk) => db.insert(activityProgress).values(chunk), 2000);
  return { indicators: indicatorIds.length, targets: targets.length, measurements: values.length, activities: activityIds.length };
}

// --- standalone run ---
export const PASSWORD = 'bench-password-2026';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

export async function createBenchAdministration(db: Database, structureCount: number) {
  const [admin] = await db
    .insert(administrations)
    .values({
      code: 'BENCHR',
      name: 'Ministère du Banc d’essai',
      shortName: 'Banc',
      kind: 'ministry',
      headTitle: 'Ministre',
      country: 'Bénin',
      currency: 'XOF',
      referencePlan: 'PAG',
    })
    .returning({ id: administrations.id });
  await db.insert(structures).values(
    Array.from({ length: structureCount }, (_, i) => ({
      administrationId: admin!.id,
      kind: 'directorate' as const,
      name: `Structure ${i + 1}`,
      acronym: `S${i + 1}`,
      sortOrder: i,
    })),
  );
  const [user] = await db
    .insert(users)
    .values({ email: 'bench-results@banc.test', fullName: 'Banc d’essai', passwordHash: await hashPassword(PASSWORD) })
    .returning({ id: users.id });
  await db.insert(memberships).values({ userId: user!.id, administrationId: admin!.id, role: 'admin' });
  return { administrationId: admin!.id, email: 'bench-results@banc.test' };
}

function measure(url: string, cookie: string) {
  const latencies: number[] = [];
  return new Promise<{ rps: number; errors: number; latencies: number[] }>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { cookie } }, (err, result) =>
      err ? reject(err) : resolve({ rps: result.requests.average, errors: result.errors + result.non2xx, latencies }),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-bench-results-'));
  fs.chmodSync(dataDir, 0o755);
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir, port: 58000 + Math.floor(Math.random() * 1000), persistent: false });
  const database = connectDatabase(process.env.DATABASE_URL ?? embedded!.url, { max: 20 });
  try {
    await runMigrations(database.pool);
    const bench = await createBenchAdministration(database.db, defaultResultsBenchSize.structures);
    const started = Date.now();
    const counts = await generateResultsBench(database.db, bench.administrationId);
    await database.pool.query('ANALYZE');
    process.stdout.write(`Generated ${JSON.stringify(counts)} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    const app = await buildApp({
      config: readConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', COOKIE_SECURE: 'false' }),
      db: database.db,
    });
    app.get('/api/bench/bare', { config: { access: 'public' }, schema: { hide: true } }, async () => ({ ok: true }));
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const login = await fetch(`${address}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: bench.email, password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const scenarios: Scenario[] = [{ name: 'bare route', path: '/api/bench/bare' }, ...resultsScenarios(bench.administrationId)];
    const requested = performance.now();
    const check = await fetch(`${address}${scenarios[1]!.path}`, { headers: { cookie } });
    const coldMs = performance.now() - requested;
    const body = (await check.json()) as { indicators?: { indicatorCount: number }; plan?: { execution: { activityCount: number } } };
    process.stdout.write(
      `Dashboard: HTTP ${check.status}, ${body.indicators?.indicatorCount} indicators, ${body.plan?.execution.activityCount} activities; ` +
        `first request (computed, not yet cached) ${coldMs.toFixed(0)} ms\n\n`,
    );
    // the dashboard is cached until the next audited write: time a few recomputations after a change
    const me = (await (await fetch(`${address}/api/auth/me`, { headers: { cookie } })).json()) as { csrfToken: string };
    const settingsUrl = `${address}/api/administrations/${bench.administrationId}/results-settings`;
    const recomputed: number[] = [];
    for (let i = 0; i < 5; i++) {
      const settings = await (await fetch(settingsUrl, { headers: { cookie } })).text();
      await fetch(settingsUrl, {
        method: 'PUT',
        headers: { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' },
        body: settings,
      });
      const t = performance.now();
      await (await fetch(`${address}${scenarios[1]!.path}`, { headers: { cookie } })).text();
      recomputed.push(performance.now() - t);
    }
    process.stdout.write(`Recomputed after a change (5 times): ${recomputed.map((ms) => ms.toFixed(0)).join(', ')} ms\n\n`);
    process.stdout.write(`Benchmark (${CONNECTIONS} connections, ${DURATION} s each, ${os.cpus().length} cores)\n`);
    process.stdout.write('scenario            req/s     p50 ms  p95 ms  p99 ms  errors  vs bare   budget\n');
    let bareRps = 0;
    for (const s of scenarios) {
      const r = await measure(`${address}${s.path}`, cookie);
      if (!bareRps) bareRps = r.rps;
      const p95 = quantile(r.latencies, 0.95);
      const budget =
        s.budgetP95Ms === undefined
          ? ''
          : p95 <= s.budgetP95Ms
            ? `p95 ≤ ${s.budgetP95Ms} ms: OK`
            : `p95 ≤ ${s.budgetP95Ms} ms: OVER BUDGET`;
      process.stdout.write(
        `${s.name.padEnd(18)} ${r.rps.toFixed(0).padStart(7)} ${quantile(r.latencies, 0.5).toFixed(1).padStart(9)} ${p95.toFixed(1).padStart(7)} ${quantile(r.latencies, 0.99).toFixed(1).padStart(7)} ${String(r.errors).padStart(7)}  ${(bareRps / Math.max(r.rps, 1)).toFixed(2).padStart(6)}x   ${budget}\n`,
      );
    }
    await app.close();
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
