// Clashes are computed when the agenda is read, never stored: two events where the head is expected at
// the same time, or an event falling during the head's mission or travel. An event where someone
// represents the head does not need the head, so it clashes with nothing.
import type { EventKind } from './agenda.tables.js';

export type ClashCandidate = {
  id: string;
  title: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date; // exclusive
  hasRepresentative: boolean;
};

export type Clash = { eventId: string; title: string; kind: EventKind; startsAt: string; endsAt: string; reason: 'overlap' | 'mission' };

const overlaps = (a: ClashCandidate, b: ClashCandidate) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

function clashOf(event: ClashCandidate, other: ClashCandidate): Clash | null {
  if (other.id === event.id || event.hasRepresentative || other.hasRepresentative || !overlaps(event, other)) return null;
  const isMission = (event.kind === 'mission') !== (other.kind === 'mission');
  return {
    eventId: other.id,
    title: other.title,
    kind: other.kind,
    startsAt: other.startsAt.toISOString(),
    endsAt: other.endsAt.toISOString(),
    reason: isMission ? 'mission' : 'overlap',
  };
}

// For each event of `events`, the events of `others` (a superset is fine) it clashes with.
// Sorted by start, so each event only looks at the others that start before it ends.
export function findClashes(events: readonly ClashCandidate[], others: readonly ClashCandidate[]): Map<string, Clash[]> {
  const sorted = [...others].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const result = new Map<string, Clash[]>();
  for (const event of events) {
    const clashes: Clash[] = [];
    for (const other of sorted) {
      if (other.startsAt >= event.endsAt) break;
      const clash = clashOf(event, other);
      if (clash) clashes.push(clash);
    }
    result.set(event.id, clashes);
  }
  return result;
}
