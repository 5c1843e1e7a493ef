// Rows → API objects, with names and the flags derived for today.
import type { Queryable } from '../../platform/db/client.js';
import type { AttachmentRow } from '../../platform/files/attachments.js';
import type { TDirectiveSummary } from './followup.contract.js';
import { loadOrgNames, type OrgNames } from './org-refs.js';
import { selectCoAssignees, type CoAssigneeRow, type DirectiveRow } from './directives.repository.js';
import type { VisibilityFacts } from './visibility.js';
import { deriveState } from './workflow.js';

export function toFacts(row: DirectiveRow, co: CoAssigneeRow[]): VisibilityFacts {
  return {
    confidentiality: row.confidentiality,
    leadStructureId: row.leadStructureId,
    leadPostId: row.leadPostId,
    issuedByPostId: row.issuedByPostId,
    createdByPersonId: row.createdByPersonId,
    coAssignees: co.filter((c) => c.directiveId === row.id).map((c) => ({ structureId: c.structureId, postId: c.postId })),
  };
}

const assignment = (names: OrgNames, structureId: string, postId: string | null) => ({
  structureId,
  structureName: names.structures.get(structureId)?.name ?? '',
  postId,
  postTitle: postId ? (names.posts.get(postId)?.title ?? '') : null,
});

export function presentDirective(row: DirectiveRow, co: CoAssigneeRow[], names: OrgNames, today: string): TDirectiveSummary {
  const derived = deriveState({ ...row, isConfirmed: row.confirmedAt !== null }, today);
  return {
    id: row.id,
    kind: row.kind,
    reference: row.reference,
    text: row.text,
    sourceType: row.sourceType,
    sourceId: row.sourceId,
    sourceDocument: row.sourceDocument,
    meetingId: row.meetingId,
    agendaItemId: row.agendaItemId,
    issuedBy: { postId: row.issuedByPostId, title: names.posts.get(row.issuedByPostId)?.title ?? '' },
    issuedOn: row.issuedOn,
    lead: assignment(names, row.leadStructureId, row.leadPostId),
    coAssignees: co.filter((c) => c.directiveId === row.id).map((c) => assignment(names, c.structureId, c.postId)),
    dueDate: row.dueDate,
    priority: row.priority,
    confidentiality: row.confidentiality,
    status: row.status,
    progress: row.progress,
    completedOn: row.completedOn,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    confirmedByName: row.confirmedByName,
    lastReportAt: row.lastReportAt?.toISOString() ?? null,
    ...derived,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function presentDirectives(
  db: Queryable,
  administrationId: string,
  rows: DirectiveRow[],
  today: string,
  // the administration's structures when the caller already has them (one query less)
  structures?: OrgNames['structures'],
): Promise<TDirectiveSummary[]> {
  if (rows.length === 0) return [];
  const rowPostIds = rows.flatMap((r) => [r.issuedByPostId, ...(r.leadPostId ? [r.leadPostId] : [])]);
  // co-assignees and the rows' names side by side; co-assigned posts (rare) in a second step
  const [co, names] = await Promise.all([
    selectCoAssignees(
      db,
      rows.map((r) => r.id),
    ),
    loadOrgNames(db, administrationId, { structureIds: structures ? [] : rows.map((r) => r.leadStructureId), postIds: rowPostIds }),
  ]);
  const missingPosts = co.flatMap((c) => (c.postId && !names.posts.has(c.postId) ? [c.postId] : []));
  const missingStructures = structures ? [] : co.map((c) => c.structureId).filter((id) => !names.structures.has(id));
  if (missingPosts.length > 0 || missingStructures.length > 0) {
    const more = await loadOrgNames(db, administrationId, { structureIds: missingStructures, postIds: missingPosts });
    more.posts.forEach((p, id) => names.posts.set(id, p));
    more.structures.forEach((s, id) => names.structures.set(id, s));
  }
  if (structures) names.structures = structures;
  return rows.map((r) => presentDirective(r, co, names, today));
}

export function presentAttachment(row: AttachmentRow, url: string) {
  return {
    id: row.id,
    filename: row.filename,
    mime: row.mime,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedByName: row.uploadedByName,
    uploadedAt: row.uploadedAt.toISOString(),
    url,
  };
}
