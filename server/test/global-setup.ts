// One PostgreSQL server per test run (embedded, or DATABASE_URL's), and a migrated template database
// with the demo administrations; each test file clones it (CREATE DATABASE ... TEMPLATE).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connectDatabase } from '../platform/db/client.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../platform/db/embedded.js';
import { runMigrations } from '../platform/db/migrate.js';
import { loadDemoIfEmpty } from '../modules/demo/load-demo.js';
import { TEST_PASSWORD } from './constants.js';

/* eslint-disable @typescript-eslint/consistent-type-definitions -- module augmentation needs interfaces */
declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
    pgTemplate: string;
    // the demo data's stored files; each test file's app starts from a copy
    filesTemplateDir: string;
  }
}

let embedded: EmbeddedServer | null = null;
let dataDir: string | null = null;

export default async function setup(project: TestProject) {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-test-pg-'));
    fs.chmodSync(dataDir, 0o755); // the embedded server runs as its own user when we are root
    const port = 56000 + Math.floor(Math.random() * 2000);
    embedded = await startEmbeddedPostgres({ dataDir, port, persistent: false });
    serverUrl = embedded.url;
  }
  const template = `pilotage_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();

  const templateUrl = withDatabase(serverUrl, template);
  const handle = connectDatabase(templateUrl, { max: 2 });
  await runMigrations(handle.pool);
  const filesTemplateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-test-files-'));
  await loadDemoIfEmpty(handle.db, { password: TEST_PASSWORD, filesDir: filesTemplateDir });
  await handle.close();

  project.provide('pgServerUrl', serverUrl);
  project.provide('pgTemplate', template);
  project.provide('filesTemplateDir', filesTemplateDir);

  return async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    await client.end();
    if (embedded) await embedded.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(filesTemplateDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
