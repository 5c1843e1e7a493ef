// Reserved and sensitive items never appear in the lists, counts, exports, meetings or indicators of
// people who may not see them. Reminders: see reminders.int.test.ts.
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../platform/jobs/clock.js';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { docxText, hasPdfToText, pdfText } from '../../test/documents.js';
import { loadOrgIds } from '../../test/org.js';

const clock = createManualClock('2026-11-23T09:00:00Z');
const ctx = await createTestApp({}, { clock });
const mit = await loadOrgIds(ctx.db, 'MIT');
const mzg = await loadOrgIds(ctx.db, 'MZG');
const base = `/api/administrations/${mit.administrationId}`;
const agents = {
  minister: await ctx.login('ministre@mit.demo.bj'),
  dc: await ctx.login('dc@mit.demo.bj'),
  dac: await ctx.login('dac@mit.demo.bj'),
  adviser: await ctx.login('conseiller@mit.demo.bj'),
  sg: await ctx.login('sg@mit.demo.bj'),
  director: await ctx.login('directeur@mit.demo.bj'),
  focalPoint: await ctx.login('suivi@mit.demo.bj'),
  itAdmin: await ctx.login('admin@mit.demo.bj'),
};
const RESERVED = 'D-2026-0005';
const SENSITIVE = 'D-2026-0006';
const RESERVED_TEXT = 'contentieux de résiliation';

const idOf = async (reference: string, administrationId = mit.administrationId) =>
  (
    await ctx.db.execute<{ id: string }>(
      sql`SELECT id FROM directives WHERE administration_id = ${administrationId} AND reference = ${reference}`,
    )
  ).rows[0]!.id;
const referencesSeenBy = async (agent: TestAgent, query = '') =>
  ((await agent.get(`${base}/directives?pageSize=100${query}`)).json().items as { reference: string }[]).map((i) => i.reference);
const whoSees = async (reference: string) => {
  const names: string[] = [];
  for (const [name, agent] of Object.entries(agents)) if ((await referencesSeenBy(agent)).includes(reference)) names.push(name);
  return names;
};

describe('lists', () => {
  it('show a reserved item to the head, the DC and the people named on it only', async () => {
    expect(await whoSees(RESERVED)).toEqual(['minister', 'dc']);
  });

  it('show a sensitive item to the cabinet, the SG and the assigned structure only', async () => {
    expect(await whoSees(SENSITIVE)).toEqual(['minister', 'dc', 'dac', 'adviser', 'sg']);
  });

  it('show a reserved item to the person holding the assigned post', async () => {
    const adviser = await ctx.login('conseiller@mairie.demo.bj');
    const director = await ctx.login('directeur@mairie.demo.bj');
    const list = (agent: TestAgent) => agent.get(`/api/administrations/${mzg.administrationId}/directives?confidentiality=reserved`);
    expect((await list(adviser)).json().items.map((i: { reference: string }) => i.reference)).toEqual(['D-2026-0003']);
    expect((await list(director)).json().total).toBe(0);
  });
});

describe('counts and indicators', () => {
  it('count only what the caller may see', async () => {
    const total = async (agent: TestAgent, query = '') => (await agent.get(`${base}/directives?pageSize=1${query}`)).json().total as number;
    expect(await total(agents.director)).toBe((await total(agents.dc)) - 2);
    expect(await total(agents.director, '&confidentiality=reserved')).toBe(0);
    expect(await total(agents.sg, '&confidentiality=reserved')).toBe(0);
    expect(await total(agents.dc, '&confidentiality=reserved')).toBe(1);
    expect(await total(agents.director, '&state=overdue')).toBe((await total(agents.dc, '&state=overdue')) - 1);
  });

  it('leave hidden items out of the indicators, per structure and in total', async () => {
    const indicators = async (agent: TestAgent) => (await agent.get(`${base}/directives/indicators?groupBy=structure`)).json();
    const dc = await indicators(agents.dc);
    const director = await indicators(agents.director);
    expect(director.totals.total).toBe(dc.totals.total - 2);
    expect(director.totals.overdue).toBe(dc.totals.overdue - 1);
    const labels = (body: { groups: { label: string }[] }) => body.groups.map((g) => g.label);
    expect(labels(dc)).toEqual(expect.arrayContaining(['Cellule juridique', 'Direction générale des Infrastructures']));
    expect(labels(director)).not.toContain('Cellule juridique');
    expect(labels(director)).not.toContain('Direction générale des Infrastructures');
    const reserved = (await agents.sg.get(`${base}/directives/indicators?confidentiality=reserved`)).json();
    expect(reserved.totals.total).toBe(0);
  });
});

describe('one item', () => {
  it('does not exist for someone who may not see it', async () => {
    const id = await idOf(RESERVED);
    for (const path of ['', '/reminders']) {
      expect((await agents.sg.get(`${base}/directives/${id}${path}`)).statusCode).toBe(404);
      expect((await agents.dc.get(`${base}/directives/${id}${path}`)).statusCode).toBe(200);
    }
    const report = await agents.director.post(`${base}/directives/${id}/progress`, { status: 'in_progress', progress: 10, text: 'x' });
    expect(report.statusCode).toBe(404);
    // the SG may issue directives, but not act on a reserved one they cannot see
    expect((await agents.sg.post(`${base}/directives/${id}/cancel`, { reason: 'sans objet' })).statusCode).toBe(404);
  });
});

describe('meetings', () => {
  it('leave hidden decisions out of the meeting and its minutes', async () => {
    const { rows } = await ctx.db.execute<{ id: string }>(
      sql`SELECT id FROM meetings WHERE title = 'Comité de direction du 20 novembre 2026'`,
    );
    const url = `${base}/meetings/${rows[0]!.id}`;
    const references = (body: { agenda: { decisions: { reference: string }[] }[] }) =>
      body.agenda.flatMap((a) => a.decisions.map((d) => d.reference));
    expect(references((await agents.dc.get(url)).json())).toEqual(['D-2026-0004', RESERVED]);
    expect(references((await agents.director.get(url)).json())).toEqual(['D-2026-0004']);
    expect(docxText((await agents.dc.get(`${url}/minutes?format=docx`)).rawPayload)).toContain(RESERVED_TEXT);
    expect(docxText((await agents.director.get(`${url}/minutes?format=docx`)).rawPayload)).not.toContain(RESERVED_TEXT);
    if (hasPdfToText) expect(pdfText((await agents.director.get(`${url}/minutes?format=pdf`)).rawPayload)).not.toContain(RESERVED);
  });

  it('leave hidden items out of the previous meeting’s follow-up', async () => {
    const created = await agents.dc.post(`${base}/meetings`, { kind: 'management_committee', date: '2026-12-04' });
    const url = `${base}/meetings/${created.json().id}`;
    const previous = async (agent: TestAgent) =>
      (await agent.get(url)).json().previousMeeting.items.map((d: { reference: string }) => d.reference);
    expect(await previous(agents.dc)).toEqual(['D-2026-0004', RESERVED]);
    expect(await previous(agents.director)).toEqual(['D-2026-0004']);
  });
});

describe('exports of the follow-up table', () => {
  const exportAs = (agent: TestAgent, format: string) => agent.get(`${base}/directives/follow-up-table?format=${format}`);

  async function xlsxCells(content: Buffer): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(content as never);
    const cells: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    return cells.join('\n');
  }

  it('include hidden items for the DC only, in XLSX, DOCX and PDF', async () => {
    const dcXlsx = await exportAs(agents.dc, 'xlsx');
    expect(dcXlsx.statusCode).toBe(200);
    expect(dcXlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const dcCells = await xlsxCells(dcXlsx.rawPayload);
    expect(dcCells).toContain(RESERVED);
    expect(dcCells).toContain(SENSITIVE);
    expect(dcCells).toContain('MINISTÈRE DES INFRASTRUCTURES ET DES TRANSPORTS');
    const directorCells = await xlsxCells((await exportAs(agents.director, 'xlsx')).rawPayload);
    expect(directorCells).not.toContain(RESERVED);
    expect(directorCells).not.toContain(SENSITIVE);
    expect(directorCells).toContain('D-2026-0007');

    expect(docxText((await exportAs(agents.dc, 'docx')).rawPayload)).toContain(RESERVED_TEXT);
    const directorDocx = docxText((await exportAs(agents.director, 'docx')).rawPayload);
    expect(directorDocx).not.toContain(RESERVED_TEXT);
    expect(directorDocx).toContain('Tableau de suivi des directives et recommandations');
    const sgDocx = docxText((await exportAs(agents.sg, 'docx')).rawPayload);
    expect(sgDocx).not.toContain(RESERVED);
    expect(sgDocx).toContain(SENSITIVE);
    const pdf = await exportAs(agents.director, 'pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    if (hasPdfToText) {
      expect(pdfText(pdf.rawPayload)).not.toContain(RESERVED);
      expect(pdfText((await exportAs(agents.dc, 'pdf')).rawPayload)).toContain(RESERVED);
    }
  });

  it('follow the list’s filters: the next CODIR’s table', async () => {
    const cells = await xlsxCells(
      (await agents.dc.get(`${base}/directives/follow-up-table?format=xlsx&meetingKind=management_committee`)).rawPayload,
    );
    expect(cells).toContain('D-2026-0002');
    expect(cells).not.toContain('D-2026-0007');
    // done and confirmed: no longer followed by default
    expect(cells).not.toContain('D-2026-0001');
  });

  it('check the format and the caller', async () => {
    expect((await exportAs(agents.dc, 'odt')).json().fields[0].field).toBe('querystring.format');
    expect((await ctx.app.inject({ method: 'GET', url: `${base}/directives/follow-up-table?format=pdf` })).statusCode).toBe(401);
    const mayorDc = await ctx.login('dc@mairie.demo.bj');
    expect((await exportAs(mayorDc, 'pdf')).statusCode).toBe(404);
  });
});
