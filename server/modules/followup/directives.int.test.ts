import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../platform/jobs/clock.js';
import { createTestApp } from '../../test/app.js';
import { loadOrgIds } from '../../test/org.js';

const clock = createManualClock('2026-11-23T09:00:00Z');
const ctx = await createTestApp({}, { clock });
const mit = await loadOrgIds(ctx.db, 'MIT');
const mzg = await loadOrgIds(ctx.db, 'MZG');
const url = (path = '') => `/api/administrations/${mit.administrationId}/directives${path}`;
const dc = await ctx.login('dc@mit.demo.bj');
const director = await ctx.login('directeur@mit.demo.bj'); // Direction des Transports terrestres
const mayorDc = await ctx.login('dc@mairie.demo.bj');

const countDirectives = async () =>
  (await ctx.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM directives WHERE administration_id = ${mit.administrationId}`))
    .rows[0]!.n;

const newDirective = (extra: Record<string, unknown> = {}) => ({
  sourceType: 'direct_instruction',
  text: 'Préparer le plan de contrôle des charges à l’essieu sur le corridor Cotonou-Niamey',
  lead: { structureId: mit.structure('DTT') },
  coAssignees: [{ structureId: mit.structure('DGI') }],
  dueDate: '2026-12-15',
  priority: 'high',
  ...extra,
});

describe('issuing a directive', () => {
  it('lets the DC issue a directive in the head’s name, numbered per year', async () => {
    const res = await dc.post(url(), newDirective());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.reference).toBe('D-2026-0008');
    expect(body.issuedBy.title).toBe('Ministre des Infrastructures et des Transports');
    expect(body.issuedOn).toBe('2026-11-23');
    expect(body.lead).toMatchObject({ structureName: 'Direction des Transports terrestres', postId: null });
    expect(body.coAssignees.map((c: { structureName: string }) => c.structureName)).toEqual(['Direction générale des Infrastructures']);
    expect(body).toMatchObject({ status: 'not_started', progress: 0, isOverdue: false, confidentiality: 'normal' });
  });

  it('records a recommendation only with its source document', async () => {
    const without = await dc.post(url(), newDirective({ kind: 'recommendation', sourceType: 'evaluation' }));
    expect(without.statusCode).toBe(400);
    expect(without.json().fields).toEqual([{ field: 'sourceDocument', message: expect.stringContaining('document source') }]);
    const withDocument = await dc.post(
      url(),
      newDirective({ kind: 'recommendation', sourceType: 'evaluation', sourceDocument: 'Rapport d’évaluation 2026' }),
    );
    expect(withDocument.statusCode).toBe(201);
    expect(withDocument.json().reference).toBe('R-2026-0002');
  });

  it('refuses a due date before the date of issue, naming the field, and writes nothing', async () => {
    const before = await countDirectives();
    const res = await dc.post(url(), newDirective({ issuedOn: '2026-11-20', dueDate: '2026-11-19' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([{ field: 'dueDate', message: 'L’échéance précède la date d’émission.' }]);
    expect(await countDirectives()).toBe(before);
  });

  it('refuses an assignee from another administration, naming the field, and writes nothing', async () => {
    const before = await countDirectives();
    const lead = await dc.post(url(), newDirective({ lead: { structureId: mzg.structure('DST') } }));
    expect(lead.statusCode).toBe(400);
    expect(lead.json().fields[0].field).toBe('lead.structureId');
    const co = await dc.post(url(), newDirective({ coAssignees: [{ postId: mzg.post('Conseiller technique aux Affaires juridiques') }] }));
    expect(co.statusCode).toBe(400);
    expect(co.json().fields[0].field).toBe('coAssignees.0.postId');
    expect(await countDirectives()).toBe(before);
  });

  it('refuses an issuing post that may not issue directives', async () => {
    const res = await dc.post(url(), newDirective({ issuedByPostId: mit.post('Directeur des Transports terrestres') }));
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].field).toBe('issuedByPostId');
  });

  it('names every malformed field', async () => {
    const res = await dc.post(url(), { sourceType: 'rumour', lead: {}, dueDate: '15/12/2026' });
    expect(res.statusCode).toBe(400);
    const fields = res.json().fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['sourceType', 'text', 'dueDate', 'lead.structureId']));
  });

  it('is reserved to the issuer side: 401 anonymous, 403 a director, 404 another administration', async () => {
    expect((await ctx.app.inject({ method: 'POST', url: url(), payload: newDirective() })).statusCode).toBe(401);
    expect((await director.post(url(), newDirective())).statusCode).toBe(403);
    expect((await mayorDc.post(url(), newDirective())).statusCode).toBe(404);
  });
});

describe('views', () => {
  const references = (res: { json: () => { items: { reference: string }[] } }) => res.json().items.map((i) => i.reference);

  it('lists my directives: those of the structure I head', async () => {
    const res = await director.get(url('?scope=mine&pageSize=50'));
    expect(res.statusCode).toBe(200);
    expect(references(res)).toEqual(expect.arrayContaining(['D-2026-0002', 'D-2026-0007', 'D-2026-0008']));
    expect(references(res)).not.toContain('D-2026-0004');
    expect(res.json().asOf).toBe('2026-11-23');
    // the co-assignees come with the page, the names from the organisation
    expect(res.json().items.find((i: { reference: string }) => i.reference === 'D-2026-0008')).toMatchObject({
      lead: { structureName: 'Direction des Transports terrestres', postId: null },
      coAssignees: [{ structureId: mit.structure('DGI'), structureName: 'Direction générale des Infrastructures', postId: null }],
      issuedBy: { title: 'Ministre des Infrastructures et des Transports' },
    });
  });

  it('shows a renamed structure at once (names are cached under the organisation version)', async () => {
    const structureUrl = `/api/administrations/${mit.administrationId}/organisation/structures/${mit.structure('DGI')}`;
    const coNames = async () =>
      (await director.get(url('?scope=mine&pageSize=50'))).json().items.find((i: { reference: string }) => i.reference === 'D-2026-0008')
        .coAssignees[0].structureName;
    expect(await coNames()).toBe('Direction générale des Infrastructures');
    expect((await dc.patch(structureUrl, { name: 'Direction générale des Ouvrages' })).statusCode).toBe(200);
    expect(await coNames()).toBe('Direction générale des Ouvrages');
    expect((await dc.patch(structureUrl, { name: 'Direction générale des Infrastructures' })).statusCode).toBe(200);
    expect(await coNames()).toBe('Direction générale des Infrastructures');
  });

  it('lists overdue items, derived from the dates', async () => {
    const res = await dc.get(url('?state=overdue&pageSize=50'));
    expect(references(res).sort()).toEqual(['D-2026-0003', 'D-2026-0006', 'D-2026-0007']);
    expect(res.json().items.find((i: { reference: string }) => i.reference === 'D-2026-0003')).toMatchObject({
      isOverdue: true,
      daysOverdue: 13,
    });
  });

  it('lists by source: the decisions of every CODIR', async () => {
    const res = await dc.get(url('?meetingKind=management_committee&pageSize=50'));
    expect(references(res)).toEqual(['D-2026-0001', 'D-2026-0003', 'D-2026-0002', 'D-2026-0004', 'D-2026-0005']);
    const audits = await dc.get(url('?sourceType=audit'));
    expect(references(audits)).toEqual(['R-2026-0001']);
  });

  it('lists a structure’s directives, with its sub-structures on request', async () => {
    // the PRMP's post sits in the general secretariat itself
    const sgm = await dc.get(url(`?structureId=${mit.structure('SGM')}`));
    expect(references(sgm)).toEqual(['D-2026-0003']);
    const withSubs = await dc.get(url(`?structureId=${mit.structure('SGM')}&includeSubStructures=true&pageSize=100`));
    expect(withSubs.json().total).toBeGreaterThanOrEqual(8);
    const dgi = await dc.get(url(`?structureId=${mit.structure('DGI')}`));
    // lead or co-assigned
    expect(references(dgi).sort()).toEqual(['D-2026-0002', 'D-2026-0006', 'D-2026-0008', 'R-2026-0002']);
  });

  it('sorts and pages on the server', async () => {
    const all = await dc.get(url('?sort=-dueDate&pageSize=100'));
    const dueDates = all.json().items.map((i: { dueDate: string }) => i.dueDate);
    expect(dueDates).toEqual([...dueDates].sort().reverse());
    const page2 = await dc.get(url('?sort=-dueDate&pageSize=3&page=2'));
    expect(page2.json()).toMatchObject({ page: 2, pageSize: 3, total: all.json().total });
    expect(references(page2)).toEqual(references(all).slice(3, 6));
  });

  it('refuses dates out of order in the filters', async () => {
    const res = await dc.get(url('?dueFrom=2026-12-01&dueTo=2026-11-01'));
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([{ field: 'querystring.dueTo', message: 'La date de fin précède la date de début.' }]);
    const bad = await dc.get(url('?status=done,finished'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('querystring.status');
  });

  it('shows an item late once time passes its due date', async () => {
    clock.set('2026-12-16T09:00:00Z');
    try {
      const res = await dc.get(url('?q=charges à l’essieu'));
      expect(res.json().items[0]).toMatchObject({ reference: 'D-2026-0008', isOverdue: true, daysOverdue: 1 });
    } finally {
      clock.set('2026-11-23T09:00:00Z');
    }
  });

  it('is open to members, scoped to the administration: 401 anonymous, 404 another administration', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: url() })).statusCode).toBe(401);
    expect((await mayorDc.get(url())).statusCode).toBe(404);
  });
});

describe('one directive', () => {
  const idOf = async (reference: string) =>
    (
      await ctx.db.execute<{ id: string }>(
        sql`SELECT id FROM directives WHERE administration_id = ${mit.administrationId} AND reference = ${reference}`,
      )
    ).rows[0]!.id;

  it('shows the timeline, the meeting and what the caller may do', async () => {
    const res = await director.get(url(`/${await idOf('D-2026-0002')}`));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.meeting).toMatchObject({ title: 'Comité de direction du 16 octobre 2026' });
    expect(body.agendaItem.title).toContain('Sécurité routière');
    expect(body.updates).toHaveLength(1);
    expect(body.can).toEqual({ report: true, confirm: false, reopen: false, cancel: false, edit: false });
    const asDc = await dc.get(url(`/${await idOf('D-2026-0002')}`));
    expect(asDc.json().can).toMatchObject({ report: false, cancel: true, edit: true });
  });

  it('is not found in another administration or with a malformed id', async () => {
    const id = await idOf('D-2026-0002');
    expect((await mayorDc.get(url(`/${id}`))).statusCode).toBe(404);
    expect((await mayorDc.get(`/api/administrations/${mzg.administrationId}/directives/${id}`)).statusCode).toBe(404);
    expect((await dc.get(url('/not-a-uuid'))).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'GET', url: url(`/${id}`) })).statusCode).toBe(401);
  });

  it('lets the issuer side change it; refuses bad dates and others', async () => {
    const id = await idOf('D-2026-0008');
    const ok = await dc.patch(url(`/${id}`), { dueDate: '2026-12-20', coAssignees: [] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ dueDate: '2026-12-20', coAssignees: [] });
    const bad = await dc.patch(url(`/${id}`), { dueDate: '2026-11-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('dueDate');
    expect((await dc.get(url(`/${id}`))).json().dueDate).toBe('2026-12-20');
    const foreign = await dc.patch(url(`/${id}`), { lead: { postId: mzg.post('Conseiller technique aux Affaires juridiques') } });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().fields[0].field).toBe('lead.postId');
    expect((await director.patch(url(`/${id}`), { priority: 'low' })).statusCode).toBe(403);
    expect((await mayorDc.patch(url(`/${id}`), { priority: 'low' })).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'PATCH', url: url(`/${id}`), payload: {} })).statusCode).toBe(401);
    expect((await dc.patch(url(`/${id}`), { priority: 'whenever' })).json().fields[0].field).toBe('priority');
  });

  it('keeps the history in the audit trail', async () => {
    const id = await idOf('D-2026-0008');
    const history = await dc.get(`/api/administrations/${mit.administrationId}/audit?entityType=directive&entityId=${id}`);
    expect(history.json().items.map((e: { action: string }) => e.action)).toEqual(['directive.update', 'directive.create']);
  });
});

describe('indicators', () => {
  const indicators = (query = '') => `/api/administrations/${mit.administrationId}/directives/indicators${query}`;

  it('gives completion rate, delay, overdue and the oldest per structure', async () => {
    const res = await dc.get(indicators('?groupBy=structure'));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const dpp = body.groups.find((g: { label: string }) => g.label === 'Direction de la Programmation et de la Prospective');
    expect(dpp).toMatchObject({ total: 1, done: 1, completionRate: 1, averageDelayDays: 0, overdue: 0 });
    const dtt = body.groups.find((g: { label: string }) => g.label === 'Direction des Transports terrestres');
    expect(dtt).toMatchObject({ overdue: 1, oldestOverdueDays: 18 });
    expect(body.totals.overdue).toBe(3);
    expect(body.totals.total).toBe(body.groups.reduce((n: number, g: { total: number }) => n + g.total, 0));
  });

  it('groups by period of the due date', async () => {
    const res = await dc.get(indicators('?groupBy=period&period=month'));
    expect(res.json().groups.map((g: { key: string }) => g.key)).toEqual(expect.arrayContaining(['2026-10', '2026-11', '2026-12']));
    const quarters = await dc.get(indicators('?groupBy=period'));
    expect(quarters.json().groups[0].label).toMatch(/^2026 T\d$/);
  });

  it('follows every write at once (the cache is keyed by the data version)', async () => {
    const before = (await dc.get(indicators())).json().totals;
    const created = await dc.post(url(), newDirective({ text: 'Une directive de plus', dueDate: '2026-11-30', coAssignees: [] }));
    expect(created.statusCode).toBe(201);
    const after = (await dc.get(indicators())).json().totals;
    expect(after.total).toBe(before.total + 1);
    expect(after.open).toBe(before.open + 1);
    await dc.post(url(`/${created.json().id}/cancel`), { reason: 'Doublon.' });
    expect((await dc.get(indicators())).json().totals).toMatchObject({
      total: before.total + 1,
      cancelled: before.cancelled + 1,
      open: before.open,
    });
  });

  it('checks its query and its caller', async () => {
    expect((await dc.get(indicators('?groupBy=person'))).statusCode).toBe(400);
    expect((await dc.get(indicators('?dueFrom=2026-12-01&dueTo=2026-01-01'))).json().fields[0].field).toBe('querystring.dueTo');
    expect((await ctx.app.inject({ method: 'GET', url: indicators() })).statusCode).toBe(401);
    expect((await mayorDc.get(indicators())).statusCode).toBe(404);
  });
});
