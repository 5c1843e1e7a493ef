// Private events never leak: not through the range views, one event, search, counts, clashes, feeds or
// briefing lists. Who sees what follows the posts held today (see viewer.ts and event-visibility.ts).
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '../../platform/dates.js';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { agendaUrl, createEvent, listEvents, personIdByEmail, type EventItem } from './agenda.fixtures.js';

const ctx = await createTestApp();
// within the feeds' year ahead, whenever the tests run
const BASE = addDaysIso(todayIso(), 150);
const WINDOW = [BASE, addDaysIso(BASE, 30)] as const;
const at = (day: number, hour: number) => `${addDaysIso(BASE, day)}T${String(hour).padStart(2, '0')}:00:00+01:00`;

let town: string;
const agents: Record<string, TestAgent> = {};
const events: Record<string, EventItem> = {};

beforeAll(async () => {
  for (const who of ['maire', 'dc', 'dac', 'secretariat', 'protocole', 'conseiller', 'sg', 'directeur', 'suivi', 'admin'])
    agents[who] = await ctx.login(`${who}@mairie.demo.bj`);
  town = await agents.dc!.administrationId('MZG');
  const dc = agents.dc!;
  const directorId = await personIdByEmail(dc, town, 'directeur@mairie.demo.bj');
  events.private = await createEvent(dc, town, {
    title: 'Entretien confidentiel Zéphyrin',
    visibility: 'private',
    startsAt: at(4, 10),
    endsAt: at(4, 11),
  });
  events.cabinet = await createEvent(dc, town, {
    title: 'Préparation du remaniement',
    visibility: 'cabinet',
    startsAt: at(5, 10),
    endsAt: at(5, 11),
  });
  events.public = await createEvent(dc, town, { title: 'Visite du marché', visibility: 'public', startsAt: at(6, 10), endsAt: at(6, 11) });
  events.named = await createEvent(dc, town, {
    title: 'Point privé avec le DST',
    visibility: 'private',
    startsAt: at(7, 10),
    endsAt: at(7, 11),
    participantPersonIds: [directorId],
  });
  // a public event at the same time as the private one: its clash reveals nothing to those who cannot see it
  events.overlapping = await createEvent(dc, town, {
    title: 'Cérémonie publique',
    visibility: 'public',
    startsAt: at(4, 10),
    endsAt: at(4, 12),
  });
});

const titlesSeenBy = async (who: string) => (await listEvents(agents[who]!, town, ...WINDOW)).map((e) => e.title).sort();

describe('range views', () => {
  it.each([
    ['maire', ['private', 'cabinet', 'public', 'named', 'overlapping']],
    ['dc', ['private', 'cabinet', 'public', 'named', 'overlapping']],
    ['secretariat', ['private', 'cabinet', 'public', 'named', 'overlapping']],
    ['protocole', ['private', 'cabinet', 'public', 'named', 'overlapping']],
    ['dac', ['cabinet', 'public', 'overlapping']],
    ['conseiller', ['cabinet', 'public', 'overlapping']],
    ['sg', ['cabinet', 'public', 'overlapping']],
    ['directeur', ['public', 'named', 'overlapping']],
    ['suivi', ['public', 'overlapping']],
    ['admin', ['public', 'overlapping']],
  ])('%s sees exactly the events their post allows', async (who, keys) => {
    expect(await titlesSeenBy(who)).toEqual(keys.map((k) => events[k]!.title).sort());
  });

  it('hides the clash with a private event from those who cannot see it', async () => {
    const seenByDirector = (await listEvents(agents.directeur!, town, ...WINDOW)).find((e) => e.id === events.overlapping!.id)!;
    expect(seenByDirector.clashes).toEqual([]);
    const seenByDc = (await listEvents(agents.dc!, town, ...WINDOW)).find((e) => e.id === events.overlapping!.id)!;
    expect(seenByDc.clashes.map((c) => c.eventId)).toEqual([events.private!.id]);
  });
});

describe('one event', () => {
  it('answers 404 for a private event, as for an event that does not exist', async () => {
    const res = await agents.directeur!.get(agendaUrl(town, `/events/${events.private!.id}`));
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Zéphyrin');
    expect((await agents.dac!.get(agendaUrl(town, `/events/${events.private!.id}`))).statusCode).toBe(404);
    expect((await agents.maire!.get(agendaUrl(town, `/events/${events.private!.id}`))).statusCode).toBe(200);
  });

  it('shows a private event to a person named in it', async () => {
    expect((await agents.directeur!.get(agendaUrl(town, `/events/${events.named!.id}`))).statusCode).toBe(200);
  });

  it('refuses to edit or delete an event the manager cannot see', async () => {
    const put = await agents.dac!.put(agendaUrl(town, `/events/${events.private!.id}`), {
      kind: 'audience',
      title: 'x',
      startsAt: at(4, 10),
      endsAt: at(4, 11),
    });
    expect(put.statusCode).toBe(404);
    expect((await agents.dac!.delete(agendaUrl(town, `/events/${events.private!.id}`))).statusCode).toBe(404);
    expect((await agents.dc!.get(agendaUrl(town, `/events/${events.private!.id}`))).json()).toMatchObject({
      title: 'Entretien confidentiel Zéphyrin',
    });
  });
});

describe('search', () => {
  it('finds a private event only for those who may see it', async () => {
    const search = async (who: string) =>
      ((await agents[who]!.get(agendaUrl(town, '/search?q=zephyrin'))).json() as { items: { id: string }[] }).items.map((i) => i.id);
    expect(await search('dc')).toEqual([events.private!.id]);
    expect(await search('directeur')).toEqual([]);
    expect(await search('dac')).toEqual([]);
  });
});

describe('counts', () => {
  it('counts only what the caller sees, clashes included', async () => {
    const summary = async (who: string) =>
      (await agents[who]!.get(agendaUrl(town, `/summary?from=${WINDOW[0]}&to=${WINDOW[1]}`))).json() as {
        total: number;
        byKind: Record<string, number>;
        clashing: number;
        missingBriefings: number | null;
      };
    expect(await summary('dc')).toMatchObject({ total: 5, byKind: { audience: 5 }, clashing: 2 });
    expect(await summary('directeur')).toMatchObject({ total: 3, byKind: { audience: 3 }, clashing: 0, missingBriefings: null });
    expect(await summary('suivi')).toMatchObject({ total: 2, clashing: 0 });
  });
});

describe('feeds', () => {
  async function feedOf(who: string) {
    const created = await agents[who]!.post(agendaUrl(town, '/feed'));
    expect(created.statusCode).toBe(201);
    const res = await ctx.app.inject({ method: 'GET', url: new URL((created.json() as { url: string }).url).pathname });
    expect(res.statusCode).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(res.body));
    return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary);
  }

  it('keeps private and cabinet events out of a member’s feed', async () => {
    const summaries = await feedOf('directeur');
    expect(summaries).toContain(events.public!.title);
    expect(summaries).toContain(events.named!.title);
    expect(summaries).not.toContain(events.private!.title);
    expect(summaries).not.toContain(events.cabinet!.title);
  });

  it('gives the head every event', async () => {
    const summaries = await feedOf('maire');
    for (const key of ['private', 'cabinet', 'public', 'named']) expect(summaries).toContain(events[key]!.title);
  });
});

describe('briefing lists', () => {
  it('leaves the missing briefings of a private event out of the deputy’s dashboard', async () => {
    const adviserId = await personIdByEmail(agents.dc!, town, 'conseiller@mairie.demo.bj');
    const late = await createEvent(agents.dc!, town, {
      title: 'Entretien réservé',
      visibility: 'private',
      startsAt: at(20, 9),
      endsAt: at(20, 10),
    });
    const res = await agents.dc!.post(agendaUrl(town, `/events/${late.id}/briefings`), {
      requestedFromPersonId: adviserId,
      dueOn: '2026-01-05',
    });
    expect(res.statusCode).toBe(201);
    const missing = async (who: string) =>
      ((await agents[who]!.get(agendaUrl(town, '/briefings?scope=missing'))).json() as { items: { event: { id: string } }[] }).items.map(
        (i) => i.event.id,
      );
    expect(await missing('dc')).toContain(late.id);
    expect(await missing('dac')).not.toContain(late.id);
    // the adviser asked for the note sees the event, and only through being asked
    expect((await agents.conseiller!.get(agendaUrl(town, `/events/${late.id}`))).statusCode).toBe(200);
  });
});
