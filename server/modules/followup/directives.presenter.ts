// Rows → API objects, with names and the flags derived for today.
import type { Queryable } from '../../platform/db/client.js';
import type { AttachmentRow } from '../../platform/files/attachments.js';
import type { TDirectiveSummary } from './followup.contract.js';
import { getOrganisationDirectory } from '../organisation/lookup.service.js';
import type { OrgNames } from './org-refs.js';
import { selectCoAssignees, type CoAssignee, type DirectiveRow } from './directives.repository.js';
import type { VisibilityFacts } from './visibility.js';
import { deriveState } from './workflow.js';

export function toFacts(row: DirectiveRow, co: CoAssignee[]): VisibilityFacts {
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

export function presentDirective(row: DirectiveRow, co: CoAssignee[], names: OrgNames, today: string): TDirectiveSummary {
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

// Names come from the organisation's cached directory, the co-assignees from one query: both from the
// caller when it has them already (the paginated list).
export async function presentDirectives(
  db: Queryable,
  administrationId: string,
  rows: DirectiveRow[],
  today: string,
  known: { co?: CoAssignee[]; names?: OrgNames } = {},
): Promise<TDirectiveSummary[]> {
  if (rows.length === 0) return [];
  const [co, names] = await Promise.all([
    known.co ??
      selectCoAssignees(
        db,
        rows.map((r) => r.id),
      ),
    known.names ?? getOrganisationDirectory(db, administrationId),
  ]);
  const byDirective = new Map<string, CoAssignee[]>();
  for (const c of co) byDirective.set(c.directiveId, [...(byDirective.get(c.directiveId) ?? []), c]);
  return rows.map((r) => presentDirective(r, byDirective.get(r.id) ?? [], names, today));
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
