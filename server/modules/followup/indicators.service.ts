// Dashboard indicators of the follow-up, per structure or per period, within what the caller may see.
import { assertCan, type Access } from '../../platform/http/access.js';
import type { z } from 'zod';
import type { ZIndicatorsQuery } from './directives.contract.js';
import * as repo from './directives.repository.js';
import { todayOf, toQuery, type Deps } from './directives.service.js';
import { loadOrgNames, loadViewer } from './org-refs.js';

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

export async function computeIndicators(deps: Deps, access: Access, query: z.infer<typeof ZIndicatorsQuery>) {
  assertCan(access, 'followup.read');
  const today = todayOf(deps);
  const viewer = await loadViewer(deps.db, access, today);
  const q = await toQuery(deps, access, viewer, today, query);
  const rows = await repo.selectIndicators(deps.db, q, query.groupBy, query.period);
  const total = rows.find((r) => Number(r.is_total) === 1) ?? empty;
  const groups = rows.filter((r) => Number(r.is_total) === 0);
  const names =
    query.groupBy === 'structure'
      ? await loadOrgNames(deps.db, access.administrationId, { structureIds: groups.map((g) => g.key!), postIds: [] })
      : undefined;
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
