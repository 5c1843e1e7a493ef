// Results settings of an administration: its monitoring and evaluation unit, status thresholds, reporting deadline.
import type { Database, Queryable } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { listStructureSummaries } from '../organisation/lookup.service.js';
import { defaultDeadlineDays, defaultThresholds, type Thresholds } from './achievement.js';
import type { TResultsSettings } from './indicators.contract.js';
import * as repo from './indicators.repository.js';

export type ResultsSettings = { monitoringStructureId: string | null; thresholds: Thresholds; deadlineDays: number };

// The settings in force: the stored row, or the defaults (100 / 80 / 50 %, 15 days).
export async function loadResultsSettings(db: Queryable, administrationId: string): Promise<ResultsSettings> {
  const row = await repo.selectSettings(db, administrationId);
  if (!row) return { monitoringStructureId: null, thresholds: defaultThresholds, deadlineDays: defaultDeadlineDays };
  return {
    monitoringStructureId: row.monitoringStructureId,
    thresholds: { reached: row.thresholdReached, onTrack: row.thresholdOnTrack, behind: row.thresholdBehind },
    deadlineDays: row.deadlineDays,
  };
}

export async function getResultsSettings(db: Database, access: Access) {
  assertCan(access, 'results.read');
  return loadResultsSettings(db, access.administrationId);
}

export async function saveResultsSettings(db: Database, access: Access, body: TResultsSettings) {
  assertCan(access, 'results.manage');
  await db.transaction(async (tx) => {
    if (
      body.monitoringStructureId &&
      (await listStructureSummaries(tx, access.administrationId, [body.monitoringStructureId])).length === 0
    )
      throw new AppError('validation_failed', { messageKey: 'field.unknown_reference', field: 'monitoringStructureId' });
    const before = await loadResultsSettings(tx, access.administrationId);
    await repo.upsertSettings(tx, {
      administrationId: access.administrationId,
      monitoringStructureId: body.monitoringStructureId,
      thresholdReached: body.thresholds.reached,
      thresholdOnTrack: body.thresholds.onTrack,
      thresholdBehind: body.thresholds.behind,
      deadlineDays: body.deadlineDays,
    });
    await recordAudit(tx, access, {
      action: 'results_settings.update',
      entityType: 'results_settings',
      entityId: access.administrationId,
      before,
      after: body,
    });
  });
  return loadResultsSettings(db, access.administrationId);
}
