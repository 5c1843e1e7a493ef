// Builds the real app on a fresh database and signs in demo users through the real login route.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, inject } from 'vitest';
import { buildApp } from '../app.js';
import { readConfig } from '../config.js';
import type { Database } from '../platform/db/client.js';
import type { Clock } from '../platform/jobs/clock.js';
import type { Mailer } from '../platform/mail/mailer.js';
import type { MailMessage } from '../platform/mail/mailer.js';
import { createMemoryMailer, type MemoryMailer } from './memory-mailer.js';
import { TEST_PASSWORD } from './constants.js';
import { createTestDatabase } from './database.js';

export type TestAgent = {
  email: string;
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  put: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  delete: (url: string) => Promise<LightMyRequestResponse>;
  // the administrations of the user, by code (MIT, MZG, ...)
  administrationId: (code: string) => Promise<string>;
};

export type TestContext = {
  app: FastifyInstance;
  db: Database;
  databaseUrl: string;
  // DATA_DIR of this test file (stored files live in <dataDir>/files)
  dataDir: string;
  // where this file's app stores uploaded files (a fresh temporary directory)
  filesDir: string;
  login: (email: string, password?: string) => Promise<TestAgent>;
  // every e-mail the app sent, newest last (empty when the app sends through SMTP_URL)
  mails: MailMessage[];
  mailer: MemoryMailer;
};

// Jobs are not started: a test runs a pass with `ctx.app.jobs.runOnce()` (or starts them itself).
// Mail goes to memory (`ctx.mails`) unless a mailer is given or SMTP_URL is set (then it goes through SMTP).
export async function createTestApp(
  env: Record<string, string> = {},
  options: { clock?: Clock; mailer?: Mailer; smtp?: boolean } = {},
): Promise<TestContext> {
  const database = await createTestDatabase();
  const dataDir = env.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-test-data-'));
  // the demo dossiers' attachments, stored once by the global setup
  const filesDir = path.join(dataDir, 'files');
  fs.cpSync(inject('filesTemplateDir'), filesDir, { recursive: true });
  const config = readConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, FILES_DIR: filesDir, ...env });
  const memoryMailer = createMemoryMailer();
  const mailer = options.mailer ?? (options.smtp || env.SMTP_URL ? undefined : memoryMailer);
  const app = await buildApp({ config, db: database.db, clock: options.clock, mailer });
  await app.ready();
  afterAll(async () => {
    await app.close();
    if (!env.DATA_DIR) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const login = async (email: string, password = TEST_PASSWORD): Promise<TestAgent> => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      remoteAddress: `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    });
    if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'pilotage_session');
    if (!cookie) throw new Error('no session cookie');
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { pilotage_session: cookie.value } });
    const body = me.json() as { csrfToken: string; administrations: { administrationId: string; code: string }[] };
    const request = (options: InjectOptions) =>
      app.inject({
        ...options,
        cookies: { pilotage_session: cookie.value, ...(options.cookies ?? {}) },
        headers: { 'x-csrf-token': body.csrfToken, ...(options.headers ?? {}) },
      });
    return {
      email,
      request,
      get: (url) => request({ method: 'GET', url }),
      post: (url, payload) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
      put: (url, payload) => request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }),
      patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
      delete: (url) => request({ method: 'DELETE', url }),
      administrationId: async (code) => {
        const found = body.administrations.find((a) => a.code === code);
        if (found) return found.administrationId;
        // an administration the user does not belong to: look it up directly for cross-tenant tests
        const { rows } = await database.pool.query<{ id: string }>('SELECT id FROM administrations WHERE code = $1', [code]);
        if (!rows[0]) throw new Error(`no administration ${code}`);
        return rows[0].id;
      },
    };
  };
  return {
    app,
    db: database.db,
    databaseUrl: database.url,
    dataDir,
    filesDir: config.filesDir,
    login,
    mails: memoryMailer.sent,
    mailer: memoryMailer,
  };
}
