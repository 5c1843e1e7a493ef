// Interims, absences, who acts for a post (seed 000), the flat tree and the org chart, on the demo data.
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { byAcronym, findPost, findStructure, orgUrl } from './organisation.fixtures.js';

const ctx = await createTestApp();
let ministryDc: TestAgent;
let ministry: string;
let ministerPostId: string;
let dcPostId: string;
let dacPostId: string;

type Acting = {
  date: string;
  postId: string;
  holder: { personId: string; fullName: string } | null;
  isHolderAbsent: boolean;
  acting: { fullName: string; postId: string; postTitle: string; basis: string } | null;
};
type Holder = { personId: string; fullName: string; isInterim: boolean; isAbsent: boolean; legalReference: string | null };

beforeAll(async () => {
  ministryDc = await ctx.login('dc@mit.demo.bj');
  ministry = await ministryDc.administrationId('MIT');
  ministerPostId = (await findPost(ministryDc, ministry, (p) => p.title.startsWith('Ministre'))).id;
  dcPostId = (await findPost(ministryDc, ministry, byAcronym('DC'))).id;
  dacPostId = (await findPost(ministryDc, ministry, byAcronym('DAC'))).id;
});

const acting = async (postId: string, date: string, context: 'management_committee' | 'any') => {
  const res = await ministryDc.get(orgUrl(ministry, `/posts/${postId}/acting?date=${date}&context=${context}`));
  expect(res.statusCode).toBe(200);
  return res.json() as Acting;
};

describe('who acts for a post (seed 000)', () => {
  it('is the minister when present', async () => {
    const result = await acting(ministerPostId, '2026-10-01', 'management_committee');
    expect(result).toMatchObject({
      isHolderAbsent: false,
      acting: { fullName: 'Romuald Adjovi', postId: ministerPostId, basis: 'holder' },
    });
  });

  it('is the chief of staff who chairs the management committee while the minister is on mission', async () => {
    const result = await acting(ministerPostId, '2026-11-20', 'management_committee');
    expect(result).toMatchObject({
      date: '2026-11-20',
      holder: { fullName: 'Romuald Adjovi' },
      isHolderAbsent: true,
      acting: { fullName: 'Sylvère Kpossou', postId: dcPostId, postTitle: 'Directeur de cabinet', basis: 'succession' },
    });
  });

  it('is nobody outside the management committee, for which no rule applies', async () => {
    const result = await acting(ministerPostId, '2026-11-20', 'any');
    expect(result).toMatchObject({ isHolderAbsent: true, acting: null });
  });

  it('is the deputy acting for the chief of staff on leave, by interim', async () => {
    const result = await acting(dcPostId, '2026-09-20', 'any');
    expect(result).toMatchObject({
      holder: { fullName: 'Sylvère Kpossou' },
      isHolderAbsent: true,
      acting: { fullName: 'Prudence Houénou', postId: dcPostId, basis: 'interim' },
    });
  });

  it('falls to the deputy chief of staff when the minister and the chief of staff are both away', async () => {
    const dcHolder = (await acting(dcPostId, '2026-11-18', 'any')).holder!;
    const absence = await ministryDc.post(orgUrl(ministry, '/absences'), {
      personId: dcHolder.personId,
      startDate: '2026-11-18',
      endDate: '2026-11-19',
      reason: 'Mission à Parakou',
    });
    expect(absence.statusCode).toBe(201);
    const result = await acting(ministerPostId, '2026-11-18', 'management_committee');
    expect(result.acting).toMatchObject({ fullName: 'Prudence Houénou', postId: dacPostId, basis: 'succession' });
    const listed = (
      await ministryDc.get(orgUrl(ministry, `/absences?personId=${dcHolder.personId}&from=2026-11-01&to=2026-11-30`))
    ).json() as {
      items: { id: string; reason: string }[];
    };
    expect(listed.items.map((a) => a.reason)).toEqual(['Mission à Parakou']);
    expect((await ministryDc.delete(orgUrl(ministry, `/absences/${listed.items[0]!.id}`))).statusCode).toBe(200);
    expect((await acting(ministerPostId, '2026-11-18', 'management_committee')).acting).toMatchObject({ postId: dcPostId });
  });
});

describe('interims', () => {
  it('records an interim with its legal reference, refuses an overlapping one, and deletes it', async () => {
    const sg = await findPost(ministryDc, ministry, (p) => p.title.startsWith('Secrétaire général du'));
    const sga = (
      await ministryDc.get(
        orgUrl(ministry, `/posts/${(await findPost(ministryDc, ministry, (p) => p.title.startsWith('Secrétaire général adjoint'))).id}`),
      )
    ).json() as {
      holders: { personId: string; fullName: string }[];
    };
    const body = {
      postId: sg.id,
      personId: sga.holders[0]!.personId,
      startDate: '2027-02-01',
      endDate: '2027-02-14',
      legalReference: 'Note de service n°2027-003/MIT/SGM',
      reason: 'Mission du SG',
    };
    const res = await ministryDc.post(orgUrl(ministry, '/interims'), body);
    expect(res.statusCode).toBe(201);
    const interim = res.json() as { id: string; personName: string; postTitle: string };
    expect(interim).toMatchObject({ personName: sga.holders[0]!.fullName, legalReference: body.legalReference });

    const overlap = await ministryDc.post(orgUrl(ministry, '/interims'), { ...body, startDate: '2027-02-10', endDate: '2027-02-20' });
    expect(overlap.statusCode).toBe(409);
    const backwards = await ministryDc.post(orgUrl(ministry, '/interims'), { ...body, startDate: '2027-03-10', endDate: '2027-03-01' });
    expect(backwards.json()).toMatchObject({ fields: [{ field: 'endDate' }] });

    const active = (await ministryDc.get(orgUrl(ministry, '/interims?activeOn=2027-02-05'))).json() as { items: { id: string }[] };
    expect(active.items.map((i) => i.id)).toEqual([interim.id]);
    const tree = (await ministryDc.get(orgUrl(ministry, '/tree?date=2027-02-05'))).json() as { posts: { id: string; acting: Holder[] }[] };
    expect(tree.posts.find((p) => p.id === sg.id)!.acting).toMatchObject([{ isInterim: true, legalReference: body.legalReference }]);

    expect((await ministryDc.delete(orgUrl(ministry, `/interims/${interim.id}`))).statusCode).toBe(200);
    expect((await ministryDc.delete(orgUrl(ministry, `/interims/${interim.id}`))).statusCode).toBe(404);
  });
});

describe('tree', () => {
  it('gives flat lists of structures, posts with holders and acting persons on a date, and ranks', async () => {
    const res = await ministryDc.get(orgUrl(ministry, '/tree?date=2026-09-20'));
    expect(res.statusCode).toBe(200);
    const tree = res.json() as {
      date: string;
      structures: { id: string; parentId: string | null }[];
      posts: { id: string; structureId: string; rankLevel: number | null; holders: Holder[]; acting: Holder[] }[];
      ranks: { level: number }[];
    };
    expect(tree.date).toBe('2026-09-20');
    const structureIds = new Set(tree.structures.map((s) => s.id));
    expect(tree.posts.every((p) => structureIds.has(p.structureId))).toBe(true);
    expect(tree.structures.every((s) => s.parentId === null || structureIds.has(s.parentId))).toBe(true);
    expect(tree.ranks.map((r) => r.level)).toEqual([...tree.ranks.map((r) => r.level)].sort((a, b) => a - b));
    const dcPost = tree.posts.find((p) => p.id === dcPostId)!;
    expect(dcPost.holders).toMatchObject([{ fullName: 'Sylvère Kpossou', isInterim: false, isAbsent: true }]);
    expect(dcPost.acting).toMatchObject([{ fullName: 'Prudence Houénou', isInterim: true }]);
    expect(dcPost.acting[0]!.legalReference).toMatch(/Note de service/);

    const later = (await ministryDc.get(orgUrl(ministry, '/tree?date=2026-10-20'))).json() as typeof tree;
    expect(later.posts.find((p) => p.id === dcPostId)!.acting).toEqual([]);
  });
});

describe('tree after changes', () => {
  // Every organisation write raises the administration's version in its transaction, and the cached tree is
  // served only under its version. (A raw SQL write outside the application is not a supported path.)
  it('shows a change made after it was last read, through every kind of organisation write', async () => {
    type Post = { id: string; title: string; holders: Holder[]; acting: Holder[] };
    const date = '2026-10-01';
    const read = async () => {
      const res = await ministryDc.get(orgUrl(ministry, `/tree?date=${date}`));
      expect(res.statusCode).toBe(200);
      return { etag: res.headers.etag as string, dac: (res.json() as { posts: Post[] }).posts.find((p) => p.id === dacPostId)! };
    };
    const first = await read();
    // the browser revalidates: unchanged, no body
    const conditional = await ministryDc.request({
      method: 'GET',
      url: orgUrl(ministry, `/tree?date=${date}`),
      headers: { 'if-none-match': first.etag },
    });
    expect(conditional.statusCode).toBe(304);
    expect(conditional.body).toBe('');
    expect((await read()).etag).toBe(first.etag);
    // compressed for a client that accepts it, the same tree
    const compressed = await ministryDc.request({
      method: 'GET',
      url: orgUrl(ministry, `/tree?date=${date}`),
      headers: { 'accept-encoding': 'br, gzip;q=0.8' },
    });
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(compressed.rawPayload).toString())).toEqual(
      (await ministryDc.get(orgUrl(ministry, `/tree?date=${date}`))).json(),
    );
    const refused = await ministryDc.request({
      method: 'GET',
      url: orgUrl(ministry, `/tree?date=${date}`),
      headers: { 'accept-encoding': 'gzip;q=0, identity' },
    });
    expect(refused.headers['content-encoding']).toBeUndefined();

    const personId = first.dac.holders[0]!.personId;
    const assignments = (await ministryDc.get(orgUrl(ministry, `/persons/${personId}`))).json() as {
      assignments: { id: string; postId: string; endDate: string | null }[];
    };
    const assignment = assignments.assignments.find((a) => a.postId === dacPostId && a.endDate === null)!;
    const sga = await findPost(ministryDc, ministry, (p) => p.title.startsWith('Secrétaire général adjoint'));
    const sgaHolder = ((await ministryDc.get(orgUrl(ministry, `/posts/${sga.id}`))).json() as { holders: { personId: string }[] })
      .holders[0]!;
    const writes: [string, () => Promise<{ statusCode: number }>, (dac: Post) => void][] = [
      [
        'post',
        () => ministryDc.patch(orgUrl(ministry, `/posts/${dacPostId}`), { title: 'Directrice adjointe de cabinet' }),
        (dac) => expect(dac.title).toBe('Directrice adjointe de cabinet'),
      ],
      [
        'person',
        () => ministryDc.patch(orgUrl(ministry, `/persons/${personId}`), { firstName: 'Prudence-Aimée' }),
        (dac) => expect(dac.holders[0]!.fullName).toBe('Prudence-Aimée Houénou'),
      ],
      [
        'absence',
        () => ministryDc.post(orgUrl(ministry, '/absences'), { personId, startDate: date, endDate: date, reason: 'Mission' }),
        (dac) => expect(dac.holders[0]!.isAbsent).toBe(true),
      ],
      [
        'interim',
        () =>
          ministryDc.post(orgUrl(ministry, '/interims'), {
            postId: dacPostId,
            personId: sgaHolder.personId,
            startDate: date,
            endDate: date,
            legalReference: 'Note de service n°2026-101/MIT/DC',
            reason: 'Mission de la DAC',
          }),
        (dac) => expect(dac.acting).toMatchObject([{ personId: sgaHolder.personId, isInterim: true }]),
      ],
      [
        'assignment',
        () => ministryDc.patch(orgUrl(ministry, `/assignments/${assignment.id}`), { endDate: '2026-09-30' }),
        (dac) => expect(dac.holders).toEqual([]),
      ],
    ];
    let etag = first.etag;
    for (const [kind, write, check] of writes) {
      expect([200, 201], kind).toContain((await write()).statusCode);
      const after = await read();
      expect(after.etag, kind).not.toBe(etag);
      check(after.dac);
      etag = after.etag;
    }
    // the earlier tree's tag no longer matches
    const stale = await ministryDc.request({
      method: 'GET',
      url: orgUrl(ministry, `/tree?date=${date}`),
      headers: { 'if-none-match': first.etag },
    });
    expect(stale.statusCode).toBe(200);
  });
});

describe('organisation chart', () => {
  it('draws the structures with their posts and holders as SVG', async () => {
    const res = await ministryDc.get(orgUrl(ministry, '/chart.svg?date=2026-10-01'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="organigramme-2026-10-01.svg"');
    expect(res.body.startsWith('<svg')).toBe(true);
    expect(res.body).toContain('Cabinet du Ministre');
    expect(res.body).toContain('Sylvère Kpossou');
  });

  it('draws one branch from a chosen structure, attached structures included', async () => {
    const town = await ministryDc.administrationId('MZG');
    const mayorDc = await ctx.login('dc@mairie.demo.bj');
    const cabinet = await findStructure(mayorDc, town, byAcronym('CAB'));
    const res = await mayorDc.get(orgUrl(town, `/chart.svg?rootStructureId=${cabinet.id}`));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Police municipale');
    expect(res.body).not.toContain('Services techniques');
    const unknown = await mayorDc.get(orgUrl(town, '/chart.svg?rootStructureId=00000000-0000-4000-8000-000000000000'));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ fields: [{ field: 'rootStructureId' }] });
  });

  it('wraps the same drawing in a PDF', async () => {
    const res = await ministryDc.get(orgUrl(ministry, '/chart.pdf'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="organigramme-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(10_000);
  });
});
