// Builds the real app on a fresh database and signs in demo users through the real login route.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, inject } from 'vitest';
import { buildApp } from '../app.js';
import { readConfig } from '../config.js';
import type { Database } from '../platform/db/client.js';
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
  // where this file's app stores uploaded files (a fresh temporary directory)
  filesDir: string;
  login: (email: string, password?: string) => Promise<TestAgent>;
};

export async function createTestApp(env: Record<string, string> = {}): Promise<TestContext> {
  const database = await createTestDatabase();
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-files-'));
  fs.cpSync(inject('filesTemplateDir'), filesDir, { recursive: true });
  const config = readConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', FILES_DIR: filesDir, ...env });
  const app = await buildApp({ config, db: database.db });
  await app.ready();
  afterAll(async () => {
    await app.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
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
  return { app, db: database.db, databaseUrl: database.url, filesDir: config.filesDir, login };
}
