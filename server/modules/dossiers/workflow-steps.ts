// The steps of a dossier's circuit as writes: rows, status, and one chained event each. No permission checks
// here: the services check who may act (workflow.service.ts, register.service.ts); the demo loader replays
// history through the same functions with the dates it needs.
import type { Tx } from '../../platform/db/client.js';
import { todayIso } from '../../platform/dates.js';
import { listHoldersOn } from '../organisation/holders.service.js';
import { listPostsWithFunction, listStructureHeads } from '../organisation/positions.service.js';
import * as repo from './dossiers.repository.js';
import type { DossierRow } from './dossiers.repository.js';
import type { DossierKind } from './dossiers.tables.js';
import * as steps from './dossier-steps.repository.js';
import { recordEvent } from './dossier-events.service.js';
import { loadCircuit } from './dossier-settings.service.js';
import {
  currentDesks,
  nextRequestToOpen,
  planCircuit,
  requestsToOpenAtStart,
  sameDesks,
  type CircuitStep,
  type Desk,
} from './dossier-progress.js';
import type { ActingPost } from './dossier-viewer.js';

// Who acts, in the name of which post, and when (now unless history is being loaded).
export type StepActor = { userId: string | null; personId: string | null; name: string; post: ActingPost | null; at?: Date };

const eventActor = (a: StepActor) => ({
  userId: a.userId,
  personId: a.personId,
  name: a.name,
  postTitle: a.post?.postTitle ?? null,
  isInterim: a.post?.isInterim ?? false,
});

async function desksOf(tx: Tx, row: DossierRow): Promise<Desk[]> {
  return currentDesks(row, await steps.selectOpinionRequests(tx, [row.id]));
}

// Who answers a circuit's steps today: the SG (technical) and the heads of the structures named; the
// cabinet's opinion is given by the DC, who sees reserved affairs anyway.
async function listCircuitPeople(tx: Tx, administrationId: string, circuit: CircuitStep[]): Promise<string[]> {
  const today = todayIso();
  const people: string[] = [];
  if (circuit.some((s) => s.type === 'technical')) {
    const posts = await listPostsWithFunction(tx, administrationId, ['secretary_general']);
    const holders = await listHoldersOn(
      tx,
      administrationId,
      today,
      posts.map((p) => p.id),
    );
    for (const entry of holders.values()) people.push(...[...entry.holders, ...entry.acting].map((h) => h.personId));
  }
  const structureIds = circuit.flatMap((s) => (s.type === 'structure' && s.structureId ? [s.structureId] : []));
  const heads = await listStructureHeads(tx, administrationId, structureIds, today);
  for (const list of heads.values()) people.push(...list.map((h) => h.personId));
  return [...new Set(people)];
}

async function nameOnDossier(tx: Tx, row: DossierRow, personIds: string[]) {
  await steps.insertNamedPersons(
    tx,
    [...new Set(personIds)].map((personId) => ({ dossierId: row.id, personId, administrationId: row.administrationId })),
  );
}

// The opinion requests of a round, from the circuit of the dossier's kind (fixed when the round starts).
// A reserved affair is seen only by the people named: the circuit names those whose opinion it asks for.
async function openRound(tx: Tx, row: DossierRow, round: number, at: Date) {
  const plan = planCircuit(await loadCircuit(tx, row.administrationId, row.kind), row.confidentiality);
  if (row.confidentiality === 'reserved') await nameOnDossier(tx, row, await listCircuitPeople(tx, row.administrationId, plan.steps));
  const openAtStart = new Set(requestsToOpenAtStart(plan.mode, plan.steps.length));
  const requests = await steps.insertOpinionRequests(
    tx,
    plan.steps.map((s, i) => ({
      dossierId: row.id,
      administrationId: row.administrationId,
      round,
      position: i + 1,
      type: s.type,
      structureId: s.structureId,
      openedAt: openAtStart.has(i + 1) ? at : null,
    })),
  );
  return { mode: plan.mode, status: requests.length > 0 ? ('in_review' as const) : ('awaiting_decision' as const) };
}

export type Registration = {
  administrationId: string;
  reference: string;
  year: number;
  sequence: number | null;
  receivedOn: string;
  channel: DossierRow['channel'];
  senderType: DossierRow['senderType'];
  senderName: string;
  senderReference: string | null;
  subject: string;
  kind: DossierKind;
  deadline: string | null;
  confidentiality: DossierRow['confidentiality'];
  registeredByStructureId: string | null;
  namedPersonIds: string[];
};

export async function applyRegistration(tx: Tx, actor: StepActor, values: Registration): Promise<DossierRow> {
  const { namedPersonIds, ...dossier } = values;
  const row = await repo.insertDossier(tx, {
    ...dossier,
    status: 'registered',
    registeredByUserId: actor.userId,
    registeredByPersonId: actor.personId,
    ...(actor.at ? { createdAt: actor.at, updatedAt: actor.at } : {}),
  });
  // the registrar stays able to follow what they registered, even a reserved affair
  await nameOnDossier(tx, row, [...(actor.personId ? [actor.personId] : []), ...namedPersonIds]);
  await recordEvent(tx, {
    dossierId: row.id,
    administrationId: row.administrationId,
    type: 'registered',
    actor: eventActor(actor),
    status: 'registered',
    waitingFor: [{ type: 'imputation' }],
    isStep: true,
    details: { reference: row.reference, subject: row.subject, confidentiality: row.confidentiality, kind: row.kind },
    at: actor.at,
  });
  await repo.refreshSearchVector(tx, row.id);
  return row;
}

export type AssignmentInput = {
  assignments: { structureId: string; purpose: 'action' | 'information' }[];
  instructions: string;
  namedPersonIds: string[];
};

export async function applyAssignment(
  tx: Tx,
  actor: StepActor,
  row: DossierRow,
  input: AssignmentInput,
  structureNames: Map<string, { name: string }>,
) {
  const before = await desksOf(tx, row);
  await steps.insertAssignments(
    tx,
    input.assignments.map((a) => ({
      dossierId: row.id,
      administrationId: row.administrationId,
      structureId: a.structureId,
      purpose: a.purpose,
      instructions: input.instructions,
      assignedByPersonId: actor.personId,
      assignedByName: actor.name,
      assignedByPostTitle: actor.post?.postTitle ?? null,
      isInterim: actor.post?.isInterim ?? false,
      ...(actor.at ? { createdAt: actor.at } : {}),
    })),
  );
  // a reserved affair is seen by the people named: name the heads of the structures it goes to
  const heads =
    row.confidentiality === 'reserved'
      ? await listStructureHeads(
          tx,
          row.administrationId,
          input.assignments.map((a) => a.structureId),
          todayIso(),
        )
      : new Map<string, { personId: string }[]>();
  const named = [...new Set([...input.namedPersonIds, ...[...heads.values()].flat().map((h) => h.personId)])];
  await nameOnDossier(tx, row, named);

  let updated = row;
  if (row.status === 'registered') {
    const round = await openRound(tx, row, row.round, actor.at ?? new Date());
    updated = await repo.updateDossier(tx, row.id, { status: round.status, circuitMode: round.mode });
  }
  const after = await desksOf(tx, updated);
  await recordEvent(tx, {
    dossierId: row.id,
    administrationId: row.administrationId,
    type: 'assigned',
    actor: eventActor(actor),
    status: updated.status,
    waitingFor: after,
    isStep: updated.status !== row.status || !sameDesks(before, after),
    details: {
      structureNames: input.assignments.map((a) => `${structureNames.get(a.structureId)?.name ?? ''} (${a.purpose})`),
      text: input.instructions || null,
    },
    at: actor.at,
  });
  return { updated, named };
}

export async function applyOpinion(
  tx: Tx,
  actor: StepActor & { post: ActingPost },
  row: DossierRow,
  request: steps.OpinionRequestRow,
  input: { verdict: steps.OpinionRow['verdict']; text: string },
) {
  const requests = await steps.selectOpinionRequests(tx, [row.id]);
  const before = currentDesks(row, requests);
  const opinion = await steps.insertOpinion(tx, {
    dossierId: row.id,
    administrationId: row.administrationId,
    requestId: request.id,
    round: row.round,
    type: request.type,
    verdict: input.verdict,
    text: input.text,
    authorUserId: actor.userId,
    authorPersonId: actor.personId,
    authorName: actor.name,
    authorPostId: actor.post.postId,
    authorPostTitle: actor.post.postTitle,
    isInterim: actor.post.isInterim,
    ...(actor.at ? { createdAt: actor.at } : {}),
  });
  const remaining = requests.filter((r) => r.round === row.round && r.opinionId === null && r.id !== request.id);
  // in sequence, the next opinion is asked for now
  const next = nextRequestToOpen(row.circuitMode, row.round, remaining);
  if (next) await steps.openRequest(tx, next.id, actor.at ?? new Date());
  const updated = remaining.length === 0 ? await repo.updateDossier(tx, row.id, { status: 'awaiting_decision' }) : row;
  const after = await desksOf(tx, updated);
  await recordEvent(tx, {
    dossierId: row.id,
    administrationId: row.administrationId,
    type: 'opinion_given',
    actor: eventActor(actor),
    status: updated.status,
    waitingFor: after,
    isStep: !sameDesks(before, after),
    details: { opinionType: request.type, verdict: input.verdict },
    at: actor.at,
  });
  await repo.refreshSearchVector(tx, row.id);
  return { updated, opinion };
}

export type DecisionInput = {
  outcome: 'approved' | 'rejected' | 'returned' | 'deferred';
  comment: string;
  directives: { text: string; leadStructureId: string; dueDate?: string | null }[];
};

export async function applyDecision(tx: Tx, actor: StepActor & { post: ActingPost }, row: DossierRow, input: DecisionInput) {
  const decision = await steps.insertDecision(tx, {
    dossierId: row.id,
    administrationId: row.administrationId,
    round: row.round,
    outcome: input.outcome,
    comment: input.comment,
    decidedByUserId: actor.userId,
    decidedByPersonId: actor.personId,
    decidedByName: actor.name,
    decidedByPostId: actor.post.postId,
    decidedByPostTitle: actor.post.postTitle,
    isInterim: actor.post.isInterim,
    ...(actor.at ? { createdAt: actor.at } : {}),
  });
  const requests = await steps.insertDirectiveRequests(
    tx,
    input.directives.map((d) => ({
      decisionId: decision.id,
      dossierId: row.id,
      administrationId: row.administrationId,
      text: d.text,
      leadStructureId: d.leadStructureId,
      dueDate: d.dueDate ?? null,
    })),
  );
  let updated = row;
  if (input.outcome === 'approved' || input.outcome === 'rejected') {
    updated = await repo.updateDossier(tx, row.id, { status: 'decided' });
  } else if (input.outcome === 'returned') {
    // back for more information: the circuit starts again in a new round
    const round = await openRound(tx, row, row.round + 1, actor.at ?? new Date());
    updated = await repo.updateDossier(tx, row.id, { round: row.round + 1, status: round.status, circuitMode: round.mode });
  }
  await recordEvent(tx, {
    dossierId: row.id,
    administrationId: row.administrationId,
    type: 'decided',
    actor: eventActor(actor),
    status: updated.status,
    waitingFor: await desksOf(tx, updated),
    isStep: updated.status !== row.status || updated.round !== row.round,
    details: { outcome: input.outcome, text: input.comment || null, directives: input.directives.length },
    at: actor.at,
  });
  return { updated, decision, requests };
}

// Classement: a decided dossier leaves every desk.
export async function applyFiling(tx: Tx, actor: StepActor, row: DossierRow) {
  const updated = await repo.updateDossier(tx, row.id, { status: 'filed' });
  await recordEvent(tx, {
    dossierId: row.id,
    administrationId: row.administrationId,
    type: 'filed',
    actor: eventActor(actor),
    status: 'filed',
    waitingFor: [],
    isStep: true,
    at: actor.at,
  });
  return updated;
}
