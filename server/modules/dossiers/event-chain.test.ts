import { describe, expect, it } from 'vitest';
import { canonicalJson, findChainBreak, GENESIS_HASH, hashEvent, type StoredEvent } from './event-chain.js';

function chain(count: number): StoredEvent[] {
  const events: StoredEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const content = {
      dossierId: 'd1',
      seq,
      type: seq === 1 ? 'registered' : 'opinion_given',
      at: `2026-11-0${seq}T08:00:00.000Z`,
      actorUserId: null,
      actorPersonId: 'p1',
      actorName: 'Félicité Agbangla',
      actorPostTitle: 'Secrétaire particulier',
      data: { status: 'registered', nested: { b: 2, a: [1, 'é'] } },
    };
    const hash = hashEvent(content, prevHash);
    events.push({ ...content, id: 100 + seq, prevHash, hash });
    prevHash = hash;
  }
  return events;
}

describe('the chain of a dossier’s events', () => {
  it('does not depend on the order of keys (jsonb reorders them)', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it('holds when nothing was touched', () => {
    expect(findChainBreak(chain(4))).toBeNull();
    expect(findChainBreak([])).toBeNull();
  });

  it('names the altered event', () => {
    const events = chain(4);
    events[2]!.data = { status: 'decided' };
    expect(findChainBreak(events)).toEqual({ eventId: 103, seq: 3, reason: 'content_hash_mismatch' });
  });

  it('names the event after a removed one', () => {
    const events = chain(4);
    events.splice(1, 1);
    expect(findChainBreak(events)).toEqual({ eventId: 103, seq: 2, reason: 'sequence_gap' });
  });

  it('notices the last events cut off, by the dossier’s current status', () => {
    const events = chain(3);
    expect(findChainBreak(events, 'registered')).toBeNull();
    expect(findChainBreak(events.slice(0, 2), 'decided')).toEqual({ eventId: 102, seq: 2, reason: 'status_mismatch' });
  });

  it('notices an event rewritten with a fresh hash, since the next one no longer links to it', () => {
    const events = chain(3);
    const second = events[1]!;
    second.actorName = 'Quelqu’un d’autre';
    const { id: _id, prevHash: _p, hash: _h, ...content } = second;
    second.hash = hashEvent(content, second.prevHash);
    expect(findChainBreak(events)).toEqual({ eventId: 103, seq: 3, reason: 'previous_hash_mismatch' });
  });
});
