// Dashboard indicators of the follow-up, per structure or per period, within what the caller may see.
// An aggregate over every directive of the administration is too slow to recompute on each dashboard
// load (200,000 rows: ~100 ms), so results are kept in memory under the administration's data version,
// the day and the caller's confidentiality profile: any write raises the version, so a cached answer
// is always the one a fresh computation would give. Each instance keeps its own cache.
import { createHash } from 'node:crypto';
import { assertCan, type Access } from '../../platform/http/access.js';
import type { z } from 'zod';
import type { ZIndicatorsQuery } from './directives.contract.js';
import * as repo from './directives.repository.js';
import { todayOf, toQuery, type Deps } from './directives.service.js';
import { loadOrgNames, loadViewerWithStructures } from './org-refs.js';
import type { ViewerProfile } from './visibility.js';

const CACHE_SIZE = 500;
const cache = new Map<string, (repo.IndicatorRow & { is_total: number })[]>();

function values(r: repo.IndicatorRow) {
  const countable = r.total - r.cancelled;
  return {
    total: r.total,
    open: r.open,
    done: r.done,
    cancelled: r.cancelled,
    overdue: r.overdue,
    awaitingConfirmation: r.awaiting,
    completionRate: countable > 0 ? Math.round((r.done / countable) * 1000) / 1000 : null,
    averageDelayDays: r.avg_delay === null ? null : Math.round(r.avg_delay * 10) / 10,
    oldestOverdueDays: r.oldest_overdue,
  };
}

const empty = { total: 0, open: 0, done: 0, cancelled: 0, overdue: 0, awaiting: 0, avg_delay: null, oldest_overdue: null, key: null };

// Two viewers with the same profile see the same rows; so do two requests with the same filters.
function cacheKey(administrationId: string, version: number, today: string, viewer: ViewerProfile, query: object): string {
  const profile = viewer.seesAllReserved && viewer.seesAllSensitive ? 'all' : JSON.stringify({ ...viewer, memberStructureIds: undefined });
  return createHash('sha256')
    .update(JSON.stringify([administrationId, version, today, profile, query]))
    .digest('base64url');
}

export async function computeIndicators(deps: Deps, access: Access, query: z.infer<typeof ZIndicatorsQuery>) {
  assertCan(access, 'followup.read');
  const today = todayOf(deps);
  const [{ viewer, structures }, version] = await Promise.all([
    loadViewerWithStructures(deps.db, access, today),
    repo.selectVersion(deps.db, access.administrationId),
  ]);
  const q = await toQuery(deps, access, viewer, today, query);
  // the resolved filters (sub-structures included), not the raw query: the organisation may change
  const key = cacheKey(access.administrationId, version, today, viewer, {
    ...q,
    viewer: undefined,
    groupBy: query.groupBy,
    period: query.period,
  });
  let rows = cache.get(key);
  if (!rows) {
    rows = await repo.selectIndicators(deps.db, q, query.groupBy, query.period);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, rows);
  }
  const total = rows.find((r) => Number(r.is_total) === 1) ?? empty;
  const groups = rows.filter((r) => Number(r.is_total) === 0);
  // names are looked up each time (with the profile): a renamed structure shows at once
  const names =
    query.groupBy !== 'structure'
      ? undefined
      : structures
        ? { structures }
        : await loadOrgNames(deps.db, access.administrationId, { structureIds: groups.map((g) => g.key!), postIds: [] });
  return {
    asOf: today,
    groupBy: query.groupBy,
    totals: values(total),
    groups: groups.map((g) => ({
      key: g.key!,
      label: names ? (names.structures.get(g.key!)?.name ?? g.key!) : g.key!.replace('-Q', ' T'),
      ...values(g),
    })),
  };
}
