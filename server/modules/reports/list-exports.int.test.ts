// Excel exports of the indicators and measurements lists: same rows as the lists with the same filters.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { loadResultsFixtures, type ResultsFixtures } from '../../test/results.fixtures.js';

const ctx = await createTestApp();
let fx: ResultsFixtures;
let dc: TestAgent;
let base: string;

async function sheetRows(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  const headerIndex = rows.findIndex((r) => r[0] === 'Code');
  return rows.slice(headerIndex + 1);
}

beforeAll(async () => {
  fx = await loadResultsFixtures(ctx.db);
  dc = await ctx.login('dc@mit.demo.bj');
  base = `/api/administrations/${fx.mit}`;
});

describe('indicators and measurements as Excel', () => {
  it('exports the indicators with the list’s filters', async () => {
    const list = (await dc.get(`${base}/indicators?programmeId=${fx.programmeId}&limit=500`)).json();
    const res = await dc.get(`${base}/indicators/export.xlsx?programmeId=${fx.programmeId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const rows = await sheetRows(res.rawPayload);
    expect(rows.map((r) => r[0])).toEqual(list.items.map((i: { code: string }) => i.code));
    expect(rows.length).toBeLessThan((await dc.get(`${base}/indicators?limit=500`)).json().total);
  });

  it('exports the measurements of a quarter with the list’s filters', async () => {
    const list = (await dc.get(`${base}/measurements?year=2024&quarter=1&limit=500`)).json();
    const rows = await sheetRows((await dc.get(`${base}/measurements/export.xlsx?year=2024&quarter=1`)).rawPayload);
    expect(rows).toHaveLength(list.total);
    expect(rows.every((r) => r[2] === 'T1 2024')).toBe(true);
  });

  it('validates the filters and checks who asks', async () => {
    expect((await dc.get(`${base}/indicators/export.xlsx?level=nope`)).statusCode).toBe(400);
    expect((await dc.get(`${base}/measurements/export.xlsx?quarter=9`)).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'GET', url: `${base}/indicators/export.xlsx` })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: `${base}/measurements/export.xlsx` })).statusCode).toBe(401);
    const other = await ctx.login('dc@mairie.demo.bj');
    // another administration's member: the administration is not theirs (every member may read the lists)
    expect([403, 404]).toContain((await other.get(`${base}/indicators/export.xlsx`)).statusCode);
    expect([403, 404]).toContain((await other.get(`${base}/measurements/export.xlsx`)).statusCode);
  });
});
