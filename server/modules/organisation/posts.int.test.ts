import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { byAcronym, fieldsOf, findPost, findRankId, findStructure, orgUrl, type ErrorBody } from './organisation.fixtures.js';

const ctx = await createTestApp();
let dc: TestAgent;
let town: string;
let cabinetId: string;
let rankId: string;

type Duplicate = { attribution: string; matchedText: string; score: number; owner: { type: string; id: string; name: string } };
type PostDetail = {
  id: string;
  title: string;
  reportsToId: string | null;
  structure: { id: string; name: string };
  rank: { id: string } | null;
  attributions: { text: string }[];
  holders: { fullName: string }[];
  assignments: { personName: string; endDate: string | null }[];
  warnings: { duplicates: Duplicate[] };
};

const ORDER_PUBLIC = 'assurer le maintien de l’ordre public et de la securite publique dans la commune';

beforeAll(async () => {
  dc = await ctx.login('dc@mairie.demo.bj');
  town = await dc.administrationId('MZG');
  cabinetId = (await findStructure(dc, town, byAcronym('CAB'))).id;
  rankId = await findRankId(dc, town);
});

const countPosts = async () => ((await dc.get(orgUrl(town, '/posts'))).json() as { items: unknown[] }).items.length;

describe('duplicate attributions (seed 003)', () => {
  it('warns that a new chargé de mission would do what the police already does, and still creates the post', async () => {
    const police = await findStructure(dc, town, byAcronym('DPM'));
    const res = await dc.post(orgUrl(town, '/posts'), {
      structureId: cabinetId,
      title: 'Chargé de mission à la sécurité',
      rankId,
      attributions: [ORDER_PUBLIC, 'Organiser le concours annuel de chant des écoles primaires'],
    });
    expect(res.statusCode).toBe(201);
    const post = res.json() as PostDetail;
    const duplicates = post.warnings.duplicates;
    const police0 = duplicates.find((d) => d.owner.id === police.id);
    expect(police0).toMatchObject({
      attribution: ORDER_PUBLIC,
      owner: { type: 'structure', name: 'Direction de la Police municipale' },
    });
    expect(police0!.matchedText).toMatch(/maintien de l’ordre public/);
    expect(police0!.score).toBeGreaterThanOrEqual(0.6);
    expect(duplicates[0]!.score).toBe(Math.max(...duplicates.map((d) => d.score)));
    // the unrelated duty matches nothing
    expect(duplicates.filter((d) => d.attribution.startsWith('Organiser le concours'))).toEqual([]);
    expect((await dc.get(orgUrl(town, `/posts/${post.id}`))).statusCode).toBe(200);
  });

  it('checks texts while the user types, leaving out the post being edited', async () => {
    const res = await dc.post(orgUrl(town, '/attributions/check'), { texts: [ORDER_PUBLIC, 'Planter des fleurs au rond-point', ''] });
    expect(res.statusCode).toBe(200);
    const { warnings } = res.json() as { warnings: { duplicates: Duplicate[] } };
    expect(warnings.duplicates.length).toBeGreaterThan(0);
    expect(warnings.duplicates.every((d) => d.attribution === ORDER_PUBLIC && d.score >= 0.45 && d.score <= 1)).toBe(true);
    const perText = warnings.duplicates.filter((d) => d.attribution === ORDER_PUBLIC);
    expect(perText.length).toBeLessThanOrEqual(5);

    const police = await findStructure(dc, town, byAcronym('DPM'));
    const excluded = await dc.post(orgUrl(town, '/attributions/check'), { texts: [ORDER_PUBLIC], excludeStructureId: police.id });
    const rest = (excluded.json() as { warnings: { duplicates: Duplicate[] } }).warnings.duplicates;
    expect(rest.some((d) => d.owner.id === police.id)).toBe(false);
  });

  it('ignores the attributions of the edited structure itself', async () => {
    const police = await findStructure(dc, town, byAcronym('DPM'));
    const res = await dc.patch(orgUrl(town, `/structures/${police.id}`), { sortOrder: 3 });
    const { warnings } = res.json() as { warnings: { duplicates: Duplicate[] } };
    expect(warnings.duplicates.some((d) => d.owner.id === police.id)).toBe(false);
  });
});

describe('posts', () => {
  it('shows a post with its structure, rank, superior, holder today and history', async () => {
    const dcPost = await findPost(dc, town, byAcronym('DC'));
    const res = await dc.get(orgUrl(town, `/posts/${dcPost.id}`));
    expect(res.statusCode).toBe(200);
    const post = res.json() as PostDetail;
    expect(post.structure.id).toBe(cabinetId);
    expect(post.reportsToId).not.toBeNull();
    expect(post.holders.map((h) => h.fullName)).toContain('Edwige Ahouandjinou');
    expect(post.assignments[0]).toMatchObject({ personName: 'Edwige Ahouandjinou', endDate: null });
    expect(post.attributions.length).toBeGreaterThan(0);
  });

  it('filters posts by structure', async () => {
    const res = await dc.get(orgUrl(town, `/posts?structureId=${cabinetId}`));
    const items = (res.json() as { items: { structureId: string }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((p) => p.structureId === cabinetId)).toBe(true);
  });

  it('changes a post and records before and after in the audit trail', async () => {
    const created = (
      await dc.post(orgUrl(town, '/posts'), { structureId: cabinetId, title: 'Chargé de mission', attributions: ['A'] })
    ).json() as PostDetail;
    const res = await dc.patch(orgUrl(town, `/posts/${created.id}`), { title: 'Chargé de mission aux marchés', attributions: ['B', 'C'] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ title: 'Chargé de mission aux marchés', attributions: [{ text: 'B' }, { text: 'C' }] });

    const audit = await dc.get(`/api/administrations/${town}/audit?entityType=post&entityId=${created.id}`);
    const events = (audit.json() as { items: { action: string; before: unknown; after: unknown }[] }).items;
    expect(events.map((e) => e.action)).toEqual(['post.update', 'post.create']);
    expect(events[0]).toMatchObject({
      before: { title: 'Chargé de mission', attributions: ['A'] },
      after: { title: 'Chargé de mission aux marchés', attributions: ['B', 'C'] },
    });
  });

  it('writes nothing when the rank is unknown', async () => {
    const before = await countPosts();
    const res = await dc.post(orgUrl(town, '/posts'), {
      structureId: cabinetId,
      title: 'Chargé de mission fantôme',
      rankId: '00000000-0000-4000-8000-000000000000',
      attributions: ['Hanter le cabinet'],
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json() as ErrorBody)).toEqual(['rankId']);
    expect((res.json() as ErrorBody).fields![0]!.message).toBe('Élément référencé introuvable.');
    expect(await countPosts()).toBe(before);
  });

  it('refuses a post reporting to itself or to its own subordinate', async () => {
    const dcPost = await findPost(dc, town, byAcronym('DC'));
    const dac = await findPost(dc, town, byAcronym('DAC'));
    const self = await dc.patch(orgUrl(town, `/posts/${dcPost.id}`), { reportsToId: dcPost.id });
    expect(self.statusCode).toBe(409);
    expect(self.json()).toMatchObject({ code: 'cycle', fields: [{ field: 'reportsToId' }] });
    const loop = await dc.patch(orgUrl(town, `/posts/${dcPost.id}`), { reportsToId: dac.id });
    expect(loop.statusCode).toBe(409);
  });

  it('keeps one head per structure', async () => {
    const res = await dc.post(orgUrl(town, '/posts'), { structureId: cabinetId, title: 'Second directeur', isHeadOfStructure: true });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'conflict', fields: [{ field: 'isHeadOfStructure' }] });
  });

  it('deletes a post nobody held, and keeps one with a history', async () => {
    const created = (await dc.post(orgUrl(town, '/posts'), { structureId: cabinetId, title: 'Poste éphémère' })).json() as PostDetail;
    expect((await dc.delete(orgUrl(town, `/posts/${created.id}`))).statusCode).toBe(200);
    expect((await dc.get(orgUrl(town, `/posts/${created.id}`))).statusCode).toBe(404);

    const dcPost = await findPost(dc, town, byAcronym('DC'));
    const res = await dc.delete(orgUrl(town, `/posts/${dcPost.id}`));
    expect(res.statusCode).toBe(409);
    expect((res.json() as ErrorBody).code).toBe('has_dependents');
  });
});
