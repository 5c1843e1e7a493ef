import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/http/errors.js';
import { assertCancellable, assertConfirmable, assertReopenable, assertReportAllowed, deriveState } from './workflow.js';

const codeOf = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof AppError ? `${err.code}:${err.field}:${err.messageKey}` : 'other';
  }
};

describe('progress reports', () => {
  it('lets an assignee move forward, block, and finish', () => {
    expect(
      codeOf(() => assertReportAllowed({ status: 'not_started', isConfirmed: false }, { status: 'in_progress', progress: 30 })),
    ).toBeNull();
    expect(
      codeOf(() => assertReportAllowed({ status: 'in_progress', isConfirmed: false }, { status: 'blocked', progress: 30 })),
    ).toBeNull();
    expect(codeOf(() => assertReportAllowed({ status: 'blocked', isConfirmed: false }, { status: 'done', progress: 100 }))).toBeNull();
    expect(codeOf(() => assertReportAllowed({ status: 'done', isConfirmed: false }, { status: 'in_progress', progress: 80 }))).toBeNull();
  });

  it('refuses forbidden jumps, naming the status field', () => {
    expect(codeOf(() => assertReportAllowed({ status: 'in_progress', isConfirmed: false }, { status: 'not_started', progress: 0 }))).toBe(
      'invalid_transition:status:followup.jump',
    );
    expect(codeOf(() => assertReportAllowed({ status: 'done', isConfirmed: false }, { status: 'blocked', progress: 50 }))).toBe(
      'invalid_transition:status:followup.jump',
    );
  });

  it('refuses any report on a cancelled or confirmed item', () => {
    expect(codeOf(() => assertReportAllowed({ status: 'cancelled', isConfirmed: false }, { status: 'in_progress', progress: 10 }))).toBe(
      'invalid_transition:status:followup.cancelled',
    );
    expect(codeOf(() => assertReportAllowed({ status: 'done', isConfirmed: true }, { status: 'in_progress', progress: 10 }))).toBe(
      'invalid_transition:status:followup.confirmed',
    );
  });

  it('requires 100 % to finish and 0 % while not started', () => {
    expect(codeOf(() => assertReportAllowed({ status: 'in_progress', isConfirmed: false }, { status: 'done', progress: 90 }))).toBe(
      'validation_failed:progress:followup.progress_for_status',
    );
    expect(codeOf(() => assertReportAllowed({ status: 'not_started', isConfirmed: false }, { status: 'not_started', progress: 5 }))).toBe(
      'validation_failed:progress:followup.progress_for_status',
    );
  });

  it('confirms only a done item, reopens done or cancelled ones, never cancels a confirmed one', () => {
    expect(codeOf(() => assertConfirmable({ status: 'in_progress', isConfirmed: false }))).toBe(
      'invalid_transition:status:followup.not_done',
    );
    expect(codeOf(() => assertConfirmable({ status: 'done', isConfirmed: false }))).toBeNull();
    expect(codeOf(() => assertReopenable({ status: 'blocked', isConfirmed: false }))).toBe(
      'invalid_transition:status:followup.not_reopenable',
    );
    expect(codeOf(() => assertReopenable({ status: 'done', isConfirmed: true }))).toBeNull();
    expect(codeOf(() => assertCancellable({ status: 'done', isConfirmed: true }))).toBe(
      'invalid_transition:status:followup.not_cancellable',
    );
  });
});

describe('derived state', () => {
  const base = { status: 'in_progress' as const, issuedOn: '2026-11-01', dueDate: '2026-11-11', completedOn: null, isConfirmed: false };

  it('is overdue only when open and past its due date', () => {
    expect(deriveState({ ...base, progress: 50 }, '2026-11-11').isOverdue).toBe(false);
    const late = deriveState({ ...base, progress: 50 }, '2026-11-14');
    expect(late).toMatchObject({ isOverdue: true, daysOverdue: 3, isBehind: false });
    expect(deriveState({ ...base, status: 'done', progress: 100 }, '2026-11-14').isOverdue).toBe(false);
    expect(deriveState({ ...base, status: 'cancelled', progress: 0 }, '2026-11-14').isOverdue).toBe(false);
  });

  it('is behind when progress lags the time spent by more than the tolerance', () => {
    // 6 days of 10 spent: 60 % expected
    expect(deriveState({ ...base, progress: 40 }, '2026-11-07')).toMatchObject({ isBehind: true, expectedProgress: 60 });
    expect(deriveState({ ...base, progress: 50 }, '2026-11-07').isBehind).toBe(false);
  });

  it('gives the delay of a finished item and whether it awaits confirmation', () => {
    const done = deriveState({ ...base, status: 'done', progress: 100, completedOn: '2026-11-15' }, '2026-11-20');
    expect(done).toMatchObject({ delayDays: 4, isAwaitingConfirmation: true });
    const early = deriveState({ ...base, status: 'done', progress: 100, completedOn: '2026-11-05', isConfirmed: true }, '2026-11-20');
    expect(early).toMatchObject({ delayDays: 0, isAwaitingConfirmation: false });
  });
});
