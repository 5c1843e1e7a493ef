// Writes a dossier's events, each chained to the previous one by its hash. Call inside the transaction that
// changes the dossier, after locking its row (lockDossier), so two events never claim the same place.
import type { Queryable } from '../../platform/db/client.js';
import type { DossierEventType, DossierStatus } from './dossiers.tables.js';
import { insertEvent, selectLastEvent } from './dossier-events.repository.js';
import { GENESIS_HASH, hashEvent, type ChainedContent } from './event-chain.js';
import type { Desk } from './dossier-progress.js';

export type EventActor = { userId: string | null; personId: string | null; name: string; postTitle: string | null; isInterim: boolean };

export type EventInput = {
  dossierId: string;
  administrationId: string;
  type: DossierEventType;
  actor: EventActor;
  status: DossierStatus;
  // who holds the dossier after this event, and whether that changed (a new step begins)
  waitingFor: Desk[];
  isStep: boolean;
  details?: Record<string, string | number | boolean | null | string[]>;
  // now, unless history is being loaded (demo data)
  at?: Date;
};

export async function recordEvent(tx: Queryable, input: EventInput) {
  const last = await selectLastEvent(tx, input.dossierId);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content: ChainedContent = {
    dossierId: input.dossierId,
    seq: (last?.seq ?? 0) + 1,
    type: input.type,
    at: (input.at ?? new Date()).toISOString(),
    actorUserId: input.actor.userId,
    actorPersonId: input.actor.personId,
    actorName: input.actor.name,
    actorPostTitle: input.actor.postTitle,
    data: {
      ...input.details,
      status: input.status,
      waitingFor: input.waitingFor,
      step: input.isStep,
      isInterim: input.actor.isInterim,
    },
  };
  return insertEvent(tx, {
    ...content,
    type: input.type,
    administrationId: input.administrationId,
    at: new Date(content.at),
    prevHash,
    hash: hashEvent(content, prevHash),
  });
}
