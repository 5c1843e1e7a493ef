// The rows of a dossier's circuit: named people, assignments (imputations), opinion requests, opinions,
// decisions with the directives they ask for, and attachments. No rules here.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import {
  dossierAssignments,
  dossierAttachments,
  dossierDecisionDirectives,
  dossierDecisions,
  dossierNamedPersons,
  dossierOpinionRequests,
  dossierOpinions,
} from './dossiers.tables.js';

export type AssignmentRow = typeof dossierAssignments.$inferSelect;
export type OpinionRequestRow = typeof dossierOpinionRequests.$inferSelect;
export type OpinionRow = typeof dossierOpinions.$inferSelect;
export type DecisionRow = typeof dossierDecisions.$inferSelect;
export type DirectiveRequestRow = typeof dossierDecisionDirectives.$inferSelect;
export type AttachmentRow = typeof dossierAttachments.$inferSelect;

// --- named people ---
export async function insertNamedPersons(tx: Queryable, rows: (typeof dossierNamedPersons.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return tx.insert(dossierNamedPersons).values(rows).onConflictDoNothing().returning({ personId: dossierNamedPersons.personId });
}

export function selectNamedPersonIds(db: Queryable, dossierId: string) {
  return db
    .select({ personId: dossierNamedPersons.personId })
    .from(dossierNamedPersons)
    .where(eq(dossierNamedPersons.dossierId, dossierId))
    .orderBy(asc(dossierNamedPersons.createdAt));
}

// --- assignments (imputations) ---
export async function insertAssignments(tx: Queryable, rows: (typeof dossierAssignments.$inferInsert)[]) {
  return tx
    .insert(dossierAssignments)
    .values(rows)
    .onConflictDoUpdate({
      target: [dossierAssignments.dossierId, dossierAssignments.structureId],
      set: { purpose: sql`excluded.purpose`, instructions: sql`excluded.instructions` },
    })
    .returning();
}

export function selectAssignments(db: Queryable, dossierId: string) {
  return db.select().from(dossierAssignments).where(eq(dossierAssignments.dossierId, dossierId)).orderBy(asc(dossierAssignments.createdAt));
}

// --- opinion requests and opinions (avis) ---
export async function insertOpinionRequests(tx: Queryable, rows: (typeof dossierOpinionRequests.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return tx.insert(dossierOpinionRequests).values(rows).returning();
}

export function selectOpinionRequests(db: Queryable, dossierIds: string[]) {
  if (dossierIds.length === 0) return Promise.resolve([] as OpinionRequestRow[]);
  return db
    .select()
    .from(dossierOpinionRequests)
    .where(inArray(dossierOpinionRequests.dossierId, dossierIds))
    .orderBy(asc(dossierOpinionRequests.round), asc(dossierOpinionRequests.position));
}

export async function openRequest(tx: Queryable, requestId: string, at: Date) {
  await tx.update(dossierOpinionRequests).set({ openedAt: at }).where(eq(dossierOpinionRequests.id, requestId));
}

export async function insertOpinion(tx: Queryable, values: typeof dossierOpinions.$inferInsert): Promise<OpinionRow> {
  const [row] = await tx.insert(dossierOpinions).values(values).returning();
  await tx
    .update(dossierOpinionRequests)
    .set({ opinionId: row!.id })
    .where(and(eq(dossierOpinionRequests.id, values.requestId), isNull(dossierOpinionRequests.opinionId)));
  return row!;
}

export function selectOpinions(db: Queryable, dossierId: string) {
  return db.select().from(dossierOpinions).where(eq(dossierOpinions.dossierId, dossierId)).orderBy(asc(dossierOpinions.createdAt));
}

// --- decisions and the directives they ask for ---
export async function insertDecision(tx: Queryable, values: typeof dossierDecisions.$inferInsert): Promise<DecisionRow> {
  const [row] = await tx.insert(dossierDecisions).values(values).returning();
  return row!;
}

export async function insertDirectiveRequests(tx: Queryable, rows: (typeof dossierDecisionDirectives.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return tx.insert(dossierDecisionDirectives).values(rows).returning();
}

export function selectDecisions(db: Queryable, dossierId: string) {
  return db.select().from(dossierDecisions).where(eq(dossierDecisions.dossierId, dossierId)).orderBy(asc(dossierDecisions.createdAt));
}

// The follow-up module's directive created for a request.
export async function linkDirectiveRequest(tx: Queryable, requestId: string, directiveId: string) {
  await tx.update(dossierDecisionDirectives).set({ directiveId }).where(eq(dossierDecisionDirectives.id, requestId));
}

export function selectDirectiveRequests(db: Queryable, dossierId: string) {
  return db
    .select()
    .from(dossierDecisionDirectives)
    .where(eq(dossierDecisionDirectives.dossierId, dossierId))
    .orderBy(asc(dossierDecisionDirectives.createdAt));
}

// --- attachments (pièces jointes) ---
export async function insertAttachments(tx: Queryable, rows: (typeof dossierAttachments.$inferInsert)[]) {
  return tx.insert(dossierAttachments).values(rows).returning();
}

export function selectAttachments(db: Queryable, dossierId: string) {
  return db
    .select({
      id: dossierAttachments.id,
      fileName: dossierAttachments.fileName,
      mimeType: dossierAttachments.mimeType,
      sizeBytes: dossierAttachments.sizeBytes,
      sha256: dossierAttachments.sha256,
      hasText: sql<boolean>`${dossierAttachments.extractedText} <> ''`,
      uploadedByName: dossierAttachments.uploadedByName,
      createdAt: dossierAttachments.createdAt,
    })
    .from(dossierAttachments)
    .where(eq(dossierAttachments.dossierId, dossierId))
    .orderBy(asc(dossierAttachments.createdAt), asc(dossierAttachments.fileName));
}

export async function selectAttachment(db: Queryable, dossierId: string, attachmentId: string) {
  const [row] = await db
    .select({
      id: dossierAttachments.id,
      fileName: dossierAttachments.fileName,
      mimeType: dossierAttachments.mimeType,
      sizeBytes: dossierAttachments.sizeBytes,
      sha256: dossierAttachments.sha256,
    })
    .from(dossierAttachments)
    .where(and(eq(dossierAttachments.id, attachmentId), eq(dossierAttachments.dossierId, dossierId)));
  return row;
}

export async function isFileReferenced(db: Queryable, sha256: string): Promise<boolean> {
  const [row] = await db
    .select({ id: dossierAttachments.id })
    .from(dossierAttachments)
    .where(eq(dossierAttachments.sha256, sha256))
    .limit(1);
  return Boolean(row);
}
