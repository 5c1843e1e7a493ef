import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { TEST_PASSWORD } from '../../test/constants.js';

const ctx = await createTestApp({ LOGIN_MAX_FAILURES: '3' });
const behindProxy = await createTestApp({ TRUST_PROXY: '1' });

const loginRequest = (email: string, password: string, remoteAddress = '10.1.1.1', headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress, headers });

describe('sign-in and sessions', () => {
  it('signs in with the demo password, sets an httpOnly SameSite cookie, and stores only a hash of the token', async () => {
    const res = await loginRequest('dc@mairie.demo.bj', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'pilotage_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const stored = await ctx.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM sessions WHERE token_hash = ${cookie.value}`);
    expect(stored.rows[0]!.n).toBe(0);

    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { pilotage_session: cookie.value } });
    expect(me.statusCode).toBe(200);
    const body = me.json();
    expect(body.user.email).toBe('dc@mairie.demo.bj');
    expect(body.administrations.map((a: { code: string }) => a.code)).toEqual(['MZG']);
    expect(body.administrations[0].functions).toContain('chief_of_staff');
    expect(body.administrations[0].permissions).toContain('organisation.manage');
  });

  it('refuses a wrong password with a French message and no cookie', async () => {
    const res = await loginRequest('sg@mairie.demo.bj', 'wrong-password', '10.1.1.2');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: 'invalid_credentials', message: 'Adresse électronique ou mot de passe incorrect.' });
    expect(res.cookies).toHaveLength(0);
  });

  it('answers in English when the browser asks for it', async () => {
    const res = await loginRequest('unknown@nowhere.test', 'whatever', '10.1.1.3', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toBe('Incorrect e-mail address or password.');
  });

  it('names the field of a malformed e-mail', async () => {
    const res = await loginRequest('not-an-email', 'x', '10.1.1.4');
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([{ field: 'email', message: 'Adresse électronique invalide.' }]);
  });

  it('locks the account after repeated failures, even with the right password afterwards', async () => {
    for (let i = 0; i < 3; i++) await loginRequest('protocole@mairie.demo.bj', 'bad', `10.2.0.${i}`);
    const res = await loginRequest('protocole@mairie.demo.bj', TEST_PASSWORD, '10.2.0.9');
    expect(res.statusCode).toBe(423);
    expect(res.json().code).toBe('account_locked');
  });

  it('rate-limits sign-in attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await loginRequest(`nobody${i}@x.test`, 'bad', '10.3.3.3')).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('counts the connection’s address, not the one a client writes in X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await loginRequest(`someone${i}@x.test`, 'bad', '10.4.4.4', { 'x-forwarded-for': `192.0.2.${i}` });
      statuses.push(res.statusCode);
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it('behind a trusted proxy, counts the address the proxy forwards', async () => {
    const attempt = (forwardedFor: string) =>
      behindProxy.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'nobody@x.test', password: 'bad' },
        remoteAddress: '10.5.5.5',
        headers: { 'x-forwarded-for': forwardedFor },
      });
    const fromMany: number[] = [];
    for (let i = 0; i < 11; i++) fromMany.push((await attempt(`192.0.2.${i}`)).statusCode);
    expect(fromMany.every((s) => s === 401)).toBe(true);
    const fromOne: number[] = [];
    for (let i = 0; i < 11; i++) fromOne.push((await attempt('198.51.100.7')).statusCode);
    expect(fromOne.at(-1)).toBe(429);
  });

  it('refuses a login posted from another site', async () => {
    const res = await loginRequest('dc@mairie.demo.bj', TEST_PASSWORD, '10.1.1.5', {
      origin: 'https://evil.example',
      host: 'localhost:3000',
    });
    expect(res.statusCode).toBe(403);
  });

  it('ends the session on logout', async () => {
    const agent = await ctx.login('sg@mit.demo.bj');
    expect((await agent.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses an expired session', async () => {
    const agent = await ctx.login('dac@mit.demo.bj');
    await ctx.db.execute(sql`UPDATE sessions SET expires_at = now() - interval '1 minute'
      WHERE user_id = (SELECT id FROM users WHERE email = 'dac@mit.demo.bj')`);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const agent = await ctx.login('dc@mit.demo.bj');
    const res = await agent.request({
      method: 'PUT',
      url: '/api/auth/me/preferences',
      payload: { locale: 'en' },
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_invalid');
  });

  it('remembers the language per user and answers in it', async () => {
    const agent = await ctx.login('directeur@mit.demo.bj');
    expect((await agent.put('/api/auth/me/preferences', { locale: 'en' })).statusCode).toBe(200);
    expect((await agent.get('/api/auth/me')).json().user.locale).toBe('en');
    const res = await agent.put('/api/auth/me/preferences', { locale: 'de' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('Some values are invalid.');
    const again = await ctx.login('directeur@mit.demo.bj');
    expect((await again.get('/api/auth/me')).json().user.locale).toBe('en');
  });
});

describe('platform routes', () => {
  it('reports health with the database', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: true });
  });

  it('sends security headers', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('serves the OpenAPI 3.1 document with a tag per module and the access of every route', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/auth/login'].post.tags).toEqual(['auth']);
    expect(doc.paths['/api/auth/me'].get.description).toContain('Access: any signed-in user');
  });

  it('serves a readable API reference page', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const script = await ctx.app.inject({ method: 'GET', url: '/api/docs/js/scalar.js' });
    expect(script.statusCode).toBe(200);
  });

  it('never leaks a stack trace on malformed JSON', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"email":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toContain('at ');
    expect(res.json().code).toBe('bad_request');
  });

  it('answers 404 in JSON for an unknown API path', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });
});
