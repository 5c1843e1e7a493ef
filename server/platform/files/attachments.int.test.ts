import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.js';
import { samplePdf } from '../../test/multipart.js';
import { AppError } from '../http/errors.js';
import { cleanFilename, contentDisposition, findAttachment, storeAttachment } from './attachments.js';
import { createFileStore } from './file-store.js';

const database = await createTestDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-files-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const files = createFileStore(dir);
const { rows } = await database.db.execute<{ id: string }>(sql`SELECT id FROM administrations WHERE code = 'MIT'`);
const administrationId = rows[0]!.id;
const who = { administrationId, requestId: 'test', actor: { userId: '00000000-0000-4000-8000-000000000001', fullName: 'Test' } };
const input = (content: Buffer, filename = 'note.pdf') => ({
  administrationId,
  ownerType: 'test',
  ownerId: '00000000-0000-4000-8000-000000000002',
  filename,
  stream: Readable.from([content.subarray(0, 10), content.subarray(10)]),
  maxBytes: 1000,
});
const filesOnDisk = () => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
const rowCount = async () => (await database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM attachments`)).rows[0]!.n;

describe('attachment store', () => {
  it('writes the file and its row together, with the SHA-256 of the content', async () => {
    const row = await storeAttachment(database.db, files, who, input(samplePdf()), { now: new Date('2026-11-23T08:00:00Z') });
    expect(row).toMatchObject({ mime: 'application/pdf', sizeBytes: samplePdf().length, filename: 'note.pdf' });
    expect(row.storageKey).toMatch(/^2026\/11\//);
    expect(fs.readFileSync(path.join(dir, row.storageKey)).equals(samplePdf())).toBe(true);
    expect((await findAttachment(database.db, administrationId, row.id))?.sha256).toBe(row.sha256);
    const audit = await database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'attachment.create'`,
    );
    expect(audit.rows[0]!.n).toBe(1);
  });

  it('leaves neither file nor row when the database write fails halfway', async () => {
    const [filesBefore, rowsBefore] = [filesOnDisk(), await rowCount()];
    await expect(
      storeAttachment(database.db, files, who, input(samplePdf()), {
        now: new Date(),
        withinTransaction: async () => {
          throw new Error('the owner vanished');
        },
      }),
    ).rejects.toThrow('the owner vanished');
    expect(filesOnDisk()).toBe(filesBefore);
    expect(await rowCount()).toBe(rowsBefore);
  });

  it('leaves nothing behind for a file too large or of a refused type', async () => {
    const [filesBefore, rowsBefore] = [filesOnDisk(), await rowCount()];
    const big = Buffer.concat([samplePdf(), Buffer.alloc(2000)]);
    await expect(storeAttachment(database.db, files, who, input(big), { now: new Date() })).rejects.toMatchObject({
      code: 'file_too_large',
    });
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const refused = storeAttachment(database.db, files, who, input(html, 'page.html'), { now: new Date() });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'unsupported_file_type', field: 'file' });
    expect(filesOnDisk()).toBe(filesBefore);
    expect(await rowCount()).toBe(rowsBefore);
  });

  it('cleans names and quotes them for downloads', () => {
    expect(cleanFilename('C:\\Users\\x\\rapport "final".pdf')).toBe('rapport final.pdf');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('\u0000')).toBe('fichier');
    expect(contentDisposition('État des lieux.pdf')).toBe(
      `attachment; filename="E_tat des lieux.pdf"; filename*=UTF-8''%C3%89tat%20des%20lieux.pdf`,
    );
  });
});
