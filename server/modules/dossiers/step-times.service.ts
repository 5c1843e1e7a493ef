// Follow-up figures of the dossiers for a period, within what the caller may see: the work in progress
// (getStats) and the mean time a dossier spends at each step of its circuit (computeSteps, the same
// stretches the dossier's timeline shows).
import type { Database } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { selectEventsOfDossiers, type DossierEventRow } from './dossier-events.repository.js';
import { toStepEvents } from './dossier-detail.service.js';
import { computeSteps } from './dossier-progress.js';
import { getStats } from './dossier-query.service.js';
import { loadViewer } from './dossier-viewer.service.js';
import { selectVisibleIdsReceived } from './step-times.repository.js';

// enough for a year of a ministry's mail; beyond it the mean is taken over the first ones received
const MAX_DOSSIERS = 5_000;
const DAY_MS = 86_400_000;
const stepStatuses = ['registered', 'in_review', 'awaiting_decision'] as const;
type StepStatus = (typeof stepStatuses)[number];

// Mean days per step over the finished stretches only (a stretch still running has no duration yet).
export function averageStepDays(eventsByDossier: DossierEventRow[][], now: Date) {
  const sums = Object.fromEntries(stepStatuses.map((s) => [s, { total: 0, n: 0 }])) as Record<StepStatus, { total: number; n: number }>;
  for (const events of eventsByDossier) {
    for (const step of computeSteps(toStepEvents(events), now)) {
      if (step.to === null || !(stepStatuses as readonly string[]).includes(step.status)) continue;
      const sum = sums[step.status as StepStatus];
      sum.total += step.durationMs;
      sum.n += 1;
    }
  }
  return stepStatuses.map((status) => ({
    status,
    count: sums[status].n,
    averageDays: sums[status].n === 0 ? null : Math.round((sums[status].total / sums[status].n / DAY_MS) * 10) / 10,
  }));
}

export async function computeDossierFigures(db: Database, access: Access, range: { from: string; to: string }) {
  assertCan(access, 'dossiers.read');
  const [viewer, stats] = await Promise.all([loadViewer(db, access), getStats(db, access)]);
  const ids = await selectVisibleIdsReceived(db, viewer, range.from, range.to, MAX_DOSSIERS);
  const byDossier = new Map<string, DossierEventRow[]>();
  for (const e of await selectEventsOfDossiers(db, ids)) {
    const list = byDossier.get(e.dossierId) ?? [];
    list.push(e);
    byDossier.set(e.dossierId, list);
  }
  return {
    open: stats.open,
    awaitingDecision: stats.byStatus.awaiting_decision,
    late: stats.late,
    receivedInPeriod: ids.length,
    steps: averageStepDays([...byDossier.values()], new Date()),
  };
}
