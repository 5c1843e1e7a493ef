// The tamper-evident history of a dossier: each event's hash covers its content and the previous event's
// hash. Recomputing the chain finds the first event that was altered, removed or reordered.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type ChainedContent = {
  dossierId: string;
  seq: number;
  type: string;
  at: string; // ISO 8601 with milliseconds
  actorUserId: string | null;
  actorPersonId: string | null;
  actorName: string;
  actorPostTitle: string | null;
  data: unknown;
};

export type StoredEvent = ChainedContent & { id: number; prevHash: string; hash: string };

export type ChainBreak = {
  eventId: number | null;
  seq: number;
  // status_mismatch: the dossier's status is not the one its last event left (last events removed, or the
  // dossier changed behind the application's back)
  reason: 'sequence_gap' | 'previous_hash_mismatch' | 'content_hash_mismatch' | 'status_mismatch';
};

// JSON with object keys sorted at every level: PostgreSQL's jsonb does not keep key order.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashEvent(content: ChainedContent, prevHash: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

// The first broken link of one dossier's events (sorted by seq), or null when the chain holds. With the
// dossier's current status, removing its last events is caught too (the chain alone cannot see a cut tail).
export function findChainBreak(events: StoredEvent[], currentStatus?: string): ChainBreak | null {
  let prevHash = GENESIS_HASH;
  for (const [index, e] of events.entries()) {
    if (e.seq !== index + 1) return { eventId: e.id, seq: index + 1, reason: 'sequence_gap' };
    if (e.prevHash !== prevHash) return { eventId: e.id, seq: e.seq, reason: 'previous_hash_mismatch' };
    const { id: _id, prevHash: _prev, hash, ...content } = e;
    if (hashEvent(content, e.prevHash) !== hash) return { eventId: e.id, seq: e.seq, reason: 'content_hash_mismatch' };
    prevHash = hash;
  }
  const last = events.at(-1);
  const lastStatus = (last?.data as { status?: unknown } | undefined)?.status;
  if (last && currentStatus !== undefined && lastStatus !== currentStatus) {
    return { eventId: last.id, seq: last.seq, reason: 'status_mismatch' };
  }
  return null;
}
