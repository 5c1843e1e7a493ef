// Registration (enregistrement) of a dossier by the private office or a secretariat: numbered, timestamped,
// waiting for its assignment (imputation).
import type { Database } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { todayIso } from '../../platform/dates.js';
import { assertReference } from '../organisation/references.service.js';
import type { TDossierBody } from './dossiers.contract.js';
import * as repo from './dossiers.repository.js';
import { getDossier } from './dossier-detail.service.js';
import { allocateReference } from './dossier-settings.service.js';
import { loadViewer } from './dossier-viewer.service.js';
import { applyRegistration } from './workflow-steps.js';

const duplicateReference = (reference: string) =>
  new AppError('duplicate', { messageKey: 'duplicate.dossier_reference', params: { reference }, field: 'reference' });

// The PostgreSQL unique violation of the reference, whichever way Drizzle wrapped it.
function isReferenceTaken(err: unknown): boolean {
  for (let current = err as { code?: string; constraint?: string; cause?: unknown } | undefined, depth = 0; current && depth < 4; depth++) {
    if (current.code === '23505' && current.constraint === 'dossiers_reference_key') return true;
    current = current.cause as typeof current;
  }
  return false;
}

export async function registerDossier(db: Database, access: Access, body: TDossierBody) {
  assertCan(access, 'dossiers.register');
  const viewer = await loadViewer(db, access);
  const today = todayIso();
  if (body.receivedOn > today) throw new AppError('validation_failed', { messageKey: 'field.date_in_future', field: 'receivedOn' });
  for (const personId of body.namedPersonIds) await assertReference(db, access, 'person', personId, 'namedPersonIds');
  if (body.reference && (await repo.selectDossierByReference(db, access.administrationId, body.reference))) {
    throw duplicateReference(body.reference);
  }

  let id: string;
  try {
    id = await db.transaction(async (tx) => {
      const allocated = body.reference
        ? { reference: body.reference, year: Number(today.slice(0, 4)), sequence: null }
        : await allocateReference(tx, access.administrationId, today);
      const namedIds = [...new Set([...(access.personId ? [access.personId] : []), ...body.namedPersonIds])];
      const row = await applyRegistration(
        tx,
        { userId: access.actor.userId, personId: access.personId, name: access.actor.fullName, post: viewer.mainPost },
        {
          administrationId: access.administrationId,
          ...allocated,
          receivedOn: body.receivedOn,
          channel: body.channel,
          senderType: body.senderType,
          senderName: body.senderName,
          senderReference: body.senderReference ?? null,
          subject: body.subject,
          kind: body.kind,
          deadline: body.deadline ?? null,
          confidentiality: body.confidentiality,
          registeredByStructureId: viewer.mainStructureId,
          namedPersonIds: namedIds,
        },
      );
      await recordAudit(tx, access, {
        action: 'dossier.register',
        entityType: 'dossier',
        entityId: row.id,
        after: { ...body, reference: allocated.reference, namedPersonIds: namedIds },
      });
      return row.id;
    });
  } catch (err) {
    // two registrations typing the same number at the same moment: the unique index decides
    if (body.reference && isReferenceTaken(err)) throw duplicateReference(body.reference);
    throw err;
  }
  return getDossier(db, access, id);
}
