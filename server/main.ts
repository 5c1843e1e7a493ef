// config → database (embedded or DATABASE_URL) → migrations → demo data (first start) → web build → HTTP
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { buildApp, webDistDir } from './app.js';
import { ConfigError, readConfig, type Config } from './config.js';
import { connectDatabase } from './platform/db/client.js';
import { startEmbeddedPostgres, type EmbeddedServer } from './platform/db/embedded.js';
import { runMigrations } from './platform/db/migrate.js';
import { loadDemoIfEmpty } from './modules/demo/load-demo.js';
import { describeDemoAccounts } from './modules/demo/demo-accounts.js';

async function main() {
  let config: Config;
  try {
    config = readConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nPilotage did not start.\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = pino({ level: config.logLevel });

  let embedded: EmbeddedServer | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.info({ dataDir: config.dataDir }, 'starting the embedded PostgreSQL server');
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, logger });
    databaseUrl = embedded.url;
  }
  const database = connectDatabase(databaseUrl);
  let app: Awaited<ReturnType<typeof buildApp>> | undefined = undefined;
  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ signal }, 'stopping');
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    if (embedded) await embedded.stop().catch((err: unknown) => logger.error({ err }, 'embedded PostgreSQL did not stop cleanly'));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await runMigrations(database.pool);
  const loaded = config.loadDemo ? await loadDemoIfEmpty(database.db, { password: config.demoPassword, filesDir: config.filesDir }) : false;
  await buildWebIfNeeded(logger);

  app = await buildApp({ config, db: database.db, logger, serveWeb: true });
  await app.listen({ host: config.host, port: config.port });
  if (config.jobsEnabled) app.jobs.start();
  const url = config.publicUrl ?? `http://localhost:${config.port}`;
  const lines = [
    '',
    `Pilotage is running on ${url}`,
    `API reference: ${url}/api/docs`,
    embedded ? `Database: embedded PostgreSQL in ${config.dataDir}` : 'Database: DATABASE_URL',
    `Reminders: ${config.jobsEnabled ? `every ${config.jobIntervalSeconds} s` : 'off (JOBS_ENABLED=false)'}, ` +
      (config.smtpUrl ? 'e-mail through SMTP_URL' : 'e-mail written to the log (SMTP_URL unset)'),
  ];
  if (config.loadDemo) {
    lines.push(loaded ? 'Demo administrations loaded.' : 'Demo administrations already present.');
    lines.push(...describeDemoAccounts(config.isDemoPasswordDefault ? config.demoPassword : '(the value of DEMO_PASSWORD)'));
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

// The web app is built on the first start (or when its sources are newer than the build).
async function buildWebIfNeeded(logger: pino.Logger) {
  const indexFile = path.join(webDistDir, 'index.html');
  const webDir = path.resolve(webDistDir, '..', '..', 'web');
  if (fs.existsSync(indexFile) && newestMtime(webDir) <= fs.statSync(indexFile).mtimeMs) return;
  if (!fs.existsSync(webDir)) return;
  logger.info('building the web app (first start or sources changed)');
  const { build } = await import('vite');
  await build({ configFile: path.resolve(webDir, '..', 'vite.config.ts'), logLevel: 'warn' });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

main().catch((err: unknown) => {
  process.stderr.write(`Pilotage failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
