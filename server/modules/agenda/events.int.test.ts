// The head's agenda: range views with clashes, writes, bad input, search and counts.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import {
  agendaUrl,
  createEvent,
  eventBody,
  fieldsOf,
  listEvents,
  personIdByEmail,
  postIdByAcronym,
  type ErrorBody,
} from './agenda.fixtures.js';

const ctx = await createTestApp();
let dc: TestAgent;
let ministryDc: TestAgent;
let town: string;
let ministry: string;

beforeAll(async () => {
  dc = await ctx.login('dc@mairie.demo.bj');
  ministryDc = await ctx.login('dc@mit.demo.bj');
  town = await dc.administrationId('MZG');
  ministry = await ministryDc.administrationId('MIT');
});

describe('the demo fortnight', () => {
  it('shows the minister’s mission as an all-day event and flags what falls during it', async () => {
    const items = await listEvents(ministryDc, ministry, '2026-11-23', '2026-11-30');
    const mission = items.find((e) => e.kind === 'mission')!;
    expect(mission).toMatchObject({ isAllDay: true, startDate: '2026-11-16', endDate: '2026-11-28' });
    expect(mission.startsAt).toBe('2026-11-15T23:00:00.000Z');
    const meeting = items.find((e) => e.title.startsWith('Réunion de cabinet'))!;
    expect(meeting.clashes).toEqual([expect.objectContaining({ eventId: mission.id, reason: 'mission' })]);
    // the ceremony where the DC represents the minister needs no minister: no clash
    const ceremony = items.find((e) => e.kind === 'ceremony' && e.title.includes('Djougou'))!;
    expect(ceremony.clashes).toEqual([]);
  });

  it('flags two audiences that overlap, on both of them', async () => {
    const items = await listEvents(ministryDc, ministry, '2026-12-01T00:00:00+01:00', '2026-12-02T00:00:00+01:00');
    const [a, b] = items.filter((e) => e.kind === 'audience');
    expect(a!.clashes.map((c) => c.eventId)).toEqual([b!.id]);
    expect(b!.clashes.map((c) => c.eventId)).toEqual([a!.id]);
  });
});

describe('writing events', () => {
  it('creates an event with participants and a representative, and reads it back', async () => {
    const adviserId = await personIdByEmail(dc, town, 'conseiller@mairie.demo.bj');
    const dacPost = await postIdByAcronym(dc, town, 'DAC');
    const created = await createEvent(dc, town, {
      kind: 'ceremony',
      title: 'Remise de prix, concours « Quartiers propres »',
      representativePostId: dacPost,
      participantPersonIds: [adviserId],
      externalParticipants: ['Préfet du Zou'],
    });
    const res = await dc.get(agendaUrl(town, `/events/${created.id}`));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      title: 'Remise de prix, concours « Quartiers propres »',
      representative: { post: { id: dacPost } },
      participants: { persons: [{ id: adviserId }], external: ['Préfet du Zou'] },
      briefings: [],
      can: { edit: true, requestBriefing: true },
    });
  });

  it('stores a mission over whole days, from midnight to midnight in the administration’s time zone', async () => {
    const created = await createEvent(dc, town, {
      kind: 'mission',
      title: 'Mission à Abomey',
      isAllDay: true,
      startsAt: undefined,
      endsAt: undefined,
      startDate: '2031-04-06',
      endDate: '2031-04-08',
    });
    expect(created).toMatchObject({
      isAllDay: true,
      startsAt: '2031-04-05T23:00:00.000Z',
      endsAt: '2031-04-08T23:00:00.000Z',
      startDate: '2031-04-06',
      endDate: '2031-04-08',
    });
  });

  it('warns of clashes on creation without refusing the event', async () => {
    const first = await createEvent(dc, town, { startsAt: '2031-05-02T09:00:00+01:00', endsAt: '2031-05-02T10:00:00+01:00' });
    const second = await createEvent(dc, town, { startsAt: '2031-05-02T09:30:00+01:00', endsAt: '2031-05-02T10:30:00+01:00' });
    expect(second.clashes).toEqual([expect.objectContaining({ eventId: first.id, reason: 'overlap' })]);
  });

  it('replaces and deletes an event', async () => {
    const created = await createEvent(dc, town);
    const put = await dc.put(agendaUrl(town, `/events/${created.id}`), eventBody({ title: 'Audience déplacée', place: 'Salle 2' }));
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ title: 'Audience déplacée', place: 'Salle 2' });
    expect((await dc.delete(agendaUrl(town, `/events/${created.id}`))).statusCode).toBe(200);
    expect((await dc.get(agendaUrl(town, `/events/${created.id}`))).statusCode).toBe(404);
  });
});

describe('bad input changes nothing', () => {
  const window = ['2031-06-01', '2031-06-30'] as const;

  it('refuses an event that ends before it starts, naming the field', async () => {
    const res = await dc.post(
      agendaUrl(town, '/events'),
      eventBody({ startsAt: '2031-06-10T11:00:00+01:00', endsAt: '2031-06-10T10:00:00+01:00' }),
    );
    expect(res.statusCode).toBe(400);
    const body = res.json() as ErrorBody;
    expect(body.fields).toContainEqual({ field: 'endsAt', message: 'La fin doit être postérieure au début.' });
    expect(await listEvents(dc, town, ...window)).toEqual([]);
  });

  it('refuses a mission whose last day precedes its first', async () => {
    const res = await dc.post(
      agendaUrl(town, '/events'),
      eventBody({ kind: 'mission', isAllDay: true, startDate: '2031-06-12', endDate: '2031-06-11' }),
    );
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json() as ErrorBody)).toContain('endDate');
    expect(await listEvents(dc, town, ...window)).toEqual([]);
  });

  it('refuses a malformed time, and people or posts of another administration', async () => {
    const malformed = await dc.post(agendaUrl(town, '/events'), eventBody({ startsAt: '10/06/2031 10h' }));
    expect(fieldsOf(malformed.json() as ErrorBody)).toContain('startsAt');
    const ministryPerson = await personIdByEmail(ministryDc, ministry, 'dc@mit.demo.bj');
    const foreign = await dc.post(
      agendaUrl(town, '/events'),
      eventBody({ startsAt: '2031-06-15T10:00:00+01:00', endsAt: '2031-06-15T11:00:00+01:00', participantPersonIds: [ministryPerson] }),
    );
    expect(foreign.statusCode).toBe(400);
    expect(fieldsOf(foreign.json() as ErrorBody)).toEqual(['participantPersonIds.0']);
    expect(await listEvents(dc, town, ...window)).toEqual([]);
  });

  it('refuses a range longer than 100 days or reversed', async () => {
    const long = await dc.get(agendaUrl(town, '/events?from=2031-01-01&to=2031-12-31'));
    expect(long.statusCode).toBe(400);
    expect(fieldsOf(long.json() as ErrorBody)).toEqual(['querystring.to']);
    const reversed = await dc.get(agendaUrl(town, '/events?from=2031-02-01&to=2031-01-01'));
    expect(reversed.statusCode).toBe(400);
  });
});

describe('search and counts', () => {
  it('finds events whatever the accents and case', async () => {
    await createEvent(dc, town, {
      title: 'Visite de l’hôpital de zone',
      startsAt: '2031-07-01T09:00:00+01:00',
      endsAt: '2031-07-01T10:00:00+01:00',
    });
    const res = await dc.get(agendaUrl(town, '/search?q=HOPITAL'));
    expect(res.statusCode).toBe(200);
    expect((res.json() as { items: { title: string }[] }).items.map((i) => i.title)).toContain('Visite de l’hôpital de zone');
  });

  it('counts events by kind and clashing events, and the manager’s pending work', async () => {
    const res = await dc.get(agendaUrl(town, '/summary?from=2026-11-23&to=2026-12-06'));
    expect(res.statusCode).toBe(200);
    const summary = res.json() as {
      total: number;
      byKind: Record<string, number>;
      clashing: number;
      pendingAudienceRequests: number | null;
    };
    expect(summary.total).toBe(9);
    expect(summary.byKind.audience).toBe(4);
    expect(summary.clashing).toBe(2);
    expect(summary.pendingAudienceRequests).toBe(2);
  });
});
