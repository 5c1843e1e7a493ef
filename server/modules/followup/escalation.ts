// Reminders before the due date, on it, and after it up an escalation ladder (pure rules).
// Default ladder: the assignee, then the head of their structure, then the SG, then the DC.
import type { LadderRecipient } from './followup.tables.js';

export type LadderStep = { recipient: LadderRecipient; afterDays: number };
export type Ladder = { daysBeforeDue: number; remindOnDueDate: boolean; steps: LadderStep[] };

export const defaultLadder: Ladder = {
  daysBeforeDue: 3,
  remindOnDueDate: true,
  steps: [
    { recipient: 'assignee', afterDays: 1 },
    { recipient: 'head_of_structure', afterDays: 3 },
    { recipient: 'secretary_general', afterDays: 7 },
    { recipient: 'chief_of_staff', afterDays: 14 },
  ],
};

export type ReminderSlot = {
  kind: 'before_due' | 'on_due' | 'overdue';
  // 0 before and on the due date; n for the n-th rung of the ladder
  step: number;
  recipient: LadderRecipient;
  // the day this reminder becomes due
  plannedOn: string;
};

const addDays = (isoDate: string, days: number) => new Date(Date.parse(isoDate) + days * 86_400_000).toISOString().slice(0, 10);

// Every reminder reached on `today` for an open item due on `dueDate`. A reminder before or on the due
// date that was missed (the server was stopped) is not sent late; rungs of the ladder are.
export function listReachedSlots(ladder: Ladder, dueDate: string, today: string): ReminderSlot[] {
  const slots: ReminderSlot[] = [];
  if (ladder.daysBeforeDue > 0) {
    const from = addDays(dueDate, -ladder.daysBeforeDue);
    if (today >= from && today < dueDate) slots.push({ kind: 'before_due', step: 0, recipient: 'assignee', plannedOn: from });
  }
  if (ladder.remindOnDueDate && today === dueDate) slots.push({ kind: 'on_due', step: 0, recipient: 'assignee', plannedOn: dueDate });
  ladder.steps.forEach((s, index) => {
    const on = addDays(dueDate, s.afterDays);
    if (s.afterDays > 0 && today >= on) slots.push({ kind: 'overdue', step: index + 1, recipient: s.recipient, plannedOn: on });
  });
  return slots;
}

// The index of the first step whose day count does not follow the previous one, or -1.
export function findStepOutOfOrder(steps: LadderStep[]): number {
  return steps.findIndex((s, i) => i > 0 && s.afterDays <= steps[i - 1]!.afterDays);
}
