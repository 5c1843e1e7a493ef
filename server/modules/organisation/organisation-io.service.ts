// Excel template, export and import of an administration's organisation.
import ExcelJS from 'exceljs';
import type { Database, Tx } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { recordAudit, type AuditEntry } from '../../platform/audit/audit.js';
import { todayIso } from '../../platform/dates.js';
import type { TImportCounts } from './organisation.contract.js';
import * as repo from './import.repository.js';
import { beginOrganisationWrite } from './organisation.repository.js';
import { planImport, type ImportPlan, type ReadWorkbook } from './import-plan.js';
import {
  addReadme,
  addSheet,
  newWorkbook,
  normalise,
  postFunctionLabels,
  readSheet,
  sheetOrder,
  sheets,
  structureKindLabels,
  writeWorkbook,
} from './organisation-workbook.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function buildTemplateWorkbook(access: Access): Promise<Buffer> {
  assertCan(access, 'organisation.read');
  const workbook = newWorkbook();
  addReadme(workbook, 'Modèle d’import de l’organisation (Pilotage)');
  for (const id of sheetOrder) addSheet(workbook, sheets[id], [sheets[id].example]);
  return writeWorkbook(workbook);
}

// Readable keys: the acronym when it names one structure or post only, else a numbered code.
function makeKeys(items: { id: string; acronym: string | null }[], prefix: string, taken: Map<string, number>) {
  return new Map(
    items.map((item, i) => [item.id, item.acronym && taken.get(normalise(item.acronym)) === 1 ? item.acronym : `${prefix}${i + 1}`]),
  );
}

export async function buildExportWorkbook(db: Database, access: Access) {
  assertCan(access, 'organisation.read');
  const data = await repo.selectOrganisationSnapshot(db, access.administrationId);
  const acronyms = new Map<string, number>();
  for (const { acronym } of [...data.structures, ...data.posts]) {
    if (acronym) acronyms.set(normalise(acronym), (acronyms.get(normalise(acronym)) ?? 0) + 1);
  }
  const structureKeys = makeKeys(data.structures, 'S', acronyms);
  const postKeys = makeKeys(data.posts, 'P', acronyms);
  const personKeys = new Map(data.persons.map((p, i) => [p.id, `PE${i + 1}`]));
  const rankNames = new Map(data.ranks.map((r) => [r.id, r.name]));
  const key = (keys: Map<string, string>, id: string | null) => (id ? (keys.get(id) ?? '') : '');

  const workbook = newWorkbook();
  addReadme(workbook, `Organisation exportée le ${todayIso().split('-').reverse().join('/')} (Pilotage)`);
  addSheet(
    workbook,
    sheets.ranks,
    data.ranks.map((r) => ({ name: r.name, level: r.level })),
  );
  addSheet(
    workbook,
    sheets.structures,
    data.structures.map((s) => ({
      key: key(structureKeys, s.id),
      name: s.name,
      kind: structureKindLabels[s.kind],
      acronym: s.acronym,
      parent: key(structureKeys, s.parentId),
      attachedTo: key(structureKeys, s.attachedToId),
      order: s.sortOrder,
    })),
  );
  addSheet(
    workbook,
    sheets.posts,
    data.posts.map((p) => ({
      key: key(postKeys, p.id),
      title: p.title,
      acronym: p.acronym,
      structure: key(structureKeys, p.structureId),
      rank: p.rankId ? (rankNames.get(p.rankId) ?? '') : '',
      reportsTo: key(postKeys, p.reportsToId),
      function: postFunctionLabels[p.function],
      isHead: p.isHeadOfStructure ? 'oui' : 'non',
      order: p.sortOrder,
    })),
  );
  addSheet(
    workbook,
    sheets.attributions,
    data.attributions.map((a) => ({ owner: a.structureId ? key(structureKeys, a.structureId) : key(postKeys, a.postId), text: a.text })),
  );
  addSheet(
    workbook,
    sheets.persons,
    data.persons.map((p) => ({
      key: key(personKeys, p.id),
      civility: p.civility,
      firstName: p.firstName,
      lastName: p.lastName,
      email: p.email,
      phone: p.phone,
    })),
  );
  addSheet(
    workbook,
    sheets.assignments,
    data.assignments.map((a) => ({
      person: key(personKeys, a.personId),
      post: key(postKeys, a.postId),
      startDate: a.startDate,
      endDate: a.endDate,
    })),
  );
  addSheet(
    workbook,
    sheets.interims,
    data.interims.map((i) => ({ ...i, person: key(personKeys, i.personId), post: key(postKeys, i.postId) })),
  );
  return { buffer: await writeWorkbook(workbook), fileName: `organisation-${todayIso()}.xlsx` };
}

async function readWorkbook(body: unknown): Promise<ReadWorkbook> {
  if (!Buffer.isBuffer(body) || body.length === 0) throw new AppError('bad_request', { messageKey: 'import.unreadable' });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    // a corrupt or non-xlsx file is the caller's mistake, not a server error
    throw new AppError('bad_request', { messageKey: 'import.unreadable' });
  }
  const byName = new Map(workbook.worksheets.map((w) => [normalise(w.name), w]));
  const read = {} as ReadWorkbook;
  for (const id of sheetOrder) read[id] = readSheet(byName.get(normalise(sheets[id].name)), sheets[id]);
  return read;
}

// Every row is checked before anything is written; then everything is written in one transaction.
export async function importWorkbook(db: Database, access: Access, body: unknown): Promise<{ counts: TImportCounts }> {
  assertCan(access, 'organisation.manage');
  const read = await readWorkbook(body);
  return db.transaction(async (tx) => {
    await beginOrganisationWrite(tx, access.administrationId);
    const existing = await repo.selectOrganisationSnapshot(tx, access.administrationId);
    const result = planImport(read, existing, access.actor.locale);
    if (!result.plan) {
      const refused = result.refused;
      throw new AppError('import_refused', {
        params: { count: new Set(refused.map((r) => `${r.sheet}|${r.row}`)).size },
        details: { refused },
      });
    }
    await applyPlan(tx, access, result.plan);
    const counts = countPlan(result.plan);
    await recordAudit(tx, access, [
      ...auditEntries(result.plan),
      { action: 'organisation.import', entityType: 'administration', entityId: access.administrationId, after: counts },
    ]);
    return { counts };
  });
}

async function applyPlan(tx: Tx, access: Access, plan: ImportPlan) {
  const administrationId = access.administrationId;
  await repo.insertRanks(
    tx,
    plan.ranks.create.map((r) => ({ ...r, administrationId })),
  );
  for (const { after } of plan.ranks.update) await repo.updateRankRow(tx, after.id, { name: after.name, level: after.level });
  // links last: a structure or post may refer to one created further down the sheet
  await repo.insertStructures(
    tx,
    plan.structures.create.map((s) => ({ ...s, administrationId, parentId: null, attachedToId: null })),
  );
  for (const s of [...plan.structures.create, ...plan.structures.update.map((u) => u.after)]) {
    const { id, ...values } = s;
    await repo.updateStructureRow(tx, id, values);
  }
  await repo.insertPosts(
    tx,
    plan.posts.create.map((p) => ({ ...p, administrationId, reportsToId: null })),
  );
  for (const p of [...plan.posts.create.filter((c) => c.reportsToId), ...plan.posts.update.map((u) => u.after)]) {
    const { id, ...values } = p;
    await repo.updatePostRow(tx, id, values);
  }
  await repo.insertAttributionRows(
    tx,
    plan.attributions.create.map((a) => ({ ...a, administrationId })),
  );
  await repo.insertPersons(
    tx,
    plan.persons.create.map((p) => ({ ...p, administrationId })),
  );
  for (const { after } of plan.persons.update) {
    const { id, ...values } = after;
    await repo.updatePersonRow(tx, id, values);
  }
  await repo.insertAssignments(
    tx,
    plan.assignments.create.map((a) => ({ ...a, administrationId })),
  );
  await repo.insertInterims(
    tx,
    plan.interims.create.map((i) => ({ ...i, administrationId })),
  );
}

function countPlan(plan: ImportPlan): TImportCounts {
  const of = (change: { create: unknown[]; update?: unknown[] }) => ({
    created: change.create.length,
    updated: change.update?.length ?? 0,
  });
  return {
    ranks: of(plan.ranks),
    structures: of(plan.structures),
    posts: of(plan.posts),
    attributions: of(plan.attributions),
    persons: of(plan.persons),
    assignments: of(plan.assignments),
    interims: of(plan.interims),
  };
}

function auditEntries(plan: ImportPlan): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const [entityType, change] of [
    ['rank', plan.ranks],
    ['structure', plan.structures],
    ['post', plan.posts],
    ['person', plan.persons],
  ] as const) {
    for (const after of change.create) entries.push({ action: `${entityType}.import`, entityType, entityId: after.id, after });
    for (const u of change.update)
      entries.push({ action: `${entityType}.import`, entityType, entityId: u.after.id, before: u.before, after: u.after });
  }
  return entries;
}
