// Every route of planning, indicators and dashboards: anonymous 401, another administration 404, a role
// without the permission 403, and a bad parameter or body 400 naming the field. Nothing is written.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../test/app.js';
import { loadResultsFixtures, type ResultsFixtures } from '../test/results.fixtures.js';
import { resultsRoutes as routes, xlsx, type Route } from '../test/results-routes.js';

const ctx = await createTestApp();
let fx: ResultsFixtures;
const agents: Record<string, TestAgent> = {};

let auditCount: () => Promise<number>;

beforeAll(async () => {
  fx = await loadResultsFixtures(ctx.db);
  const logins: [string, string][] = [
    ['dc', 'dc@mit.demo.bj'],
    ['focal', 'suivi@mit.demo.bj'],
    ['head', 'dpp@mit.demo.bj'],
    ['sg', 'sg@mit.demo.bj'],
    ['adviser', 'conseiller@mit.demo.bj'],
    ['oversight', 'tutelle@suivi.demo.bj'],
    ['outsider', 'dc@mairie.demo.bj'],
  ];
  for (const [role, email] of logins) agents[role] = await ctx.login(email);
  auditCount = async () => (await ctx.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events`)).rows[0]!.n;
});

const headers = (route: Route) => (route.isWorkbook ? { 'content-type': xlsx } : {});
const call = (agent: TestAgent, route: Route, path: string) =>
  agent.request({
    method: route.method,
    url: `/api/administrations/${fx.mit}${path}`,
    payload: route.body?.(fx) as never,
    headers: headers(route),
  });

describe.each(routes.map((r) => [`${r.method} ${r.path.toString().replace(/^\(.*?\) => /, '')}`, r] as const))('%s', (_name, route) => {
  it('answers 401 to an anonymous caller', async () => {
    const res = await ctx.app.inject({
      method: route.method,
      url: `/api/administrations/${fx.mit}${route.path(fx)}`,
      payload: route.body?.(fx) as never,
      headers: headers(route),
    });
    expect(res.statusCode).toBe(401);
  });

  it('answers 404 to a member of another administration, and for an object of another administration', async () => {
    const before = await auditCount();
    expect((await call(agents.outsider!, route, route.path(fx))).statusCode).toBe(404);
    if (route.foreign) expect((await call(agents[route.as]!, route, route.foreign(fx))).statusCode).toBe(404);
    expect(await auditCount()).toBe(before);
  });

  it(
    route.isWrite
      ? 'answers 403 to a role without the permission (adviser, oversight body)'
      : 'lets every member and the oversight body read it',
    async () => {
      const before = await auditCount();
      for (const role of ['adviser', 'oversight']) {
        const res = await call(agents[role]!, route, route.path(fx));
        if (route.isWrite) expect(res.statusCode, `${role}: ${res.body}`).toBe(403);
        else if (route.path(fx) !== '/dashboards/oversight') expect(res.statusCode, `${role}: ${res.body}`).toBe(200);
      }
      expect(await auditCount()).toBe(before);
    },
  );

  it('refuses a bad parameter or body with 400 naming the field', async () => {
    const path = route.invalid.path?.(fx) ?? route.path(fx);
    const res = await agents[route.as]!.request({
      method: route.method,
      url: `/api/administrations/${fx.mit}${path}`,
      payload: (route.invalid.body ?? route.body?.(fx)) as never,
      headers: headers(route),
    });
    if (route.invalid.field === '') {
      expect(res.statusCode).toBe(route.invalid.status ?? 404);
      return;
    }
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().fields.map((f: { field: string }) => f.field)).toContain(route.invalid.field);
  });
});
