import { describe, expect, it } from 'vitest';
import { defaultLadder, findStepOutOfOrder, listReachedSlots } from './escalation.js';

const kinds = (today: string) => listReachedSlots(defaultLadder, '2026-12-10', today).map((s) => `${s.kind}:${s.step}:${s.recipient}`);

describe('escalation ladder', () => {
  it('reminds the assignee three days before and on the due date', () => {
    expect(kinds('2026-12-06')).toEqual([]);
    expect(kinds('2026-12-07')).toEqual(['before_due:0:assignee']);
    expect(kinds('2026-12-10')).toEqual(['on_due:0:assignee']);
  });

  it('climbs the ladder after the due date: assignee, head of structure, SG, DC', () => {
    expect(kinds('2026-12-11')).toEqual(['overdue:1:assignee']);
    expect(kinds('2026-12-13')).toEqual(['overdue:1:assignee', 'overdue:2:head_of_structure']);
    expect(kinds('2026-12-24')).toEqual([
      'overdue:1:assignee',
      'overdue:2:head_of_structure',
      'overdue:3:secretary_general',
      'overdue:4:chief_of_staff',
    ]);
  });

  it('gives each reminder the day it became due', () => {
    expect(listReachedSlots(defaultLadder, '2026-12-10', '2026-12-30').map((s) => s.plannedOn)).toEqual([
      '2026-12-11',
      '2026-12-13',
      '2026-12-17',
      '2026-12-24',
    ]);
  });

  it('finds steps out of order', () => {
    expect(findStepOutOfOrder(defaultLadder.steps)).toBe(-1);
    expect(
      findStepOutOfOrder([
        { recipient: 'assignee', afterDays: 2 },
        { recipient: 'head', afterDays: 2 },
      ]),
    ).toBe(1);
  });
});
