// A decision that asks for directives issues them in the follow-up, in the same transaction: with the
// dossier as source, its confidentiality, the decider as issuer; all or nothing.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { dossiersUrl, findStructureId, registerDossier, type DossierDetail, type ErrorBody } from './dossiers.fixtures.js';

const ctx = await createTestApp();
let secretariat: TestAgent;
let dc: TestAgent;
let sg: TestAgent;
let adviser: TestAgent;
let minister: TestAgent;
let director: TestAgent;
let mit: string;
let sgm: string;
let dgi: string;
let dtt: string;

beforeAll(async () => {
  const login = (who: string) => ctx.login(`${who}@mit.demo.bj`);
  secretariat = await login('secretariat');
  dc = await login('dc');
  sg = await login('sg');
  adviser = await login('conseiller');
  minister = await login('ministre');
  director = await login('directeur');
  mit = await dc.administrationId('MIT');
  sgm = await findStructureId(dc, mit, 'SGM');
  dgi = await findStructureId(dc, mit, 'DGI');
  dtt = await findStructureId(dc, mit, 'DTT');
});

type Directive = {
  id: string;
  reference: string;
  text: string;
  sourceType: string;
  sourceId: string | null;
  confidentiality: string;
  dueDate: string;
  lead: { structureId: string };
  issuedBy: { title: string };
  origin: { type: string; id: string; reference: string } | null;
};
type Decided = DossierDetail & {
  decisions: { directives: { directiveId: string | null; directive: { id: string; reference: string } | null }[] }[];
};

// Registered, assigned to the SG, every opinion of the circuit given: the dossier waits for the head.
async function awaitingDecision(confidentiality: 'normal' | 'sensitive' | 'reserved'): Promise<DossierDetail> {
  const dossier = await registerDossier(secretariat, mit, { confidentiality, subject: `Marché de signalisation (${confidentiality})` });
  const assigned = await dc.post(dossiersUrl(mit, `/${dossier.id}/assignments`), {
    assignments: [{ structureId: sgm, purpose: 'action' }],
  });
  expect(assigned.statusCode, assigned.body).toBe(200);
  for (let round = 0; round < 4; round++) {
    for (const agent of [sg, adviser, dc]) {
      const page = (await agent.get(dossiersUrl(mit, `/${dossier.id}`))).json() as DossierDetail;
      if (page.status === 'awaiting_decision') return page;
      if (page.can?.giveOpinion?.length) {
        const res = await agent.post(dossiersUrl(mit, `/${dossier.id}/opinions`), { verdict: 'favourable', text: 'Favorable.' });
        expect(res.statusCode, res.body).toBe(200);
      }
    }
  }
  throw new Error('the dossier never reached the decision');
}

const count = async (query: ReturnType<typeof sql>) => (await ctx.db.execute<{ n: number }>(query)).rows[0]!.n;
const directivesOf = (dossierId: string) =>
  count(sql`SELECT count(*)::int AS n FROM directives WHERE source_type = 'dossier_decision' AND source_id = ${dossierId}`);
const decisionsOf = (dossierId: string) => count(sql`SELECT count(*)::int AS n FROM dossier_decisions WHERE dossier_id = ${dossierId}`);

describe('a decision asking for directives', () => {
  it('issues them in the follow-up with the dossier as source, the head as issuer, and links them', async () => {
    const dossier = await awaitingDecision('normal');
    const res = await minister.post(dossiersUrl(mit, `/${dossier.id}/decision`), {
      outcome: 'approved',
      directives: [
        { text: 'Lancer l’appel d’offres de signalisation', leadStructureId: dgi, dueDate: '2027-03-31' },
        { text: 'Informer les usagers', leadStructureId: sgm, dueDate: '2027-02-15' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const requests = (res.json() as Decided).decisions[0]!.directives;
    expect(requests).toHaveLength(2);
    expect(requests.every((r) => r.directiveId !== null && r.directive?.id === r.directiveId)).toBe(true);
    expect(requests[0]!.directive!.reference).toMatch(/^D-\d{4}-\d{4}$/);

    const directive = (await dc.get(`/api/administrations/${mit}/directives/${requests[0]!.directiveId}`)).json() as Directive;
    expect(directive).toMatchObject({
      text: 'Lancer l’appel d’offres de signalisation',
      sourceType: 'dossier_decision',
      sourceId: dossier.id,
      confidentiality: 'normal',
      dueDate: '2027-03-31',
      lead: { structureId: dgi },
      origin: { type: 'dossier', id: dossier.id, reference: dossier.reference },
    });
    expect(directive.issuedBy.title).toBe('Ministre des Infrastructures et des Transports');
    // listed by source in Suivi
    const list = await dc.get(`/api/administrations/${mit}/directives?sourceType=dossier_decision&sourceId=${dossier.id}`);
    expect((list.json() as { total: number }).total).toBe(2);
    const audits = await count(
      sql`SELECT count(*)::int AS n FROM audit_events WHERE entity_type = 'directive' AND entity_id = ${requests[0]!.directiveId}`,
    );
    expect(audits).toBe(1);
  });

  it('keeps a reserved dossier’s directive reserved: a director who may not see the dossier sees neither', async () => {
    const dossier = await awaitingDecision('reserved');
    const res = await minister.post(dossiersUrl(mit, `/${dossier.id}/decision`), {
      outcome: 'approved',
      directives: [{ text: 'Préparer la transaction avec l’entreprise', leadStructureId: dgi, dueDate: '2027-01-31' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const directiveId = (res.json() as Decided).decisions[0]!.directives[0]!.directiveId!;
    const forDc = (await dc.get(`/api/administrations/${mit}/directives/${directiveId}`)).json() as Directive;
    expect(forDc.confidentiality).toBe('reserved');
    expect((await director.get(`/api/administrations/${mit}/directives/${directiveId}`)).statusCode).toBe(404);
    const listed = (await director.get(`/api/administrations/${mit}/directives?sourceType=dossier_decision&pageSize=100`)).json() as {
      items: { id: string }[];
    };
    expect(listed.items.map((i) => i.id)).not.toContain(directiveId);
    const search = (await director.get(`/api/administrations/${mit}/directives?q=transaction&pageSize=100`)).json() as {
      items: { id: string }[];
    };
    expect(search.items.map((i) => i.id)).not.toContain(directiveId);
  });

  it('shows the directive’s source only to those who may see the dossier', async () => {
    const dossier = await awaitingDecision('sensitive');
    const res = await minister.post(dossiersUrl(mit, `/${dossier.id}/decision`), {
      outcome: 'approved',
      directives: [{ text: 'Renforcer les contrôles routiers', leadStructureId: dtt, dueDate: '2027-02-28' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const directiveId = (res.json() as Decided).decisions[0]!.directives[0]!.directiveId!;
    // the director heads the lead structure: he sees the sensitive directive, not the sensitive dossier
    expect((await director.get(dossiersUrl(mit, `/${dossier.id}`))).statusCode).toBe(404);
    const forDirector = (await director.get(`/api/administrations/${mit}/directives/${directiveId}`)).json() as Directive;
    expect(forDirector).toMatchObject({ confidentiality: 'sensitive', sourceType: 'dossier_decision', origin: null });
    const forDc = (await dc.get(`/api/administrations/${mit}/directives/${directiveId}`)).json() as Directive;
    expect(forDc.origin).toMatchObject({ type: 'dossier', id: dossier.id });
  });

  it('writes nothing when a directive cannot be created (bad lead structure, due date before today, none given)', async () => {
    const dossier = await awaitingDecision('normal');
    const { rows } = await ctx.db.execute<{ id: string }>(
      sql`SELECT s.id FROM structures s JOIN administrations a ON a.id = s.administration_id WHERE a.code = 'MZG' LIMIT 1`,
    );
    const foreign = rows[0]!.id;
    const good = { text: 'Lancer l’appel d’offres', leadStructureId: dgi, dueDate: '2027-03-31' };
    const cases: [Record<string, unknown>, string][] = [
      [{ text: 'Ailleurs', leadStructureId: foreign, dueDate: '2027-03-31' }, 'directives.1.leadStructureId'],
      [{ text: 'Trop tard', leadStructureId: dgi, dueDate: '2020-01-01' }, 'directives.1.dueDate'],
      [{ text: 'Sans échéance', leadStructureId: dgi }, 'directives.1.dueDate'],
    ];
    for (const [bad, field] of cases) {
      const res = await minister.post(dossiersUrl(mit, `/${dossier.id}/decision`), { outcome: 'approved', directives: [good, bad] });
      expect(res.statusCode, res.body).toBe(400);
      expect((res.json() as ErrorBody).fields?.map((f) => f.field)).toContain(field);
    }
    expect(await decisionsOf(dossier.id)).toBe(0);
    expect(await directivesOf(dossier.id)).toBe(0);
    const page = (await dc.get(dossiersUrl(mit, `/${dossier.id}`))).json() as DossierDetail;
    expect(page.status).toBe('awaiting_decision');
  });
});
