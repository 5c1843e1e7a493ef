// Every write records who, when, what, before and after, inside the transaction of the write.
import type { Queryable } from '../db/client.js';
import type { Access } from '../http/access.js';
import { auditEvents } from './audit.tables.js';

export type AuditEntry = {
  action: string; // e.g. "structure.create"
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

export type AuditActor = Pick<Access, 'administrationId' | 'requestId'> & { actor: { userId: string; fullName: string } | null };

export async function recordAudit(tx: Queryable, who: AuditActor, entry: AuditEntry | AuditEntry[]): Promise<void> {
  const entries = Array.isArray(entry) ? entry : [entry];
  if (entries.length === 0) return;
  await tx.insert(auditEvents).values(
    entries.map((e) => ({
      administrationId: who.administrationId || null,
      actorUserId: who.actor?.userId ?? null,
      actorName: who.actor?.fullName ?? null,
      requestId: who.requestId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: toJson(e.before),
      after: toJson(e.after),
    })),
  );
}

// Dates and other non-JSON values are stored the way the API shows them.
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
