// The circuit of a dossier after its registration: assignment (imputation), opinions (avis), the head's
// decision, filing. Each one checks who acts, locks the dossier, checks its status, then writes the step
// (workflow-steps.ts) and its audit record in one transaction.
import type { Database, Tx } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { systemClock, type Clock } from '../../platform/jobs/clock.js';
import { issueDirectivesInTx } from '../followup/directive-links.service.js';
import { assertReference } from '../organisation/references.service.js';
import { listStructureNames } from '../organisation/positions.service.js';
import type { TAssignBody, TDecisionBody, TOpinionBody } from './dossiers.contract.js';
import * as repo from './dossiers.repository.js';
import type { DossierRow } from './dossiers.repository.js';
import * as steps from './dossier-steps.repository.js';
import { answerableRequests, findVisibleDossier, getDossier } from './dossier-detail.service.js';
import { loadViewer, type DossierViewer } from './dossier-viewer.service.js';
import type { ActingPost } from './dossier-viewer.js';
import { applyAssignment, applyDecision, applyFiling, applyOpinion, type StepActor } from './workflow-steps.js';

const conflict = (messageKey: string, params: Record<string, string | number> = {}) => new AppError('conflict', { messageKey, params });

// Decided and filed dossiers no longer move (except filing a decided one).
function assertStillOpen(row: DossierRow) {
  if (row.status === 'filed') throw conflict('conflict.dossier_filed');
  if (row.status === 'decided') throw conflict('conflict.dossier_decided');
}

const stepActor = (viewer: DossierViewer, post: ActingPost | null): StepActor => ({
  userId: viewer.access.actor.userId,
  personId: viewer.personId,
  name: viewer.access.actor.fullName,
  post,
});

// Locks the dossier the caller sees, then runs the step; the dossier's page comes back.
async function withLockedDossier(db: Database, viewer: DossierViewer, dossierId: string, step: (tx: Tx, row: DossierRow) => Promise<void>) {
  await findVisibleDossier(db, viewer, dossierId);
  await db.transaction(async (tx) => {
    const row = await repo.lockDossier(tx, viewer.administrationId, dossierId);
    if (!row) throw new AppError('not_found', { params: { entity: 'dossier' } });
    await step(tx, row);
  });
  return getDossier(db, viewer.access, dossierId);
}

export async function assignDossier(db: Database, access: Access, dossierId: string, body: TAssignBody) {
  assertCan(access, 'dossiers.assign');
  const viewer = await loadViewer(db, access);
  if (!viewer.canAssign) throw new AppError('forbidden');
  await findVisibleDossier(db, viewer, dossierId);
  for (const [i, a] of body.assignments.entries())
    await assertReference(db, access, 'structure', a.structureId, `assignments.${i}.structureId`);
  for (const personId of body.namedPersonIds) await assertReference(db, access, 'person', personId, 'namedPersonIds');
  const structureNames = await listStructureNames(db, access.administrationId);

  return withLockedDossier(db, viewer, dossierId, async (tx, row) => {
    assertStillOpen(row);
    const { updated, named } = await applyAssignment(tx, stepActor(viewer, viewer.assignPost), row, body, structureNames);
    await recordAudit(tx, access, {
      action: 'dossier.assign',
      entityType: 'dossier',
      entityId: row.id,
      before: { status: row.status },
      after: { status: updated.status, ...body, namedPersonIds: named },
    });
  });
}

export async function giveOpinion(db: Database, access: Access, dossierId: string, body: TOpinionBody) {
  assertCan(access, 'dossiers.opinion');
  const viewer = await loadViewer(db, access);
  return withLockedDossier(db, viewer, dossierId, async (tx, row) => {
    assertStillOpen(row);
    if (row.status === 'registered') throw conflict('conflict.dossier_not_in_review');
    const requests = await steps.selectOpinionRequests(tx, [row.id]);
    const request = answerableRequests(row, requests, viewer).find((r) => !body.type || r.type === body.type);
    if (!request) {
      // someone with an opinion to give, but not now (earlier steps first, or already given): a conflict
      const isConcerned = requests.some((r) =>
        r.type === 'structure' ? viewer.headedStructureIds.includes(r.structureId ?? '') : viewer.opinionTypes.includes(r.type),
      );
      if (!isConcerned) throw new AppError('forbidden', { messageKey: 'forbidden.opinion' });
      throw conflict('conflict.opinion_not_expected');
    }
    const post = viewer.opinionPosts[request.type === 'structure' ? `structure:${request.structureId}` : request.type]!;
    const { opinion } = await applyOpinion(tx, { ...stepActor(viewer, post), post }, row, request, body);
    await recordAudit(tx, access, {
      action: 'dossier.opinion',
      entityType: 'dossier',
      entityId: row.id,
      after: { opinionId: opinion.id, type: request.type, verdict: body.verdict, text: body.text, isInterim: post.isInterim },
    });
  });
}

// A decision may ask for directives: they are issued in the follow-up module within the same transaction
// (issuer: the post decided from, the head's; the dossier's confidentiality carried over), so either the
// decision and all its directives exist, or none of them.
export async function decideDossier(db: Database, access: Access, dossierId: string, body: TDecisionBody, clock: Clock = systemClock) {
  assertCan(access, 'dossiers.decide');
  const viewer = await loadViewer(db, access);
  await findVisibleDossier(db, viewer, dossierId);
  const decider = viewer.decider;
  if (!decider) throw new AppError('forbidden', { messageKey: 'forbidden.decide' });
  for (const [i, d] of body.directives.entries()) {
    await assertReference(db, access, 'structure', d.leadStructureId, `directives.${i}.leadStructureId`);
    if (!d.dueDate) throw new AppError('validation_failed', { field: `directives.${i}.dueDate`, messageKey: 'followup.due_date_required' });
  }
  return withLockedDossier(db, viewer, dossierId, async (tx, row) => {
    assertStillOpen(row);
    if (row.status !== 'awaiting_decision') {
      const requests = await steps.selectOpinionRequests(tx, [row.id]);
      const pending = requests.filter((r) => r.round === row.round && r.opinionId === null).length;
      if (pending > 0) throw conflict('conflict.opinions_pending', { count: pending });
      throw conflict('conflict.dossier_not_awaiting_decision');
    }
    const { updated, decision, requests } = await applyDecision(tx, { ...stepActor(viewer, decider), post: decider }, row, body);
    const directives = await issueDirectivesInTx(
      tx,
      clock,
      access,
      requests.map((r, i) => ({
        field: `directives.${i}`,
        input: {
          kind: 'directive' as const,
          text: r.text,
          lead: { structureId: r.leadStructureId },
          coAssignees: [],
          dueDate: r.dueDate!,
          priority: 'normal' as const,
          confidentiality: row.confidentiality,
          issuedByPostId: decider.postId,
          sourceType: 'dossier_decision' as const,
          sourceId: row.id,
        },
      })),
    );
    for (const [i, r] of requests.entries()) await steps.linkDirectiveRequest(tx, r.id, directives[i]!.id);
    await recordAudit(tx, access, {
      action: 'dossier.decide',
      entityType: 'dossier',
      entityId: row.id,
      before: { status: row.status },
      after: {
        status: updated.status,
        decisionId: decision.id,
        ...body,
        directiveIds: directives.map((d) => d.id),
        isInterim: decider.isInterim,
      },
    });
  });
}

export async function fileDossier(db: Database, access: Access, dossierId: string) {
  assertCan(access, 'dossiers.register');
  const viewer = await loadViewer(db, access);
  return withLockedDossier(db, viewer, dossierId, async (tx, row) => {
    if (row.status === 'filed') throw conflict('conflict.dossier_filed');
    if (row.status !== 'decided') throw conflict('conflict.dossier_not_decided');
    await applyFiling(tx, stepActor(viewer, viewer.mainPost), row);
    await recordAudit(tx, access, {
      action: 'dossier.file',
      entityType: 'dossier',
      entityId: row.id,
      before: { status: row.status },
      after: { status: 'filed' },
    });
  });
}
