import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../platform/jobs/clock.js';
import { createTestApp } from '../../test/app.js';
import { multipartBody, samplePdf, samplePng } from '../../test/multipart.js';
import { loadOrgIds } from '../../test/org.js';

const clock = createManualClock('2026-11-23T09:00:00Z');
// 10 KB uploads at most, so that "too large" is cheap to test
const ctx = await createTestApp({ MAX_UPLOAD_MB: '0.01' }, { clock });
const mit = await loadOrgIds(ctx.db, 'MIT');
const dc = await ctx.login('dc@mit.demo.bj');
const director = await ctx.login('directeur@mit.demo.bj');
const adviser = await ctx.login('conseiller@mit.demo.bj');
const sg = await ctx.login('sg@mit.demo.bj');
const mayorDc = await ctx.login('dc@mairie.demo.bj');

const idOf = async (reference: string) =>
  (
    await ctx.db.execute<{ id: string }>(
      sql`SELECT id FROM directives WHERE administration_id = ${mit.administrationId} AND reference = ${reference}`,
    )
  ).rows[0]!.id;
const url = (id: string, path = '') => `/api/administrations/${mit.administrationId}/directives/${id}${path}`;
const stateOf = async (id: string) =>
  (
    await ctx.db.execute<{ status: string; progress: number; updates: number }>(
      sql`SELECT status, progress, (SELECT count(*)::int FROM directive_updates u WHERE u.directive_id = d.id) AS updates FROM directives d WHERE id = ${id}`,
    )
  ).rows[0]!;
const upload = (agent: typeof dc, target: string, file: { name: string; content: Buffer }) =>
  agent.request({ method: 'POST', url: target, ...multipartBody(file) });
const storedFiles = () => {
  const dir = path.join(ctx.dataDir, 'files');
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length : 0;
};

describe('progress reports', () => {
  it('lets an assignee report progress point by point', async () => {
    const id = await idOf('D-2026-0002');
    const res = await director.post(url(id, '/progress'), {
      status: 'in_progress',
      progress: 60,
      text: 'Affiches livrées ; diffusion radio en cours.',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'in_progress', progress: 60, lastReportAt: '2026-11-23T09:00:00.000Z' });
    expect(body.updates.at(-1)).toMatchObject({ kind: 'progress', statusBefore: 'in_progress', statusAfter: 'in_progress', progress: 60 });
  });

  it('refuses a jump the workflow forbids, naming the status, and changes nothing', async () => {
    const id = await idOf('D-2026-0002');
    const before = await stateOf(id);
    const res = await director.post(url(id, '/progress'), { status: 'not_started', progress: 0, text: 'On recommence.' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'invalid_transition', fields: [{ field: 'status' }] });
    expect(res.json().message).toContain('« not_started »');
    expect(await stateOf(id)).toEqual(before);
  });

  it('asks for 100 % to report an item done', async () => {
    const id = await idOf('D-2026-0002');
    const res = await director.post(url(id, '/progress'), { status: 'done', progress: 90, text: 'Presque.' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].field).toBe('progress');
  });

  it('checks the body', async () => {
    const id = await idOf('D-2026-0002');
    const res = await director.post(url(id, '/progress'), { status: 'cancelled', progress: 150 });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['progress', 'status', 'text']);
  });

  it('is for assignees only: 401 anonymous, 403 others, 404 another administration', async () => {
    const id = await idOf('D-2026-0002');
    const report = { status: 'in_progress', progress: 70, text: 'x' };
    expect((await ctx.app.inject({ method: 'POST', url: url(id, '/progress'), payload: report })).statusCode).toBe(401);
    const forbidden = await adviser.post(url(id, '/progress'), report);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().message).toContain('responsables désignés');
    expect((await director.post(url(await idOf('D-2026-0004'), '/progress'), report)).statusCode).toBe(403);
    expect((await mayorDc.post(url(id, '/progress'), report)).statusCode).toBe(404);
  });
});

describe('evidence', () => {
  it('stores a file with its SHA-256 and serves it back to those who may see the item', async () => {
    const id = await idOf('D-2026-0002');
    const detail = (await director.get(url(id))).json();
    const updateId = detail.updates.at(-1).id;
    const pdf = samplePdf();
    const res = await upload(director, url(id, `/progress/${updateId}/attachments`), { name: 'Rapport de campagne.pdf', content: pdf });
    expect(res.statusCode).toBe(201);
    const attachment = res.json();
    expect(attachment).toMatchObject({ filename: 'Rapport de campagne.pdf', mime: 'application/pdf', sizeBytes: pdf.length });
    expect(attachment.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    const download = await dc.get(attachment.url);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Rapport%20de%20campagne.pdf");
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await dc.get(url(id))).json().updates.at(-1).attachments).toHaveLength(1);
    expect((await mayorDc.get(attachment.url)).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'GET', url: attachment.url })).statusCode).toBe(401);
    expect((await dc.get(url(id, '/attachments/not-a-uuid'))).statusCode).toBe(400);
  });

  it('judges the type by the content, not the name', async () => {
    const id = await idOf('D-2026-0002');
    const updateId = (await director.get(url(id))).json().updates.at(-1).id;
    const before = storedFiles();
    const res = await upload(director, url(id, `/progress/${updateId}/attachments`), { name: 'faux.pdf', content: samplePng() });
    expect(res.statusCode).toBe(415);
    expect(res.json().fields[0].field).toBe('file');
    const exe = await upload(director, url(id, `/progress/${updateId}/attachments`), {
      name: 'outil.exe',
      content: Buffer.from('MZ\x90\x00binary'),
    });
    expect(exe.statusCode).toBe(415);
    expect(storedFiles()).toBe(before);
  });

  it('leaves neither a file nor a row when an upload is too large', async () => {
    const id = await idOf('D-2026-0002');
    const updateId = (await director.get(url(id))).json().updates.at(-1).id;
    const rowsBefore = (await ctx.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM attachments`)).rows[0]!.n;
    const filesBefore = storedFiles();
    const big = Buffer.concat([samplePdf(), Buffer.alloc(20_000, 0x20)]);
    const res = await upload(director, url(id, `/progress/${updateId}/attachments`), { name: 'gros.pdf', content: big });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('file_too_large');
    expect((await ctx.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM attachments`)).rows[0]!.n).toBe(rowsBefore);
    expect(storedFiles()).toBe(filesBefore);
  });

  it('asks for a file and checks who attaches', async () => {
    const id = await idOf('D-2026-0002');
    const updateId = (await director.get(url(id))).json().updates.at(-1).id;
    const target = url(id, `/progress/${updateId}/attachments`);
    const none = await director.post(target, { file: 'nothing' });
    expect(none.statusCode).toBe(400);
    expect(none.json().fields[0].field).toBe('file');
    expect((await upload(adviser, target, { name: 'a.pdf', content: samplePdf() })).statusCode).toBe(403);
    expect((await upload(mayorDc, target, { name: 'a.pdf', content: samplePdf() })).statusCode).toBe(404);
    expect(
      (await ctx.app.inject({ method: 'POST', url: target, ...multipartBody({ name: 'a.pdf', content: samplePdf() }) })).statusCode,
    ).toBe(401);
  });
});

describe('completion, confirmation, reopening, cancellation', () => {
  it('needs the issuer’s side to confirm a completion; they may reopen it with a reason', async () => {
    const id = await idOf('D-2026-0002');
    const done = await director.post(url(id, '/progress'), { status: 'done', progress: 100, text: 'Campagne achevée.' });
    expect(done.json()).toMatchObject({ status: 'done', completedOn: '2026-11-23', isAwaitingConfirmation: true, can: { report: true } });
    expect((await director.post(url(id, '/confirm'), {})).statusCode).toBe(403);
    // the SG may issue directives, but this one is the minister's: confirmation belongs to the head or the DC
    expect((await sg.post(url(id, '/confirm'), {})).statusCode).toBe(403);
    const confirmed = await dc.post(url(id, '/confirm'), { comment: 'Vu en CODIR.' });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({
      isAwaitingConfirmation: false,
      confirmedByName: expect.any(String),
      can: { report: false, reopen: true },
    });
    const again = await dc.post(url(id, '/confirm'));
    expect(again.statusCode).toBe(409);
    const late = await director.post(url(id, '/progress'), { status: 'in_progress', progress: 90, text: 'Complément.' });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toContain('confirmé');

    expect((await dc.post(url(id, '/reopen'), { reason: '' })).json().fields[0].field).toBe('reason');
    const reopened = await dc.post(url(id, '/reopen'), { reason: 'Les affiches ne sont pas posées à Parakou.' });
    expect(reopened.json()).toMatchObject({ status: 'in_progress', progress: 90, confirmedAt: null, completedOn: null });
    expect(reopened.json().updates.at(-1)).toMatchObject({ kind: 'reopened', text: 'Les affiches ne sont pas posées à Parakou.' });
  });

  it('refuses a progress report on a cancelled item and changes nothing', async () => {
    const id = await idOf('D-2026-0007');
    const cancelled = await dc.post(url(id, '/cancel'), { reason: 'Devenue sans objet.' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', can: { report: false, cancel: false, reopen: true } });
    const before = await stateOf(id);
    const res = await director.post(url(id, '/progress'), { status: 'in_progress', progress: 50, text: 'Reprise.' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'invalid_transition', fields: [{ field: 'status' }] });
    expect(res.json().message).toBe('Cet élément est annulé : aucun compte rendu n’est possible.');
    expect(await stateOf(id)).toEqual(before);
    expect((await dc.post(url(id, '/cancel'), { reason: 'Encore.' })).statusCode).toBe(409);
    expect((await dc.patch(url(id), { priority: 'low' })).statusCode).toBe(409);
  });

  it('guards the issuer routes: 401, 403, 404 and the body', async () => {
    const id = await idOf('D-2026-0004');
    for (const action of ['/confirm', '/reopen', '/cancel']) {
      expect((await ctx.app.inject({ method: 'POST', url: url(id, action), payload: { reason: 'xyz' } })).statusCode).toBe(401);
      expect((await director.post(url(id, action), { reason: 'xyz' })).statusCode).toBe(403);
      expect((await mayorDc.post(url(id, action), { reason: 'xyz' })).statusCode).toBe(404);
    }
    expect((await dc.post(url(id, '/confirm'))).statusCode).toBe(409);
    expect((await dc.post(url(id, '/reopen'), { reason: 'pas terminé' })).statusCode).toBe(409);
    expect((await dc.post(url(id, '/cancel'), {})).json().fields[0].field).toBe('reason');
  });
});
