// The history of dossiers is tamper-evident: the check (admin endpoint and npm run verify-audit) names the
// first broken link after an event row is altered behind the application's back.
import { spawnSync } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAgent } from '../../test/app.js';
import { dossiersUrl, registerDossier, type DossierDetail } from './dossiers.fixtures.js';

const ctx = await createTestApp();
let admin: TestAgent;
let secretariat: TestAgent;
let dc: TestAgent;
let mit: string;
let dossier: DossierDetail;

type Report = {
  isIntact: boolean;
  dossiers: number;
  events: number;
  firstBreak: { reference: string; seq: number; eventId: number; reason: string } | null;
};

const runScript = () =>
  spawnSync('npx', ['tsx', 'scripts/verify-audit.ts'], { env: { ...process.env, DATABASE_URL: ctx.databaseUrl }, encoding: 'utf8' });

// As a database superuser would: the append-only trigger is switched off for the change, then on again.
async function tamper(statement: ReturnType<typeof sql>) {
  await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE dossier_events DISABLE TRIGGER dossier_events_append_only`);
    await tx.execute(statement);
    await tx.execute(sql`ALTER TABLE dossier_events ENABLE TRIGGER dossier_events_append_only`);
  });
}

beforeAll(async () => {
  admin = await ctx.login('admin@mit.demo.bj');
  secretariat = await ctx.login('secretariat@mit.demo.bj');
  dc = await ctx.login('dc@mit.demo.bj');
  mit = await admin.administrationId('MIT');
  dossier = await registerDossier(secretariat, mit, { subject: 'Dossier dont on modifiera l’historique' });
  await dc.post(dossiersUrl(mit, `/${dossier.id}/assignments`), {
    assignments: [{ structureId: (await findSgm()).id, purpose: 'action' }],
  });
});

async function findSgm() {
  const res = await dc.get(`/api/administrations/${mit}/organisation/structures`);
  return (res.json() as { items: { id: string; acronym: string | null }[] }).items.find((s) => s.acronym === 'SGM')!;
}

describe('the hash chain of dossier events', () => {
  it('holds for the demo dossiers and those written through the API', async () => {
    const res = await admin.get(dossiersUrl(mit, '/integrity'));
    expect(res.statusCode).toBe(200);
    const report = res.json() as Report;
    expect(report).toMatchObject({ isIntact: true, firstBreak: null });
    expect(report.dossiers).toBeGreaterThan(8);
    const script = runScript();
    expect(script.status, script.stderr).toBe(0);
    expect(script.stdout).toContain('Every chain holds');
  });

  it('is append-only: the database refuses to update or delete an event directly', async () => {
    await expect(ctx.db.execute(sql`UPDATE dossier_events SET actor_name = 'X' WHERE dossier_id = ${dossier.id}`)).rejects.toThrow();
    await expect(ctx.db.execute(sql`DELETE FROM dossier_events WHERE dossier_id = ${dossier.id}`)).rejects.toThrow();
    // deleting a whole dossier (or administration) still takes its events along
    const gone = await registerDossier(secretariat, mit, { subject: 'Dossier supprimé avec son historique' });
    await ctx.db.execute(sql`DELETE FROM dossiers WHERE id = ${gone.id}`);
    const { rows } = await ctx.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM dossier_events WHERE dossier_id = ${gone.id}`);
    expect(rows[0]!.n).toBe(0);
  });

  it('names the event that was altered, in the admin endpoint and in npm run verify-audit', async () => {
    const { rows } = await ctx.db.execute<{ id: number; data: string }>(
      sql`SELECT id, data::text AS data FROM dossier_events WHERE dossier_id = ${dossier.id} AND seq = 2`,
    );
    await tamper(sql`UPDATE dossier_events SET data = jsonb_set(data, '{text}', '"Instruction falsifiée"') WHERE id = ${rows[0]!.id}`);
    const report = (await admin.get(dossiersUrl(mit, '/integrity'))).json() as Report;
    expect(report.isIntact).toBe(false);
    expect(report.firstBreak).toEqual({
      dossierId: dossier.id,
      reference: dossier.reference,
      seq: 2,
      eventId: Number(rows[0]!.id),
      reason: 'content_hash_mismatch',
    });
    const script = runScript();
    expect(script.status).toBe(1);
    expect(script.stdout).toContain(`BROKEN: dossier ${dossier.reference}`);
    expect(script.stdout).toContain(`event #2 (row id ${rows[0]!.id})`);
    // put it back: the chain holds again
    await tamper(sql`UPDATE dossier_events SET data = ${rows[0]!.data}::jsonb WHERE id = ${rows[0]!.id}`);
    expect(((await admin.get(dossiersUrl(mit, '/integrity'))).json() as Report).isIntact).toBe(true);
  });

  it('names the gap when an event is deleted', async () => {
    const other = await registerDossier(secretariat, mit, { subject: 'Dossier dont on supprimera un événement' });
    await dc.post(dossiersUrl(mit, `/${other.id}/assignments`), {
      assignments: [{ structureId: (await findSgm()).id, purpose: 'action' }],
    });
    const { rows } = await ctx.db.execute<{ id: number }>(sql`SELECT id FROM dossier_events WHERE dossier_id = ${other.id} AND seq = 2`);
    await tamper(sql`DELETE FROM dossier_events WHERE dossier_id = ${other.id} AND seq = 1`);
    const { firstBreak } = (await admin.get(dossiersUrl(mit, '/integrity'))).json() as Report;
    expect(firstBreak).toMatchObject({ reference: other.reference, seq: 1, eventId: Number(rows[0]!.id), reason: 'sequence_gap' });
  });

  it('is checked by administrators only', async () => {
    expect((await dc.get(dossiersUrl(mit, '/integrity'))).statusCode).toBe(403);
  });
});

describe('the end of the chain', () => {
  it('names a dossier whose last event was removed, by its status', async () => {
    const other = await registerDossier(secretariat, mit, { subject: 'Dossier dont on supprimera le dernier événement' });
    const sgm = (await findSgm()).id;
    await dc.post(dossiersUrl(mit, `/${other.id}/assignments`), { assignments: [{ structureId: sgm, purpose: 'action' }] });
    // restore the other breaks of this file first: only this dossier's should be found
    await ctx.db.execute(
      sql`DELETE FROM dossiers WHERE id <> ${other.id} AND id IN (SELECT dossier_id FROM dossier_events GROUP BY dossier_id HAVING min(seq) > 1)`,
    );
    await tamper(sql`DELETE FROM dossier_events WHERE dossier_id = ${other.id} AND seq = 2`);
    const { firstBreak } = (await admin.get(dossiersUrl(mit, '/integrity'))).json() as Report;
    expect(firstBreak).toMatchObject({ reference: other.reference, seq: 1, reason: 'status_mismatch' });
  });
});
