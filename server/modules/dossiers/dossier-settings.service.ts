// How an administration numbers its dossiers and which opinions each kind of dossier goes through.
import type { Database, Queryable } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { todayIso } from '../../platform/dates.js';
import { findAdministration } from '../administrations/administrations.service.js';
import { assertReference } from '../organisation/references.service.js';
import { listStructureNames } from '../organisation/positions.service.js';
import type { TCircuitBody, TDossierSettingsBody } from './dossiers.contract.js';
import { dossierKinds, type DossierKind } from './dossiers.tables.js';
import * as repo from './dossier-settings.repository.js';
import { selectDossierByReference } from './dossiers.repository.js';
import { DEFAULT_CIRCUIT, type CircuitPlan } from './dossier-progress.js';
import { checkReferenceFormat, DEFAULT_REFERENCE_FORMAT, formatReference } from './reference-format.js';

// The administration's format, or the default with its code (e.g. MIT).
export async function loadSettings(db: Queryable, administrationId: string) {
  const row = await repo.selectSettings(db, administrationId);
  if (row) return { referenceFormat: row.referenceFormat, referenceCode: row.referenceCode };
  const administration = await findAdministration(db, administrationId);
  return { referenceFormat: DEFAULT_REFERENCE_FORMAT, referenceCode: administration?.code ?? 'DOS' };
}

// The next reference of the year for a registration on a date. A number typed by hand may already hold the
// next automatic one: it is skipped. Call inside the registering transaction (the counter stays locked).
export async function allocateReference(tx: Queryable, administrationId: string, onDate: string) {
  const settings = await loadSettings(tx, administrationId);
  const year = Number(onDate.slice(0, 4));
  for (let attempt = 0; attempt < 50; attempt++) {
    const sequence = await repo.takeNextSequence(tx, administrationId, year);
    const reference = formatReference(settings.referenceFormat, {
      year,
      month: Number(onDate.slice(5, 7)),
      sequence,
      code: settings.referenceCode,
    });
    if (!(await selectDossierByReference(tx, administrationId, reference))) return { reference, year, sequence };
  }
  throw new AppError('conflict');
}

export async function getSettings(db: Database, access: Access) {
  assertCan(access, 'dossiers.read');
  const settings = await loadSettings(db, access.administrationId);
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  const last = await repo.selectLastSequence(db, access.administrationId, year);
  const nextReference = formatReference(settings.referenceFormat, {
    year,
    month: Number(today.slice(5, 7)),
    sequence: last + 1,
    code: settings.referenceCode,
  });
  return { ...settings, nextReference };
}

export async function updateSettings(db: Database, access: Access, body: TDossierSettingsBody) {
  assertCan(access, 'dossiers.configure');
  const problem = checkReferenceFormat(body.referenceFormat);
  if (problem) throw new AppError('validation_failed', { messageKey: problem, field: 'referenceFormat' });
  await db.transaction(async (tx) => {
    const before = await repo.selectSettings(tx, access.administrationId);
    await repo.upsertSettings(tx, access.administrationId, body);
    await recordAudit(tx, access, {
      action: 'dossier_settings.update',
      entityType: 'dossier_settings',
      entityId: access.administrationId,
      before: before ? { referenceFormat: before.referenceFormat, referenceCode: before.referenceCode } : null,
      after: body,
    });
  });
  return getSettings(db, access);
}

// The circuit a kind of dossier follows, as configured (null: the default).
export async function loadCircuit(db: Queryable, administrationId: string, kind: DossierKind): Promise<CircuitPlan | null> {
  const [circuit] = await repo.selectCircuits(db, administrationId, kind);
  if (!circuit) return null;
  return { mode: circuit.mode, steps: circuit.steps.map((s) => ({ type: s.type, structureId: s.structureId })) };
}

export async function listCircuits(db: Database, access: Access) {
  assertCan(access, 'dossiers.read');
  const [circuits, structures] = await Promise.all([
    repo.selectCircuits(db, access.administrationId),
    listStructureNames(db, access.administrationId),
  ]);
  return {
    items: dossierKinds.map((kind) => {
      const configured = circuits.find((c) => c.kind === kind);
      const plan: CircuitPlan = configured
        ? { mode: configured.mode, steps: configured.steps.map((s) => ({ type: s.type, structureId: s.structureId })) }
        : DEFAULT_CIRCUIT;
      return {
        kind,
        mode: plan.mode,
        isDefault: !configured,
        steps: plan.steps.map((s) => ({ ...s, structureName: s.structureId ? (structures.get(s.structureId)?.name ?? null) : null })),
      };
    }),
  };
}

export async function setCircuit(db: Database, access: Access, kind: DossierKind, body: TCircuitBody) {
  assertCan(access, 'dossiers.configure');
  for (const [i, step] of body.steps.entries()) {
    if (step.structureId) await assertReference(db, access, 'structure', step.structureId, `steps.${i}.structureId`);
  }
  const steps = body.steps.map((s) => ({ type: s.type, structureId: s.structureId ?? null }));
  await db.transaction(async (tx) => {
    const before = await loadCircuit(tx, access.administrationId, kind);
    await repo.replaceCircuit(tx, access.administrationId, kind, body.mode, steps);
    await recordAudit(tx, access, {
      action: 'dossier_circuit.update',
      entityType: 'dossier_circuit',
      entityId: `${access.administrationId}:${kind}`,
      before,
      after: { mode: body.mode, steps },
    });
  });
  return (await listCircuits(db, access)).items.find((c) => c.kind === kind)!;
}
