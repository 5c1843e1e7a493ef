// Directives issued by other modules' acts (a dossier decision, the decisions of an audience or a meeting
// of the agenda) inside the transaction of that act, and the links those modules show back to them.
import type { Queryable, Tx } from '../../platform/db/client.js';
import { DEFAULT_TIME_ZONE, todayIso } from '../../platform/dates.js';
import { can, type Access } from '../../platform/http/access.js';
import type { Clock } from '../../platform/jobs/clock.js';
import { toFacts } from './directives.presenter.js';
import * as repo from './directives.repository.js';
import { prepareDirectives, writeDirectives, type NewDirective } from './directives.service.js';
import { loadViewer } from './org-refs.js';
import { canSee } from './visibility.js';

export type { NewDirective };

// Same checks and audit as a directive created in Suivi; an error rolls back the caller's whole act.
export async function issueDirectivesInTx(tx: Tx, clock: Clock, access: Access, items: NewDirective[]) {
  if (items.length === 0) return [];
  const now = clock.now();
  const prepared = await prepareDirectives(tx, access, todayIso(DEFAULT_TIME_ZONE, now), items);
  return writeDirectives(tx, access, prepared, now);
}

export type DirectiveLink = { id: string; reference: string; status: repo.DirectiveRow['status'] };

// The directives among these ids that the caller may see (the others are not mentioned).
export async function findVisibleDirectiveLinks(
  db: Queryable,
  clock: Clock,
  access: Access,
  ids: (string | null)[],
): Promise<Map<string, DirectiveLink>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0 || !can(access, 'followup.read')) return new Map();
  const rows = await repo.selectDirectivesByIds(db, access.administrationId, wanted);
  const [viewer, co] = await Promise.all([
    loadViewer(db, access, todayIso(DEFAULT_TIME_ZONE, clock.now())),
    repo.selectCoAssignees(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return new Map(
    rows.filter((r) => canSee(viewer, toFacts(r, co))).map((r) => [r.id, { id: r.id, reference: r.reference, status: r.status }]),
  );
}
