import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { byAcronym, findPost, orgUrl, type ErrorBody } from './organisation.fixtures.js';

const ctx = await createTestApp();
let dc: TestAgent;
let town: string;

type Person = { id: string; fullName: string; email: string | null; posts: { title: string; isInterim: boolean }[] };
type PersonList = { items: Person[]; total: number; limit: number; offset: number };

beforeAll(async () => {
  dc = await ctx.login('dc@mairie.demo.bj');
  town = await dc.administrationId('MZG');
});

describe('persons', () => {
  it('finds people ignoring accents and case, with the posts they hold today', async () => {
    const res = await dc.get(orgUrl(town, '/persons?q=BOURAIMA'));
    expect(res.statusCode).toBe(200);
    const list = res.json() as PersonList;
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ fullName: 'Rachidi Bouraïma' });
    expect(list.items[0]!.posts.map((p) => p.title)).toContain('Directeur adjoint de cabinet');

    const byFirstAndLast = (await dc.get(orgUrl(town, `/persons?q=${encodeURIComponent('edwige ahouandjinou')}`))).json() as PersonList;
    expect(byFirstAndLast.items.map((p) => p.fullName)).toEqual(['Edwige Ahouandjinou']);
    const wildcard = (await dc.get(orgUrl(town, '/persons?q=%25'))).json() as PersonList;
    expect(wildcard.total).toBe(0);
  });

  it('pages through people and tells the total', async () => {
    const all = (await dc.get(orgUrl(town, '/persons?limit=200'))).json() as PersonList;
    const page = (await dc.get(orgUrl(town, '/persons?limit=5&offset=5'))).json() as PersonList;
    expect(page.total).toBe(all.total);
    expect(page.items.map((p) => p.id)).toEqual(all.items.slice(5, 10).map((p) => p.id));
    expect(page).toMatchObject({ limit: 5, offset: 5 });
  });

  it('creates and changes a person, and only sees the people of its administration', async () => {
    const created = await dc.post(orgUrl(town, '/persons'), {
      civility: 'Mme',
      firstName: 'Ayaba',
      lastName: 'Sènou',
      email: 'ayaba@exemple.bj',
    });
    expect(created.statusCode).toBe(201);
    const person = created.json() as Person & { assignments: unknown[] };
    expect(person).toMatchObject({ fullName: 'Ayaba Sènou', assignments: [] });
    const changed = await dc.patch(orgUrl(town, `/persons/${person.id}`), { phone: '+229 01 97 00 00 00', email: null });
    expect(changed.json()).toMatchObject({ phone: '+229 01 97 00 00 00', email: null });

    const ministryPeople = (
      await (await ctx.login('dc@mit.demo.bj')).get(orgUrl(await dc.administrationId('MIT'), '/persons?q=senou'))
    ).json() as PersonList;
    expect(ministryPeople.total).toBe(0);
  });
});

describe('assignments', () => {
  it('appoints a person to a post, shows them as holder, then ends the assignment', async () => {
    const person = (await dc.post(orgUrl(town, '/persons'), { civility: 'M.', firstName: 'Kossi', lastName: 'Adido' })).json() as Person;
    const post = await findPost(dc, town, (p) => p.title.startsWith('Chargé de mission'));
    const res = await dc.post(orgUrl(town, '/assignments'), { personId: person.id, postId: post.id, startDate: '2025-01-06' });
    expect(res.statusCode).toBe(201);
    const assignment = res.json() as { id: string; personName: string; postTitle: string; endDate: string | null };
    expect(assignment).toMatchObject({ personName: 'Kossi Adido', postTitle: post.title, endDate: null });

    const detail = (await dc.get(orgUrl(town, `/persons/${person.id}`))).json() as { assignments: { id: string }[] };
    expect(detail.assignments.map((a) => a.id)).toEqual([assignment.id]);
    const listed = (await dc.get(orgUrl(town, '/persons?q=adido'))).json() as PersonList;
    expect(listed.items[0]!.posts).toEqual([{ postId: post.id, title: post.title, isInterim: false }]);

    const overlap = await dc.post(orgUrl(town, '/assignments'), { personId: person.id, postId: post.id, startDate: '2025-06-01' });
    expect(overlap.statusCode).toBe(409);

    const early = await dc.patch(orgUrl(town, `/assignments/${assignment.id}`), { endDate: '2024-12-31' });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ fields: [{ field: 'endDate', message: 'La date de fin précède la date de début.' }] });

    const ended = await dc.patch(orgUrl(town, `/assignments/${assignment.id}`), { endDate: '2025-12-31' });
    expect(ended.json()).toMatchObject({ endDate: '2025-12-31' });
    const after = (await dc.get(orgUrl(town, '/persons?q=adido'))).json() as PersonList;
    expect(after.items[0]!.posts).toEqual([]);

    const audit = (await dc.get(`/api/administrations/${town}/audit?entityType=assignment&entityId=${assignment.id}`)).json() as {
      items: { action: string; before: unknown; after: unknown }[];
    };
    expect(audit.items[0]).toMatchObject({ action: 'assignment.update', before: { endDate: null }, after: { endDate: '2025-12-31' } });
  });

  it('refuses an end before the start when appointing', async () => {
    const post = await findPost(dc, town, byAcronym('DC'));
    const res = await dc.post(orgUrl(town, '/assignments'), {
      personId: '00000000-0000-4000-8000-000000000000',
      postId: post.id,
      startDate: '2026-03-01',
      endDate: '2026-02-01',
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).fields).toEqual([{ field: 'endDate', message: 'La date de fin précède la date de début.' }]);
  });
});
