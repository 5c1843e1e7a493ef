// Attachments: recognised by content, stored under their SHA-256, searchable, all or nothing.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { dossiersUrl, makeDocx, makePdf, PNG, registerDossier, upload, type DossierDetail, type ErrorBody } from './dossiers.fixtures.js';

// a small upload limit, to test it without megabytes of data
const ctx = await createTestApp({ MAX_UPLOAD_MB: '0.2' });
let secretariat: TestAgent;
let dc: TestAgent;
let director: TestAgent;
let mit: string;
let dossier: DossierDetail;

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
const storedFiles = () =>
  fs
    .readdirSync(ctx.filesDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
const attachmentRows = async () =>
  (await ctx.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM dossier_attachments WHERE dossier_id = ${dossier.id}`)).rows[0]!
    .n;
const eventRows = async () =>
  (await ctx.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM dossier_events WHERE dossier_id = ${dossier.id}`)).rows[0]!.n;

beforeAll(async () => {
  secretariat = await ctx.login('secretariat@mit.demo.bj');
  dc = await ctx.login('dc@mit.demo.bj');
  director = await ctx.login('directeur@mit.demo.bj');
  mit = await dc.administrationId('MIT');
  dossier = await registerDossier(secretariat, mit, { subject: 'Dossier avec pièces jointes' });
});

describe('upload', () => {
  it('stores PDF, Word and image files under their SHA-256, with the text of the PDF and Word ones', async () => {
    const pdf = await makePdf('Étude d’impact du pont de Womey sur la lagune.');
    const docx = await makeDocx('Projet de lettre au préfet concernant les inondations de Hêvié.');
    const res = await upload(secretariat, mit, dossier.id, [
      { name: 'etude.pdf', content: pdf, contentType: 'application/pdf' },
      { name: 'lettre.docx', content: docx },
      { name: 'photo.png', content: PNG, contentType: 'image/png' },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const { items } = res.json() as { items: DossierDetail['attachments'] };
    expect(items.map((a) => [a.fileName, a.mimeType, a.sizeBytes, a.sha256, a.hasText])).toEqual([
      ['etude.pdf', 'application/pdf', pdf.length, sha256(pdf), true],
      ['lettre.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx.length, sha256(docx), true],
      ['photo.png', 'image/png', PNG.length, sha256(PNG), false],
    ]);
    for (const content of [pdf, docx, PNG]) {
      const hash = sha256(content);
      expect(fs.readFileSync(path.join(ctx.filesDir, hash.slice(0, 2), hash)).equals(content)).toBe(true);
    }
  });

  it('makes the text inside the files searchable, accents and case ignored', async () => {
    for (const q of ['womey', 'HEVIE inondations']) {
      const res = await dc.get(dossiersUrl(mit, `/search?q=${encodeURIComponent(q)}`));
      const items = (res.json() as { items: { id: string; extracts: { text: string; isMatch: boolean }[][] }[] }).items;
      expect(items.map((i) => i.id)).toContain(dossier.id);
      const hit = items.find((i) => i.id === dossier.id)!;
      expect(hit.extracts.flat().some((p) => p.isMatch)).toBe(true);
    }
  });

  it('gives the file back as it was uploaded', async () => {
    const detail = (await dc.get(dossiersUrl(mit, `/${dossier.id}`))).json() as DossierDetail;
    const pdf = detail.attachments.find((a) => a.fileName === 'etude.pdf')!;
    const res = await dc.get(dossiersUrl(mit, `/${dossier.id}/attachments/${pdf.id}`));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('filename="etude.pdf"');
    expect(sha256(res.rawPayload)).toBe(pdf.sha256);
  });
});

describe('refused uploads change nothing', () => {
  async function expectNothingChanged(run: () => Promise<void>) {
    const [rows, events, files] = [await attachmentRows(), await eventRows(), storedFiles().length];
    await run();
    expect(await attachmentRows()).toBe(rows);
    expect(await eventRows()).toBe(events);
    expect(storedFiles().length).toBe(files); // no temporary file left behind either
  }

  it('refuses a file that claims to be a PDF but is not, naming the field', async () => {
    await expectNothingChanged(async () => {
      const res = await upload(secretariat, mit, dossier.id, [
        { name: 'rapport.pdf', content: Buffer.from('MZ\x90\x00 this is an executable, not a PDF'), contentType: 'application/pdf' },
      ]);
      expect(res.statusCode).toBe(415);
      expect(res.json()).toEqual({
        code: 'unsupported_file_type',
        message: expect.stringContaining('« rapport.pdf »'),
        fields: [{ field: 'files', message: expect.any(String) }],
      });
    });
  });

  it('refuses a real image named as a PDF, and a damaged PDF', async () => {
    await expectNothingChanged(async () => {
      const mismatch = await upload(secretariat, mit, dossier.id, [{ name: 'scan.pdf', content: PNG }]);
      expect(mismatch.statusCode).toBe(415);
      expect((mismatch.json() as ErrorBody).message).toBe(
        'Le fichier « scan.pdf » n’est pas ce que son nom annonce : son contenu est de type PNG.',
      );
      const damaged = await upload(secretariat, mit, dossier.id, [
        { name: 'abime.pdf', content: Buffer.from('%PDF-1.7\n garbage without objects') },
      ]);
      expect(damaged.statusCode).toBe(400);
      expect((damaged.json() as ErrorBody).message).toBe('Le fichier « abime.pdf » est endommagé ou illisible.');
    });
  });

  it('refuses a file over the size limit', async () => {
    await expectNothingChanged(async () => {
      const res = await upload(secretariat, mit, dossier.id, [
        { name: 'gros.png', content: Buffer.concat([PNG, Buffer.alloc(300 * 1024)]) },
      ]);
      expect(res.statusCode).toBe(413);
      expect((res.json() as ErrorBody).fields?.[0]?.field).toBe('files');
    });
  });

  it('stores none of the files of an upload when one of them fails halfway', async () => {
    await expectNothingChanged(async () => {
      const good = await makePdf('Un document tout à fait valable, unique : octaèdre.');
      const res = await upload(secretariat, mit, dossier.id, [
        { name: 'bon.pdf', content: good },
        { name: 'faux.docx', content: Buffer.from('PK\x03\x04 not really a zip') },
      ]);
      expect(res.statusCode).toBe(415);
      expect(fs.existsSync(path.join(ctx.filesDir, sha256(good).slice(0, 2), sha256(good)))).toBe(false);
    });
  });

  it('refuses an upload without any file, and one by someone who may not register', async () => {
    await expectNothingChanged(async () => {
      const empty = await upload(secretariat, mit, dossier.id, []);
      expect(empty.statusCode).toBe(400);
      expect((empty.json() as ErrorBody).fields?.[0]).toEqual({ field: 'files', message: 'Joignez au moins un fichier.' });
      const forbidden = await upload(director, mit, dossier.id, [{ name: 'photo.png', content: PNG }]);
      expect(forbidden.statusCode).toBe(403);
    });
  });
});
