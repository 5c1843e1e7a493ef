import { describe, expect, it } from 'vitest';
import type { DossierEventRow } from './dossier-events.repository.js';
import { averageStepDays } from './step-times.service.js';

const DAY = 86_400_000;
const t0 = new Date('2026-03-02T08:00:00Z');
const event = (seq: number, days: number, status: string, step = true) =>
  ({ seq, at: new Date(t0.getTime() + days * DAY), data: { step, status, waitingFor: [] } }) as unknown as DossierEventRow;

describe('averageStepDays', () => {
  it('averages the finished stretches of each step, leaving out the one still running', () => {
    const decided = [event(1, 0, 'registered'), event(2, 1, 'in_review'), event(3, 5, 'awaiting_decision'), event(4, 7, 'decided')];
    // a comment (not a step) does not cut a stretch; the review still running has no duration yet
    const running = [event(1, 0, 'registered'), event(2, 2, 'registered', false), event(3, 3, 'in_review')];
    const result = averageStepDays([decided, running], new Date(t0.getTime() + 30 * DAY));
    expect(result).toEqual([
      { status: 'registered', count: 2, averageDays: 2 },
      { status: 'in_review', count: 1, averageDays: 4 },
      { status: 'awaiting_decision', count: 1, averageDays: 2 },
    ]);
  });

  it('has no mean without a finished step', () => {
    expect(averageStepDays([], new Date()).every((s) => s.count === 0 && s.averageDays === null)).toBe(true);
  });
});
