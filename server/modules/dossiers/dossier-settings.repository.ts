// Per-administration settings of the dossiers: reference format, yearly counters, circuits. No rules here.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { dossierCircuits, dossierCircuitSteps, dossierReferenceCounters, dossierSettings, type DossierKind } from './dossiers.tables.js';

export async function selectSettings(db: Queryable, administrationId: string) {
  const [row] = await db.select().from(dossierSettings).where(eq(dossierSettings.administrationId, administrationId));
  return row;
}

export async function upsertSettings(tx: Queryable, administrationId: string, values: { referenceFormat: string; referenceCode: string }) {
  const [row] = await tx
    .insert(dossierSettings)
    .values({ administrationId, ...values })
    .onConflictDoUpdate({ target: dossierSettings.administrationId, set: { ...values, updatedAt: new Date() } })
    .returning();
  return row!;
}

// The next number of the year. The counter row stays locked until the transaction ends, so two
// registrations never get the same number, and a failed one gives its number back.
export async function takeNextSequence(tx: Queryable, administrationId: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(dossierReferenceCounters)
    .values({ administrationId, year, lastValue: 1 })
    .onConflictDoUpdate({
      target: [dossierReferenceCounters.administrationId, dossierReferenceCounters.year],
      set: { lastValue: sql`${dossierReferenceCounters.lastValue} + 1` },
    })
    .returning({ value: dossierReferenceCounters.lastValue });
  return row!.value;
}

export async function selectLastSequence(db: Queryable, administrationId: string, year: number): Promise<number> {
  const [row] = await db
    .select({ value: dossierReferenceCounters.lastValue })
    .from(dossierReferenceCounters)
    .where(and(eq(dossierReferenceCounters.administrationId, administrationId), eq(dossierReferenceCounters.year, year)));
  return row?.value ?? 0;
}

export async function selectCircuits(db: Queryable, administrationId: string, kind?: DossierKind) {
  const circuits = await db
    .select()
    .from(dossierCircuits)
    .where(and(eq(dossierCircuits.administrationId, administrationId), kind ? eq(dossierCircuits.kind, kind) : undefined));
  const steps =
    circuits.length === 0
      ? []
      : await db
          .select()
          .from(dossierCircuitSteps)
          .where(
            inArray(
              dossierCircuitSteps.circuitId,
              circuits.map((c) => c.id),
            ),
          )
          .orderBy(asc(dossierCircuitSteps.position));
  return circuits.map((c) => ({ ...c, steps: steps.filter((s) => s.circuitId === c.id) }));
}

export async function replaceCircuit(
  tx: Queryable,
  administrationId: string,
  kind: DossierKind,
  mode: 'sequential' | 'parallel',
  steps: { type: 'technical' | 'cabinet' | 'structure'; structureId: string | null }[],
) {
  const [circuit] = await tx
    .insert(dossierCircuits)
    .values({ administrationId, kind, mode })
    .onConflictDoUpdate({ target: [dossierCircuits.administrationId, dossierCircuits.kind], set: { mode, updatedAt: new Date() } })
    .returning({ id: dossierCircuits.id });
  await tx.delete(dossierCircuitSteps).where(eq(dossierCircuitSteps.circuitId, circuit!.id));
  if (steps.length > 0) {
    await tx.insert(dossierCircuitSteps).values(steps.map((s, i) => ({ circuitId: circuit!.id, position: i + 1, ...s })));
  }
}
