// The follow-up figures of the other modules on the head's and the DC's dashboard: directives, dossiers,
// missing briefings. Unlike the results (the same for every reader, cached), these depend on what the
// reader may see, so each comes from its own module's service with the reader's access: a sensitive or
// reserved item a person may not see is not in their counts either.
import type { Database } from '../../platform/db/client.js';
import { assertCan, can, type Access } from '../../platform/http/access.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { countMissingBriefings } from '../agenda/briefings.service.js';
import { resolveViewer } from '../agenda/viewer.js';
import { computeDossierFigures } from '../dossiers/step-times.service.js';
import { computeIndicators } from '../followup/indicators.service.js';
import type { TPeriodQuery } from './dashboards.contract.js';
import { resolvePeriod } from './dashboard-data.js';

// Year to date: from 1 January to the last day of the quarter, like the results.
export function periodRange(period: { year: number; quarter: number }) {
  const lastMonth = period.quarter * 3;
  const lastDay = new Date(Date.UTC(period.year, lastMonth, 0)).getUTCDate();
  return { from: `${period.year}-01-01`, to: `${period.year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}` };
}

export function currentQuarter(now: Date) {
  return { year: now.getUTCFullYear(), quarter: Math.floor(now.getUTCMonth() / 3) + 1 };
}

async function computeDirectiveFigures(
  deps: Pick<AppDeps, 'db' | 'clock' | 'files' | 'config'>,
  access: Access,
  range: { from: string; to: string },
) {
  const { asOf, totals } = await computeIndicators(deps, access, {
    groupBy: 'period',
    period: 'year',
    includeSubStructures: false,
    dueFrom: range.from,
    dueTo: range.to,
  });
  return { asOf, ...totals };
}

export async function getFollowUpFigures(deps: Pick<AppDeps, 'db' | 'clock' | 'files' | 'config'>, access: Access, query: TPeriodQuery) {
  assertCan(access, 'results.read');
  const db: Database = deps.db;
  // the follow-up lives in the present: without a period asked, the current year up to this quarter
  // (the results' default, the latest quarter with validated values, may be a year behind)
  const period = query.year === undefined ? currentQuarter(deps.clock.now()) : await resolvePeriod(db, access.administrationId, query);
  const range = periodRange(period);
  const [directives, dossiers, missingBriefings] = await Promise.all([
    can(access, 'followup.read') ? computeDirectiveFigures(deps, access, range) : null,
    can(access, 'dossiers.read') ? computeDossierFigures(db, access, range) : null,
    // those who run the agenda (the head, the DC, the private office) are the ones who chase briefings
    can(access, 'agenda.manage') ? resolveViewer(db, access).then((viewer) => countMissingBriefings(db, viewer)) : null,
  ]);
  return { period, range, directives, dossiers, briefings: missingBriefings === null ? null : { missing: missingBriefings } };
}
