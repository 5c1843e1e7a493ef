// The Excel template, export and import, through the API, with workbooks built by exceljs as a user's would be.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { byAcronym, findPost, findStructure, orgUrl, type ErrorBody } from './organisation.fixtures.js';

const ctx = await createTestApp();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHEETS = ['Lisez-moi', 'Rangs', 'Structures', 'Postes', 'Attributions', 'Personnes', 'Affectations', 'Intérims'];
let dc: TestAgent;
let town: string;

type Counts = Record<string, { created: number; updated: number }>;
type Refused = { sheet: string; row: number; field: string; message: string };

beforeAll(async () => {
  dc = await ctx.login('dc@mairie.demo.bj');
  town = await dc.administrationId('MZG');
});

async function download(agent: TestAgent, path: string) {
  const res = await agent.get(orgUrl(town, path));
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return { workbook, headers: res.headers };
}

async function upload(agent: TestAgent, workbook: ExcelJS.Workbook | Buffer) {
  const payload = Buffer.isBuffer(workbook) ? workbook : Buffer.from(await workbook.xlsx.writeBuffer());
  return agent.request({ method: 'POST', url: orgUrl(town, '/import'), payload, headers: { 'content-type': XLSX } });
}

async function countRows() {
  const tree = (await dc.get(orgUrl(town, '/tree'))).json() as { structures: unknown[]; posts: unknown[]; ranks: unknown[] };
  const persons = (await dc.get(orgUrl(town, '/persons?limit=1'))).json() as { total: number };
  return { structures: tree.structures.length, posts: tree.posts.length, ranks: tree.ranks.length, persons: persons.total };
}

const headersOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);

describe('template', () => {
  it('documents every sheet and column in French, then gives headers and one example per sheet', async () => {
    const { workbook, headers } = await download(dc, '/template.xlsx');
    expect(headers['content-disposition']).toBe('attachment; filename="modele-organisation.xlsx"');
    expect(workbook.worksheets.map((w) => w.name)).toEqual(SHEETS);
    const readme = workbook.getWorksheet('Lisez-moi')!;
    const text = readme.getSheetValues().flat().join(' ');
    for (const name of SHEETS.slice(1)) expect(text).toContain(name);
    expect(text).toContain('rien n’est importé');
    const posts = workbook.getWorksheet('Postes')!;
    expect(headersOf(posts)).toEqual([
      'Clé',
      'Intitulé',
      'Sigle',
      'Structure (clé)',
      'Rang',
      'Relève du poste (clé)',
      'Fonction',
      'Responsable de la structure',
      'Ordre',
    ]);
    expect(posts.rowCount).toBe(2);
  });

  it('imports nothing from the untouched template', async () => {
    const { workbook } = await download(dc, '/template.xlsx');
    const before = await countRows();
    const res = await upload(dc, workbook);
    expect(res.statusCode).toBe(200);
    expect(Object.values((res.json() as { counts: Counts }).counts).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
    expect(await countRows()).toEqual(before);
  });
});

describe('import', () => {
  it('imports a filled template in one go, resolving keys between sheets and existing rows', async () => {
    const { workbook } = await download(dc, '/template.xlsx');
    const sheet = (name: string) => workbook.getWorksheet(name)!;
    sheet('Rangs').addRow(['Chef de bureau', 7]);
    sheet('Rangs').addRow(['directeur', 2]); // an existing rank, matched ignoring case: renamed as written
    sheet('Rangs').addRow(['Agent', 6]); // unchanged
    sheet('Structures').addRow(['SAF', 'Service des affaires foncières', 'Service', 'SAF', 'DST', '', 20]);
    sheet('Structures').addRow(['BCAD', 'Bureau du cadastre', 'division', '', 'SAF', '', '']);
    sheet('Postes').addRow([
      'SAF-CH',
      'Chef du Service des affaires foncières',
      '',
      'SAF',
      'Chef de service',
      'DST',
      'Responsable de structure',
      'oui',
      '',
    ]);
    sheet('Postes').addRow(['BCAD-CH', 'Chef du bureau du cadastre', '', 'BCAD', 'Chef de bureau', 'SAF-CH', '', 'OUI', '']);
    sheet('Attributions').addRow(['SAF', 'Gérer le domaine foncier de la commune']);
    sheet('Attributions').addRow(['BCAD-CH', 'Tenir à jour le cadastre']);
    sheet('Personnes').addRow([
      'P1',
      'Mme',
      'Afiavi',
      'Hounkpatin',
      { text: 'afiavi@exemple.bj', hyperlink: 'mailto:afiavi@exemple.bj' },
      '',
    ]);
    sheet('Personnes').addRow(['P2', 'M', 'Codjo', 'Zinsou', '', '+229 01 96 00 00 00']);
    sheet('Affectations').addRow(['P1', 'SAF-CH', new Date(Date.UTC(2026, 0, 5)), '']);
    sheet('Affectations').addRow(['P2', 'BCAD-CH', '05/01/2026', '']);
    sheet('Intérims').addRow(['BCAD-CH', 'P1', '2026-03-02', '2026-03-13', 'Note de service n°2026-001/MZG/SG', 'Congé du titulaire']);

    const before = await countRows();
    const res = await upload(dc, workbook);
    expect(res.statusCode).toBe(200);
    expect((res.json() as { counts: Counts }).counts).toEqual({
      ranks: { created: 1, updated: 1 },
      structures: { created: 2, updated: 0 },
      posts: { created: 2, updated: 0 },
      attributions: { created: 2, updated: 0 },
      persons: { created: 2, updated: 0 },
      assignments: { created: 2, updated: 0 },
      interims: { created: 1, updated: 0 },
    });
    expect(await countRows()).toEqual({
      structures: before.structures + 2,
      posts: before.posts + 2,
      ranks: before.ranks + 1,
      persons: before.persons + 2,
    });

    const technical = await findStructure(dc, town, byAcronym('DST'));
    const saf = await findStructure(dc, town, byAcronym('SAF'));
    const detail = (await dc.get(orgUrl(town, `/structures/${saf.id}`))).json() as {
      parentId: string;
      sortOrder: number;
      children: { name: string }[];
      attributions: { text: string }[];
    };
    expect(detail).toMatchObject({ parentId: technical.id, sortOrder: 20, children: [{ name: 'Bureau du cadastre' }] });
    expect(detail.attributions.map((a) => a.text)).toEqual(['Gérer le domaine foncier de la commune']);

    const head = await findPost(dc, town, (p) => p.title === 'Chef du bureau du cadastre');
    const post = (await dc.get(orgUrl(town, `/posts/${head.id}`))).json() as {
      rank: { name: string };
      reportsTo: { title: string };
      isHeadOfStructure: boolean;
      assignments: { personName: string; startDate: string }[];
      interims: { personName: string; legalReference: string }[];
    };
    expect(post).toMatchObject({
      rank: { name: 'Chef de bureau' },
      reportsTo: { title: 'Chef du Service des affaires foncières' },
      isHeadOfStructure: true,
      assignments: [{ personName: 'Codjo Zinsou', startDate: '2026-01-05' }],
      interims: [{ personName: 'Afiavi Hounkpatin', legalReference: 'Note de service n°2026-001/MZG/SG' }],
    });
    const safHead = (
      await dc.get(orgUrl(town, `/posts/${(await findPost(dc, town, (p) => p.title.startsWith('Chef du Service des affaires')))!.id}`))
    ).json() as {
      reportsTo: { id: string };
    };
    expect(safHead.reportsTo.id).toBe((await findPost(dc, town, byAcronym('DST'))).id);

    const audit = (await dc.get(`/api/administrations/${town}/audit?entityType=administration&entityId=${town}`)).json() as {
      items: { action: string }[];
    };
    expect(audit.items.map((e) => e.action)).toContain('organisation.import');

    // importing the same workbook again changes nothing
    const again = await upload(dc, workbook);
    expect(Object.values((again.json() as { counts: Counts }).counts).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
    expect(await countRows()).toEqual({
      ...before,
      structures: before.structures + 2,
      posts: before.posts + 2,
      ranks: before.ranks + 1,
      persons: before.persons + 2,
    });
  });

  it('refuses the whole workbook when a row is wrong, lists the rows, and writes nothing', async () => {
    const { workbook } = await download(dc, '/template.xlsx');
    workbook.getWorksheet('Personnes')!.addRow(['N1', 'Mme', 'Nouvelle', 'Personne', '', '']);
    const posts = workbook.getWorksheet('Postes')!;
    posts.addRow(['X1', 'Grand chambellan', '', 'CAB', 'Chambellan en chef', '', '', '', '']);
    posts.addRow(['X2', '', '', 'CAB', '', '', '', '', '']);
    workbook.getWorksheet('Affectations')!.addRow(['N1', 'X9', '2026-02-30', '']);

    const before = await countRows();
    const res = await upload(dc, workbook);
    expect(res.statusCode).toBe(422);
    const body = res.json() as ErrorBody & { details: { refused: Refused[] } };
    expect(body.code).toBe('import_refused');
    expect(body.message).toBe('Import refusé : 3 ligne(s) invalide(s). Rien n’a été importé.');
    expect(body.details.refused).toEqual([
      { sheet: 'Postes', row: 3, field: 'Rang', message: expect.stringContaining('Rang inconnu « Chambellan en chef »') },
      { sheet: 'Postes', row: 4, field: 'Intitulé', message: 'Valeur obligatoire.' },
      { sheet: 'Affectations', row: 3, field: 'Poste (clé)', message: expect.stringContaining('« X9 »') },
      { sheet: 'Affectations', row: 3, field: 'Date de début', message: 'Date invalide (format attendu AAAA-MM-JJ ou date Excel).' },
    ]);
    expect(await countRows()).toEqual(before);
  });

  it('words the refusals in the user’s language', async () => {
    const admin = await ctx.login('admin@mairie.demo.bj');
    await admin.put('/api/auth/me/preferences', { locale: 'en' });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Structures').addRow(['Clé', 'Nom', 'Type']);
    workbook.getWorksheet('Structures')!.addRow(['K1', 'Bureau', 'Royaume']);
    const res = await upload(admin, workbook);
    expect(res.statusCode).toBe(422);
    const body = res.json() as ErrorBody & { details: { refused: Refused[] } };
    expect(body.message).toBe('Import refused: 1 invalid row(s). Nothing was imported.');
    expect(body.details.refused).toEqual([
      {
        sheet: 'Structures',
        row: 2,
        field: 'Type',
        message: expect.stringMatching(/^Unknown value “Royaume”\. Allowed values: Cabinet, /),
      },
    ]);
  });

  it('refuses a file that is not a workbook', async () => {
    const res = await upload(dc, Buffer.from('PK not really a zip'));
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).message).toBe('Le fichier n’est pas un classeur Excel (.xlsx) lisible.');
  });
});

describe('export', () => {
  it('exports the organisation in the template’s format, and imports back unchanged', async () => {
    const { workbook, headers } = await download(dc, '/export.xlsx');
    expect(headers['content-disposition']).toMatch(/^attachment; filename="organisation-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(SHEETS);
    const before = await countRows();
    const structures = workbook.getWorksheet('Structures')!;
    expect(structures.rowCount - 1).toBe(before.structures);
    const police = structures.getRows(2, structures.rowCount - 1)!.find((r) => r.getCell(2).value === 'Direction de la Police municipale')!;
    expect(police.getCell(6).value).toBe('CAB'); // attached to the cabinet, by its key
    expect(workbook.getWorksheet('Personnes')!.rowCount - 1).toBe(before.persons);

    const res = await upload(dc, workbook);
    expect(res.statusCode).toBe(200);
    expect(Object.values((res.json() as { counts: Counts }).counts).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
    expect(await countRows()).toEqual(before);
  });

  it('lets a reader export but not import', async () => {
    const adviser = await ctx.login('conseiller@mairie.demo.bj');
    const { workbook } = await download(adviser, '/export.xlsx');
    expect((await upload(adviser, workbook)).statusCode).toBe(403);
  });
});
