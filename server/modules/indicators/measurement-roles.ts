// Who may do which step of a measurement, decided with the data in hand (the posts held today).
// - enter and submit: a focal point (function focal_point) of the indicator's responsible structure
// - review: the head of that structure (a post with isHeadOfStructure in it)
// - validate: a focal point of the administration's monitoring and evaluation unit, the SG or the DC
// Nobody reviews or validates a value they entered, nor validates a value they reviewed (four eyes).
import type { Queryable } from '../../platform/db/client.js';
import type { Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { listPostsHeldToday, type HeldPost } from '../organisation/lookup.service.js';
import type { MeasurementRow } from './measurements.repository.js';
import { loadResultsSettings, type ResultsSettings } from './settings.service.js';

export type MeasurementRoles = { held: HeldPost[]; settings: ResultsSettings; isValidator: boolean };

const validatorFunctions = new Set(['chief_of_staff', 'secretary_general']);

export async function loadMeasurementRoles(db: Queryable, access: Access): Promise<MeasurementRoles> {
  const [held, settings] = await Promise.all([
    access.personId ? listPostsHeldToday(db, access.personId) : Promise.resolve([]),
    loadResultsSettings(db, access.administrationId),
  ]);
  const isMonitoringFocalPoint =
    settings.monitoringStructureId !== null &&
    held.some((p) => p.structureId === settings.monitoringStructureId && p.function === 'focal_point');
  const isValidator =
    access.permissions.has('measurements.validate') && (isMonitoringFocalPoint || access.functions.some((f) => validatorFunctions.has(f)));
  return { held, settings, isValidator };
}

export function isFocalPointOf(roles: MeasurementRoles, structureId: string): boolean {
  return roles.held.some((p) => p.structureId === structureId && p.function === 'focal_point');
}

export function isHeadOf(roles: MeasurementRoles, structureId: string): boolean {
  return roles.held.some((p) => p.structureId === structureId && p.isHeadOfStructure);
}

export function headedStructureIds(roles: MeasurementRoles): string[] {
  return roles.held.filter((p) => p.isHeadOfStructure).map((p) => p.structureId);
}

export function assertFocalPointOf(roles: MeasurementRoles, structureId: string) {
  if (!isFocalPointOf(roles, structureId)) throw new AppError('forbidden', { messageKey: 'measurement.not_focal_point' });
}

export function assertHeadOf(roles: MeasurementRoles, structureId: string) {
  if (!isHeadOf(roles, structureId)) throw new AppError('forbidden', { messageKey: 'measurement.not_head' });
}

export function assertValidator(roles: MeasurementRoles) {
  if (!roles.isValidator) throw new AppError('forbidden', { messageKey: 'measurement.not_monitoring' });
}

export function assertNotOwnEntry(access: Access, m: MeasurementRow, options: { alsoReviewer?: boolean } = {}) {
  const userId = access.actor.userId;
  if (m.enteredById === userId || m.submittedById === userId || (options.alsoReviewer && m.reviewedById === userId))
    throw new AppError('separation_of_duties', { field: 'enteredBy' });
}
