// Briefing notes: asked before the event, written by the person or structure asked, read on the event by
// the head; missing ones on the chief of staff's dashboard. Decisions of audiences and meetings.
import { beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '../../platform/dates.js';
import { createTestApp, type TestAgent } from '../../test/app.js';
import {
  agendaUrl,
  createEvent,
  fieldsOf,
  personIdByEmail,
  structureIdByAcronym,
  type ErrorBody,
  type EventItem,
} from './agenda.fixtures.js';

const ctx = await createTestApp();
let dc: TestAgent;
let mayor: TestAgent;
let adviser: TestAgent;
let director: TestAgent;
let town: string;
let ministry: string;
let event: EventItem;
let adviserId: string;
const day = addDaysIso(todayIso(), 30);

type Briefing = {
  id: string;
  status: string;
  content: string | null;
  canWrite: boolean;
  requestedFrom: { name: string };
  event: { id: string };
};

beforeAll(async () => {
  dc = await ctx.login('dc@mairie.demo.bj');
  mayor = await ctx.login('maire@mairie.demo.bj');
  adviser = await ctx.login('conseiller@mairie.demo.bj');
  director = await ctx.login('directeur@mairie.demo.bj');
  town = await dc.administrationId('MZG');
  ministry = await dc.administrationId('MIT');
  adviserId = await personIdByEmail(dc, town, 'conseiller@mairie.demo.bj');
  event = await createEvent(dc, town, {
    title: 'Audience : préfet du Zou',
    visibility: 'private',
    startsAt: `${day}T10:00:00+01:00`,
    endsAt: `${day}T11:00:00+01:00`,
  });
});

describe('asking for a briefing note', () => {
  it('refuses a due date after the day of the event, naming the field, and writes nothing', async () => {
    const res = await dc.post(agendaUrl(town, `/events/${event.id}/briefings`), {
      requestedFromPersonId: adviserId,
      dueOn: addDaysIso(day, 1),
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).fields).toEqual([
      { field: 'dueOn', message: `L’échéance doit tomber au plus tard le jour de l’événement (${day}).` },
    ]);
    expect(((await dc.get(agendaUrl(town, `/events/${event.id}`))).json() as { briefings: unknown[] }).briefings).toEqual([]);
  });

  it('needs exactly one of a person and a structure, of the same administration', async () => {
    const none = await dc.post(agendaUrl(town, `/events/${event.id}/briefings`), { dueOn: day });
    expect(fieldsOf(none.json() as ErrorBody)).toEqual(['requestedFromPersonId']);
    const foreignStructure = await structureIdByAcronym(await ctx.login('dc@mit.demo.bj'), ministry, 'DTT');
    const foreign = await dc.post(agendaUrl(town, `/events/${event.id}/briefings`), {
      requestedFromStructureId: foreignStructure,
      dueOn: day,
    });
    expect(foreign.statusCode).toBe(400);
    expect(fieldsOf(foreign.json() as ErrorBody)).toEqual(['requestedFromStructureId']);
  });
});

describe('writing and reading it', () => {
  let briefing: Briefing;

  beforeAll(async () => {
    const res = await dc.post(agendaUrl(town, `/events/${event.id}/briefings`), {
      requestedFromPersonId: adviserId,
      dueOn: addDaysIso(day, -2),
      instructions: 'Contentieux fonciers en cours dans la commune.',
    });
    expect(res.statusCode).toBe(201);
    briefing = res.json() as Briefing;
  });

  it('shows the note to the adviser asked, with the event it prepares', async () => {
    const mine = (await adviser.get(agendaUrl(town, '/briefings'))).json() as { items: Briefing[] };
    const found = mine.items.find((b) => b.id === briefing.id)!;
    expect(found).toMatchObject({ status: 'requested', canWrite: true, event: { id: event.id } });
    const seen = (await adviser.get(agendaUrl(town, `/events/${event.id}`))).json() as { briefings: Briefing[] };
    expect(seen.briefings.map((b) => b.id)).toEqual([briefing.id]);
  });

  it('refuses the note to anybody else, and lets nobody else write it', async () => {
    expect((await director.get(agendaUrl(town, `/briefings/${briefing.id}`))).statusCode).toBe(404);
    const res = await director.put(agendaUrl(town, `/briefings/${briefing.id}/content`), { content: 'Note pirate' });
    expect(res.statusCode).toBe(403);
    expect((res.json() as ErrorBody).message).toBe('Seule la personne ou la structure sollicitée peut rédiger cette note de préparation.');
    const dcWrite = await dc.put(agendaUrl(town, `/briefings/${briefing.id}/content`), { content: 'Note du DC' });
    expect(dcWrite.statusCode).toBe(403);
    expect(((await dc.get(agendaUrl(town, `/briefings/${briefing.id}`))).json() as Briefing).content).toBeNull();
  });

  it('refuses an empty note', async () => {
    const res = await adviser.put(agendaUrl(town, `/briefings/${briefing.id}/content`), { content: '   ' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json() as ErrorBody)).toEqual(['content']);
  });

  it('is written by the adviser and read on the event by the mayor', async () => {
    const content = 'Trois contentieux pendants devant le tribunal de première instance d’Abomey.';
    const res = await adviser.put(agendaUrl(town, `/briefings/${briefing.id}/content`), { content });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'written', content, writtenByName: 'Yasmine Issifou' });
    const detail = (await mayor.get(agendaUrl(town, `/events/${event.id}`))).json() as { briefings: Briefing[] };
    expect(detail.briefings).toEqual([expect.objectContaining({ id: briefing.id, content, canWrite: false })]);
  });

  it('lets anyone working in the structure asked write a structure’s note', async () => {
    const dst = await structureIdByAcronym(dc, town, 'DST');
    const asked = (
      await dc.post(agendaUrl(town, `/events/${event.id}/briefings`), { requestedFromStructureId: dst, dueOn: day })
    ).json() as Briefing;
    expect(asked.requestedFrom.name).toBe('Direction des Services techniques');
    const res = await director.put(agendaUrl(town, `/briefings/${asked.id}/content`), { content: 'État des voiries concernées.' });
    expect(res.statusCode).toBe(200);
    expect((await adviser.put(agendaUrl(town, `/briefings/${asked.id}/content`), { content: 'x' })).statusCode).toBe(403);
  });
});

describe('missing briefings on the chief of staff’s dashboard', () => {
  it('lists notes past due, unwritten, for events still to come; and only for those who run the agenda', async () => {
    const upcoming = await createEvent(dc, town, {
      title: 'Conseil de concertation des arrondissements',
      startsAt: `${addDaysIso(day, 5)}T09:00:00+01:00`,
      endsAt: `${addDaysIso(day, 5)}T12:00:00+01:00`,
    });
    const late = (
      await dc.post(agendaUrl(town, `/events/${upcoming.id}/briefings`), {
        requestedFromPersonId: adviserId,
        dueOn: addDaysIso(todayIso(), -1),
      })
    ).json() as Briefing;
    expect(late.status).toBe('overdue');
    const missing = (await dc.get(agendaUrl(town, '/briefings?scope=missing'))).json() as { items: Briefing[] };
    expect(missing.items.map((b) => b.id)).toContain(late.id);
    // the demo's note asked of the technical services for the management dialogue is missing too
    expect(missing.items.some((b) => b.requestedFrom.name === 'Direction des Services techniques')).toBe(true);
    const summary = (await dc.get(agendaUrl(town, '/summary?from=2026-11-23&to=2026-12-06'))).json() as { missingBriefings: number };
    expect(summary.missingBriefings).toBe(missing.items.length);
    const refused = await adviser.get(agendaUrl(town, '/briefings?scope=missing'));
    expect(refused.statusCode).toBe(403);
  });
});

describe('decisions of an audience or a meeting', () => {
  it('records decisions as directives to come, with no directive yet', async () => {
    const past = await createEvent(dc, town, {
      kind: 'meeting',
      title: 'Réunion de cabinet',
      startsAt: '2026-10-05T09:00:00+01:00',
      endsAt: '2026-10-05T10:00:00+01:00',
    });
    const ddlp = await structureIdByAcronym(dc, town, 'DDLP');
    const res = await dc.post(agendaUrl(town, `/events/${past.id}/decisions`), {
      decisions: [{ text: 'Organiser la foire artisanale de décembre', leadStructureId: ddlp, dueOn: '2026-12-10' }],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      items: [{ text: 'Organiser la foire artisanale de décembre', leadStructure: { id: ddlp }, directiveId: null }],
    });
    const detail = (await director.get(agendaUrl(town, `/events/${past.id}`))).json() as {
      decisions: unknown[];
      can: { recordDecisions: boolean };
    };
    expect(detail.decisions).toHaveLength(1);
    expect(detail.can.recordDecisions).toBe(false);
  });

  it('refuses decisions before the event, on a ceremony, or led by a structure of another administration', async () => {
    const ddlp = await structureIdByAcronym(dc, town, 'DDLP');
    const decision = { text: 'Décision', leadStructureId: ddlp, dueOn: '2026-12-10' };
    const early = await dc.post(agendaUrl(town, `/events/${event.id}/decisions`), { decisions: [decision] });
    expect(early.statusCode).toBe(409);
    const ceremony = await createEvent(dc, town, {
      kind: 'ceremony',
      startsAt: '2026-10-06T09:00:00+01:00',
      endsAt: '2026-10-06T10:00:00+01:00',
    });
    expect((await dc.post(agendaUrl(town, `/events/${ceremony.id}/decisions`), { decisions: [decision] })).statusCode).toBe(400);
    const meeting = await createEvent(dc, town, {
      kind: 'meeting',
      startsAt: '2026-10-07T09:00:00+01:00',
      endsAt: '2026-10-07T10:00:00+01:00',
    });
    const foreign = await structureIdByAcronym(await ctx.login('dc@mit.demo.bj'), ministry, 'DAF');
    const res = await dc.post(agendaUrl(town, `/events/${meeting.id}/decisions`), {
      decisions: [decision, { ...decision, leadStructureId: foreign }],
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json() as ErrorBody)).toEqual(['decisions.1.leadStructureId']);
    expect(((await dc.get(agendaUrl(town, `/events/${meeting.id}`))).json() as { decisions: unknown[] }).decisions).toEqual([]);
  });
});
