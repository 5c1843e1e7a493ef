// Directives and recommendations: create (directly or from a meeting's decisions), read, list, edit,
// indicators. Every read goes through the confidentiality rules (visibility.ts).
import { recordAudit } from '../../platform/audit/audit.js';
import type { Queryable, Tx } from '../../platform/db/client.js';
import { DEFAULT_TIME_ZONE, todayIso } from '../../platform/dates.js';
import { listAttachments } from '../../platform/files/attachments.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { getOrganisationDirectory } from '../organisation/lookup.service.js';
import { listDescendants } from '../organisation/acting.js';
import { isAssignee, isIssuerSide } from './directive-access.js';
import { findDirectiveOrigin } from './directive-source.service.js';
import type { TDirectiveCreate, TDirectiveFilters, TDirectiveListQuery, TDirectiveUpdate } from './directives.contract.js';
import { presentAttachment, presentDirective, presentDirectives, toFacts } from './directives.presenter.js';
import * as repo from './directives.repository.js';
import * as meetingsRepo from './meetings.repository.js';
import { loadViewer, loadViewerWithStructures, resolveAssignments, resolveIssuerPost, type ResolvedAssignment } from './org-refs.js';
import { canSee, type ViewerProfile } from './visibility.js';
import { assertEditable } from './workflow.js';

export type Deps = Pick<AppDeps, 'db' | 'clock' | 'files' | 'config'>;

export const todayOf = (deps: Pick<AppDeps, 'clock'>) => todayIso(DEFAULT_TIME_ZONE, deps.clock.now());

// The filters of the API → a repository query for this viewer.
export async function toQuery(deps: Deps, access: Access, viewer: ViewerProfile, today: string, f: Partial<TDirectiveFilters>) {
  if (f.dueFrom && f.dueTo && f.dueTo < f.dueFrom)
    throw new AppError('validation_failed', { field: 'querystring.dueTo', messageKey: 'followup.to_before_from' });
  let structureIds: string[] | undefined;
  if (f.structureId) {
    structureIds = [f.structureId];
    if (f.includeSubStructures) {
      const { structures } = await getOrganisationDirectory(deps.db, access.administrationId);
      structureIds = [...listDescendants(structures, [f.structureId])];
    }
  }
  return {
    administrationId: access.administrationId,
    viewer,
    today,
    isMine: f.scope === 'mine',
    kind: f.kind,
    statuses: f.status,
    state: f.state,
    structureIds,
    sourceType: f.sourceType,
    sourceId: f.sourceId,
    meetingId: f.meetingId,
    meetingKind: f.meetingKind,
    priority: f.priority,
    confidentiality: f.confidentiality,
    dueFrom: f.dueFrom,
    dueTo: f.dueTo,
    q: f.q,
  } satisfies repo.DirectiveQuery;
}

export async function listDirectives(deps: Deps, access: Access, query: TDirectiveListQuery) {
  assertCan(access, 'followup.read');
  const today = todayOf(deps);
  const { viewer, directory } = await loadViewerWithStructures(deps.db, access, today);
  const q = await toQuery(deps, access, viewer, today, query);
  const { rows, co, total } = await repo.selectDirectivePage(deps.db, q, query.sort, query.pageSize, (query.page - 1) * query.pageSize);
  return {
    items: await presentDirectives(deps.db, access.administrationId, rows, today, { co, names: directory }),
    total,
    page: query.page,
    pageSize: query.pageSize,
    asOf: today,
  };
}

// A directive the viewer may see, or "not found" (an item one may not see does not exist for them).
export async function loadVisibleDirective(deps: Deps, access: Access, id: string) {
  const today = todayOf(deps);
  const viewer = await loadViewer(deps.db, access, today);
  const row = await repo.selectDirective(deps.db, access.administrationId, id);
  if (!row) throw notFound('directive');
  const co = await repo.selectCoAssignees(deps.db, [row.id]);
  if (!canSee(viewer, toFacts(row, co))) throw notFound('directive');
  return { row, co, viewer, today };
}

export async function getDirective(deps: Deps, access: Access, id: string) {
  assertCan(access, 'followup.read');
  const { row, co, viewer, today } = await loadVisibleDirective(deps, access, id);
  const updates = await repo.selectDirectiveUpdates(deps.db, row.id);
  const attachments = await listAttachments(
    deps.db,
    access.administrationId,
    'directive_update',
    updates.map((u) => u.id),
  );
  const names = await getOrganisationDirectory(deps.db, access.administrationId);
  const meeting = row.meetingId ? await meetingsRepo.selectMeeting(deps.db, access.administrationId, row.meetingId) : undefined;
  const origin = await findDirectiveOrigin(deps.db, access, row);
  const agendaItem =
    row.agendaItemId && meeting
      ? (await meetingsRepo.selectAgendaItems(deps.db, meeting.id)).find((a) => a.id === row.agendaItemId)
      : undefined;
  const facts = toFacts(row, co);
  const issuerSide = isIssuerSide(access, viewer, facts);
  const isConfirmed = row.confirmedAt !== null;
  const base = `/api/administrations/${access.administrationId}/directives/${row.id}/attachments`;
  return {
    ...presentDirective(row, co, names, today),
    meeting: meeting ? { id: meeting.id, kind: meeting.kind, title: meeting.title, date: meeting.date } : null,
    agendaItem: agendaItem ? { id: agendaItem.id, title: agendaItem.title } : null,
    origin,
    updates: updates.map((u) => ({
      id: u.id,
      kind: u.kind,
      statusBefore: u.statusBefore,
      statusAfter: u.statusAfter,
      progress: u.progress,
      text: u.text,
      authorName: u.authorName,
      at: u.at.toISOString(),
      attachments: attachments.filter((a) => a.ownerId === u.id).map((a) => presentAttachment(a, `${base}/${a.id}`)),
    })),
    can: {
      report: isAssignee(viewer, facts) && row.status !== 'cancelled' && !isConfirmed,
      confirm: issuerSide && row.status === 'done' && !isConfirmed,
      reopen: issuerSide && (row.status === 'done' || row.status === 'cancelled'),
      cancel: issuerSide && row.status !== 'cancelled' && !isConfirmed,
      edit: issuerSide && row.status !== 'cancelled' && !isConfirmed,
    },
  };
}

export type NewDirective = { input: TDirectiveCreate; field: string };
export type PreparedDirective = {
  input: TDirectiveCreate;
  issuedOn: string;
  lead: ResolvedAssignment;
  co: ResolvedAssignment[];
  issuer: { id: string };
};

// Checks every item first (db may be a transaction the caller holds open); writes nothing.
export async function prepareDirectives(db: Queryable, access: Access, today: string, items: NewDirective[]) {
  assertCan(access, 'followup.issue');
  const prepared: PreparedDirective[] = [];
  for (const { input, field } of items) {
    const at = (name: string) => (field ? `${field}.${name}` : name);
    const issuedOn = input.issuedOn ?? today;
    if (input.dueDate < issuedOn)
      throw new AppError('validation_failed', { field: at('dueDate'), messageKey: 'followup.due_before_issue' });
    if (input.kind === 'recommendation' && !input.sourceDocument) {
      throw new AppError('validation_failed', { field: at('sourceDocument'), messageKey: 'followup.source_document_required' });
    }
    if (input.sourceType === 'meeting' && !input.meetingId) {
      throw new AppError('validation_failed', { field: at('meetingId'), messageKey: 'followup.meeting_required' });
    }
    if (input.meetingId) {
      const meeting = await meetingsRepo.selectMeeting(db, access.administrationId, input.meetingId);
      if (!meeting) throw new AppError('validation_failed', { field: at('meetingId'), messageKey: 'followup.other_administration' });
    }
    if (input.agendaItemId) {
      const agenda = input.meetingId ? await meetingsRepo.selectAgendaItems(db, input.meetingId) : [];
      if (!agenda.some((a) => a.id === input.agendaItemId)) {
        throw new AppError('validation_failed', { field: at('agendaItemId'), messageKey: 'followup.agenda_item_not_in_meeting' });
      }
    }
    const [lead, ...co] = await resolveAssignments(db, access.administrationId, [
      { input: input.lead, field: at('lead') },
      ...input.coAssignees.map((c, i) => ({ input: c, field: at(`coAssignees.${i}`) })),
    ]);
    const issuer = await resolveIssuerPost(db, access.administrationId, input.issuedByPostId, at('issuedByPostId'));
    prepared.push({ input, issuedOn, lead: lead!, co: dedupe(co, lead!), issuer });
  }
  return prepared;
}

// Writes checked items with their audit records, inside the caller's transaction.
export async function writeDirectives(tx: Tx, access: Access, prepared: PreparedDirective[], now: Date) {
  await repo.bumpVersion(tx, access.administrationId);
  const created = [];
  for (const p of prepared) {
    const reference = await repo.allocateReference(tx, access.administrationId, p.input.kind, Number(p.issuedOn.slice(0, 4)));
    const row = await repo.insertDirective(tx, {
      administrationId: access.administrationId,
      kind: p.input.kind,
      reference,
      text: p.input.text,
      sourceType: p.input.sourceType,
      sourceId: p.input.sourceType === 'meeting' ? (p.input.meetingId ?? null) : (p.input.sourceId ?? null),
      sourceDocument: p.input.sourceDocument ?? null,
      meetingId: p.input.meetingId ?? null,
      agendaItemId: p.input.agendaItemId ?? null,
      issuedByPostId: p.issuer.id,
      issuedOn: p.issuedOn,
      leadStructureId: p.lead.structureId,
      leadPostId: p.lead.postId,
      dueDate: p.input.dueDate,
      priority: p.input.priority,
      confidentiality: p.input.confidentiality,
      createdByPersonId: access.personId,
      createdByUserId: access.actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await repo.replaceCoAssignees(tx, access.administrationId, row.id, p.co);
    await recordAudit(tx, access, {
      action: `${row.kind}.create`,
      entityType: 'directive',
      entityId: row.id,
      after: { ...row, coAssignees: p.co },
    });
    created.push(row);
  }
  return created;
}

// Checks every item first, then writes them all in one transaction (a meeting's decisions: one action).
export async function createDirectives(deps: Deps, access: Access, items: NewDirective[]) {
  const today = todayOf(deps);
  const prepared = await prepareDirectives(deps.db, access, today, items);
  const now = deps.clock.now();
  const rows = await deps.db.transaction((tx) => writeDirectives(tx, access, prepared, now));
  return presentDirectives(deps.db, access.administrationId, rows, today);
}

function dedupe(list: { structureId: string; postId: string | null }[], lead: { structureId: string; postId: string | null }) {
  const seen = new Set([`${lead.structureId}:${lead.postId}`]);
  return list.filter((c) => {
    const key = `${c.structureId}:${c.postId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function updateDirective(deps: Deps, access: Access, id: string, patch: TDirectiveUpdate) {
  assertCan(access, 'followup.issue');
  const { row, co, viewer } = await loadVisibleDirective(deps, access, id);
  if (!isIssuerSide(access, viewer, row)) throw new AppError('forbidden', { messageKey: 'followup.not_issuer_side' });
  assertEditable({ status: row.status, isConfirmed: row.confirmedAt !== null });
  const dueDate = patch.dueDate ?? row.dueDate;
  if (dueDate < row.issuedOn) throw new AppError('validation_failed', { field: 'dueDate', messageKey: 'followup.due_before_issue' });
  if (row.kind === 'recommendation' && patch.sourceDocument === null) {
    throw new AppError('validation_failed', { field: 'sourceDocument', messageKey: 'followup.source_document_required' });
  }
  const leadInput = patch.lead ?? { structureId: row.leadStructureId, postId: row.leadPostId ?? undefined };
  const coInput = patch.coAssignees ?? co.map((c) => ({ structureId: c.structureId, postId: c.postId ?? undefined }));
  const [lead, ...coResolved] = await resolveAssignments(deps.db, access.administrationId, [
    { input: leadInput, field: 'lead' },
    ...coInput.map((c, i) => ({ input: c, field: `coAssignees.${i}` })),
  ]);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const locked = await repo.selectDirectiveForUpdate(tx, access.administrationId, id);
    assertEditable({ status: locked!.status, isConfirmed: locked!.confirmedAt !== null });
    await repo.bumpVersion(tx, access.administrationId);
    const after = await repo.updateDirective(tx, id, {
      text: patch.text ?? row.text,
      dueDate,
      priority: patch.priority ?? row.priority,
      confidentiality: patch.confidentiality ?? row.confidentiality,
      sourceDocument: patch.sourceDocument === undefined ? row.sourceDocument : patch.sourceDocument,
      leadStructureId: lead!.structureId,
      leadPostId: lead!.postId,
      updatedAt: now,
    });
    const coAfter = dedupe(coResolved, lead!);
    if (patch.coAssignees || patch.lead) await repo.replaceCoAssignees(tx, access.administrationId, id, coAfter);
    await recordAudit(tx, access, {
      action: `${row.kind}.update`,
      entityType: 'directive',
      entityId: id,
      before: { ...row, coAssignees: co.map((c) => ({ structureId: c.structureId, postId: c.postId })) },
      after: { ...after, coAssignees: coAfter },
    });
  });
  return getDirective(deps, access, id);
}
