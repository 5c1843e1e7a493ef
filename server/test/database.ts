// A fresh database per test file, cloned from the migrated template that holds the demo data.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../platform/db/client.js';

export async function createTestDatabase(): Promise<DatabaseHandle & { url: string }> {
  const serverUrl = inject('pgServerUrl');
  const template = inject('pgTemplate');
  const name = `pilotage_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const handle = connectDatabase(u.toString(), { max: 5 });
  afterAll(async () => {
    await handle.close();
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  });
  return { ...handle, url: u.toString() };
}
