// Every route of the agenda and audience requests: who may call it, how bad input is refused, and that
// administrations stay apart.
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '../../platform/dates.js';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { agendaUrl, audiencesUrl, createEvent, personIdByEmail, structureIdByAcronym, type ErrorBody } from './agenda.fixtures.js';

const ctx = await createTestApp();
const day = addDaysIso(todayIso(), 60);

type Ids = { eventId: string; briefingId: string; requestId: string; structureId: string };
// read: any member may call it; manage: needs agenda.manage (the director gets 403);
// author: only the person asked for the note (the director gets 403, the adviser may)
type Kind = 'read' | 'manage' | 'author';
type Route = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  base: 'agenda' | 'audiences';
  path: (ids: Ids) => string;
  kind: Kind;
  body?: (ids: Ids) => unknown;
  invalid?: { path?: (ids: Ids) => string; body?: unknown; field: string };
};

const eventBody = {
  kind: 'meeting',
  title: 'Réunion',
  startsAt: `${day}T09:00:00+01:00`,
  endsAt: `${day}T10:00:00+01:00`,
};
const routes: Route[] = [
  {
    method: 'GET',
    base: 'agenda',
    path: () => `/events?from=${day}&to=${addDaysIso(day, 7)}`,
    kind: 'read',
    invalid: { path: () => '/events?from=2026-13-01&to=2026-12-01', field: 'querystring.from' },
  },
  {
    method: 'GET',
    base: 'agenda',
    path: (i) => `/events/${i.eventId}`,
    kind: 'read',
    invalid: { path: () => '/events/abc', field: 'params.eventId' },
  },
  {
    method: 'POST',
    base: 'agenda',
    path: () => '/events',
    kind: 'manage',
    body: () => eventBody,
    invalid: { body: { ...eventBody, kind: 'party' }, field: 'kind' },
  },
  {
    method: 'PUT',
    base: 'agenda',
    path: (i) => `/events/${i.eventId}`,
    kind: 'manage',
    body: () => eventBody,
    invalid: { body: { ...eventBody, endsAt: `${day}T08:00:00+01:00` }, field: 'endsAt' },
  },
  {
    method: 'DELETE',
    base: 'agenda',
    path: (i) => `/events/${i.eventId}`,
    kind: 'manage',
    invalid: { path: () => '/events/abc', field: 'params.eventId' },
  },
  {
    method: 'GET',
    base: 'agenda',
    path: () => '/search?q=audience',
    kind: 'read',
    invalid: { path: () => '/search?q=a', field: 'querystring.q' },
  },
  {
    method: 'GET',
    base: 'agenda',
    path: () => `/summary?from=${day}&to=${addDaysIso(day, 7)}`,
    kind: 'read',
    invalid: { path: () => `/summary?from=${day}`, field: 'querystring.to' },
  },
  {
    method: 'POST',
    base: 'agenda',
    path: (i) => `/events/${i.eventId}/briefings`,
    kind: 'manage',
    body: (i) => ({ requestedFromStructureId: i.structureId, dueOn: day }),
    invalid: { body: { requestedFromStructureId: '00000000-0000-4000-8000-000000000000', dueOn: '31/12/2026' }, field: 'dueOn' },
  },
  {
    method: 'GET',
    base: 'agenda',
    path: () => '/briefings',
    kind: 'read',
    invalid: { path: () => '/briefings?scope=all', field: 'querystring.scope' },
  },
  {
    method: 'GET',
    base: 'agenda',
    path: (i) => `/briefings/${i.briefingId}`,
    kind: 'author',
    invalid: { path: () => '/briefings/abc', field: 'params.briefingId' },
  },
  {
    method: 'PUT',
    base: 'agenda',
    path: (i) => `/briefings/${i.briefingId}/content`,
    kind: 'author',
    body: () => ({ content: 'Note' }),
    invalid: { body: { content: '' }, field: 'content' },
  },
  {
    method: 'POST',
    base: 'agenda',
    path: (i) => `/events/${i.eventId}/decisions`,
    kind: 'manage',
    body: (i) => ({ decisions: [{ text: 'Décision', leadStructureId: i.structureId, dueOn: day }] }),
    invalid: { body: { decisions: [] }, field: 'decisions' },
  },
  { method: 'GET', base: 'agenda', path: () => '/feed', kind: 'read' },
  { method: 'POST', base: 'agenda', path: () => '/feed', kind: 'read' },
  { method: 'DELETE', base: 'agenda', path: () => '/feed', kind: 'read' },
  {
    method: 'GET',
    base: 'audiences',
    path: () => '',
    kind: 'manage',
    invalid: { path: () => '?status=open', field: 'querystring.status' },
  },
  {
    method: 'POST',
    base: 'audiences',
    path: () => '',
    kind: 'read',
    body: () => ({ subject: 'Demande', preferredDates: [day] }),
    invalid: { body: { subject: 'Demande', preferredDates: [] }, field: 'preferredDates' },
  },
  {
    method: 'GET',
    base: 'audiences',
    path: (i) => `/${i.requestId}`,
    kind: 'manage',
    invalid: { path: () => '/abc', field: 'params.requestId' },
  },
  {
    method: 'POST',
    base: 'audiences',
    path: (i) => `/${i.requestId}/accept`,
    kind: 'manage',
    body: () => ({ startsAt: `${day}T15:00:00+01:00`, endsAt: `${day}T15:30:00+01:00` }),
    invalid: { body: { endsAt: `${day}T15:30:00+01:00` }, field: 'startsAt' },
  },
  {
    method: 'POST',
    base: 'audiences',
    path: (i) => `/${i.requestId}/redirect`,
    kind: 'manage',
    body: (i) => ({ structureId: i.structureId }),
    invalid: { body: { structureId: 'abc' }, field: 'structureId' },
  },
  {
    method: 'POST',
    base: 'audiences',
    path: (i) => `/${i.requestId}/decline`,
    kind: 'manage',
    body: () => ({ reason: 'Motif' }),
    invalid: { body: { reason: '' }, field: 'reason' },
  },
];

let dc: TestAgent;
let ministryDc: TestAgent;
let director: TestAgent;
let adviser: TestAgent;
let town: string;
let ministry: string;
let townIds: Ids;
let ministryIds: Ids;

async function collectIds(agent: TestAgent, administrationId: string, adviserEmail: string, structureAcronym: string): Promise<Ids> {
  const event = await createEvent(agent, administrationId, { ...eventBody, visibility: 'public' });
  const adviserId = await personIdByEmail(agent, administrationId, adviserEmail);
  const briefing = await agent.post(agendaUrl(administrationId, `/events/${event.id}/briefings`), {
    requestedFromPersonId: adviserId,
    dueOn: day,
  });
  expect(briefing.statusCode).toBe(201);
  const requests = (await agent.get(audiencesUrl(administrationId, '?status=pending'))).json() as { items: { id: string }[] };
  return {
    eventId: event.id,
    briefingId: (briefing.json() as { id: string }).id,
    requestId: requests.items[0]!.id,
    structureId: await structureIdByAcronym(agent, administrationId, structureAcronym),
  };
}

const urlOf = (route: Route, administrationId: string, path: string) =>
  route.base === 'agenda' ? agendaUrl(administrationId, path) : audiencesUrl(administrationId, path);
const requestOf = (route: Route, administrationId: string, ids: Ids): InjectOptions => ({
  method: route.method,
  url: urlOf(route, administrationId, route.path(ids)),
  ...(route.method === 'POST' || route.method === 'PUT' ? { payload: (route.body?.(ids) ?? {}) as InjectOptions['payload'] } : {}),
});
const placeholders: Ids = { eventId: ':id', briefingId: ':id', requestId: ':id', structureId: ':id' };
const label = (r: Route) => `${r.method} /${r.base}${r.path(placeholders)}`;
const hasIdInPath = (r: Route) => r.path(placeholders).includes(':id');

beforeAll(async () => {
  dc = await ctx.login('dc@mairie.demo.bj');
  ministryDc = await ctx.login('dc@mit.demo.bj');
  director = await ctx.login('directeur@mairie.demo.bj');
  adviser = await ctx.login('conseiller@mairie.demo.bj');
  town = await dc.administrationId('MZG');
  ministry = await ministryDc.administrationId('MIT');
  townIds = await collectIds(dc, town, 'conseiller@mairie.demo.bj', 'DST');
  ministryIds = await collectIds(ministryDc, ministry, 'conseiller@mit.demo.bj', 'DTT');
});

describe.each(routes.map((r) => [label(r), r] as const))('%s', (_label, route) => {
  it('refuses anonymous callers with 401', async () => {
    const res = await ctx.app.inject(requestOf(route, town, townIds));
    expect(res.statusCode).toBe(401);
  });

  if (route.kind === 'read') {
    it('lets any member call it', async () => {
      const res = await director.request(requestOf(route, town, townIds));
      expect(res.statusCode, res.body).toBeLessThan(300);
    });
  } else {
    it('refuses a member without the right with 403', async () => {
      const res = await director.request(requestOf(route, town, townIds));
      expect([403, 404]).toContain(res.statusCode);
      if (route.kind === 'manage' || route.method === 'PUT') {
        expect(res.statusCode).toBe(403);
        expect((res.json() as ErrorBody).code).toBe('forbidden');
      }
    });
  }

  if (route.kind === 'author') {
    it('lets the adviser asked for the note call it', async () => {
      const res = await adviser.request(requestOf(route, town, townIds));
      expect(res.statusCode, res.body).toBe(200);
    });
  }

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
    it(`refuses bad input with 400 naming ${invalid.field}`, async () => {
      const res = await dc.request({
        ...requestOf(route, town, townIds),
        ...(invalid.path ? { url: urlOf(route, town, invalid.path(townIds)) } : {}),
        ...(invalid.body !== undefined ? { payload: invalid.body as InjectOptions['payload'] } : {}),
      });
      expect(res.statusCode).toBe(400);
      const body = res.json() as ErrorBody;
      expect(body.code).toBe('validation_failed');
      expect(body.fields?.map((f) => f.field)).toContain(invalid.field);
    });
  }
});

describe('public routes', () => {
  it('serve anonymous callers and refuse bad input', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/public/administrations/MIT' })).statusCode).toBe(200);
    const badCode = await ctx.app.inject({ method: 'GET', url: '/api/public/administrations/x' });
    expect(badCode.statusCode).toBe(400);
    expect((badCode.json() as ErrorBody).fields?.map((f) => f.field)).toEqual(['params.administrationCode']);
    const badToken = await ctx.app.inject({ method: 'GET', url: '/api/public/audience-requests/short' });
    expect(badToken.statusCode).toBe(400);
    const badBody = await ctx.app.inject({
      method: 'POST',
      url: '/api/public/administrations/MIT/audience-requests',
      payload: { requesterName: '', email: 'x@y.bj', subject: 'S', preferredDates: [day] },
      remoteAddress: '198.51.100.7',
    });
    expect(badBody.statusCode).toBe(400);
    expect((badBody.json() as ErrorBody).fields?.map((f) => f.field)).toEqual(['requesterName']);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/feeds/unknown.ics' })).statusCode).toBe(404);
  });

  it('need no CSRF token, since they carry no session', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/public/administrations/MIT/audience-requests',
      payload: { requesterName: 'Koffi Mensah', email: 'koffi@example.bj', subject: 'Sujet', preferredDates: [day] },
      remoteAddress: '198.51.100.8',
    });
    expect(res.statusCode).toBe(201);
  });
});
