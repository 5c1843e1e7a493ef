// Follow-up benchmark: 200,000 directives over 300 structures, and two scenarios with a p95 budget of
// 50 ms: the overdue-by-structure summary (the DC, who sees everything) and the paginated "my
// directives" of a director (confidentiality applied). bench/run.ts can import prepareFollowupBench and
// followupScenarios; `npx tsx bench/followup.ts` runs them alone beside a bare route of the same server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app.js';
import { readConfig } from '../server/config.js';
import { hashPassword } from '../server/platform/auth/password.js';
import { connectDatabase, type Database } from '../server/platform/db/client.js';
import { startEmbeddedPostgres } from '../server/platform/db/embedded.js';
import { runMigrations } from '../server/platform/db/migrate.js';
import { uuidArray } from '../server/platform/db/sql.js';

export type FollowupBench = { administrationId: string; dcEmail: string; directorEmail: string; password: string };
export type BenchScenario = { name: string; path: string; headers: Record<string, string>; budgetP95Ms: number };

const BENCH_CODE = 'BENCH-FU';

// Rows are written with set-based SQL: a few seconds for 200,000 directives.
export async function prepareFollowupBench(
  db: Database,
  options: { structures?: number; directives?: number; password?: string } = {},
): Promise<FollowupBench> {
  const structureCount = options.structures ?? 300;
  const directiveCount = options.directives ?? 200_000;
  const password = options.password ?? 'Bench-2026!';
  const passwordHash = await hashPassword(password);
  const dcEmail = 'dc@bench-followup.test';
  const directorEmail = 'directeur@bench-followup.test';
  return db.transaction(async (tx) => {
    await tx.execute(sql`DELETE FROM administrations WHERE code = ${BENCH_CODE}`);
    await tx.execute(sql`DELETE FROM users WHERE email IN (${dcEmail}, ${directorEmail})`);
    const admin = await tx.execute<{ id: string }>(sql`
      INSERT INTO administrations (code, name, short_name, kind, head_title, country, country_motto, currency, reference_plan)
      VALUES (${BENCH_CODE}, 'Ministère du banc d’essai', 'Banc', 'ministry', 'Ministre', 'Bénin', 'Fraternité – Justice – Travail', 'XOF', 'PAG')
      RETURNING id`);
    const a = admin.rows[0]!.id;
    // a cabinet, a general secretariat, directorates under it and services under them
    const cabinet = (
      await tx.execute<{ id: string }>(
        sql`INSERT INTO structures (administration_id, kind, name) VALUES (${a}, 'cabinet', 'Cabinet') RETURNING id`,
      )
    ).rows[0]!.id;
    const sg = (
      await tx.execute<{ id: string }>(
        sql`INSERT INTO structures (administration_id, kind, name) VALUES (${a}, 'general_secretariat', 'Secrétariat général') RETURNING id`,
      )
    ).rows[0]!.id;
    const directorates = (
      await tx.execute<{ id: string }>(sql`
        INSERT INTO structures (administration_id, parent_id, kind, name, sort_order)
        SELECT ${a}, ${sg}, 'directorate', 'Direction ' || g, g FROM generate_series(1, 30) g RETURNING id`)
    ).rows.map((r) => r.id);
    await tx.execute(sql`
      INSERT INTO structures (administration_id, parent_id, kind, name, sort_order)
      SELECT ${a}, (${uuidArray(directorates)})[1 + (g % 30)], 'service', 'Service ' || g, g FROM generate_series(1, ${structureCount - 32}) g`);
    const structures = (
      await tx.execute<{ id: string }>(sql`SELECT id FROM structures WHERE administration_id = ${a} ORDER BY sort_order, name`)
    ).rows.map((r) => r.id);
    // a head post and four members per structure, the minister and the DC in the cabinet
    await tx.execute(sql`
      INSERT INTO posts (administration_id, structure_id, title, function, is_head_of_structure, sort_order)
      SELECT ${a}, s.id, 'Poste ' || s.name || ' ' || n, CASE WHEN n = 0 THEN 'head_of_structure' ELSE 'member' END, n = 0, n
        FROM structures s, generate_series(0, 4) n WHERE s.administration_id = ${a} AND s.id <> ${cabinet}`);
    const minister = (
      await tx.execute<{ id: string }>(
        sql`INSERT INTO posts (administration_id, structure_id, title, function) VALUES (${a}, ${cabinet}, 'Ministre', 'head') RETURNING id`,
      )
    ).rows[0]!.id;
    const dcPost = (
      await tx.execute<{ id: string }>(sql`
        INSERT INTO posts (administration_id, structure_id, title, function, is_head_of_structure) VALUES (${a}, ${cabinet}, 'Directeur de cabinet', 'chief_of_staff', true)
        RETURNING id`)
    ).rows[0]!.id;
    await tx.execute(sql`
      INSERT INTO persons (administration_id, civility, first_name, last_name, email)
      SELECT ${a}, 'M.', 'Agent', 'N' || g, 'agent' || g || '@bench-followup.test' FROM generate_series(1, 5000) g`);
    await tx.execute(sql`
      INSERT INTO assignments (administration_id, person_id, post_id, start_date)
      SELECT ${a}, pe.id, po.id, '2024-01-01'
        FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM persons WHERE administration_id = ${a}) pe
        JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM posts WHERE administration_id = ${a}) po ON po.n = pe.n`);
    const directorate = directorates[0]!;
    const directorPost = (
      await tx.execute<{ id: string }>(sql`SELECT id FROM posts WHERE structure_id = ${directorate} AND is_head_of_structure LIMIT 1`)
    ).rows[0]!.id;
    for (const [email, postId, name] of [
      [dcEmail, dcPost, 'Directeur de cabinet du banc'],
      [directorEmail, directorPost, 'Directeur du banc'],
    ] as const) {
      const person = (await tx.execute<{ person_id: string }>(sql`SELECT person_id FROM assignments WHERE post_id = ${postId} LIMIT 1`))
        .rows[0]!.person_id;
      const user = (
        await tx.execute<{ id: string }>(
          sql`INSERT INTO users (email, full_name, password_hash) VALUES (${email}, ${name}, ${passwordHash}) RETURNING id`,
        )
      ).rows[0]!.id;
      await tx.execute(
        sql`INSERT INTO memberships (user_id, administration_id, role, person_id) VALUES (${user}, ${a}, 'member', ${person})`,
      );
    }
    // directives: due dates over 30 months, a tenth done, a few cancelled, 8 % sensitive and 2 % reserved
    await tx.execute(sql`
      INSERT INTO directives (administration_id, kind, reference, text, source_type, issued_by_post_id, issued_on, lead_structure_id,
                              due_date, priority, confidentiality, status, progress, completed_on, created_at, updated_at)
      SELECT ${a}, 'directive', 'D-B-' || lpad(g::text, 7, '0'), 'Directive de banc d’essai n°' || g, 'direct_instruction', ${minister},
             d.due - 60, (${uuidArray(structures)})[1 + (g % ${structures.length})], d.due,
             (ARRAY['low', 'normal', 'high', 'urgent'])[1 + (g % 4)],
             CASE WHEN g % 50 = 0 THEN 'reserved' WHEN g % 12 = 0 THEN 'sensitive' ELSE 'normal' END,
             CASE WHEN g % 10 = 0 THEN 'done' WHEN g % 97 = 0 THEN 'cancelled' WHEN g % 3 = 0 THEN 'in_progress' WHEN g % 7 = 0 THEN 'blocked' ELSE 'not_started' END,
             CASE WHEN g % 10 = 0 THEN 100 WHEN g % 3 = 0 THEN g % 90 ELSE 0 END,
             CASE WHEN g % 10 = 0 THEN d.due + (g % 20) - 10 END,
             now(), now()
        FROM generate_series(1, ${directiveCount}) g, LATERAL (SELECT DATE '2025-01-01' + (g * 7919 % 900) AS due) d`);
    await tx.execute(sql`
      INSERT INTO directive_co_assignees (administration_id, directive_id, structure_id)
      SELECT ${a}, d.id, (${uuidArray(structures)})[1 + ((hashtext(d.reference) & 2147483647) % ${structures.length})]
        FROM directives d WHERE d.administration_id = ${a} AND right(d.reference, 1) = '7'
      ON CONFLICT DO NOTHING`);
    return { administrationId: a, dcEmail, directorEmail, password };
  });
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

export async function followupScenarios(baseUrl: string, bench: FollowupBench): Promise<BenchScenario[]> {
  const dc = await sessionCookie(baseUrl, bench.dcEmail, bench.password);
  const director = await sessionCookie(baseUrl, bench.directorEmail, bench.password);
  const a = `/api/administrations/${bench.administrationId}/directives`;
  return [
    { name: 'follow-up: overdue by structure (DC)', path: `${a}/indicators?groupBy=structure`, headers: { cookie: dc }, budgetP95Ms: 50 },
    {
      name: 'follow-up: my directives, page 1 (director)',
      path: `${a}?scope=mine&page=1&pageSize=20`,
      headers: { cookie: director },
      budgetP95Ms: 50,
    },
  ];
}

export type Measure = { name: string; requests: number; rps: number; p50: number; p95: number; p99: number; errors: number };

// autocannon gives p97.5, not p95: the latency of every response is kept to compute it.
export async function measure(
  name: string,
  url: string,
  headers: Record<string, string>,
  seconds: number,
  connections = 10,
): Promise<Measure> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, headers, duration: seconds, connections }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((x, y) => x - y);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    name,
    requests: latencies.length,
    rps: Math.round(result.requests.average),
    p50: at(50),
    p95: at(95),
    p99: at(99),
    errors: result.errors + result.non2xx,
  };
}

// The server runs in a child process so that the load generator does not share its event loop.
async function startServerProcess(databaseUrl: string, dataDir: string): Promise<{ baseUrl: string; stop: () => void }> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--serve'], {
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

async function serve() {
  const database = connectDatabase(process.env.DATABASE_URL!, { max: 10 });
  const config = readConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    JOBS_ENABLED: 'false',
    DATA_DIR: process.env.DATA_DIR!,
    PORT: '0',
  });
  const app = await buildApp({ config, db: database.db, logger: false });
  app.get('/bench/bare', async () => ({ ok: true }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(`listening on ${(app.server.address() as { port: number }).port}\n`);
  process.on(
    'SIGTERM',
    () =>
      void app
        .close()
        .then(() => database.close())
        .then(() => process.exit(0)),
  );
}

async function main() {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-bench-followup-'));
  fs.chmodSync(dataDir, 0o755);
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir, port: 57000 + Math.floor(Math.random() * 900), persistent: false });
  const databaseUrl = process.env.DATABASE_URL ?? embedded!.url;
  const database = connectDatabase(databaseUrl, { max: 5 });
  let server: { baseUrl: string; stop: () => void } | undefined;
  try {
    await runMigrations(database.pool);
    const started = Date.now();
    const bench = await prepareFollowupBench(database.db);
    await database.db.execute(sql`VACUUM ANALYZE`);
    process.stdout.write(`generated 200,000 directives over 300 structures in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    server = await startServerProcess(databaseUrl, dataDir);
    const scenarios = await followupScenarios(server.baseUrl, bench);
    // warm-up: connections, caches, JIT
    for (const s of scenarios) await measure(s.name, `${server.baseUrl}${s.path}`, s.headers, 1);
    const bare = await measure('bare route', `${server.baseUrl}/bench/bare`, {}, seconds, connections);
    const results = [bare];
    for (const s of scenarios) results.push(await measure(s.name, `${server.baseUrl}${s.path}`, s.headers, seconds, connections));
    process.stdout.write(
      `\n${connections} connections, ${seconds} s per scenario, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores\n`,
    );
    process.stdout.write(
      `${'scenario'.padEnd(48)} ${'req/s'.padStart(8)} ${'p50'.padStart(6)} ${'p95'.padStart(6)} ${'p99'.padStart(6)}  p95 vs bare  errors\n`,
    );
    for (const r of results) {
      const budget = scenarios.find((s) => s.name === r.name)?.budgetP95Ms;
      const verdict = budget === undefined ? '' : r.p95 < budget ? ` (budget ${budget} ms: ok)` : ` (budget ${budget} ms: OVER)`;
      process.stdout.write(
        `${r.name.padEnd(48)} ${String(r.rps).padStart(8)} ${r.p50.toFixed(1).padStart(6)} ${r.p95.toFixed(1).padStart(6)} ${r.p99.toFixed(1).padStart(6)}  ` +
          `${(r.p95 / Math.max(bare.p95, 0.01)).toFixed(1).padStart(6)}×  ${String(r.errors).padStart(5)}${verdict}\n`,
      );
    }
  } finally {
    server?.stop();
    await database.close();
    await embedded?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  (process.argv.includes('--serve') ? serve() : main()).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
