// Helpers for the organisation integration tests: find demo rows through the API, as a user would.
import { expect } from 'vitest';
import type { TestAgent } from '../../test/app.js';

export const orgUrl = (administrationId: string, path = '') => `/api/administrations/${administrationId}/organisation${path}`;

type Named = { id: string; name: string; acronym: string | null };
type Titled = { id: string; title: string; acronym: string | null };

export async function findStructure(agent: TestAgent, administrationId: string, match: (s: Named) => boolean): Promise<Named> {
  const res = await agent.get(orgUrl(administrationId, '/structures'));
  expect(res.statusCode).toBe(200);
  const found = (res.json() as { items: Named[] }).items.find(match);
  if (!found) throw new Error('structure not found in the demo data');
  return found;
}

export async function findPost(agent: TestAgent, administrationId: string, match: (p: Titled) => boolean): Promise<Titled> {
  const res = await agent.get(orgUrl(administrationId, '/posts'));
  expect(res.statusCode).toBe(200);
  const found = (res.json() as { items: Titled[] }).items.find(match);
  if (!found) throw new Error('post not found in the demo data');
  return found;
}

export async function findRankId(agent: TestAgent, administrationId: string): Promise<string> {
  const res = await agent.get(orgUrl(administrationId, '/ranks'));
  return (res.json() as { items: { id: string }[] }).items[0]!.id;
}

export const byAcronym = (acronym: string) => (x: { acronym: string | null }) => x.acronym === acronym;

export type ErrorBody = { code: string; message: string; fields?: { field: string; message: string }[]; details?: unknown };
export const fieldsOf = (body: ErrorBody) => (body.fields ?? []).map((f) => f.field);
