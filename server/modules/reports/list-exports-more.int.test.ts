// Excel exports of the directives, meetings, activities and audience requests lists: the same rows as the
// screen for the same filters, never an item the caller may not see, and the list's access rules.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../platform/jobs/clock.js';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { loadOrgIds } from '../../test/org.js';

const clock = createManualClock('2026-11-23T09:00:00Z');
const ctx = await createTestApp({}, { clock });
const mit = await loadOrgIds(ctx.db, 'MIT');
const base = `/api/administrations/${mit.administrationId}`;
const [dc, director, sg, focalPoint] = await Promise.all([
  ctx.login('dc@mit.demo.bj'),
  ctx.login('directeur@mit.demo.bj'),
  ctx.login('sg@mit.demo.bj'),
  ctx.login('suivi@mit.demo.bj'),
]);
const RESERVED = 'D-2026-0005';
const RESERVED_TEXT = 'contentieux de résiliation';

// The rows under the header row (the one whose first cell is `firstColumn`), and every cell as text.
async function workbook(agent: TestAgent, url: string, firstColumn: string) {
  const res = await agent.get(url);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const all: string[][] = [];
  book.worksheets[0]!.eachRow((row) => all.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  const header = all.findIndex((r) => r[0] === firstColumn);
  expect(header, `header ${firstColumn}`).toBeGreaterThan(0);
  return { rows: all.slice(header + 1), text: all.flat().join('\n'), preamble: all.slice(0, header).flat().join('\n') };
}

const listed = async (agent: TestAgent, query: string) =>
  ((await agent.get(`${base}/directives?pageSize=100&${query}`)).json().items as { reference: string }[]).map((i) => i.reference);

describe('the directives list as Excel', () => {
  it('never holds a reserved directive for someone who may not see it, not even a word of it', async () => {
    const forDc = await workbook(dc, `${base}/directives/export.xlsx`, 'Référence');
    expect(forDc.rows.map((r) => r[0])).toContain(RESERVED);
    for (const agent of [director, sg]) {
      const exported = await workbook(agent, `${base}/directives/export.xlsx`, 'Référence');
      expect(exported.rows.map((r) => r[0])).not.toContain(RESERVED);
      expect(exported.text).not.toContain(RESERVED_TEXT);
      expect(exported.rows.map((r) => r[0])).toEqual(await listed(agent, ''));
      // asking for reserved items explicitly gives an empty list, not the item
      expect((await workbook(agent, `${base}/directives/export.xlsx?confidentiality=reserved`, 'Référence')).rows).toEqual([]);
    }
  });

  it('applies the screen’s scope, filters and sort, and says which', async () => {
    for (const query of ['state=overdue&sort=-dueDate', 'scope=mine&sort=reference', 'sourceType=meeting&sort=priority']) {
      const exported = await workbook(director, `${base}/directives/export.xlsx?${query}`, 'Référence');
      expect(
        exported.rows.map((r) => r[0]),
        query,
      ).toEqual(await listed(director, query));
    }
    const overdue = await workbook(dc, `${base}/directives/export.xlsx?state=overdue`, 'Référence');
    expect(overdue.rows.length).toBeGreaterThan(0);
    expect(overdue.rows.length).toBeLessThan((await workbook(dc, `${base}/directives/export.xlsx`, 'Référence')).rows.length);
    expect(overdue.rows.every((r) => r.at(-1)!.startsWith('En retard'))).toBe(true);
    expect(overdue.preamble).toContain('état : en retard');
    const mine = await workbook(director, `${base}/directives/export.xlsx?scope=mine`, 'Référence');
    expect(mine.preamble).toContain('Mes directives et recommandations');
  });

  it('validates the filters in the caller’s language and needs a session', async () => {
    const bad = await dc.get(`${base}/directives/export.xlsx?state=late`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toContain('state');
    expect((await ctx.app.inject({ method: 'GET', url: `${base}/directives/export.xlsx` })).statusCode).toBe(401);
    const other = await ctx.login('dc@mairie.demo.bj');
    expect([403, 404]).toContain((await other.get(`${base}/directives/export.xlsx`)).statusCode);
  });
});

describe('the other lists as Excel', () => {
  it('exports the meetings with the list’s filters', async () => {
    const list = (await dc.get(`${base}/meetings?pageSize=100&kind=management_committee`)).json();
    const exported = await workbook(dc, `${base}/meetings/export.xlsx?kind=management_committee`, 'Date');
    expect(exported.rows).toHaveLength(list.total);
    expect(exported.rows.every((r) => r[2] === 'Comité de direction (CODIR)')).toBe(true);
    expect((await dc.get(`${base}/meetings/export.xlsx?from=2026-02-01&to=2026-01-01`)).statusCode).toBe(400);
  });

  it('exports the activities of a year with their state at the end of a quarter', async () => {
    const list = (await dc.get(`${base}/planning/activities?year=2024&asOfQuarter=2&limit=500`)).json();
    const exported = await workbook(dc, `${base}/planning/activities/export.xlsx?year=2024&asOfQuarter=2`, 'Programme');
    expect(exported.rows.map((r) => r[2])).toEqual(list.items.map((a: { code: string }) => a.code));
    expect(exported.preamble).toContain('situation à la fin du T2');
  });

  it('exports the audience requests to the private office only', async () => {
    const list = (await dc.get(`${base}/audiences?status=pending`)).json();
    const exported = await workbook(dc, `${base}/audiences/export.xlsx?status=pending`, 'Référence');
    expect(exported.rows.map((r) => r[0])).toEqual(list.items.map((r: { reference: string }) => r.reference));
    expect((await focalPoint.get(`${base}/audiences/export.xlsx`)).statusCode).toBe(403);
  });
});
