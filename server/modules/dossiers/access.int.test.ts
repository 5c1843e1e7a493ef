// Every route of the dossiers module: who may call it, how bad input is refused, and that tenants stay apart.
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { dossiersUrl, makePdf, multipart, registerDossier, type DossierDetail, type ErrorBody } from './dossiers.fixtures.js';

const ctx = await createTestApp();

type Ids = { dossierId: string; attachmentId: string };
type Role = 'secretariat' | 'dc' | 'sg' | 'maire' | 'admin' | 'directeur' | 'conseiller';
type Route = {
  method: 'GET' | 'POST' | 'PUT';
  path: (ids: Ids) => string;
  // who may call it (for the 404 and validation cases), and someone of the administration who may not (403);
  // reading routes have no such person: every member reads, and confidentiality decides per dossier
  allowed: Role;
  forbidden?: Role;
  body?: unknown;
  isUpload?: boolean;
  invalid?: { path?: (ids: Ids) => string; body?: unknown; files?: boolean; field: string };
};

const routes: Route[] = [
  { method: 'GET', path: () => '', allowed: 'dc', invalid: { path: () => '?status=perdu', field: 'querystring.status' } },
  {
    method: 'POST',
    path: () => '',
    allowed: 'secretariat',
    forbidden: 'directeur',
    body: { subject: '' },
    invalid: { body: { subject: '' }, field: 'subject' },
  },
  { method: 'GET', path: () => '/waiting', allowed: 'dc', invalid: { path: () => '/waiting?limit=0', field: 'querystring.limit' } },
  { method: 'GET', path: () => '/stats', allowed: 'dc' },
  { method: 'GET', path: () => '/search?q=march%C3%A9', allowed: 'dc', invalid: { path: () => '/search', field: 'querystring.q' } },
  { method: 'GET', path: () => '/suggest?q=pla', allowed: 'dc', invalid: { path: () => '/suggest?q=', field: 'querystring.q' } },
  { method: 'GET', path: () => '/notifications', allowed: 'dc' },
  {
    method: 'GET',
    path: () => '/export.xlsx',
    allowed: 'dc',
    invalid: { path: () => '/export.xlsx?isLate=peut-etre', field: 'querystring.isLate' },
  },
  { method: 'GET', path: () => '/settings', allowed: 'dc' },
  {
    method: 'PUT',
    path: () => '/settings',
    allowed: 'admin',
    forbidden: 'directeur',
    body: { referenceFormat: '{year}/{seq:6}/{code}', referenceCode: 'MZG' },
    invalid: { body: { referenceFormat: '{seq}', referenceCode: 'MZG' }, field: 'referenceFormat' },
  },
  { method: 'GET', path: () => '/circuits', allowed: 'dc' },
  {
    method: 'PUT',
    path: () => '/circuits/note',
    allowed: 'admin',
    forbidden: 'directeur',
    body: { mode: 'sequential', steps: [{ type: 'technical' }] },
    invalid: { body: { mode: 'sequential', steps: [{ type: 'structure' }] }, field: 'steps.0.structureId' },
  },
  { method: 'GET', path: () => '/integrity', allowed: 'admin', forbidden: 'directeur' },
  { method: 'GET', path: (i) => `/${i.dossierId}`, allowed: 'dc', invalid: { path: () => '/pas-un-id', field: 'params.dossierId' } },
  {
    method: 'GET',
    path: (i) => `/${i.dossierId}/timeline`,
    allowed: 'dc',
    invalid: { path: () => '/123/timeline', field: 'params.dossierId' },
  },
  {
    method: 'GET',
    path: (i) => `/${i.dossierId}/slip.pdf`,
    allowed: 'dc',
    invalid: { path: () => '/x/slip.pdf', field: 'params.dossierId' },
  },
  {
    method: 'POST',
    path: (i) => `/${i.dossierId}/assignments`,
    allowed: 'dc',
    forbidden: 'directeur',
    body: { assignments: [{ structureId: '00000000-0000-4000-8000-000000000000', purpose: 'action' }] },
    invalid: { body: { assignments: [] }, field: 'assignments' },
  },
  {
    method: 'POST',
    path: (i) => `/${i.dossierId}/opinions`,
    allowed: 'sg',
    forbidden: 'secretariat',
    body: { verdict: 'favourable', text: 'Avis.' },
    invalid: { body: { verdict: 'mitigé', text: 'x' }, field: 'verdict' },
  },
  {
    method: 'POST',
    path: (i) => `/${i.dossierId}/decision`,
    allowed: 'maire',
    forbidden: 'conseiller',
    body: { outcome: 'approved' },
    invalid: { body: { outcome: 'peut-être' }, field: 'outcome' },
  },
  {
    method: 'POST',
    path: (i) => `/${i.dossierId}/file`,
    allowed: 'secretariat',
    forbidden: 'directeur',
    invalid: { path: () => '/0/file', field: 'params.dossierId' },
  },
  {
    method: 'POST',
    path: (i) => `/${i.dossierId}/attachments`,
    allowed: 'secretariat',
    forbidden: 'directeur',
    isUpload: true,
    invalid: { files: true, field: 'files' },
  },
  {
    method: 'GET',
    path: (i) => `/${i.dossierId}/attachments/${i.attachmentId}`,
    allowed: 'dc',
    invalid: { path: (i) => `/${i.dossierId}/attachments/abc`, field: 'params.attachmentId' },
  },
];

const town = {} as Record<Role, TestAgent>;
let townId: string;
let ministryId: string;
let townIds: Ids;
let ministryIds: Ids;
let pdf: Buffer;

async function dossierWithAttachment(secretariat: TestAgent, administrationId: string): Promise<Ids> {
  const d = await registerDossier(secretariat, administrationId, { subject: 'Dossier pour les tests d’accès' });
  const res = await secretariat.request({
    method: 'POST',
    url: dossiersUrl(administrationId, `/${d.id}/attachments`),
    ...multipart([{ name: 'a.pdf', content: pdf }]),
  });
  expect(res.statusCode, res.body).toBe(201);
  return { dossierId: d.id, attachmentId: (res.json() as { items: DossierDetail['attachments'] }).items[0]!.id };
}

const requestOf = (route: Route, administrationId: string, ids: Ids): InjectOptions => ({
  method: route.method,
  url: dossiersUrl(administrationId, route.path(ids)),
  ...(route.isUpload
    ? multipart([{ name: 'b.pdf', content: pdf }])
    : route.body !== undefined
      ? { payload: route.body as InjectOptions['payload'] }
      : {}),
});
const placeholders: Ids = { dossierId: ':dossierId', attachmentId: ':attachmentId' };
const label = (r: Route) => `${r.method} /dossiers${r.path(placeholders)}`;
const hasIdInPath = (r: Route) => r.path(placeholders).includes(':dossierId');

beforeAll(async () => {
  pdf = await makePdf('Pièce pour les tests d’accès.');
  for (const role of ['secretariat', 'dc', 'sg', 'maire', 'admin', 'directeur', 'conseiller'] as Role[]) {
    town[role] = await ctx.login(`${role}@mairie.demo.bj`);
  }
  const ministrySecretariat = await ctx.login('secretariat@mit.demo.bj');
  townId = await town.dc.administrationId('MZG');
  ministryId = await ministrySecretariat.administrationId('MIT');
  townIds = await dossierWithAttachment(town.secretariat, townId);
  ministryIds = await dossierWithAttachment(ministrySecretariat, ministryId);
});

describe.each(routes.map((r) => [label(r), r] as const))('%s', (_label, route) => {
  it('refuses anonymous callers with 401', async () => {
    expect((await ctx.app.inject(requestOf(route, townId, townIds))).statusCode).toBe(401);
  });

  if (route.forbidden) {
    const forbidden = route.forbidden;
    it(`refuses a member without the permission (${forbidden}) with 403`, async () => {
      const res = await town[forbidden].request(requestOf(route, townId, townIds));
      expect(res.statusCode).toBe(403);
      expect((res.json() as ErrorBody).code).toBe('forbidden');
    });
  }

  it('answers 404 to a user of another administration, through its URL', async () => {
    expect((await town[route.allowed].request(requestOf(route, ministryId, ministryIds))).statusCode).toBe(404);
  });

  if (hasIdInPath(route)) {
    it('answers 404 to ids of another administration sent through its own URL', async () => {
      expect((await town[route.allowed].request(requestOf(route, townId, ministryIds))).statusCode).toBe(404);
    });
  }

  if (route.invalid) {
    const invalid = route.invalid;
    it(`refuses bad input with 400 naming ${invalid.field}, in French`, async () => {
      const res = await town[route.allowed].request({
        ...requestOf(route, townId, townIds),
        ...(invalid.path ? { url: dossiersUrl(townId, invalid.path(townIds)) } : {}),
        ...(invalid.body !== undefined ? { payload: invalid.body as InjectOptions['payload'] } : {}),
        ...(invalid.files ? multipart([]) : {}),
      });
      expect(res.statusCode).toBe(400);
      const body = res.json() as ErrorBody;
      expect(['validation_failed']).toContain(body.code);
      expect(body.fields?.map((f) => f.field)).toContain(invalid.field);
      expect(body.fields?.every((f) => f.message.length > 0)).toBe(true);
    });
  }
});

describe('references to other administrations in bodies', () => {
  it('refuses to assign to a structure of another administration, naming the field', async () => {
    const structures = (
      await (await ctx.login('dc@mit.demo.bj')).get(`/api/administrations/${ministryId}/organisation/structures`)
    ).json() as {
      items: { id: string }[];
    };
    const res = await town.dc.post(dossiersUrl(townId, `/${townIds.dossierId}/assignments`), {
      assignments: [{ structureId: structures.items[0]!.id, purpose: 'action' }],
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).fields).toEqual([{ field: 'assignments.0.structureId', message: 'Élément référencé introuvable.' }]);
    expect(((await town.dc.get(dossiersUrl(townId, `/${townIds.dossierId}`))).json() as DossierDetail).status).toBe('registered');
  });
});
