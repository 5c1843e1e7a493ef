import { describe, expect, it } from 'vitest';
import { toInstant } from './agenda-dates';
import { initialValues, toEventBody } from './event-form-values';

describe('event form values', () => {
  it('start a new event on the chosen day and hour, for an hour, seen by the cabinet', () => {
    const values = initialValues(undefined, '2026-12-03', '09:30');
    expect(values).toMatchObject({ day: '2026-12-03', startTime: '09:30', endTime: '10:30', visibility: 'cabinet', isAllDay: false });
  });

  it('send a timed event as instants and blank texts as null', () => {
    const values = { ...initialValues(undefined, '2026-12-03', '09:30'), title: 'Audience', place: '  ', description: '' };
    const body = toEventBody(values);
    expect(body).toMatchObject({ title: 'Audience', place: null, description: null, isAllDay: false });
    expect(body.startsAt).toBe(toInstant('2026-12-03', '09:30'));
    expect(body.endsAt).toBe(toInstant('2026-12-03', '10:30'));
    expect(body).not.toHaveProperty('startDate', expect.anything());
  });

  it('send an all-day event as days, without times', () => {
    const values = { ...initialValues(undefined, '2026-12-03', null), isAllDay: true, endDate: '2026-12-05' };
    const body = toEventBody(values);
    expect(body).toMatchObject({ isAllDay: true, startDate: '2026-12-03', endDate: '2026-12-05' });
    expect(body.startsAt).toBeUndefined();
  });
});
