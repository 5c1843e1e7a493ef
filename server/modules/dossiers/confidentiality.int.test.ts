// Confidentiality holds on every path that shows or counts dossiers: the one visibility predicate is used by
// lists, counts, "waiting on me", search, suggestions, export, notifications, and each dossier's own routes.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { dossiersUrl, findStructureId, makePdf, registerDossier, upload, type DossierDetail, type ListItem } from './dossiers.fixtures.js';

const ctx = await createTestApp();
// a word found only in this file's dossiers (subjects and the attached PDF), so every path can be checked by it
const WORD = 'zirconium';

type Who = 'minister' | 'dc' | 'dac' | 'adviser' | 'sg' | 'secretariat' | 'admin' | 'director' | 'focal';
const emails: Record<Who, string> = {
  minister: 'ministre',
  dc: 'dc',
  dac: 'dac',
  adviser: 'conseiller',
  sg: 'sg',
  secretariat: 'secretariat',
  admin: 'admin',
  director: 'directeur',
  focal: 'suivi',
};
const agents = {} as Record<Who, TestAgent>;
let mit: string;
// the dossiers of this file
const d = {} as Record<'normal' | 'sensitive' | 'reserved' | 'reservedUnassigned', DossierDetail>;
let ids: Record<string, keyof typeof d>;

// What each person must see of this file's dossiers (docs/decisions/0003-dossier-confidentiality.md):
const expected: Record<Who, (keyof typeof d)[]> = {
  minister: ['normal', 'sensitive', 'reserved', 'reservedUnassigned'], // the head
  dc: ['normal', 'sensitive', 'reserved', 'reservedUnassigned'], // the DC
  dac: ['normal', 'sensitive'], // the cabinet, not reserved affairs
  adviser: ['normal', 'sensitive'],
  sg: ['normal', 'sensitive', 'reserved'], // named on the reserved affair assigned to the general secretariat
  secretariat: ['normal', 'sensitive', 'reserved', 'reservedUnassigned'], // cabinet, and named as registrar
  admin: ['normal'], // the mail registry of the general secretariat: normal dossiers
  director: ['normal'], // assigned to the directorate for action
  focal: [], // nothing is assigned to the planning directorate
};
const everyone = Object.keys(emails) as Who[];
const sorted = <T extends string>(names: T[]): T[] => [...names].sort();
const ours = (found: { id: string }[]) => sorted(found.flatMap((x) => (ids[x.id] ? [ids[x.id]!] : [])));

beforeAll(async () => {
  for (const who of everyone) agents[who] = await ctx.login(`${emails[who]}@mit.demo.bj`);
  mit = await agents.dc.administrationId('MIT');
  const sgm = await findStructureId(agents.dc, mit, 'SGM');
  const dtt = await findStructureId(agents.dc, mit, 'DTT');
  const register = (confidentiality: string, subject: string) =>
    registerDossier(agents.secretariat, mit, { confidentiality, subject: `${subject} (${WORD})` });
  d.normal = await register('normal', 'Fourniture de panneaux de signalisation');
  d.sensitive = await register('sensitive', 'Litige sur le péage de Sèmè');
  d.reserved = await register('reserved', 'Enquête sur un marché de gré à gré');
  d.reservedUnassigned = await register('reserved', 'Plainte nominative contre un directeur');
  ids = Object.fromEntries(Object.entries(d).map(([k, v]) => [v.id, k as keyof typeof d]));
  const assign = async (dossier: DossierDetail, structureId: string) => {
    const res = await agents.dc.post(dossiersUrl(mit, `/${dossier.id}/assignments`), {
      assignments: [{ structureId, purpose: 'action' }],
      instructions: `Instruction ${WORD}`,
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  await assign(d.normal, dtt);
  await assign(d.sensitive, sgm);
  await assign(d.reserved, sgm);
  // the same word inside a PDF of the sensitive dossier
  const pdf = await makePdf(`Procès-verbal de la réunion sur le ${WORD} et les péages.`);
  expect((await upload(agents.secretariat, mit, d.sensitive.id, [{ name: 'pv.pdf', content: pdf }])).statusCode).toBe(201);
});

describe.each(everyone)('%s', (who) => {
  const agent = () => agents[who];

  it('lists only the dossiers they may see', async () => {
    const res = await agent().get(dossiersUrl(mit, '?limit=200'));
    expect(res.statusCode).toBe(200);
    expect(ours((res.json() as { items: ListItem[] }).items)).toEqual(sorted(expected[who]));
  });

  it('counts only those (stats agree with the list)', async () => {
    const [stats, list] = await Promise.all([agent().get(dossiersUrl(mit, '/stats')), agent().get(dossiersUrl(mit, '?limit=200'))]);
    const s = stats.json() as { open: number; byConfidentiality: Record<string, number>; waitingOnMe: number };
    const { items, total } = list.json() as { items: ListItem[]; total: number };
    expect(total).toBe(items.length);
    const open = items.filter((i) => ['registered', 'in_review', 'awaiting_decision'].includes(i.status));
    expect(s.open).toBe(open.length);
    for (const level of ['normal', 'sensitive', 'reserved']) {
      expect(s.byConfidentiality[level]).toBe(open.filter((i) => i.confidentiality === level).length);
    }
    const waiting = (await agent().get(dossiersUrl(mit, '/waiting?limit=200'))).json() as { total: number };
    expect(s.waitingOnMe).toBe(waiting.total);
  });

  it('finds only those by full-text search, including words inside attachments', async () => {
    const res = await agent().get(dossiersUrl(mit, `/search?q=${WORD}`));
    expect(res.statusCode).toBe(200);
    expect(ours((res.json() as { items: ListItem[] }).items)).toEqual(sorted(expected[who]));
  });

  it('is suggested only those', async () => {
    const res = await agent().get(dossiersUrl(mit, `/suggest?q=${WORD.slice(0, 6)}`));
    expect(res.statusCode).toBe(200);
    expect(ours((res.json() as { items: { id: string }[] }).items)).toEqual(sorted(expected[who]));
  });

  it('exports only those', async () => {
    const res = await agent().get(dossiersUrl(mit, '/export.xlsx'));
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const references = new Set<string>();
    workbook.worksheets[0]!.eachRow((row, n) => {
      if (n > 1) references.add(String(row.getCell(1).value));
    });
    const found = Object.entries(d)
      .filter(([, x]) => references.has(x.reference))
      .map(([k]) => k);
    expect(sorted(found)).toEqual(sorted(expected[who]));
  });

  it('is notified only of those', async () => {
    const res = await agent().get(dossiersUrl(mit, '/notifications'));
    expect(res.statusCode).toBe(200);
    const notified = ours((res.json() as { items: { dossierId: string }[] }).items.map((n) => ({ id: n.dossierId })));
    expect(notified.every((k) => expected[who].includes(k))).toBe(true);
    // the steps others took on what concerns them do reach them
    const concerned: Partial<Record<Who, (keyof typeof d)[]>> = {
      director: ['normal'],
      sg: ['sensitive', 'reserved'],
      secretariat: ['reserved'],
    };
    for (const key of concerned[who] ?? []) expect(notified).toContain(key);
  });

  it('opens only those through the API: page, timeline, slip, attachments (404 otherwise)', async () => {
    for (const [key, dossier] of Object.entries(d)) {
      const status = expected[who].includes(key as keyof typeof d) ? 200 : 404;
      expect((await agent().get(dossiersUrl(mit, `/${dossier.id}`))).statusCode, `${key} page`).toBe(status);
      expect((await agent().get(dossiersUrl(mit, `/${dossier.id}/timeline`))).statusCode, `${key} timeline`).toBe(status);
      expect((await agent().get(dossiersUrl(mit, `/${dossier.id}/slip.pdf`))).statusCode, `${key} slip`).toBe(status);
    }
    const attachment = (await agents.dc.get(dossiersUrl(mit, `/${d.sensitive.id}`))).json() as DossierDetail;
    const download = await agent().get(dossiersUrl(mit, `/${d.sensitive.id}/attachments/${attachment.attachments[0]!.id}`));
    expect(download.statusCode).toBe(expected[who].includes('sensitive') ? 200 : 404);
  });
});

describe('waiting on me', () => {
  const waitingOf = async (who: Who) =>
    ours(((await agents[who].get(dossiersUrl(mit, '/waiting?limit=200'))).json() as { items: ListItem[] }).items);

  it('shows a reserved affair to assign to the DC, not to the DAC who cannot see it', async () => {
    expect(await waitingOf('dc')).toContain('reservedUnassigned');
    expect(await waitingOf('dac')).not.toContain('reservedUnassigned');
  });

  it('shows the SG the technical opinions due, reserved ones included only where named', async () => {
    expect(await waitingOf('sg')).toEqual(sorted(['normal', 'sensitive', 'reserved']));
    expect(await waitingOf('director')).toEqual([]);
  });

  it('lets the holder filter of the list agree with “waiting on me”', async () => {
    const res = await agents.sg.get(dossiersUrl(mit, '?holder=me&limit=200'));
    expect(ours((res.json() as { items: ListItem[] }).items)).toEqual(await waitingOf('sg'));
  });
});
