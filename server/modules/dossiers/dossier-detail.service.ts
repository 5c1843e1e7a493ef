// One dossier as its page shows it: the whole circuit, who holds it now, the time spent at each step, the
// history (timeline), and what the caller may do next.
import type { Database, Queryable } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { todayIso } from '../../platform/dates.js';
import { systemClock } from '../../platform/jobs/clock.js';
import { findVisibleDirectiveLinks } from '../followup/directive-links.service.js';
import { listPersonNames } from '../organisation/positions.service.js';
import type { TDossierDetail } from './dossiers.contract.js';
import { selectVisibleDossier, type DossierRow } from './dossiers.repository.js';
import { selectEvents, type DossierEventRow } from './dossier-events.repository.js';
import * as steps from './dossier-steps.repository.js';
import { describeDesk, loadDeskDirectory, type DeskDirectory } from './dossier-desks.service.js';
import { computeSteps, currentDesks, heldSince, isLate, openRequests, type Desk, type StepEvent } from './dossier-progress.js';
import { loadViewer, type DossierViewer } from './dossier-viewer.service.js';

const notFound = () => new AppError('not_found', { params: { entity: 'dossier' } });

// The dossier if the caller sees it; a dossier they may not see does not exist for them (404).
export async function findVisibleDossier(db: Queryable, viewer: DossierViewer, dossierId: string): Promise<DossierRow> {
  const row = await selectVisibleDossier(db, viewer, dossierId);
  if (!row) throw notFound();
  return row;
}

type EventData = { status: DossierRow['status']; waitingFor: Desk[]; step: boolean; isInterim?: boolean } & Record<string, unknown>;
const dataOf = (e: DossierEventRow) => e.data as EventData;

export function toStepEvents(events: DossierEventRow[]): StepEvent[] {
  return events.map((e) => ({ seq: e.seq, at: e.at, isStep: dataOf(e).step, status: dataOf(e).status, waitingFor: dataOf(e).waitingFor }));
}

function presentSteps(events: DossierEventRow[], directory: DeskDirectory) {
  return computeSteps(toStepEvents(events), new Date()).map((s) => ({
    seq: s.seq,
    status: s.status,
    holders: s.waitingFor.map((d) => describeDesk(d, directory)),
    from: s.from.toISOString(),
    to: s.to?.toISOString() ?? null,
    durationMs: s.durationMs,
  }));
}

// Opinion requests the viewer may answer now on this dossier.
export function answerableRequests<R extends steps.OpinionRequestRow>(row: DossierRow, requests: R[], viewer: DossierViewer): R[] {
  if (row.status !== 'in_review') return [];
  return openRequests(row, requests).filter((r) =>
    r.type === 'structure'
      ? Boolean(r.structureId && viewer.headedStructureIds.includes(r.structureId))
      : viewer.opinionTypes.includes(r.type),
  );
}

// Structures whose heads are named in desks (structure opinions), for the directory.
const structuresOfDesks = (desks: Desk[]) => desks.flatMap((d) => (d.type === 'opinion' && d.structureId ? [d.structureId] : []));

export async function getDossier(db: Database, access: Access, dossierId: string): Promise<TDossierDetail> {
  assertCan(access, 'dossiers.read');
  const viewer = await loadViewer(db, access);
  const row = await findVisibleDossier(db, viewer, dossierId);
  const [requests, opinions, decisions, directives, assignments, attachments, named, events] = await Promise.all([
    steps.selectOpinionRequests(db, [row.id]),
    steps.selectOpinions(db, row.id),
    steps.selectDecisions(db, row.id),
    steps.selectDirectiveRequests(db, row.id),
    steps.selectAssignments(db, row.id),
    steps.selectAttachments(db, row.id),
    steps.selectNamedPersonIds(db, row.id),
    selectEvents(db, row.id),
  ]);
  const desks = currentDesks(row, requests);
  const pastDesks = toStepEvents(events).flatMap((e) => e.waitingFor);
  const directory = await loadDeskDirectory(
    db,
    access,
    [
      row.registeredByStructureId,
      ...assignments.map((a) => a.structureId),
      ...directives.map((d) => d.leadStructureId),
      ...[...desks, ...pastDesks].flatMap((d) => (d.type === 'registry' ? [d.structureId] : [])),
    ],
    [...structuresOfDesks([...desks, ...pastDesks]), ...requests.flatMap((r) => (r.structureId ? [r.structureId] : []))],
  );
  const [names, links] = await Promise.all([
    listPersonNames(db, access.administrationId, [
      ...named.map((n) => n.personId),
      ...(row.registeredByPersonId ? [row.registeredByPersonId] : []),
    ]),
    findVisibleDirectiveLinks(
      db,
      systemClock,
      access,
      directives.map((d) => d.directiveId),
    ),
  ]);
  const structureName = (id: string | null) => (id ? (directory.structures.get(id)?.name ?? null) : null);
  const open = new Set(openRequests(row, requests).map((r) => r.id));
  const presentOpinion = (o: steps.OpinionRow) => ({
    id: o.id,
    round: o.round,
    type: o.type,
    verdict: o.verdict,
    text: o.text,
    authorName: o.authorName,
    authorPostTitle: o.authorPostTitle,
    isInterim: o.isInterim,
    createdAt: o.createdAt.toISOString(),
  });
  const since = heldSince(toStepEvents(events));
  const isDecided = row.status === 'decided' || row.status === 'filed';

  return {
    id: row.id,
    reference: row.reference,
    subject: row.subject,
    senderName: row.senderName,
    kind: row.kind,
    confidentiality: row.confidentiality,
    status: row.status,
    receivedOn: row.receivedOn,
    deadline: row.deadline,
    isLate: isLate(row, todayIso()),
    holders: desks.map((d) => describeDesk(d, directory)),
    heldSince: since?.toISOString() ?? null,
    channel: row.channel,
    senderType: row.senderType,
    senderReference: row.senderReference,
    round: row.round,
    circuitMode: row.circuitMode,
    registeredByName: events[0]?.actorName ?? (row.registeredByPersonId ? (names.get(row.registeredByPersonId) ?? '') : ''),
    registeredByStructureName: structureName(row.registeredByStructureId),
    createdAt: row.createdAt.toISOString(),
    namedPersons: named.map((n) => ({ personId: n.personId, fullName: names.get(n.personId) ?? '' })),
    assignments: assignments.map((a) => ({
      id: a.id,
      structureId: a.structureId,
      structureName: structureName(a.structureId) ?? '',
      purpose: a.purpose,
      instructions: a.instructions,
      assignedByName: a.assignedByName,
      assignedByPostTitle: a.assignedByPostTitle,
      isInterim: a.isInterim,
      createdAt: a.createdAt.toISOString(),
    })),
    opinionRequests: requests.map((r) => {
      const opinion = opinions.find((o) => o.id === r.opinionId);
      return {
        id: r.id,
        round: r.round,
        position: r.position,
        type: r.type,
        structureId: r.structureId,
        structureName: structureName(r.structureId),
        state: opinion ? ('given' as const) : open.has(r.id) ? ('open' as const) : ('waiting' as const),
        opinion: opinion ? presentOpinion(opinion) : null,
      };
    }),
    decisions: decisions.map((d) => ({
      id: d.id,
      round: d.round,
      outcome: d.outcome,
      comment: d.comment,
      decidedByName: d.decidedByName,
      decidedByPostTitle: d.decidedByPostTitle,
      isInterim: d.isInterim,
      createdAt: d.createdAt.toISOString(),
      directives: directives
        .filter((x) => x.decisionId === d.id)
        .map((x) => ({
          id: x.id,
          text: x.text,
          leadStructureId: x.leadStructureId,
          leadStructureName: structureName(x.leadStructureId) ?? '',
          dueDate: x.dueDate,
          directiveId: x.directiveId,
          directive: (x.directiveId ? links.get(x.directiveId) : undefined) ?? null,
        })),
    })),
    attachments: attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    steps: presentSteps(events, directory),
    can: {
      assign: viewer.canAssign && !isDecided,
      giveOpinion: [...new Set(answerableRequests(row, requests, viewer).map((r) => r.type))],
      decide: viewer.canDecide && row.status === 'awaiting_decision',
      file: access.permissions.has('dossiers.register') && row.status === 'decided',
      attach: access.permissions.has('dossiers.register') && row.status !== 'filed',
    },
  };
}

const summaryKeys = ['outcome', 'verdict', 'opinionType', 'structureNames', 'fileName', 'personName', 'text'] as const;

export async function getTimeline(db: Database, access: Access, dossierId: string) {
  assertCan(access, 'dossiers.read');
  const viewer = await loadViewer(db, access);
  const row = await findVisibleDossier(db, viewer, dossierId);
  const events = await selectEvents(db, row.id);
  const pastDesks = toStepEvents(events).flatMap((e) => e.waitingFor);
  const directory = await loadDeskDirectory(
    db,
    access,
    pastDesks.flatMap((d) => (d.type === 'registry' ? [d.structureId] : [])),
    structuresOfDesks(pastDesks),
  );
  return {
    events: events.map((e) => {
      const data = dataOf(e);
      const summary = Object.fromEntries(summaryKeys.filter((k) => data[k] !== undefined && data[k] !== null).map((k) => [k, data[k]]));
      return {
        seq: e.seq,
        type: e.type,
        at: e.at.toISOString(),
        actorName: e.actorName,
        actorPostTitle: e.actorPostTitle,
        isInterim: data.isInterim ?? false,
        status: data.status,
        summary,
        hash: e.hash,
      };
    }),
    steps: presentSteps(events, directory),
  };
}

// A dossier's reference and subject for another module's page (a directive's source), when the caller sees it.
export async function findDossierLabel(db: Queryable, access: Access, dossierId: string) {
  if (!access.permissions.has('dossiers.read')) return null;
  const row = await selectVisibleDossier(db, await loadViewer(db, access), dossierId);
  return row ? { id: row.id, reference: row.reference, subject: row.subject } : null;
}
