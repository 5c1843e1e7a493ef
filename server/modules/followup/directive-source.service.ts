// Where a directive comes from, as a link its page can show: the dossier whose decision asked for it, or
// the agenda event (audience, meeting) where it was decided. Shown only when the caller may see that item.
import type { Queryable } from '../../platform/db/client.js';
import type { Access } from '../../platform/http/access.js';
import { findEventLabel } from '../agenda/events.service.js';
import { findDossierLabel } from '../dossiers/dossier-detail.service.js';
import type { DirectiveRow } from './directives.repository.js';

export type DirectiveOrigin =
  | { type: 'dossier'; id: string; reference: string; subject: string }
  | { type: 'event'; id: string; title: string; kind: string; startsAt: string };

export async function findDirectiveOrigin(
  db: Queryable,
  access: Access,
  row: Pick<DirectiveRow, 'sourceType' | 'sourceId'>,
): Promise<DirectiveOrigin | null> {
  if (!row.sourceId) return null;
  if (row.sourceType === 'dossier_decision') {
    const dossier = await findDossierLabel(db, access, row.sourceId);
    return dossier ? { type: 'dossier', ...dossier } : null;
  }
  // decisions of an agenda event: 'audience', or 'direct_instruction' for a meeting of the agenda
  // (see event-decisions.service.ts)
  if (row.sourceType === 'audience' || row.sourceType === 'direct_instruction') {
    const event = await findEventLabel(db, access, row.sourceId);
    return event ? { type: 'event', ...event } : null;
  }
  return null;
}
