// Excel workbooks of the results framework and of measurements: template, export, import round trip,
// refusals reported row by row with nothing imported.
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { loadResultsFixtures, type ResultsFixtures } from '../../test/results.fixtures.js';
import { XLSX_MIME } from './workbook.js';

const ctx = await createTestApp();
let fx: ResultsFixtures;
let dc: TestAgent;
let focal: TestAgent;
let url: (path: string) => string;

beforeAll(async () => {
  fx = await loadResultsFixtures(ctx.db);
  [dc, focal] = await Promise.all([ctx.login('dc@mit.demo.bj'), ctx.login('suivi@mit.demo.bj')]);
  url = (path) => `/api/administrations/${fx.mit}${path}`;
});

async function download(agent: TestAgent, path: string) {
  const res = await agent.get(url(path));
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX_MIME);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

async function upload(agent: TestAgent, path: string, workbook: ExcelJS.Workbook) {
  const payload = Buffer.from(await workbook.xlsx.writeBuffer());
  return agent.request({ method: 'POST', url: url(path), payload, headers: { 'content-type': XLSX_MIME } });
}

const count = async (table: string) =>
  (await ctx.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`)).rows[0]!.n;

// The row of a sheet whose first cell is `key` (1-based row number), or a new row.
function rowOf(sheet: ExcelJS.Worksheet, key: string, column = 1) {
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(column).value === key) return sheet.getRow(r);
  throw new Error(`no row ${key} in ${sheet.name}`);
}

describe('framework workbook', () => {
  it('offers a documented template', async () => {
    const workbook = await download(dc, '/planning/framework/template.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Lisez-moi',
      'Plans stratégiques',
      'Axes',
      'Objectifs',
      'Résultats attendus',
      'Programmes',
      'Actions',
      'Plans annuels',
      'Activités',
      'Indicateurs',
      'Cibles',
    ]);
    const readme = workbook.getWorksheet('Lisez-moi')!;
    const texts: string[] = [];
    readme.eachRow((row) => texts.push(row.values.toString()));
    expect(texts.join(' ')).toContain('rien n’est importé');
  });

  it('imports its own export without changing anything', async () => {
    const before = await count('audit_events');
    const res = await upload(dc, '/planning/framework/import', await download(dc, '/planning/framework/export.xlsx'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ planning: { created: 0, updated: 0 }, indicators: { created: 0, updated: 0, unchanged: 17 } });
    expect(await count('audit_events')).toBe(before + 1); // the summary of the import only
  });

  it('creates and updates by code, in one transaction, with history', async () => {
    const workbook = await download(dc, '/planning/framework/export.xlsx');
    rowOf(workbook.getWorksheet('Indicateurs')!, 'IND-017-01').getCell(2).value =
      'Taux de couverture sociale des travailleurs (tous régimes)';
    workbook
      .getWorksheet('Programmes')!
      .addRow(['160', 'Emploi des jeunes', 'opérationnel', '', 'Directeur de la Programmation et de la Prospective']);
    workbook.getWorksheet('Actions')!.addRow(['160', '01', 'Insertion professionnelle']);
    workbook.getWorksheet('Activités')!.addRow([2024, '160', '01', 'A160-01-1', 'Foire de l’emploi', 'DPP', '2,3', 1, 5000000]);
    const indicators = workbook.getWorksheet('Indicateurs')!;
    indicators.addRow([
      'IND-160-01',
      'Nombre de jeunes placés en stage',
      '',
      'jeunes',
      'produit',
      'hausse',
      'trimestrielle',
      'somme',
      'non',
      null,
      null,
      0,
      null,
      null,
      'Registre',
      'DAF',
      'PS1',
      'R2.1.1',
      '160',
      '01',
      'oui',
    ]);
    workbook.getWorksheet('Cibles')!.addRow(['IND-160-01', 2025, 0, 400]);
    const res = await upload(dc, '/planning/framework/import', workbook);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ planning: { created: 3 }, indicators: { created: 1, updated: 1 } });
    const created = (await dc.get(url('/indicators?q=IND-160'))).json().items[0];
    expect(created).toMatchObject({
      code: 'IND-160-01',
      aggregation: 'sum',
      responsibleStructureName: 'Direction de l’Administration et des Finances',
    });
    const detail = (await dc.get(url(`/indicators/${created.id}`))).json();
    expect(detail).toMatchObject({
      programme: { code: '160' },
      action: { code: '01' },
      expectedResult: { code: 'R2.1.1' },
      targets: [{ year: 2025, quarter: 0, value: 400 }],
    });
    const programme = (await dc.get(url('/planning/programmes'))).json().items.find((p: { code: string }) => p.code === '160');
    expect(programme.manager.title).toBe('Directeur de la Programmation et de la Prospective');
    const history = await dc.get(url(`/audit?entityType=indicator&entityId=${await fx.indicator('IND-017-01')}`));
    expect(history.json().items[0]).toMatchObject({
      action: 'indicator.import',
      after: { title: 'Taux de couverture sociale des travailleurs (tous régimes)' },
    });
  });

  it('refuses the whole workbook when one row is wrong, listing every refused cell', async () => {
    const workbook = await download(dc, '/planning/framework/export.xlsx');
    workbook.getWorksheet('Programmes')!.addRow(['170', 'Nouveau programme', 'opérationnel']);
    const indicators = workbook.getWorksheet('Indicateurs')!;
    indicators.addRow([
      'IND-X',
      'Indicateur mal rempli',
      '',
      '%',
      'produit',
      'vers le haut',
      'trimestrielle',
      'moyenne',
      'oui',
      'douze',
      null,
      null,
      null,
      null,
      '',
      'Direction inconnue',
      null,
      null,
      '999',
    ]);
    const targets = workbook.getWorksheet('Cibles')!;
    targets.addRow(['IND-017-04', 2025, 1, 140]);
    targets.addRow(['IND-017-02', 2025, 'deux', 10]);
    const before = { programmes: await count('programmes'), audit: await count('audit_events') };
    const res = await upload(dc, '/planning/framework/import', workbook);
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe('import_refused');
    expect(body.message).toBe('Import refusé : 3 ligne(s) invalide(s). Rien n’a été importé.');
    const fields = body.details.refused.map((r: { sheet: string; field: string }) => `${r.sheet}/${r.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'Indicateurs/Sens',
        'Indicateurs/Valeur de référence',
        'Indicateurs/Structure responsable',
        'Indicateurs/Programme (code)',
        'Cibles/Valeur',
        'Cibles/Trimestre',
      ]),
    );
    const percent = body.details.refused.find((r: { field: string; sheet: string }) => r.sheet === 'Cibles' && r.field === 'Valeur');
    expect(percent).toMatchObject({
      row: targets.rowCount - 1,
      message: 'Un pourcentage est compris entre 0 et 100 (valeur saisie : 140).',
    });
    expect(await count('programmes')).toBe(before.programmes);
    expect(await count('audit_events')).toBe(before.audit);
  });

  it('refuses a file that is not a workbook, and an import by a role without the permission', async () => {
    const res = await dc.request({
      method: 'POST',
      url: url('/planning/framework/import'),
      payload: Buffer.from('not a zip'),
      headers: { 'content-type': XLSX_MIME },
    });
    expect(res.statusCode).toBe(400);
    const adviser = await ctx.login('conseiller@mit.demo.bj');
    expect((await upload(adviser, '/planning/framework/import', await download(dc, '/planning/framework/template.xlsx'))).statusCode).toBe(
      403,
    );
  });
});

describe('measurements workbook', () => {
  it('gives the indicators due in a quarter with their target and previous value', async () => {
    const workbook = await download(focal, `/measurements/sheet.xlsx?year=2024&quarter=2&structureId=${fx.dppStructureId}`);
    const sheet = workbook.getWorksheet('Réalisations')!;
    expect(sheet.rowCount - 1).toBe(5); // the DPP's quarterly indicators (its annual survey is due in Q4)
    const row = rowOf(sheet, 'IND-159-01');
    expect([row.getCell(5).value, row.getCell(6).value, row.getCell(7).value, row.getCell(8).value]).toEqual([2024, 2, 45, 17]);
  });

  it('imports the values entered as drafts, and refuses a locked period or another structure’s indicator', async () => {
    const workbook = await download(focal, `/measurements/sheet.xlsx?year=2024&quarter=2&structureId=${fx.dppStructureId}`);
    const sheet = workbook.getWorksheet('Réalisations')!;
    rowOf(sheet, 'IND-159-01').getCell(9).value = 46;
    rowOf(sheet, 'IND-017-05').getCell(9).value = 5;
    rowOf(sheet, 'IND-017-05').getCell(11).value = 'Rapports de mission T2';
    const ok = await upload(focal, '/measurements/import', workbook);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ created: 2, updated: 0, skipped: 3 });
    const drafts = (await focal.get(url('/measurements?year=2024&quarter=2&status=draft'))).json();
    expect(drafts.items.map((m: { indicatorCode: string }) => m.indicatorCode).sort()).toEqual(['IND-017-05', 'IND-159-01']);

    const before = await count('measurements');
    sheet.addRow(['IND-017-05', '', '', '', 2024, 1, null, null, 9]); // Q1 2024 is validated
    sheet.addRow(['IND-017-02', '', '', '', 2024, 2, null, null, 2500]); // the DTT's indicator
    sheet.addRow(['IND-018-04', '', '', '', 2024, 2, null, null, 'beaucoup']);
    const refused = await upload(focal, '/measurements/import', workbook);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().details.refused.map((r: { field: string }) => r.field)).toEqual(['Valeur', 'Trimestre', 'Indicateur (code)']);
    expect(await count('measurements')).toBe(before);
  });
});
