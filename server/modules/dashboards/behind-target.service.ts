// What an operational dialogue de gestion opens with: the indicators of its programme that are behind or
// critical at the latest quarter with validated values, from the dashboards' one computation.
import type { Database } from '../../platform/db/client.js';
import { can, type Access } from '../../platform/http/access.js';
import { loadResults, presentIndicatorLine, resolvePeriod } from './dashboard-data.js';
import { rankForAttention } from './results-computation.js';

// null when the caller may not read results
export async function listProgrammeIndicatorsBehind(db: Database, access: Access, programmeId: string) {
  if (!can(access, 'results.read')) return null;
  const period = await resolvePeriod(db, access.administrationId, {});
  const ctx = await loadResults(db, access.administrationId, period, { programmeId });
  const byId = new Map(ctx.indicators.map((i) => [i.id, i]));
  const lines = rankForAttention(ctx.outcomes, ctx.outcomes.length).map((o) => presentIndicatorLine(ctx, byId.get(o.indicatorId)!, o));
  return {
    period,
    items: lines.map((l) => ({
      id: l.id,
      code: l.code,
      title: l.title,
      unit: l.unit,
      isPercentage: l.isPercentage,
      responsibleStructureName: l.responsibleStructureName,
      value: l.current.value,
      target: l.current.target,
      rate: l.current.rate,
      status: l.current.status as 'behind' | 'critical',
    })),
  };
}
