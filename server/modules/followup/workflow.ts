// The life of a directive, reported point by point. Pure rules, no database.
import { AppError } from '../../platform/http/errors.js';
import type { DirectiveStatus } from './followup.tables.js';

export const openStatuses: DirectiveStatus[] = ['not_started', 'in_progress', 'blocked'];
export const reportableStatuses = ['not_started', 'in_progress', 'blocked', 'done'] as const;
export type ReportableStatus = (typeof reportableStatuses)[number];

// An item this far behind the share of its time already spent is "behind" (en retard sur le calendrier).
export const BEHIND_TOLERANCE_POINTS = 15;

// What an assignee's report may do from each state (cancelling is the issuer's act, not a report).
const allowedReports: Record<DirectiveStatus, ReportableStatus[]> = {
  not_started: ['not_started', 'in_progress', 'blocked', 'done'],
  in_progress: ['in_progress', 'blocked', 'done'],
  blocked: ['in_progress', 'blocked', 'done'],
  // reported done but not yet confirmed: the assignee may take it back
  done: ['in_progress'],
  cancelled: [],
};

type Current = { status: DirectiveStatus; isConfirmed: boolean };

export function assertReportAllowed(current: Current, next: { status: ReportableStatus; progress: number }): void {
  if (current.status === 'cancelled') throw new AppError('invalid_transition', { field: 'status', messageKey: 'followup.cancelled' });
  if (current.status === 'done' && current.isConfirmed) {
    throw new AppError('invalid_transition', { field: 'status', messageKey: 'followup.confirmed' });
  }
  if (!allowedReports[current.status].includes(next.status)) {
    throw new AppError('invalid_transition', {
      field: 'status',
      messageKey: 'followup.jump',
      params: { from: current.status, to: next.status },
    });
  }
  if (next.status === 'done' && next.progress !== 100) {
    throw new AppError('validation_failed', {
      field: 'progress',
      messageKey: 'followup.progress_for_status',
      params: { status: 'done', expected: '100 %' },
    });
  }
  if (next.status === 'not_started' && next.progress !== 0) {
    throw new AppError('validation_failed', {
      field: 'progress',
      messageKey: 'followup.progress_for_status',
      params: { status: 'not_started', expected: '0 %' },
    });
  }
}

export function assertConfirmable(current: Current): void {
  if (current.status !== 'done' || current.isConfirmed)
    throw new AppError('invalid_transition', { field: 'status', messageKey: 'followup.not_done' });
}

export function assertReopenable(current: Current): void {
  if (current.status !== 'done' && current.status !== 'cancelled') {
    throw new AppError('invalid_transition', { field: 'status', messageKey: 'followup.not_reopenable' });
  }
}

export function assertCancellable(current: Current): void {
  if (current.status === 'cancelled') throw new AppError('invalid_transition', { field: 'status', messageKey: 'followup.cancelled' });
  if (current.status === 'done' && current.isConfirmed) {
    throw new AppError('invalid_transition', { field: 'status', messageKey: 'followup.not_cancellable' });
  }
}

export function assertEditable(current: Current): void {
  if (current.status === 'cancelled' || (current.status === 'done' && current.isConfirmed)) {
    throw new AppError('invalid_transition', { field: 'status', messageKey: 'followup.not_editable' });
  }
}

const DAY = 86_400_000;
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

export type DerivedState = {
  isOverdue: boolean;
  daysOverdue: number;
  isBehind: boolean;
  // the share of the time between issue and due date already spent, in percent
  expectedProgress: number;
  isAwaitingConfirmation: boolean;
  // for a finished item: days after the due date it was reported done (0 when on time)
  delayDays: number | null;
};

// Derived from the dates and the progress, never stored. The SQL filters in directives.repository.ts
// (state=overdue|behind) use the same formulas.
export function deriveState(
  item: { status: DirectiveStatus; issuedOn: string; dueDate: string; progress: number; completedOn: string | null; isConfirmed: boolean },
  today: string,
): DerivedState {
  const isOpen = openStatuses.includes(item.status);
  const isOverdue = isOpen && item.dueDate < today;
  const span = Math.max(daysBetween(item.issuedOn, item.dueDate), 1);
  const expectedProgress = Math.max(0, Math.min(100, Math.round((daysBetween(item.issuedOn, today) / span) * 100)));
  const isBehind = isOpen && !isOverdue && item.progress < (daysBetween(item.issuedOn, today) / span) * 100 - BEHIND_TOLERANCE_POINTS;
  return {
    isOverdue,
    daysOverdue: isOverdue ? daysBetween(item.dueDate, today) : 0,
    isBehind,
    expectedProgress,
    isAwaitingConfirmation: item.status === 'done' && !item.isConfirmed,
    delayDays: item.status === 'done' && item.completedOn ? Math.max(0, daysBetween(item.dueDate, item.completedOn)) : null,
  };
}
