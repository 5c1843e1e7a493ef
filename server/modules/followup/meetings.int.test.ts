import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../platform/jobs/clock.js';
import { createTestApp } from '../../test/app.js';
import { docxText, hasPdfToText, pdfText } from '../../test/documents.js';
import { multipartBody, samplePdf } from '../../test/multipart.js';
import { loadOrgIds } from '../../test/org.js';

const clock = createManualClock('2026-11-23T09:00:00Z');
const ctx = await createTestApp({}, { clock });
const mit = await loadOrgIds(ctx.db, 'MIT');
const mzg = await loadOrgIds(ctx.db, 'MZG');
const url = (path = '') => `/api/administrations/${mit.administrationId}/meetings${path}`;
const dc = await ctx.login('dc@mit.demo.bj');
const director = await ctx.login('directeur@mit.demo.bj');
const mayorDc = await ctx.login('dc@mairie.demo.bj');
const anonymous = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', target: string, payload?: object) =>
  ctx.app.inject({ method, url: target, ...(payload ? { payload } : {}) });

const meetingId = async (title: string) =>
  (
    await ctx.db.execute<{ id: string }>(
      sql`SELECT id FROM meetings WHERE administration_id = ${mit.administrationId} AND title = ${title}`,
    )
  ).rows[0]!.id;
const countDirectives = async () =>
  (await ctx.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM directives WHERE administration_id = ${mit.administrationId}`))
    .rows[0]!.n;

describe('who chairs (seed 000)', () => {
  it('is the minister when present, the DC in the minister’s absence', async () => {
    const list = (await dc.get(url('?kind=management_committee'))).json();
    expect(list.items.map((m: { title: string }) => m.title)).toEqual([
      'Comité de direction du 20 novembre 2026',
      'Comité de direction du 16 octobre 2026',
    ]);
    const [november, october] = list.items;
    expect(october.chair).toMatchObject({ basis: 'holder', postTitle: 'Ministre des Infrastructures et des Transports' });
    expect(november.chair).toMatchObject({ basis: 'succession_rule', postTitle: 'Directeur de cabinet' });
    expect(november.chair.note).toContain('En l’absence de');
  });

  it('previews the chair for a date', async () => {
    const during = (await dc.get(url('/chair?kind=management_committee&date=2026-11-25'))).json();
    expect(during).toMatchObject({ basis: 'succession_rule', postTitle: 'Directeur de cabinet' });
    const after = (await dc.get(url('/chair?kind=management_committee&date=2026-12-01'))).json();
    expect(after).toMatchObject({ basis: 'holder', postTitle: 'Ministre des Infrastructures et des Transports' });
    // the DC's leave in September: the DAC acts for the DC, but the minister is there and chairs
    expect((await dc.get(url('/chair?kind=management_committee&date=2026-09-20'))).json().basis).toBe('holder');
    expect((await dc.get(url('/chair?kind=management_committee&date=2026-13-01'))).statusCode).toBe(400);
    expect((await anonymous('GET', url('/chair?kind=other&date=2026-12-01'))).statusCode).toBe(401);
    expect((await mayorDc.get(url('/chair?kind=other&date=2026-12-01'))).statusCode).toBe(404);
  });
});

describe('recording a CODIR and its decisions', () => {
  let id = '';
  let agenda: { id: string; title: string }[] = [];

  it('records the meeting with attendees and agenda; the minutes say who chaired', async () => {
    const res = await dc.post(url(), {
      kind: 'management_committee',
      date: '2026-11-25',
      startTime: '09:30',
      place: 'Salle de conférence',
      attendees: [
        { postId: mit.post('Directeur des Transports terrestres') },
        { postId: mit.post('Directeur de l’Administration et des Finances') },
        { name: 'M. Invité, expert de la Banque mondiale', isPresent: false },
      ],
      agenda: [{ title: 'Sécurité routière' }, { title: 'Budget 2027', notes: 'Arbitrages à faire.' }],
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    id = body.id;
    agenda = body.agenda;
    expect(body.title).toBe('Comité de direction du 25/11/2026');
    expect(body.chair).toMatchObject({ basis: 'succession_rule', postTitle: 'Directeur de cabinet' });
    expect(body.attendees[0].name).toMatch(/, Directeur des Transports terrestres$/);
    expect(body.attendees[2]).toMatchObject({ name: 'M. Invité, expert de la Banque mondiale', isPresent: false, postId: null });
  });

  it('opens with the status of the previous CODIR’s decisions', async () => {
    const body = (await dc.get(url(`/${id}`))).json();
    expect(body.previousMeeting.title).toBe('Comité de direction du 20 novembre 2026');
    expect(body.previousMeeting.items.map((d: { reference: string }) => d.reference)).toEqual(['D-2026-0004', 'D-2026-0005']);
    expect(body.previousMeeting.items[0]).toMatchObject({ status: 'not_started', isOverdue: false });
  });

  it('turns decisions into directives linked to the meeting and agenda item, in one action', async () => {
    const res = await dc.post(url(`/${id}/decisions`), {
      decisions: [
        {
          agendaItemId: agenda[0]!.id,
          text: 'Renforcer les contrôles de vitesse sur l’axe Cotonou-Bohicon',
          lead: { structureId: mit.structure('DTT') },
          dueDate: '2026-12-20',
        },
        {
          agendaItemId: agenda[1]!.id,
          text: 'Arbitrer les enveloppes 2027',
          lead: { structureId: mit.structure('DAF') },
          dueDate: '2026-12-10',
          kind: 'recommendation',
          sourceDocument: 'Note de cadrage budgétaire',
        },
      ],
    });
    expect(res.statusCode).toBe(201);
    const items = res.json().items;
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      sourceType: 'meeting',
      meetingId: id,
      agendaItemId: agenda[0]!.id,
      issuedOn: '2026-11-25',
      issuedBy: { title: 'Directeur de cabinet' },
    });
    expect(items[1].reference).toMatch(/^R-2026-/);
    const detail = (await dc.get(url(`/${id}`))).json();
    expect(detail.agenda[0].decisions.map((d: { text: string }) => d.text)).toEqual([
      'Renforcer les contrôles de vitesse sur l’axe Cotonou-Bohicon',
    ]);
    const mine = (await director.get(`/api/administrations/${mit.administrationId}/directives?scope=mine&meetingId=${id}`)).json();
    expect(mine.items.map((d: { text: string }) => d.text)).toEqual(['Renforcer les contrôles de vitesse sur l’axe Cotonou-Bohicon']);
  });

  it('writes none of the decisions when one is wrong, naming its field', async () => {
    const before = await countDirectives();
    const res = await dc.post(url(`/${id}/decisions`), {
      decisions: [
        { text: 'Valable', lead: { structureId: mit.structure('DTT') }, dueDate: '2026-12-20' },
        { text: 'Mauvaise structure', lead: { structureId: mzg.structure('DST') }, dueDate: '2026-12-20' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].field).toBe('decisions.1.lead.structureId');
    const early = await dc.post(url(`/${id}/decisions`), {
      decisions: [{ text: 'Avant la réunion', lead: { structureId: mit.structure('DTT') }, dueDate: '2026-11-24' }],
    });
    expect(early.json().fields[0].field).toBe('decisions.0.dueDate');
    const elsewhere = await dc.post(url(`/${id}/decisions`), {
      decisions: [
        {
          agendaItemId: '00000000-0000-4000-8000-000000000000',
          text: 'x',
          lead: { structureId: mit.structure('DTT') },
          dueDate: '2026-12-20',
        },
      ],
    });
    expect(elsewhere.json().fields[0].field).toBe('decisions.0.agendaItemId');
    expect((await dc.post(url(`/${id}/decisions`), { decisions: [] })).json().fields[0].field).toBe('decisions');
    expect(await countDirectives()).toBe(before);
  });

  it('guards the decisions: 401, 403, 404', async () => {
    const body = { decisions: [{ text: 'x', lead: { structureId: mit.structure('DTT') }, dueDate: '2026-12-20' }] };
    expect((await anonymous('POST', url(`/${id}/decisions`), body)).statusCode).toBe(401);
    expect((await director.post(url(`/${id}/decisions`), body)).statusCode).toBe(403);
    expect((await mayorDc.post(url(`/${id}/decisions`), body)).statusCode).toBe(404);
  });

  it('changes the chair with the date, or to a designated person; keeps agenda items that carry decisions', async () => {
    const later = await dc.patch(url(`/${id}`), { date: '2026-12-01' });
    expect(later.json().chair).toMatchObject({ basis: 'holder', postTitle: 'Ministre des Infrastructures et des Transports' });
    const designated = await dc.patch(url(`/${id}`), { chairPersonId: mit.person('sg@mit.demo.bj') });
    expect(designated.json().chair).toMatchObject({ basis: 'designated', postTitle: 'Secrétaire général du Ministère' });
    const back = await dc.patch(url(`/${id}`), { chairPersonId: null, date: '2026-11-25' });
    expect(back.json().chair.basis).toBe('succession_rule');

    const removing = await dc.patch(url(`/${id}`), { agenda: [{ id: agenda[0]!.id, title: 'Sécurité routière' }] });
    expect(removing.statusCode).toBe(409);
    expect(removing.json().fields[0].field).toBe('agenda');
    const minutes = await dc.patch(url(`/${id}`), {
      minutes: 'Le Comité a pris les décisions suivantes.',
      agenda: [
        { id: agenda[0]!.id, title: 'Sécurité routière', notes: 'Accidents en hausse.' },
        { id: agenda[1]!.id, title: 'Budget 2027' },
        { title: 'Divers' },
      ],
    });
    expect(minutes.statusCode).toBe(200);
    expect(minutes.json().agenda.map((a: { title: string }) => a.title)).toEqual(['Sécurité routière', 'Budget 2027', 'Divers']);
    expect(minutes.json().minutesUpdatedAt).toBe('2026-11-23T09:00:00.000Z');
    const foreign = await dc.patch(url(`/${id}`), { agenda: [{ id: '00000000-0000-4000-8000-000000000000', title: 'x' }] });
    expect(foreign.json().fields[0].field).toBe('agenda.0.id');
    expect((await dc.patch(url(`/${id}`), { startTime: '25:00' })).json().fields[0].field).toBe('startTime');
    expect((await director.patch(url(`/${id}`), { place: 'x' })).statusCode).toBe(403);
    expect((await mayorDc.patch(url(`/${id}`), { place: 'x' })).statusCode).toBe(404);
    expect((await anonymous('PATCH', url(`/${id}`), { place: 'x' })).statusCode).toBe(401);
  });

  it('exports the minutes as DOCX and PDF under the administration’s header', async () => {
    const docx = await dc.get(url(`/${id}/minutes?format=docx`));
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers['content-disposition']).toContain('compte-rendu-2026-11-25.docx');
    const text = docxText(docx.rawPayload);
    for (const expected of [
      'BÉNIN',
      'Fraternité – Justice – Travail',
      'MINISTÈRE DES INFRASTRUCTURES ET DES TRANSPORTS',
      'Directeur de cabinet',
      'Renforcer les contrôles de vitesse',
      'Le Comité a pris les décisions suivantes.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('Suivi des décisions de la réunion précédente');
    const pdf = await dc.get(url(`/${id}/minutes?format=pdf`));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    if (hasPdfToText) expect(pdfText(pdf.rawPayload)).toContain('Compte rendu — Comité de direction du 25/11/2026');
    const english = await dc.request({ method: 'GET', url: url(`/${id}/minutes?format=docx`), headers: { 'accept-language': 'en' } });
    // the user's saved language wins over the browser's
    expect(docxText(english.rawPayload)).toContain('Compte rendu');
    expect((await dc.get(url(`/${id}/minutes?format=odt`))).statusCode).toBe(400);
    expect((await anonymous('GET', url(`/${id}/minutes?format=pdf`))).statusCode).toBe(401);
    expect((await mayorDc.get(url(`/${id}/minutes?format=pdf`))).statusCode).toBe(404);
  });

  it('keeps attachments with the meeting', async () => {
    const target = url(`/${id}/attachments`);
    const res = await dc.request({
      method: 'POST',
      url: target,
      ...multipartBody({ name: 'Ordre du jour signé.pdf', content: samplePdf() }),
    });
    expect(res.statusCode).toBe(201);
    const attachment = res.json();
    expect((await dc.get(url(`/${id}`))).json().attachments.map((a: { filename: string }) => a.filename)).toEqual([
      'Ordre du jour signé.pdf',
    ]);
    const download = await director.get(attachment.url);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(samplePdf())).toBe(true);
    expect(
      (await director.request({ method: 'POST', url: target, ...multipartBody({ name: 'a.pdf', content: samplePdf() }) })).statusCode,
    ).toBe(403);
    const upload = (agent: typeof dc | undefined) =>
      agent
        ? agent.request({ method: 'POST', url: target, ...multipartBody({ name: 'a.pdf', content: samplePdf() }) })
        : ctx.app.inject({ method: 'POST', url: target, ...multipartBody({ name: 'a.pdf', content: samplePdf() }) });
    expect((await upload(mayorDc)).statusCode).toBe(404);
    expect((await upload(undefined)).statusCode).toBe(401);
    const noFile = await dc.post(target, { file: 'x' });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().fields[0].field).toBe('file');
    expect((await mayorDc.get(attachment.url)).statusCode).toBe(404);
    expect((await anonymous('GET', attachment.url)).statusCode).toBe(401);
    expect((await director.delete(attachment.url)).statusCode).toBe(403);
    expect((await anonymous('DELETE', attachment.url)).statusCode).toBe(401);
    expect((await mayorDc.delete(attachment.url)).statusCode).toBe(404);
    expect((await dc.delete(attachment.url)).statusCode).toBe(200);
    expect((await dc.get(attachment.url)).statusCode).toBe(404);
    expect((await dc.get(url(`/${id}/attachments/not-a-uuid`))).statusCode).toBe(400);
    expect((await dc.delete(url(`/${id}/attachments/not-a-uuid`))).statusCode).toBe(400);
  });
});

describe('meetings: rules and guards', () => {
  it('asks an operational dialogue for its programme, and opens it with the previous dialogue of that programme', async () => {
    const missing = await dc.post(url(), { kind: 'operational_dialogue', date: '2026-12-02' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields[0].field).toBe('programmeId');
    const programme = '11111111-1111-4111-8111-111111111111';
    const first = await dc.post(url(), { kind: 'operational_dialogue', date: '2026-12-02', programmeId: programme });
    await dc.post(url(), { kind: 'operational_dialogue', date: '2026-12-03', programmeId: '22222222-2222-4222-8222-222222222222' });
    const second = await dc.post(url(), { kind: 'operational_dialogue', date: '2026-12-09', programmeId: programme });
    expect(second.json().previousMeeting.id).toBe(first.json().id);
  });

  it('checks dates and references', async () => {
    expect((await dc.post(url(), { kind: 'other', date: '2026-02-30' })).json().fields[0].field).toBe('date');
    const foreign = await dc.post(url(), {
      kind: 'other',
      date: '2026-12-02',
      attendees: [{ postId: mzg.post('Conseiller technique aux Affaires juridiques') }],
    });
    expect(foreign.json().fields[0].field).toBe('attendees.0.postId');
    const empty = await dc.post(url(), { kind: 'other', date: '2026-12-02', attendees: [{}] });
    expect(empty.json().fields[0].field).toBe('attendees.0.name');
    expect((await dc.get(url('?from=2026-12-01&to=2026-11-01'))).json().fields[0].field).toBe('querystring.to');
  });

  it('is for members to read and the issuer side to write', async () => {
    expect((await anonymous('GET', url())).statusCode).toBe(401);
    expect((await mayorDc.get(url())).statusCode).toBe(404);
    expect((await director.get(url())).statusCode).toBe(200);
    expect((await anonymous('POST', url(), { kind: 'other', date: '2026-12-02' })).statusCode).toBe(401);
    expect((await director.post(url(), { kind: 'other', date: '2026-12-02' })).statusCode).toBe(403);
    expect((await mayorDc.post(url(), { kind: 'other', date: '2026-12-02' })).statusCode).toBe(404);
    const id = await meetingId('Comité de direction du 16 octobre 2026');
    expect((await anonymous('GET', url(`/${id}`))).statusCode).toBe(401);
    expect((await mayorDc.get(url(`/${id}`))).statusCode).toBe(404);
    expect((await mayorDc.get(`/api/administrations/${mzg.administrationId}/meetings/${id}`)).statusCode).toBe(404);
    expect((await dc.get(url('/not-a-uuid'))).statusCode).toBe(400);
    // reading is open to every member: no 403 arises (decisions one may not see are left out instead)
  });
});
