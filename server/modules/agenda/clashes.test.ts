import { describe, expect, it } from 'vitest';
import { findClashes, type ClashCandidate } from './clashes.js';

const at = (day: number, hour: number) => new Date(Date.UTC(2026, 10, day, hour));
const event = (id: string, start: Date, end: Date, extra: Partial<ClashCandidate> = {}): ClashCandidate => ({
  id,
  title: id,
  kind: 'audience',
  startsAt: start,
  endsAt: end,
  hasRepresentative: false,
  ...extra,
});

describe('findClashes', () => {
  it('flags two events that overlap, both ways', () => {
    const a = event('a', at(23, 9), at(23, 11));
    const b = event('b', at(23, 10), at(23, 12));
    const clashes = findClashes([a, b], [a, b]);
    expect(clashes.get('a')).toEqual([expect.objectContaining({ eventId: 'b', reason: 'overlap' })]);
    expect(clashes.get('b')).toEqual([expect.objectContaining({ eventId: 'a', reason: 'overlap' })]);
  });

  it('does not flag events that only touch', () => {
    const a = event('a', at(23, 9), at(23, 10));
    const b = event('b', at(23, 10), at(23, 11));
    expect(findClashes([a, b], [a, b]).get('a')).toEqual([]);
  });

  it('flags an event during a mission, with the mission as the reason', () => {
    const mission = event('m', at(16, 0), at(29, 0), { kind: 'mission' });
    const audience = event('x', at(24, 10), at(24, 11));
    const clashes = findClashes([mission, audience], [mission, audience]);
    expect(clashes.get('x')).toEqual([expect.objectContaining({ eventId: 'm', reason: 'mission', kind: 'mission' })]);
    expect(clashes.get('m')).toEqual([expect.objectContaining({ eventId: 'x', reason: 'mission' })]);
  });

  it('does not flag an event where someone represents the head', () => {
    const mission = event('m', at(16, 0), at(29, 0), { kind: 'mission' });
    const ceremony = event('c', at(24, 10), at(24, 12), { kind: 'ceremony', hasRepresentative: true });
    expect(findClashes([ceremony], [mission, ceremony]).get('c')).toEqual([]);
    expect(findClashes([mission], [mission, ceremony]).get('m')).toEqual([]);
  });

  it('finds partners outside the list of events asked about', () => {
    const a = event('a', at(23, 9), at(25, 9), { kind: 'mission' });
    const later = event('later', at(24, 10), at(24, 11));
    expect(findClashes([a], [later, a]).get('a')).toHaveLength(1);
  });
});
