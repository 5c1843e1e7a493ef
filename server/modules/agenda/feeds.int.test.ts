// Personal iCalendar feeds: shown once, parsed by a maintained iCalendar parser, rotated, revoked.
import { sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '../../platform/dates.js';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { agendaUrl, createEvent, type ErrorBody } from './agenda.fixtures.js';

const ctx = await createTestApp();
let dc: TestAgent;
let director: TestAgent;
let town: string;
const day = addDaysIso(todayIso(), 40);

const fetchFeed = (url: string) => ctx.app.inject({ method: 'GET', url: new URL(url).pathname, headers: { 'user-agent': 'Thunderbird' } });
async function createFeed(agent: TestAgent): Promise<string> {
  const res = await agent.post(agendaUrl(town, '/feed'));
  expect(res.statusCode).toBe(201);
  return (res.json() as { url: string }).url;
}

beforeAll(async () => {
  dc = await ctx.login('dc@mairie.demo.bj');
  director = await ctx.login('directeur@mairie.demo.bj');
  town = await dc.administrationId('MZG');
});

describe('a personal feed', () => {
  it('is created on demand and shown once, as an address under /api/feeds', async () => {
    const before = (await director.get(agendaUrl(town, '/feed'))).json();
    expect(before).toEqual({ isActive: false, createdAt: null, lastUsedAt: null });
    const url = await createFeed(director);
    expect(url).toMatch(/^http:\/\/localhost(:80)?\/api\/feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    const status = (await director.get(agendaUrl(town, '/feed'))).json() as Record<string, unknown>;
    expect(status.isActive).toBe(true);
    expect(JSON.stringify(status)).not.toContain(new URL(url).pathname.split('/').pop()!.replace('.ics', ''));
  });

  it('serves RFC 5545 text that ical.js reads, with times in UTC and missions as whole days', async () => {
    await createEvent(dc, town, {
      title: 'Audience : M. Hounsa, président; « Union, Progrès »',
      place: 'Cabinet, salle 2',
      description: 'Ordre du jour :\n1. Marché\n2. Voirie',
      startsAt: `${day}T10:00:00+01:00`,
      endsAt: `${day}T11:30:00+01:00`,
    });
    await createEvent(dc, town, {
      kind: 'mission',
      title: 'Mission à Bohicon',
      isAllDay: true,
      startDate: addDaysIso(day, 2),
      endDate: addDaysIso(day, 4),
    });
    const res = await fetchFeed(await createFeed(dc));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.body.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(res.body));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const audience = events.find((e) => e.summary.startsWith('Audience : M. Hounsa'))!;
    expect(audience.summary).toBe('Audience : M. Hounsa, président; « Union, Progrès »');
    expect(audience.location).toBe('Cabinet, salle 2');
    expect(audience.description).toBe('Ordre du jour :\n1. Marché\n2. Voirie');
    expect(audience.startDate.toJSDate().toISOString()).toBe(new Date(`${day}T09:00:00Z`).toISOString());
    expect(audience.startDate.zone?.tzid).toBe('UTC');
    const mission = events.find((e) => e.summary === 'Mission à Bohicon')!;
    expect(mission.startDate.isDate).toBe(true);
    expect(mission.startDate.toString()).toBe(addDaysIso(day, 2));
    expect(mission.endDate.toString()).toBe(addDaysIso(day, 5));
    // the demo fortnight is there too, with its private event marked as such
    const personal = calendar.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('summary') === 'Rendez-vous personnel');
    expect(personal?.getFirstPropertyValue('class')).toBe('PRIVATE');
  });

  it('records when it was last read', async () => {
    const url = await createFeed(director);
    await fetchFeed(url);
    const status = (await director.get(agendaUrl(town, '/feed'))).json() as { lastUsedAt: string | null };
    expect(status.lastUsedAt).not.toBeNull();
  });
});

describe('a revoked or unknown address', () => {
  it('stops working as soon as a new address replaces it, with a clear 410', async () => {
    const old = await createFeed(director);
    const fresh = await createFeed(director);
    const res = await fetchFeed(old);
    expect(res.statusCode).toBe(410);
    const body = res.json() as ErrorBody;
    expect(body.code).toBe('gone');
    expect(body.message).toContain('a été révoquée');
    expect((await fetchFeed(fresh)).statusCode).toBe(200);
  });

  it('stops working once revoked, and revoking twice finds nothing', async () => {
    const url = await createFeed(director);
    expect((await director.delete(agendaUrl(town, '/feed'))).statusCode).toBe(200);
    expect((await fetchFeed(url)).statusCode).toBe(410);
    expect((await director.get(agendaUrl(town, '/feed'))).json()).toMatchObject({ isActive: false });
    expect((await director.delete(agendaUrl(town, '/feed'))).statusCode).toBe(404);
  });

  it('answers 404 to an address that never existed, and the revoked feed changes nothing', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics' });
    expect(res.statusCode).toBe(404);
    expect((res.json() as ErrorBody).message).toContain('Adresse d’agenda inconnue');
  });

  it('stops working when its owner leaves the administration', async () => {
    const suivi = await ctx.login('suivi@mairie.demo.bj');
    const url = await createFeed(suivi);
    expect((await fetchFeed(url)).statusCode).toBe(200);
    await ctx.db.execute(
      sql`UPDATE memberships SET is_active = false WHERE user_id = (SELECT id FROM users WHERE email = 'suivi@mairie.demo.bj')`,
    );
    expect((await fetchFeed(url)).statusCode).toBe(410);
  });
});
