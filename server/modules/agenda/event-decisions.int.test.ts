// After an audience or a meeting, its decisions become directives in one action: issued by the head, the
// event as source, its visibility carried over; idempotent; all or nothing; only for the issuer's side
// who may see the event.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { agendaUrl, createEvent, fieldsOf, structureIdByAcronym, type ErrorBody } from './agenda.fixtures.js';

const ctx = await createTestApp();
let dc: TestAgent;
let sg: TestAgent;
let protocol: TestAgent;
let director: TestAgent;
let town: string;
let ddlp: string;
let dst: string;

type Decision = { id: string; text: string; directiveId: string | null; directive: { id: string; reference: string } | null };
type Converted = { items: Decision[]; created: number };
type Directive = {
  sourceType: string;
  sourceId: string | null;
  confidentiality: string;
  issuedOn: string;
  dueDate: string;
  issuedBy: { title: string };
  origin: { type: string; id: string; title: string } | null;
};

beforeAll(async () => {
  const login = (who: string) => ctx.login(`${who}@mairie.demo.bj`);
  dc = await login('dc');
  sg = await login('sg');
  protocol = await login('protocole');
  director = await login('directeur');
  town = await dc.administrationId('MZG');
  ddlp = await structureIdByAcronym(dc, town, 'DDLP');
  dst = await structureIdByAcronym(dc, town, 'DST');
});

const convertUrl = (eventId: string) => agendaUrl(town, `/events/${eventId}/decisions/directives`);
const directiveUrl = (id: string) => `/api/administrations/${town}/directives/${id}`;
const count = async (query: ReturnType<typeof sql>) => (await ctx.db.execute<{ n: number }>(query)).rows[0]!.n;
const directivesFrom = (eventId: string) => count(sql`SELECT count(*)::int AS n FROM directives WHERE source_id = ${eventId}`);

async function pastEventWithDecisions(overrides: Record<string, unknown>, decisions: Record<string, unknown>[]) {
  const event = await createEvent(dc, town, {
    startsAt: '2026-10-12T09:00:00+01:00',
    endsAt: '2026-10-12T10:00:00+01:00',
    ...overrides,
  });
  const res = await dc.post(agendaUrl(town, `/events/${event.id}/decisions`), { decisions });
  expect(res.statusCode, res.body).toBe(201);
  return { event, decisions: (res.json() as { items: Decision[] }).items };
}

describe('turning a private audience’s decisions into directives', () => {
  let eventId: string;
  let decisions: Decision[];

  beforeAll(async () => {
    ({
      event: { id: eventId },
      decisions,
    } = await pastEventWithDecisions({ kind: 'audience', visibility: 'private', title: 'Audience : syndicat des taxis-motos' }, [
      { text: 'Recenser les stationnements de taxis-motos', leadStructureId: ddlp, dueOn: '2026-12-15' },
      { text: 'Proposer un arrêté sur les gilets numérotés', leadStructureId: ddlp, dueOn: '2027-01-15' },
    ]));
  });

  it('is refused to the private office (not the issuer’s side) and to the SG, who may not see a private event', async () => {
    expect((await protocol.post(convertUrl(eventId), {})).statusCode).toBe(403);
    expect((await sg.post(convertUrl(eventId), {})).statusCode).toBe(404);
    expect(await directivesFrom(eventId)).toBe(0);
  });

  it('converts the decisions chosen, issued by the mayor on the day of the audience, reserved like the event', async () => {
    const res = await dc.post(convertUrl(eventId), { decisionIds: [decisions[0]!.id] });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Converted;
    expect(body.created).toBe(1);
    expect(body.items.map((d) => d.directiveId !== null)).toEqual([true, false]);
    expect(body.items[0]!.directive?.reference).toMatch(/^D-\d{4}-\d{4}$/);
    const directive = (await dc.get(directiveUrl(body.items[0]!.directiveId!))).json() as Directive;
    expect(directive).toMatchObject({
      sourceType: 'audience',
      sourceId: eventId,
      confidentiality: 'reserved',
      issuedOn: '2026-10-12',
      dueDate: '2026-12-15',
      origin: { type: 'event', id: eventId, title: 'Audience : syndicat des taxis-motos' },
    });
    expect(directive.issuedBy.title).toMatch(/^Maire/);
    // a director of another structure sees neither the event nor the directive
    expect((await director.get(directiveUrl(body.items[0]!.directiveId!))).statusCode).toBe(404);
    const audits = await count(
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'decision.convert' AND entity_id = ${decisions[0]!.id}`,
    );
    expect(audits).toBe(1);
  });

  it('converts the rest, then nothing more however often it is asked', async () => {
    const rest = (await dc.post(convertUrl(eventId), {})).json() as Converted;
    expect(rest.created).toBe(1);
    const again = await dc.post(convertUrl(eventId), {});
    expect(again.statusCode).toBe(200);
    expect((again.json() as Converted).created).toBe(0);
    const twice = await Promise.all([dc.post(convertUrl(eventId), {}), dc.post(convertUrl(eventId), {})]);
    expect(twice.map((r) => (r.json() as Converted).created)).toEqual([0, 0]);
    expect(await directivesFrom(eventId)).toBe(2);
    const page = (await dc.get(agendaUrl(town, `/events/${eventId}`))).json() as { can: { convertDecisions: boolean } };
    expect(page.can.convertDecisions).toBe(false);
  });
});

describe('turning a meeting’s decisions into directives', () => {
  it('makes them direct instructions with the meeting as source, open to all for a public meeting', async () => {
    const { event } = await pastEventWithDecisions({ kind: 'meeting', visibility: 'public', title: 'Réunion des chefs de quartier' }, [
      { text: 'Curer les caniveaux du marché', leadStructureId: dst, dueOn: '2026-12-01' },
    ]);
    const before = (await dc.get(agendaUrl(town, `/events/${event.id}`))).json() as { can: { convertDecisions: boolean } };
    expect(before.can.convertDecisions).toBe(true);
    const body = (await dc.post(convertUrl(event.id), {})).json() as Converted;
    const directive = (await director.get(directiveUrl(body.items[0]!.directiveId!))).json() as Directive;
    expect(directive).toMatchObject({ sourceType: 'direct_instruction', sourceId: event.id, confidentiality: 'normal' });
    expect(directive.origin).toMatchObject({ type: 'event', id: event.id });
  });

  it('writes nothing when one decision cannot become a directive, or names a decision of another event', async () => {
    const { event } = await pastEventWithDecisions({ kind: 'meeting', visibility: 'cabinet' }, [
      { text: 'Bonne décision', leadStructureId: dst, dueOn: '2026-12-01' },
      { text: 'Échéance avant la réunion', leadStructureId: dst, dueOn: '2026-10-01' },
    ]);
    const late = await dc.post(convertUrl(event.id), {});
    expect(late.statusCode).toBe(400);
    expect(fieldsOf(late.json() as ErrorBody)).toEqual(['decisions.1.dueDate']);
    const stranger = await dc.post(convertUrl(event.id), { decisionIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(stranger.statusCode).toBe(400);
    expect(fieldsOf(stranger.json() as ErrorBody)).toEqual(['decisionIds.0']);
    expect(await directivesFrom(event.id)).toBe(0);
    const page = (await dc.get(agendaUrl(town, `/events/${event.id}`))).json() as { decisions: Decision[] };
    expect(page.decisions.every((d) => d.directiveId === null)).toBe(true);
  });
});
