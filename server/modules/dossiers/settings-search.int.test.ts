// Reference numbering and circuits set by the administration; French full-text search.
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../platform/dates.js';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { dossiersUrl, findStructureId, registerDossier, type DossierDetail, type ErrorBody } from './dossiers.fixtures.js';

const ctx = await createTestApp();
let admin: TestAgent;
let secretariat: TestAgent;
let dc: TestAgent;
let sg: TestAgent;
let maire: TestAgent;
let director: TestAgent;
let town: string;

beforeAll(async () => {
  admin = await ctx.login('admin@mairie.demo.bj');
  secretariat = await ctx.login('secretariat@mairie.demo.bj');
  dc = await ctx.login('dc@mairie.demo.bj');
  sg = await ctx.login('sg@mairie.demo.bj');
  maire = await ctx.login('maire@mairie.demo.bj');
  director = await ctx.login('directeur@mairie.demo.bj');
  town = await admin.administrationId('MZG');
});

describe('reference numbering', () => {
  it('shows the format and the next reference, and numbers with a new format once changed', async () => {
    const year = todayIso().slice(0, 4);
    const before = (await dc.get(dossiersUrl(town, '/settings'))).json() as { referenceFormat: string; nextReference: string };
    expect(before.referenceFormat).toBe('{seq:5}/{code}/{year}');
    const res = await admin.put(dossiersUrl(town, '/settings'), { referenceFormat: 'MAIRIE-{year}-{seq:4}-{code}', referenceCode: 'CAB' });
    expect(res.statusCode, res.body).toBe(200);
    const { nextReference } = res.json() as { nextReference: string };
    expect(nextReference).toMatch(new RegExp(`^MAIRIE-${year}-\\d{4}-CAB$`));
    const dossier = await registerDossier(secretariat, town);
    expect(dossier.reference).toBe(nextReference);
  });

  it('refuses a format without the year, naming the field and changing nothing', async () => {
    const res = await admin.put(dossiersUrl(town, '/settings'), { referenceFormat: '{seq:6}/{code}', referenceCode: 'CAB' });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).fields?.[0]?.field).toBe('referenceFormat');
    expect(((await dc.get(dossiersUrl(town, '/settings'))).json() as { referenceFormat: string }).referenceFormat).toBe(
      'MAIRIE-{year}-{seq:4}-{code}',
    );
  });
});

describe('circuits set by the administration', () => {
  it('lists the default circuit of every kind', async () => {
    const { items } = (await dc.get(dossiersUrl(town, '/circuits'))).json() as {
      items: { kind: string; isDefault: boolean; steps: { type: string }[] }[];
    };
    expect(items.find((c) => c.kind === 'contract')).toMatchObject({ isDefault: true, steps: [{ type: 'technical' }] });
  });

  it('runs a parallel circuit: the SG and a named structure give their opinions in any order', async () => {
    const dst = await findStructureId(dc, town, 'DST');
    const res = await admin.put(dossiersUrl(town, '/circuits/contract'), {
      mode: 'parallel',
      steps: [{ type: 'structure', structureId: dst }, { type: 'technical' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      kind: 'contract',
      mode: 'parallel',
      isDefault: false,
      steps: [{ type: 'structure', structureName: 'Direction des Services techniques' }, { type: 'technical' }],
    });

    const d = await registerDossier(secretariat, town, { kind: 'contract', subject: 'Marché de pavage de la place du marché' });
    const assigned = (
      await dc.post(dossiersUrl(town, `/${d.id}/assignments`), { assignments: [{ structureId: dst, purpose: 'action' }] })
    ).json() as DossierDetail;
    expect(assigned.holders.map((h) => [h.type, h.opinionType, h.structureName ?? h.postTitle])).toEqual([
      ['opinion', 'structure', 'Direction des Services techniques'],
      ['opinion', 'technical', 'Secrétaire général de la mairie'],
    ]);
    // the technical opinion first, although listed second
    expect((await sg.post(dossiersUrl(town, `/${d.id}/opinions`), { verdict: 'favourable', text: 'Favorable.' })).statusCode).toBe(200);
    const last = await director.post(dossiersUrl(town, `/${d.id}/opinions`), {
      verdict: 'favourable_with_reservations',
      text: 'Prévoir le drainage.',
    });
    expect(last.statusCode, last.body).toBe(200);
    expect(last.json()).toMatchObject({ status: 'awaiting_decision' });
    expect((last.json() as DossierDetail).opinionRequests[0]!.opinion).toMatchObject({
      authorPostTitle: 'Directeur des Services techniques',
    });
    expect((await maire.post(dossiersUrl(town, `/${d.id}/decision`), { outcome: 'rejected' })).json()).toMatchObject({ status: 'decided' });
  });

  it('always adds the cabinet’s opinion to a sensitive dossier, even when the circuit has none', async () => {
    await admin.put(dossiersUrl(town, '/circuits/note'), { mode: 'sequential', steps: [] });
    const normal = await registerDossier(secretariat, town, { kind: 'note', subject: 'Note sans avis' });
    const sensitive = await registerDossier(secretariat, town, { kind: 'note', subject: 'Note sensible', confidentiality: 'sensitive' });
    const cab = await findStructureId(dc, town, 'CAB');
    const assign = async (d: DossierDetail) =>
      (
        await dc.post(dossiersUrl(town, `/${d.id}/assignments`), { assignments: [{ structureId: cab, purpose: 'information' }] })
      ).json() as DossierDetail;
    expect((await assign(normal)).status).toBe('awaiting_decision');
    expect((await assign(sensitive)).opinionRequests.map((r) => r.type)).toEqual(['cabinet']);
  });
});

describe('full-text search', () => {
  let dossier: DossierDetail;
  beforeAll(async () => {
    dossier = await registerDossier(secretariat, town, {
      subject: 'Sécurité des élèves aux abords de l’école primaire de Hlanhonou',
      senderName: 'Comité des parents d’élèves',
    });
    await registerDossier(secretariat, town, { subject: 'Élèves : fournitures scolaires', senderName: 'Direction départementale' });
  });

  const search = async (q: string) =>
    (
      (await dc.get(dossiersUrl(town, `/search?q=${encodeURIComponent(q)}`))).json() as {
        items: { id: string; reference: string; rank: number; extracts: { text: string; isMatch: boolean }[][] }[];
      }
    ).items;

  it('ignores accents and case, and finds French word forms', async () => {
    for (const q of ['securite', 'SÉCURITÉ', 'ecoles', 'hlanhonou', 'parents'])
      expect((await search(q)).map((i) => i.id)).toContain(dossier.id);
  });

  it('ranks the best match first and highlights the words found', async () => {
    const items = await search('élèves sécurité');
    expect(items[0]!.id).toBe(dossier.id);
    expect(items[0]!.extracts[0]!.filter((p) => p.isMatch).map((p) => p.text.toLowerCase())).toEqual(
      expect.arrayContaining(['sécurité', 'élèves']),
    );
  });

  it('finds a dossier by its reference, whole or in part', async () => {
    expect((await search(dossier.reference)).map((i) => i.id)).toContain(dossier.id);
    const sequence = dossier.reference.split(/[^0-9]+/).find((part) => part.length >= 4 && !part.startsWith('20'))!;
    expect((await search(sequence)).map((i) => i.id)).toContain(dossier.id);
  });

  it('finds the words of opinions', async () => {
    const sgm = await findStructureId(dc, town, 'SGM');
    await dc.post(dossiersUrl(town, `/${dossier.id}/assignments`), { assignments: [{ structureId: sgm, purpose: 'action' }] });
    await sg.post(dossiersUrl(town, `/${dossier.id}/opinions`), {
      verdict: 'favourable',
      text: 'Installer des ralentisseurs devant le portail.',
    });
    expect((await search('ralentisseur')).map((i) => i.id)).toEqual([dossier.id]);
  });
});
