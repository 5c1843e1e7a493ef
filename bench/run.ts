// `npm run bench`: generated data on a real PostgreSQL, then autocannon against the real server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildApp } from '../server/app.js';
import { readConfig } from '../server/config.js';
import { connectDatabase } from '../server/platform/db/client.js';
import { startEmbeddedPostgres } from '../server/platform/db/embedded.js';
import { runMigrations } from '../server/platform/db/migrate.js';
import { generateBenchAdministration } from './generate.js';
import { DOSSIER_COUNT, dossierScenarios, generateBenchDossiers } from './dossiers.js';

const PASSWORD = 'bench-password-2026';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

type Scenario = { name: string; path: string; budgetP95Ms?: number; cookie?: string };
type Row = { name: string; rps: number; p50: number; p95: number; p99: number; errors: number; budget?: number };

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-bench-'));
  fs.chmodSync(dataDir, 0o755);
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir, port: 57000 + Math.floor(Math.random() * 1000), persistent: false });
  const database = connectDatabase(process.env.DATABASE_URL ?? embedded!.url, { max: 20 });
  try {
    await runMigrations(database.pool);
    process.stdout.write('Generating 300 structures, 1,500 posts, 5,000 people...\n');
    const bench = await generateBenchAdministration(database.db, PASSWORD);
    const startedAt = Date.now();
    process.stdout.write(`Generating ${DOSSIER_COUNT.toLocaleString('en')} dossiers with their events...\n`);
    const dossiersBench = DOSSIER_COUNT > 0 ? await generateBenchDossiers(database.db, bench.administrationId, PASSWORD) : null;
    process.stdout.write(`  done in ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n`);
    // as autovacuum would have done on a living database (index-only scans need the visibility map)
    await database.pool.query('VACUUM ANALYZE');

    const app = await buildApp({
      config: readConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', COOKIE_SECURE: 'false' }),
      db: database.db,
    });
    // the same server's cheapest possible route, as the yardstick
    app.get('/api/bench/bare', { config: { access: 'public' }, schema: { hide: true } }, async () => ({ ok: true }));
    const address = await app.listen({ host: '127.0.0.1', port: 0 });

    const signIn = async (email: string) => {
      const login = await fetch(`${address}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      });
      return (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    };
    const cookie = await signIn(bench.email);
    const scenarios: Scenario[] = [
      { name: 'bare route', path: '/api/bench/bare' },
      { name: 'organisation tree', path: `/api/administrations/${bench.administrationId}/organisation/tree`, budgetP95Ms: 50 },
    ];
    const check = await fetch(`${address}${scenarios[1]!.path}`, { headers: { cookie } });
    const tree = (await check.json()) as { structures?: unknown[]; posts?: unknown[] };
    process.stdout.write(
      `Tree endpoint: HTTP ${check.status}, ${tree.structures?.length ?? 0} structures, ${tree.posts?.length ?? 0} posts\n\n`,
    );

    if (dossiersBench) {
      const sgCookie = await signIn(dossiersBench.email);
      for (const s of dossierScenarios(bench.administrationId)) {
        const res = await fetch(`${address}${s.path}`, { headers: { cookie: sgCookie } });
        const body = (await res.json()) as { items?: unknown[]; total?: number };
        process.stdout.write(
          `${s.name}: HTTP ${res.status}, ${body.items?.length ?? 0} items${body.total === undefined ? '' : ` of ${body.total}`}\n`,
        );
        scenarios.push({ ...s, cookie: sgCookie });
      }
      process.stdout.write('\n');
    }

    const rows: Row[] = [];
    for (const s of scenarios) {
      const { result, latencies } = await measure(`${address}${s.path}`, s.cookie ?? cookie);
      rows.push({
        name: s.name,
        rps: result.requests.average,
        p50: quantile(latencies, 0.5),
        p95: quantile(latencies, 0.95),
        p99: quantile(latencies, 0.99),
        errors: result.errors + result.non2xx,
        budget: s.budgetP95Ms,
      });
    }
    printTable(rows);
    await app.close();
  } finally {
    await database.close();
    if (embedded) await embedded.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// Every response time is kept, so the percentiles are exact rather than read off buckets.
function measure(url: string, cookie: string): Promise<{ result: autocannon.Result; latencies: number[] }> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { cookie } }, (err, result) =>
      err ? reject(err) : resolve({ result, latencies }),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function printTable(rows: Row[]) {
  const bare = rows[0]!;
  process.stdout.write(`Benchmark (${CONNECTIONS} connections, ${DURATION} s each, ${os.cpus().length} cores)\n`);
  process.stdout.write('scenario            req/s     p50 ms  p95 ms  p99 ms  errors  vs bare   budget\n');
  for (const r of rows) {
    const ratio = r === bare ? '1.00' : (bare.rps / Math.max(r.rps, 1)).toFixed(2) + 'x';
    const budget = r.budget === undefined ? '' : r.p95 <= r.budget ? `p95 ≤ ${r.budget} ms: OK` : `p95 ≤ ${r.budget} ms: OVER BUDGET`;
    process.stdout.write(
      `${r.name.padEnd(18)} ${r.rps.toFixed(0).padStart(7)} ${r.p50.toFixed(1).padStart(9)} ${r.p95.toFixed(1).padStart(7)} ${r.p99.toFixed(1).padStart(7)} ${String(r.errors).padStart(7)}  ${ratio.padStart(7)}   ${budget}\n`,
    );
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
