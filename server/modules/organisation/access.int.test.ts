// Every route of the module: who may call it, how bad input is refused, and that tenants stay apart.
import { beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { byAcronym, findPost, findStructure, orgUrl, type ErrorBody } from './organisation.fixtures.js';

const ctx = await createTestApp();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const NIL = '00000000-0000-4000-8000-000000000000';

type Ids = {
  structureId: string;
  postId: string;
  rankId: string;
  personId: string;
  assignmentId: string;
  interimId: string;
  absenceId: string;
};
type Route = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: (ids: Ids) => string;
  isWrite: boolean;
  body?: unknown;
  // a bad input and the field the 400 must name
  invalid?: { path?: (ids: Ids) => string; body?: unknown; field: string };
};

const routes: Route[] = [
  { method: 'GET', path: () => '/ranks', isWrite: false },
  { method: 'POST', path: () => '/ranks', isWrite: true, invalid: { body: { name: '', level: 1 }, field: 'name' } },
  { method: 'PATCH', path: (i) => `/ranks/${i.rankId}`, isWrite: true, invalid: { body: { level: 0 }, field: 'level' } },
  { method: 'DELETE', path: (i) => `/ranks/${i.rankId}`, isWrite: true, invalid: { path: () => '/ranks/abc', field: 'params.rankId' } },
  { method: 'GET', path: () => '/structures', isWrite: false },
  { method: 'POST', path: () => '/structures', isWrite: true, invalid: { body: { kind: 'kingdom', name: 'X' }, field: 'kind' } },
  {
    method: 'GET',
    path: (i) => `/structures/${i.structureId}`,
    isWrite: false,
    invalid: { path: () => '/structures/abc', field: 'params.structureId' },
  },
  { method: 'PATCH', path: (i) => `/structures/${i.structureId}`, isWrite: true, invalid: { body: { name: '' }, field: 'name' } },
  {
    method: 'DELETE',
    path: (i) => `/structures/${i.structureId}`,
    isWrite: true,
    invalid: { path: () => '/structures/1', field: 'params.structureId' },
  },
  {
    method: 'GET',
    path: () => '/posts',
    isWrite: false,
    invalid: { path: () => '/posts?structureId=abc', field: 'querystring.structureId' },
  },
  { method: 'POST', path: () => '/posts', isWrite: true, invalid: { body: { title: 'Chargé de mission' }, field: 'structureId' } },
  { method: 'GET', path: (i) => `/posts/${i.postId}`, isWrite: false, invalid: { path: () => '/posts/abc', field: 'params.postId' } },
  { method: 'PATCH', path: (i) => `/posts/${i.postId}`, isWrite: true, invalid: { body: { function: 'king' }, field: 'function' } },
  { method: 'DELETE', path: (i) => `/posts/${i.postId}`, isWrite: true, invalid: { path: () => '/posts/abc', field: 'params.postId' } },
  {
    method: 'GET',
    path: (i) => `/posts/${i.postId}/acting?date=2026-11-20&context=management_committee`,
    isWrite: false,
    invalid: { path: (i) => `/posts/${i.postId}/acting?date=2026-02-30`, field: 'querystring.date' },
  },
  {
    method: 'POST',
    path: () => '/attributions/check',
    isWrite: false,
    body: { texts: ['Tenir les archives'] },
    invalid: { body: { texts: 'x' }, field: 'texts' },
  },
  { method: 'GET', path: () => '/tree', isWrite: false, invalid: { path: () => '/tree?date=hier', field: 'querystring.date' } },
  { method: 'GET', path: () => '/persons', isWrite: false, invalid: { path: () => '/persons?limit=0', field: 'querystring.limit' } },
  {
    method: 'POST',
    path: () => '/persons',
    isWrite: true,
    invalid: { body: { civility: 'Dr', firstName: 'A', lastName: 'B' }, field: 'civility' },
  },
  {
    method: 'GET',
    path: (i) => `/persons/${i.personId}`,
    isWrite: false,
    invalid: { path: () => '/persons/abc', field: 'params.personId' },
  },
  {
    method: 'PATCH',
    path: (i) => `/persons/${i.personId}`,
    isWrite: true,
    invalid: { body: { email: 'pas-une-adresse' }, field: 'email' },
  },
  {
    method: 'POST',
    path: () => '/assignments',
    isWrite: true,
    invalid: { body: { personId: NIL, postId: NIL, startDate: '2026-05-01', endDate: '2026-04-01' }, field: 'endDate' },
  },
  {
    method: 'PATCH',
    path: (i) => `/assignments/${i.assignmentId}`,
    isWrite: true,
    body: { endDate: '2032-01-01' },
    invalid: { body: { endDate: '31/12/2026' }, field: 'endDate' },
  },
  {
    method: 'GET',
    path: () => '/interims',
    isWrite: false,
    invalid: { path: () => '/interims?activeOn=demain', field: 'querystring.activeOn' },
  },
  {
    method: 'POST',
    path: () => '/interims',
    isWrite: true,
    invalid: { body: { postId: NIL, personId: NIL, startDate: '2026-05-01', endDate: '2026-05-09' }, field: 'legalReference' },
  },
  {
    method: 'DELETE',
    path: (i) => `/interims/${i.interimId}`,
    isWrite: true,
    invalid: { path: () => '/interims/abc', field: 'params.interimId' },
  },
  {
    method: 'GET',
    path: () => '/absences',
    isWrite: false,
    invalid: { path: () => '/absences?from=2026-13-01', field: 'querystring.from' },
  },
  {
    method: 'POST',
    path: () => '/absences',
    isWrite: true,
    invalid: { body: { personId: 'abc', startDate: '2026-05-01', endDate: '2026-05-02' }, field: 'personId' },
  },
  {
    method: 'DELETE',
    path: (i) => `/absences/${i.absenceId}`,
    isWrite: true,
    invalid: { path: () => '/absences/abc', field: 'params.absenceId' },
  },
  {
    method: 'GET',
    path: () => '/chart.svg',
    isWrite: false,
    invalid: { path: () => '/chart.svg?rootStructureId=abc', field: 'querystring.rootStructureId' },
  },
  {
    method: 'GET',
    path: () => '/chart.pdf',
    isWrite: false,
    invalid: { path: () => '/chart.pdf?date=2026-1-1', field: 'querystring.date' },
  },
  { method: 'GET', path: () => '/template.xlsx', isWrite: false },
  { method: 'GET', path: () => '/export.xlsx', isWrite: false },
  { method: 'POST', path: () => '/import', isWrite: true },
];

let dc: TestAgent;
let adviser: TestAgent;
let ministryDc: TestAgent;
let town: string;
let ministry: string;
let townIds: Ids;
let ministryIds: Ids;

// Ids of real rows of an administration, found through the API.
async function collectIds(agent: TestAgent, administrationId: string): Promise<Ids> {
  const structure = await findStructure(agent, administrationId, (s) => s.acronym !== null);
  const post = await findPost(agent, administrationId, (p) => p.acronym === 'DC');
  const ranks = (await agent.get(orgUrl(administrationId, '/ranks'))).json() as { items: { id: string }[] };
  const detail = (await agent.get(orgUrl(administrationId, `/posts/${post.id}`))).json() as {
    assignments: { id: string; personId: string }[];
  };
  const interim = await agent.post(orgUrl(administrationId, '/interims'), {
    postId: post.id,
    personId: detail.assignments[0]!.personId,
    startDate: '2031-01-05',
    endDate: '2031-01-09',
    legalReference: 'Note de service de test',
  });
  const absence = await agent.post(orgUrl(administrationId, '/absences'), {
    personId: detail.assignments[0]!.personId,
    startDate: '2031-02-01',
    endDate: '2031-02-03',
  });
  expect(interim.statusCode).toBe(201);
  expect(absence.statusCode).toBe(201);
  return {
    structureId: structure.id,
    postId: post.id,
    rankId: ranks.items[0]!.id,
    personId: detail.assignments[0]!.personId,
    assignmentId: detail.assignments[0]!.id,
    interimId: (interim.json() as { id: string }).id,
    absenceId: (absence.json() as { id: string }).id,
  };
}

const requestOf = (route: Route, administrationId: string, ids: Ids): InjectOptions => ({
  method: route.method,
  url: orgUrl(administrationId, route.path(ids)),
  ...(route.method === 'POST' && route.path(ids) === '/import'
    ? { payload: Buffer.from('not a workbook'), headers: { 'content-type': XLSX } }
    : route.method === 'POST' || route.method === 'PATCH'
      ? { payload: (route.body ?? {}) as InjectOptions['payload'] }
      : {}),
});
const placeholders: Ids = {
  structureId: ':id',
  postId: ':id',
  rankId: ':id',
  personId: ':id',
  assignmentId: ':id',
  interimId: ':id',
  absenceId: ':id',
};
const label = (r: Route) => `${r.method} ${r.path(placeholders)}`;
const hasIdInPath = (r: Route) => r.path(placeholders).includes(':id');

beforeAll(async () => {
  dc = await ctx.login('dc@mairie.demo.bj');
  adviser = await ctx.login('conseiller@mairie.demo.bj');
  ministryDc = await ctx.login('dc@mit.demo.bj');
  town = await dc.administrationId('MZG');
  ministry = await ministryDc.administrationId('MIT');
  townIds = await collectIds(dc, town);
  ministryIds = await collectIds(ministryDc, ministry);
});

describe.each(routes.map((r) => [label(r), r] as const))('%s', (_label, route) => {
  it('refuses anonymous callers with 401', async () => {
    const res = await ctx.app.inject(requestOf(route, town, townIds));
    expect(res.statusCode).toBe(401);
  });

  it(route.isWrite ? 'refuses a member without organisation.manage with 403' : 'lets any member read', async () => {
    const res = await adviser.request(requestOf(route, town, townIds));
    if (route.isWrite) {
      expect(res.statusCode).toBe(403);
      expect((res.json() as ErrorBody).code).toBe('forbidden');
    } else {
      expect(res.statusCode).toBe(200);
    }
  });

  it('answers 404 to a user of another administration, through its URL', async () => {
    const res = await dc.request(requestOf(route, ministry, ministryIds));
    expect(res.statusCode).toBe(404);
  });

  if (hasIdInPath(route)) {
    it('answers 404 to ids of another administration sent through its own URL', async () => {
      const res = await dc.request(requestOf(route, town, ministryIds));
      expect(res.statusCode).toBe(404);
    });
  }

  if (route.invalid) {
    const invalid = route.invalid;
    it(`refuses bad input with 400 naming ${invalid.field}, in French by default`, async () => {
      const res = await dc.request({
        ...requestOf(route, town, townIds),
        ...(invalid.path ? { url: orgUrl(town, invalid.path(townIds)) } : {}),
        ...(invalid.body !== undefined ? { payload: invalid.body as InjectOptions['payload'] } : {}),
      });
      expect(res.statusCode).toBe(400);
      const body = res.json() as ErrorBody;
      expect(body.code).toBe('validation_failed');
      expect(body.message).toBe('Certaines valeurs saisies sont invalides.');
      expect(body.fields?.map((f) => f.field)).toContain(invalid.field);
    });
  }
});

describe('tenancy of references in bodies', () => {
  it('refuses a structure of another administration as the structure of a new post, and writes nothing', async () => {
    const before = ((await dc.get(orgUrl(town, '/posts'))).json() as { items: unknown[] }).items.length;
    const res = await dc.post(orgUrl(town, '/posts'), { structureId: ministryIds.structureId, title: 'Poste pirate' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ fields: [{ field: 'structureId' }] });
    expect(((await dc.get(orgUrl(town, '/posts'))).json() as { items: unknown[] }).items.length).toBe(before);
  });

  it('refuses people and posts of another administration in assignments, interims and absences', async () => {
    const assignment = await dc.post(orgUrl(town, '/assignments'), {
      personId: ministryIds.personId,
      postId: townIds.postId,
      startDate: '2030-01-01',
    });
    expect(assignment.json()).toMatchObject({ fields: [{ field: 'personId' }] });
    const interim = await dc.post(orgUrl(town, '/interims'), {
      postId: ministryIds.postId,
      personId: townIds.personId,
      startDate: '2030-01-01',
      endDate: '2030-01-02',
      legalReference: 'Note',
    });
    expect(interim.json()).toMatchObject({ fields: [{ field: 'postId' }] });
    const absence = await dc.post(orgUrl(town, '/absences'), {
      personId: ministryIds.personId,
      startDate: '2030-01-01',
      endDate: '2030-01-02',
    });
    expect(absence.statusCode).toBe(400);
  });

  it('leaves the other administration untouched', async () => {
    const police = await findStructure(ministryDc, ministry, byAcronym('CAB'));
    const detail = await ministryDc.get(orgUrl(ministry, `/structures/${police.id}`));
    expect(detail.statusCode).toBe(200);
    expect((await dc.patch(orgUrl(town, `/structures/${police.id}`), { name: 'Piraté' })).statusCode).toBe(404);
    expect((await dc.delete(orgUrl(town, `/structures/${police.id}`))).statusCode).toBe(404);
    expect((await dc.patch(orgUrl(ministry, `/structures/${police.id}`), { name: 'Piraté' })).statusCode).toBe(404);
    const after = (await ministryDc.get(orgUrl(ministry, `/structures/${police.id}`))).json() as { name: string };
    expect(after.name).toBe((detail.json() as { name: string }).name);
  });
});

describe('language of errors', () => {
  it('answers in English when the signed-in user chose English', async () => {
    const user = await ctx.login('admin@mairie.demo.bj');
    expect((await user.put('/api/auth/me/preferences', { locale: 'en' })).statusCode).toBe(200);
    const res = await user.post(orgUrl(town, '/structures'), { kind: 'service' });
    expect(res.statusCode).toBe(400);
    const body = res.json() as ErrorBody;
    expect(body.message).toBe('Some values are invalid.');
    expect(body.fields).toContainEqual({ field: 'name', message: 'Required field.' });
    const unknown = await user.post(orgUrl(town, '/posts'), { structureId: NIL, title: 'X' });
    expect(unknown.json()).toMatchObject({ fields: [{ field: 'structureId', message: 'Referenced item not found.' }] });
  });
});
