// Helpers for the agenda integration tests: demo rows found through the API, as a user would.
import { expect } from 'vitest';
import type { TestAgent } from '../../test/app.js';

export const agendaUrl = (administrationId: string, path = '') => `/api/administrations/${administrationId}/agenda${path}`;
export const audiencesUrl = (administrationId: string, path = '') => `/api/administrations/${administrationId}/audiences${path}`;
const orgUrl = (administrationId: string, path: string) => `/api/administrations/${administrationId}/organisation${path}`;

export type ErrorBody = { code: string; message: string; fields?: { field: string; message: string }[]; details?: unknown };
export const fieldsOf = (body: ErrorBody) => (body.fields ?? []).map((f) => f.field);

export type EventItem = {
  id: string;
  title: string;
  kind: string;
  visibility: string;
  startsAt: string;
  endsAt: string;
  isAllDay: boolean;
  startDate: string;
  endDate: string;
  clashes: { eventId: string; reason: string }[];
};

export async function personIdByEmail(agent: TestAgent, administrationId: string, email: string): Promise<string> {
  const res = await agent.get(orgUrl(administrationId, `/persons?q=${encodeURIComponent(email)}`));
  expect(res.statusCode).toBe(200);
  const found = (res.json() as { items: { id: string; email: string | null }[] }).items.find((p) => p.email === email);
  if (!found) throw new Error(`no person ${email}`);
  return found.id;
}

export async function postIdByAcronym(agent: TestAgent, administrationId: string, acronym: string): Promise<string> {
  const res = await agent.get(orgUrl(administrationId, '/posts'));
  const found = (res.json() as { items: { id: string; acronym: string | null }[] }).items.find((p) => p.acronym === acronym);
  if (!found) throw new Error(`no post ${acronym}`);
  return found.id;
}

export async function structureIdByAcronym(agent: TestAgent, administrationId: string, acronym: string): Promise<string> {
  const res = await agent.get(orgUrl(administrationId, '/structures'));
  const found = (res.json() as { items: { id: string; acronym: string | null }[] }).items.find((s) => s.acronym === acronym);
  if (!found) throw new Error(`no structure ${acronym}`);
  return found.id;
}

// An event far from the demo's fortnight, so the tests control what overlaps it.
export function eventBody(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'audience',
    title: 'Audience de test',
    place: 'Cabinet',
    isAllDay: false,
    startsAt: '2031-03-10T10:00:00+01:00',
    endsAt: '2031-03-10T11:00:00+01:00',
    visibility: 'public',
    ...overrides,
  };
}

export async function createEvent(agent: TestAgent, administrationId: string, overrides: Record<string, unknown> = {}): Promise<EventItem> {
  const res = await agent.post(agendaUrl(administrationId, '/events'), eventBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as EventItem;
}

export async function listEvents(agent: TestAgent, administrationId: string, from: string, to: string): Promise<EventItem[]> {
  const res = await agent.get(agendaUrl(administrationId, `/events?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`));
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: EventItem[] }).items;
}
