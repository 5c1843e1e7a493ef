// Checks the hash chains of dossier events and names the first broken link (admin page, npm run verify-audit).
import type { Queryable } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { selectDossierBatch, selectEventsOfDossiers, type DossierEventRow } from './dossier-events.repository.js';
import { findChainBreak, type ChainBreak, type StoredEvent } from './event-chain.js';

const BATCH = 500;

export type IntegrityReport = {
  checkedAt: string;
  dossiers: number;
  events: number;
  isIntact: boolean;
  firstBreak: (ChainBreak & { dossierId: string; reference: string; administrationId: string }) | null;
};

const toStored = (e: DossierEventRow): StoredEvent => ({
  id: e.id,
  dossierId: e.dossierId,
  seq: e.seq,
  type: e.type,
  at: e.at.toISOString(),
  actorUserId: e.actorUserId,
  actorPersonId: e.actorPersonId,
  actorName: e.actorName,
  actorPostTitle: e.actorPostTitle,
  data: e.data,
  prevHash: e.prevHash,
  hash: e.hash,
});

// Every dossier of one administration (or of all, when null), in id order, a batch at a time.
export async function verifyChains(db: Queryable, administrationId: string | null): Promise<IntegrityReport> {
  let dossierCount = 0;
  let eventCount = 0;
  let afterId: string | null = null;
  for (;;) {
    const batch = await selectDossierBatch(db, administrationId, afterId, BATCH);
    if (batch.length === 0) break;
    const events = await selectEventsOfDossiers(
      db,
      batch.map((d) => d.id),
    );
    const byDossier = new Map<string, StoredEvent[]>();
    for (const e of events) byDossier.set(e.dossierId, [...(byDossier.get(e.dossierId) ?? []), toStored(e)]);
    for (const d of batch) {
      const chain = byDossier.get(d.id) ?? [];
      dossierCount++;
      eventCount += chain.length;
      // a dossier always has its registration event
      const found = chain.length === 0 ? ({ eventId: null, seq: 1, reason: 'sequence_gap' } as const) : findChainBreak(chain, d.status);
      if (found) {
        return {
          checkedAt: new Date().toISOString(),
          dossiers: dossierCount,
          events: eventCount,
          isIntact: false,
          firstBreak: { ...found, dossierId: d.id, reference: d.reference, administrationId: d.administrationId },
        };
      }
    }
    afterId = batch.at(-1)!.id;
  }
  return { checkedAt: new Date().toISOString(), dossiers: dossierCount, events: eventCount, isIntact: true, firstBreak: null };
}

export async function checkIntegrity(db: Queryable, access: Access) {
  assertCan(access, 'dossiers.verify');
  const report = await verifyChains(db, access.administrationId);
  return {
    ...report,
    firstBreak: report.firstBreak
      ? {
          dossierId: report.firstBreak.dossierId,
          reference: report.firstBreak.reference,
          seq: report.firstBreak.seq,
          eventId: report.firstBreak.eventId,
          reason: report.firstBreak.reason,
        }
      : null,
  };
}
