import { describe, expect, it } from 'vitest';
import { isSubmittedOnTime, periodEnd, reportingDeadline, summariseReporting } from './reporting.js';

describe('deadlines', () => {
  it('ends quarters and years on their last day and adds the deadline days', () => {
    expect(periodEnd(2024, 1)).toBe('2024-03-31');
    expect(periodEnd(2024, 0)).toBe('2024-12-31');
    expect(reportingDeadline(2024, 2, 15)).toBe('2024-07-15');
    expect(reportingDeadline(2024, 4, 15)).toBe('2025-01-15');
    expect(reportingDeadline(2024, 1, 0)).toBe('2024-03-31');
  });

  it('judges the day in the administration’s time zone (UTC+1)', () => {
    // 23:30 UTC on 15 July is already 16 July in Porto-Novo
    expect(isSubmittedOnTime(new Date('2024-07-15T22:30:00Z'), '2024-07-15')).toBe(true);
    expect(isSubmittedOnTime(new Date('2024-07-15T23:30:00Z'), '2024-07-15')).toBe(false);
    expect(isSubmittedOnTime(null, '2024-07-15')).toBe(false);
  });
});

describe('summariseReporting', () => {
  const onTime = new Date('2024-07-10T09:00:00Z');
  const late = new Date('2024-08-02T09:00:00Z');

  it('counts due, received and on-time values per structure', () => {
    const summary = summariseReporting(
      [
        { structureId: 'dpp', periodicity: 'quarterly', status: 'validated', firstSubmittedAt: onTime },
        { structureId: 'dpp', periodicity: 'quarterly', status: 'submitted', firstSubmittedAt: late },
        // rejected and not yet resubmitted: not received, but it was first sent on time
        { structureId: 'dpp', periodicity: 'quarterly', status: 'rejected', firstSubmittedAt: onTime },
        { structureId: 'dpp', periodicity: 'quarterly', status: null, firstSubmittedAt: null },
        // an annual indicator is not due in the second quarter
        { structureId: 'dpp', periodicity: 'annual', status: null, firstSubmittedAt: null },
        { structureId: 'dtt', periodicity: 'quarterly', status: 'draft', firstSubmittedAt: null },
      ],
      { year: 2024, quarter: 2, deadlineDays: 15 },
    );
    expect(summary.get('dpp')).toEqual({ due: 4, received: 2, onTime: 2, completeness: 50, timeliness: 50 });
    expect(summary.get('dtt')).toEqual({ due: 1, received: 0, onTime: 0, completeness: 0, timeliness: 0 });
  });

  it('expects annual values in the fourth quarter, against the year’s deadline', () => {
    const summary = summariseReporting(
      [{ structureId: 'daf', periodicity: 'annual', status: 'validated', firstSubmittedAt: new Date('2025-01-10T10:00:00Z') }],
      { year: 2024, quarter: 4, deadlineDays: 15 },
    );
    expect(summary.get('daf')).toEqual({ due: 1, received: 1, onTime: 1, completeness: 100, timeliness: 100 });
  });
});
