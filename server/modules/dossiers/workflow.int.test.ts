// The circuit of a dossier end to end, and each refusal leaving everything as it was.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../platform/dates.js';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { dossiersUrl, findStructureId, registerBody, registerDossier, type DossierDetail, type ErrorBody } from './dossiers.fixtures.js';

const ctx = await createTestApp();
let secretariat: TestAgent;
let dc: TestAgent;
let dac: TestAgent;
let sg: TestAgent;
let adviser: TestAgent;
let minister: TestAgent;
let director: TestAgent;
let mit: string;
let sgm: string;
let dtt: string;
let dgi: string;

beforeAll(async () => {
  const login = (who: string) => ctx.login(`${who}@mit.demo.bj`);
  secretariat = await login('secretariat');
  dc = await login('dc');
  dac = await login('dac');
  sg = await login('sg');
  adviser = await login('conseiller');
  minister = await login('ministre');
  director = await login('directeur');
  mit = await dc.administrationId('MIT');
  sgm = await findStructureId(dc, mit, 'SGM');
  dtt = await findStructureId(dc, mit, 'DTT');
  dgi = await findStructureId(dc, mit, 'DGI');
});

const get = async (agent: TestAgent, id: string) => (await agent.get(dossiersUrl(mit, `/${id}`))).json() as DossierDetail;
const countRows = async (table: string, dossierId: string) => {
  const { rows } = await ctx.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE dossier_id = ${dossierId}`,
  );
  return rows[0]!.n;
};

describe('the circuit of a sensitive dossier', () => {
  let dossier: DossierDetail;

  it('is registered by the private office, numbered, and waits for the DC’s assignment', async () => {
    dossier = await registerDossier(secretariat, mit, {
      confidentiality: 'sensitive',
      deadline: '2026-12-31',
      senderReference: 'ANATT/2026/77',
    });
    expect(dossier.reference).toMatch(/^\d{4}\/\d{6}\/SGM$/);
    expect(dossier.status).toBe('registered');
    expect(dossier.holders).toEqual([
      expect.objectContaining({ type: 'imputation', postTitle: 'Directeur de cabinet', personNames: ['Sylvère Kpossou'] }),
    ]);
    expect(dossier.can).toMatchObject({ assign: false, decide: false, attach: true });
    expect((await get(dc, dossier.id)).can.assign).toBe(true);
  });

  it('goes to the SG for the technical opinion once the DC assigns it, with the DC’s instructions', async () => {
    const res = await dc.post(dossiersUrl(mit, `/${dossier.id}/assignments`), {
      assignments: [
        { structureId: sgm, purpose: 'action' },
        { structureId: dtt, purpose: 'information' },
      ],
      instructions: 'Avis technique sous huitaine.',
    });
    expect(res.statusCode, res.body).toBe(200);
    dossier = res.json() as DossierDetail;
    expect(dossier.status).toBe('in_review');
    expect(dossier.assignments.map((a) => [a.structureName, a.purpose, a.instructions])).toEqual([
      ['Secrétariat général du Ministère', 'action', 'Avis technique sous huitaine.'],
      ['Direction des Transports terrestres', 'information', 'Avis technique sous huitaine.'],
    ]);
    // sensitive: the SG's technical opinion, then the cabinet's
    expect(dossier.opinionRequests.map((r) => [r.type, r.state])).toEqual([
      ['technical', 'open'],
      ['cabinet', 'waiting'],
    ]);
    expect(dossier.holders).toEqual([
      expect.objectContaining({ type: 'opinion', opinionType: 'technical', personNames: ['Bénédicte Adéyèmi'] }),
    ]);
    expect((await get(sg, dossier.id)).can.giveOpinion).toEqual(['technical']);
  });

  it('refuses the cabinet’s opinion before the SG’s (sequential circuit), and an opinion from a director', async () => {
    const early = await adviser.post(dossiersUrl(mit, `/${dossier.id}/opinions`), { verdict: 'favourable', text: 'Trop tôt.' });
    expect(early.statusCode).toBe(409);
    expect((early.json() as ErrorBody).message).toBe('Aucun avis de votre part n’est attendu sur ce dossier à cette étape.');
    // the director sees it (assigned for information) but gives no opinion in this circuit
    const stranger = await director.post(dossiersUrl(mit, `/${dossier.id}/opinions`), { verdict: 'favourable', text: 'Hors circuit.' });
    expect(stranger.statusCode).toBe(403);
    expect(await countRows('dossier_opinions', dossier.id)).toBe(0);
  });

  it('takes the SG’s technical opinion, with its author’s post, then waits for the cabinet', async () => {
    const res = await sg.post(dossiersUrl(mit, `/${dossier.id}/opinions`), {
      verdict: 'favourable_with_reservations',
      text: 'Renouvellement pertinent ; prévoir la maintenance dans le contrat.',
    });
    expect(res.statusCode, res.body).toBe(200);
    dossier = res.json() as DossierDetail;
    expect(dossier.opinionRequests[0]!.opinion).toMatchObject({
      verdict: 'favourable_with_reservations',
      authorName: 'Bénédicte Adéyèmi',
      authorPostTitle: 'Secrétaire général du Ministère',
      isInterim: false,
    });
    expect(dossier.holders).toEqual([
      expect.objectContaining({ type: 'opinion', opinionType: 'cabinet', structureName: 'Cabinet du Ministre' }),
    ]);
  });

  it('goes to the head once the cabinet’s opinion is given', async () => {
    const res = await adviser.post(dossiersUrl(mit, `/${dossier.id}/opinions`), {
      verdict: 'favourable',
      text: 'Le Cabinet est favorable.',
    });
    expect(res.statusCode, res.body).toBe(200);
    dossier = res.json() as DossierDetail;
    expect(dossier.status).toBe('awaiting_decision');
    expect(dossier.holders).toEqual([
      expect.objectContaining({ type: 'decision', postTitle: 'Ministre des Infrastructures et des Transports' }),
    ]);
    expect((await get(minister, dossier.id)).can.decide).toBe(true);
  });

  it('refuses a decision by someone who does not act for the head, and changes nothing', async () => {
    for (const agent of [dc, dac]) {
      const res = await agent.post(dossiersUrl(mit, `/${dossier.id}/decision`), { outcome: 'approved' });
      expect(res.statusCode).toBe(403);
      expect((res.json() as ErrorBody).message).toMatch(/Seul le chef de l’administration/);
    }
    expect(await countRows('dossier_decisions', dossier.id)).toBe(0);
    expect((await get(dc, dossier.id)).status).toBe('awaiting_decision');
  });

  it('is approved by the head, who asks for a directive in the same act', async () => {
    const res = await minister.post(dossiersUrl(mit, `/${dossier.id}/decision`), {
      outcome: 'approved',
      comment: 'Accord.',
      directives: [{ text: 'Lancer l’appel d’offres', leadStructureId: dgi, dueDate: '2027-01-15' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    dossier = res.json() as DossierDetail;
    expect(dossier.status).toBe('decided');
    expect(dossier.decisions).toEqual([
      expect.objectContaining({
        outcome: 'approved',
        decidedByName: 'Romuald Adjovi',
        isInterim: false,
        directives: [
          {
            id: expect.any(String),
            text: 'Lancer l’appel d’offres',
            leadStructureId: dgi,
            leadStructureName: 'Direction générale des Infrastructures',
            dueDate: '2027-01-15',
            directiveId: expect.any(String),
            directive: expect.objectContaining({ reference: expect.stringMatching(/^D-/), status: 'not_started' }),
          },
        ],
      }),
    ]);
    // back to the registering office, for notification and filing
    expect(dossier.holders).toEqual([expect.objectContaining({ type: 'registry', structureName: 'Cabinet du Ministre' })]);
  });

  it('refuses an opinion on the decided dossier, and changes nothing', async () => {
    const before = await countRows('dossier_events', dossier.id);
    const res = await sg.post(dossiersUrl(mit, `/${dossier.id}/opinions`), { verdict: 'unfavourable', text: 'Après coup.' });
    expect(res.statusCode).toBe(409);
    expect((res.json() as ErrorBody).message).toBe('Ce dossier a déjà été décidé : il n’accepte plus d’avis.');
    expect(await countRows('dossier_opinions', dossier.id)).toBe(2);
    expect(await countRows('dossier_events', dossier.id)).toBe(before);
  });

  it('keeps the timeline of every step, each event chained to the previous one', async () => {
    const res = await dc.get(dossiersUrl(mit, `/${dossier.id}/timeline`));
    expect(res.statusCode).toBe(200);
    const timeline = res.json() as {
      events: { seq: number; type: string; status: string; actorName: string; summary: Record<string, unknown>; hash: string }[];
      steps: { status: string; durationMs: number; to: string | null }[];
    };
    expect(timeline.events.map((e) => [e.type, e.status])).toEqual([
      ['registered', 'registered'],
      ['assigned', 'in_review'],
      ['opinion_given', 'in_review'],
      ['opinion_given', 'awaiting_decision'],
      ['decided', 'decided'],
    ]);
    expect(timeline.events[4]!.summary).toMatchObject({ outcome: 'approved' });
    expect(new Set(timeline.events.map((e) => e.hash)).size).toBe(5);
    expect(timeline.steps.map((s) => s.status)).toEqual(['registered', 'in_review', 'in_review', 'awaiting_decision', 'decided']);
    expect(timeline.steps.slice(0, -1).every((s) => s.to !== null && s.durationMs >= 0)).toBe(true);
  });

  it('is filed by the registry, and leaves every desk', async () => {
    const res = await secretariat.post(dossiersUrl(mit, `/${dossier.id}/file`));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'filed', holders: [] });
    expect((await secretariat.post(dossiersUrl(mit, `/${dossier.id}/file`))).statusCode).toBe(409);
  });
});

describe('registration refused', () => {
  const count = async () => ((await dc.get(dossiersUrl(mit, '?limit=1'))).json() as { total: number }).total;

  it('refuses an empty subject, naming the field, and registers nothing', async () => {
    const before = await count();
    const res = await secretariat.post(dossiersUrl(mit), registerBody({ subject: '   ' }));
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).fields).toEqual([{ field: 'subject', message: 'Champ obligatoire.' }]);
    expect(await count()).toBe(before);
  });

  it('refuses a reference that is already registered, and registers nothing', async () => {
    const first = await registerDossier(secretariat, mit, { reference: 'ARR/2026/0042' });
    const before = await count();
    const res = await secretariat.post(
      dossiersUrl(mit),
      registerBody({ reference: 'ARR/2026/0042', subject: 'Le même courrier, une seconde fois' }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'duplicate',
      message: 'Un dossier porte déjà la référence « ARR/2026/0042 ». Rien n’a été enregistré.',
      fields: [{ field: 'reference' }],
    });
    expect(await count()).toBe(before);
    expect(first.reference).toBe('ARR/2026/0042');
  });

  it('refuses a date received in the future and a deadline before it', async () => {
    const future = await secretariat.post(dossiersUrl(mit), registerBody({ receivedOn: '2099-01-01' }));
    expect((future.json() as ErrorBody).fields?.[0]?.field).toBe('receivedOn');
    const deadline = await secretariat.post(dossiersUrl(mit), registerBody({ deadline: '2026-01-01' }));
    expect((deadline.json() as ErrorBody).fields?.[0]).toEqual({ field: 'deadline', message: 'L’échéance précède la date de réception.' });
  });

  it('gives distinct, consecutive numbers to registrations made at the same moment', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => secretariat.post(dossiersUrl(mit), registerBody({ subject: `Courrier simultané ${i}` }))),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    const numbers = results.map((r) => Number((r.json() as DossierDetail).reference.split('/')[1])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(8);
    expect(numbers.at(-1)! - numbers[0]!).toBe(7);
  });
});

describe('returned, deferred, acting holders', () => {
  async function toDecision(subject: string) {
    const d = await registerDossier(secretariat, mit, { subject });
    expect(
      (await dc.post(dossiersUrl(mit, `/${d.id}/assignments`), { assignments: [{ structureId: sgm, purpose: 'action' }] })).statusCode,
    ).toBe(200);
    expect((await sg.post(dossiersUrl(mit, `/${d.id}/opinions`), { verdict: 'favourable', text: 'Favorable.' })).statusCode).toBe(200);
    return d;
  }

  it('starts the circuit again when the head returns a dossier for more information; a deferral keeps it at the decision', async () => {
    const d = await toDecision('Dossier à compléter');
    const deferred = await minister.post(dossiersUrl(mit, `/${d.id}/decision`), {
      outcome: 'deferred',
      comment: 'À revoir la semaine prochaine.',
    });
    expect(deferred.json()).toMatchObject({ status: 'awaiting_decision', round: 1 });
    const returned = await minister.post(dossiersUrl(mit, `/${d.id}/decision`), { outcome: 'returned', comment: 'Joindre le devis.' });
    const after = returned.json() as DossierDetail;
    expect(after).toMatchObject({ status: 'in_review', round: 2 });
    expect(after.opinionRequests.filter((r) => r.state === 'open').map((r) => r.type)).toEqual(['technical']);
    expect((await sg.post(dossiersUrl(mit, `/${d.id}/opinions`), { verdict: 'favourable', text: 'Devis joint.' })).json()).toMatchObject({
      status: 'awaiting_decision',
    });
  });

  it('says “par intérim” for an opinion given by the person acting for the SG, and for a decision by the DC acting for the head', async () => {
    const posts = (await dc.get(`/api/administrations/${mit}/organisation/posts`)).json() as {
      items: { id: string; function: string; holders: { personId: string; fullName: string }[] }[];
    };
    const postOf = (fn: string) => posts.items.find((p) => p.function === fn)!;
    const directorPerson = posts.items.flatMap((p) => p.holders).find((h) => h.fullName === 'Cyriaque Houéto')!;
    const dcPerson = postOf('chief_of_staff').holders[0]!;
    const today = todayIso();
    for (const [post, person] of [
      [postOf('secretary_general'), directorPerson],
      [postOf('head'), dcPerson],
    ] as const) {
      const res = await dc.post(`/api/administrations/${mit}/organisation/interims`, {
        postId: post.id,
        personId: person.personId,
        startDate: today,
        endDate: today,
        legalReference: 'Note de service n°2026-099/MIT/CAB',
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const actingDirector = await ctx.login('directeur@mit.demo.bj');
    const actingDc = await ctx.login('dc@mit.demo.bj');
    const d = await registerDossier(secretariat, mit, { subject: 'Dossier traité par intérim' });
    await actingDc.post(dossiersUrl(mit, `/${d.id}/assignments`), { assignments: [{ structureId: sgm, purpose: 'action' }] });
    const opinion = await actingDirector.post(dossiersUrl(mit, `/${d.id}/opinions`), {
      verdict: 'favourable',
      text: 'Favorable (intérim du SG).',
    });
    expect(opinion.statusCode, opinion.body).toBe(200);
    expect((opinion.json() as DossierDetail).opinionRequests[0]!.opinion).toMatchObject({
      authorName: 'Cyriaque Houéto',
      authorPostTitle: 'Secrétaire général du Ministère',
      isInterim: true,
    });
    const decision = await actingDc.post(dossiersUrl(mit, `/${d.id}/decision`), { outcome: 'approved' });
    expect(decision.statusCode, decision.body).toBe(200);
    expect((decision.json() as DossierDetail).decisions[0]).toMatchObject({ decidedByName: 'Sylvère Kpossou', isInterim: true });
  });
});

describe('a delegate deciding by succession', () => {
  it('lets the DC decide while the mayor is away when a succession rule says so, “par intérim”, and not otherwise', async () => {
    const townDc = await ctx.login('dc@mairie.demo.bj');
    const townSecretariat = await ctx.login('secretariat@mairie.demo.bj');
    const townSg = await ctx.login('sg@mairie.demo.bj');
    const town = await townDc.administrationId('MZG');
    const posts = (await townDc.get(`/api/administrations/${town}/organisation/posts`)).json() as {
      items: { id: string; function: string; holders: { personId: string }[] }[];
    };
    const mayorPost = posts.items.find((p) => p.function === 'head')!;
    const dcPost = posts.items.find((p) => p.function === 'chief_of_staff')!;
    const townSgm = await findStructureId(townDc, town, 'SGM');
    const d = await registerDossier(townSecretariat, town, { subject: 'Dossier à décider en l’absence du Maire' });
    await townDc.post(dossiersUrl(town, `/${d.id}/assignments`), { assignments: [{ structureId: townSgm, purpose: 'action' }] });
    await townSg.post(dossiersUrl(town, `/${d.id}/opinions`), { verdict: 'favourable', text: 'Favorable.' });

    // the mayor present, or away without a rule: the DC may not decide
    expect((await townDc.post(dossiersUrl(town, `/${d.id}/decision`), { outcome: 'approved' })).statusCode).toBe(403);
    const today = todayIso();
    const absence = await townDc.post(`/api/administrations/${town}/organisation/absences`, {
      personId: mayorPost.holders[0]!.personId,
      startDate: today,
      endDate: today,
      reason: 'Mission',
    });
    expect(absence.statusCode).toBe(201);
    expect((await townDc.post(dossiersUrl(town, `/${d.id}/decision`), { outcome: 'approved' })).statusCode).toBe(403);

    // the organisation's rule: in the mayor's absence, the DC stands in (for anything)
    await ctx.db.execute(
      sql`INSERT INTO succession_rules (administration_id, post_id, context, position, substitute_post_id) VALUES (${town}, ${mayorPost.id}, 'any', 0, ${dcPost.id})`,
    );
    const res = await townDc.post(dossiersUrl(town, `/${d.id}/decision`), { outcome: 'approved', comment: 'Pour le Maire absent.' });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as DossierDetail).decisions[0]).toMatchObject({ decidedByName: 'Edwige Ahouandjinou', isInterim: true });
  });
});
