import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { byAcronym, fieldsOf, findStructure, orgUrl, type ErrorBody } from './organisation.fixtures.js';

const ctx = await createTestApp();
let dc: TestAgent; // Directrice de cabinet of the town hall: manages the organisation
let adviser: TestAgent; // a technical adviser: reads only
let town: string;

beforeAll(async () => {
  dc = await ctx.login('dc@mairie.demo.bj');
  adviser = await ctx.login('conseiller@mairie.demo.bj');
  town = await dc.administrationId('MZG');
});

type Structure = { id: string; parentId: string | null; attachedToId: string | null; name: string; acronym: string | null };

describe('ranks', () => {
  it('lists ranks by level and manages them', async () => {
    const list = await adviser.get(orgUrl(town, '/ranks'));
    expect(list.statusCode).toBe(200);
    const levels = (list.json() as { items: { level: number }[] }).items.map((r) => r.level);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));

    const created = await dc.post(orgUrl(town, '/ranks'), { name: 'Chef de bureau', level: 9 });
    expect(created.statusCode).toBe(201);
    const rank = created.json() as { id: string; name: string; postCount: number };
    expect(rank).toMatchObject({ name: 'Chef de bureau', postCount: 0 });

    const renamed = await dc.patch(orgUrl(town, `/ranks/${rank.id}`), { name: 'Chef de bureau principal' });
    expect(renamed.json()).toMatchObject({ name: 'Chef de bureau principal', level: 9 });

    const again = await dc.post(orgUrl(town, '/ranks'), { name: 'chef de bureau PRINCIPAL', level: 3 });
    expect(again.statusCode).toBe(409);
    expect(fieldsOf(again.json())).toEqual(['name']);

    expect((await dc.delete(orgUrl(town, `/ranks/${rank.id}`))).statusCode).toBe(200);
    expect((await dc.delete(orgUrl(town, `/ranks/${rank.id}`))).statusCode).toBe(404);
  });

  it('refuses to delete a rank used by posts', async () => {
    const ranks = (await dc.get(orgUrl(town, '/ranks'))).json() as { items: { id: string; postCount: number }[] };
    const used = ranks.items.find((r) => r.postCount > 0)!;
    const res = await dc.delete(orgUrl(town, `/ranks/${used.id}`));
    expect(res.statusCode).toBe(409);
    expect((res.json() as ErrorBody).code).toBe('has_dependents');
  });
});

describe('structures', () => {
  it('shows the police attached to the cabinet, not under its authority (seed 003)', async () => {
    const cabinet = await findStructure(dc, town, byAcronym('CAB'));
    const police = await findStructure(dc, town, byAcronym('DPM'));
    const detail = (await adviser.get(orgUrl(town, `/structures/${police.id}`))).json() as Structure & {
      attachedTo: { id: string } | null;
      attributions: { text: string }[];
      posts: { title: string; holders: unknown[] }[];
    };
    expect(detail.parentId).toBeNull();
    expect(detail.attachedTo?.id).toBe(cabinet.id);
    expect(detail.attributions.some((a) => a.text.includes('ordre public'))).toBe(true);
    expect(detail.posts.length).toBeGreaterThan(0);

    const cabinetDetail = (await adviser.get(orgUrl(town, `/structures/${cabinet.id}`))).json() as {
      attached: { id: string }[];
      children: { id: string }[];
    };
    expect(cabinetDetail.attached.map((s) => s.id)).toContain(police.id);
    expect(cabinetDetail.children.map((s) => s.id)).not.toContain(police.id);
  });

  it('creates, changes and deletes a structure, replacing its attributions', async () => {
    const sg = await findStructure(dc, town, (s) => s.name.startsWith('Secrétariat général'));
    const created = await dc.post(orgUrl(town, '/structures'), {
      kind: 'service',
      name: 'Service des archives',
      acronym: 'SAR',
      parentId: sg.id,
      attributions: ['Conserver les archives de la mairie', 'Communiquer les archives au public'],
    });
    expect(created.statusCode).toBe(201);
    const s = created.json() as Structure & { attributions: { text: string }[]; warnings: { duplicates: unknown[] } };
    expect(s).toMatchObject({ name: 'Service des archives', parentId: sg.id, acronym: 'SAR' });
    expect(s.attributions.map((a) => a.text)).toEqual(['Conserver les archives de la mairie', 'Communiquer les archives au public']);
    expect(s.warnings.duplicates).toEqual([]);

    const changed = await dc.patch(orgUrl(town, `/structures/${s.id}`), { acronym: '', attributions: ['Classer les archives'] });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ acronym: null, attributions: [{ text: 'Classer les archives', position: 0 }] });

    expect((await dc.delete(orgUrl(town, `/structures/${s.id}`))).statusCode).toBe(200);
    expect((await dc.get(orgUrl(town, `/structures/${s.id}`))).statusCode).toBe(404);
  });

  it('refuses a parent that is one of its own sub-structures', async () => {
    const cabinet = await findStructure(dc, town, byAcronym('CAB'));
    const child = (await dc.get(orgUrl(town, `/structures/${cabinet.id}`))).json() as { children: { id: string }[] };
    const res = await dc.patch(orgUrl(town, `/structures/${cabinet.id}`), { parentId: child.children[0]!.id });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'cycle', fields: [{ field: 'parentId' }] });
    const self = await dc.patch(orgUrl(town, `/structures/${cabinet.id}`), { parentId: cabinet.id });
    expect(self.statusCode).toBe(409);
  });

  it('refuses to delete a structure with sub-structures or posts', async () => {
    const cabinet = await findStructure(dc, town, byAcronym('CAB'));
    const res = await dc.delete(orgUrl(town, `/structures/${cabinet.id}`));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'has_dependents' });
    expect((res.json() as ErrorBody).message).toMatch(/sous-structure/);
  });

  it('names the field of an unknown parent and writes nothing', async () => {
    const before = ((await dc.get(orgUrl(town, '/structures'))).json() as { items: unknown[] }).items.length;
    const res = await dc.post(orgUrl(town, '/structures'), {
      kind: 'service',
      name: 'Service fantôme',
      parentId: '00000000-0000-4000-8000-000000000000',
      attributions: ['Rien'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ fields: [{ field: 'parentId', message: 'Élément référencé introuvable.' }] });
    const after = ((await dc.get(orgUrl(town, '/structures'))).json() as { items: unknown[] }).items.length;
    expect(after).toBe(before);
  });

  it('records before and after of a change in the audit trail', async () => {
    const police = await findStructure(dc, town, byAcronym('DPM'));
    await dc.patch(orgUrl(town, `/structures/${police.id}`), { name: 'Direction de la Police municipale de Zogbodomey' });
    const res = await dc.get(`/api/administrations/${town}/audit?entityType=structure&entityId=${police.id}`);
    expect(res.statusCode).toBe(200);
    const [event] = (res.json() as { items: { action: string; before: { name: string }; after: { name: string } }[] }).items;
    expect(event).toMatchObject({
      action: 'structure.update',
      before: { name: 'Direction de la Police municipale' },
      after: { name: 'Direction de la Police municipale de Zogbodomey' },
    });
  });
});
