// Lists, counts, "waiting on me", search, suggestions, export and notifications. Each one goes through the
// same visibility predicate (dossiers.repository.ts visibleTo) with the caller's viewer.
import { and } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Database } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { todayIso } from '../../platform/dates.js';
import type { TDesk, TDossierListItem, TDossierQuery } from './dossiers.contract.js';
import * as repo from './dossiers.repository.js';
import { confidentialities } from './dossiers.tables.js';
import { selectRecentEvents } from './dossier-events.repository.js';
import { presentListItems } from './dossier-desks.service.js';
import { dossierLabel } from './dossier-labels.js';
import { loadViewer } from './dossier-viewer.service.js';
import { splitHeadline } from './search-extracts.js';

const EXPORT_MAX_ROWS = 10_000;
const NOTIFICATION_DAYS = 30;

function toFilter(query: Omit<TDossierQuery, 'limit' | 'offset'>): repo.ListFilter {
  return {
    status: query.status,
    holder: query.holder,
    isLate: query.isLate === undefined ? undefined : query.isLate === 'true',
    confidentiality: query.confidentiality,
    kind: query.kind,
    structureId: query.structureId,
    today: todayIso(),
  };
}

export async function listDossiers(db: Database, access: Access, query: TDossierQuery) {
  assertCan(access, 'dossiers.read');
  const viewer = await loadViewer(db, access);
  const page = await repo.selectDossierPage(db, viewer, toFilter(query), { limit: query.limit, offset: query.offset });
  return {
    items: await presentListItems(db, access, page.items),
    total: page.total,
    isTotalCapped: page.isTotalCapped,
    limit: query.limit,
    offset: query.offset,
  };
}

// The dossiers at one of the caller's desks now, oldest deadline first.
export async function listWaitingOnMe(db: Database, access: Access, page: { limit: number; offset: number }) {
  return listDossiers(db, access, { holder: 'me', ...page });
}

export async function getStats(db: Database, access: Access) {
  assertCan(access, 'dossiers.read');
  const viewer = await loadViewer(db, access);
  const [rows, waitingOnMe] = await Promise.all([repo.selectCounts(db, viewer, todayIso()), repo.countWaiting(db, viewer)]);
  const byStatus = { registered: 0, in_review: 0, awaiting_decision: 0 };
  const byConfidentiality = Object.fromEntries(confidentialities.map((c) => [c, 0])) as Record<(typeof confidentialities)[number], number>;
  let late = 0;
  for (const r of rows) {
    if (r.status === 'filed' || r.status === 'decided') continue;
    byStatus[r.status] += r.n;
    byConfidentiality[r.confidentiality] += r.n;
    late += r.late;
  }
  const open = byStatus.registered + byStatus.in_review + byStatus.awaiting_decision;
  return { open, late, waitingOnMe, byStatus, byConfidentiality };
}

export async function searchDossiers(db: Database, access: Access, query: { q: string; limit: number }) {
  assertCan(access, 'dossiers.read');
  const viewer = await loadViewer(db, access);
  const rows = await repo.searchDossiers(db, viewer, query.q, query.limit);
  const items = await presentListItems(db, access, rows);
  return {
    items: items.map((item, i) => ({ ...item, rank: rows[i]!.rank, extracts: splitHeadline(rows[i]!.headline) })),
  };
}

export async function suggestDossiers(db: Database, access: Access, q: string) {
  assertCan(access, 'dossiers.read');
  const viewer = await loadViewer(db, access);
  return { items: await repo.suggestDossiers(db, viewer, q) };
}

// Recent steps of the dossiers that concern the caller (at their desk, naming them, assigned to their
// structures), others' actions only.
export async function listNotifications(db: Database, access: Access, limit = 30) {
  assertCan(access, 'dossiers.read');
  const viewer = await loadViewer(db, access);
  const since = new Date(Date.now() - NOTIFICATION_DAYS * 86_400_000);
  const where = and(repo.visibleTo(viewer), repo.concerning(viewer))!;
  const rows = await selectRecentEvents(db, where, repo.waitingOn(viewer), since, access.actor.userId, limit);
  return {
    items: rows.map((r) => ({
      dossierId: r.dossierId,
      reference: r.reference,
      subject: r.subject,
      type: r.type,
      at: r.at.toISOString(),
      actorName: r.actorName,
      isWaitingOnMe: r.isWaitingOnMe,
    })),
  };
}

const describeHolders = (holders: TDesk[], locale: 'fr' | 'en') =>
  holders
    .map((h) => {
      const who = h.postTitle ?? h.structureName ?? '';
      const names = h.personNames.length > 0 ? ` (${h.personNames.join(', ')})` : '';
      return `${dossierLabel(locale, 'desk', h.type)} : ${who}${names}`;
    })
    .join(' ; ');

// The list as an Excel workbook, with the same filters and the same confidentiality as the page.
export async function exportDossiers(db: Database, access: Access, query: Omit<TDossierQuery, 'limit' | 'offset'>) {
  assertCan(access, 'dossiers.read');
  const viewer = await loadViewer(db, access);
  const locale = access.actor.locale;
  const page = await repo.selectDossierPage(db, viewer, toFilter(query), { limit: EXPORT_MAX_ROWS, offset: 0 });
  const items: TDossierListItem[] = await presentListItems(db, access, page.items);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pilotage';
  const sheet = workbook.addWorksheet(locale === 'en' ? 'Dossiers' : 'Dossiers');
  const fr = locale !== 'en';
  sheet.columns = [
    { header: fr ? 'Référence' : 'Reference', key: 'reference', width: 20 },
    { header: fr ? 'Reçu le' : 'Received', key: 'receivedOn', width: 12 },
    { header: fr ? 'Expéditeur' : 'Sender', key: 'senderName', width: 30 },
    { header: fr ? 'Objet' : 'Subject', key: 'subject', width: 60 },
    { header: fr ? 'Nature' : 'Kind', key: 'kind', width: 20 },
    { header: fr ? 'Confidentialité' : 'Confidentiality', key: 'confidentiality', width: 16 },
    { header: fr ? 'Étape' : 'Status', key: 'status', width: 24 },
    { header: fr ? 'Échéance' : 'Deadline', key: 'deadline', width: 12 },
    { header: fr ? 'En retard' : 'Late', key: 'isLate', width: 10 },
    { header: fr ? 'Chez' : 'Held by', key: 'holders', width: 50 },
    { header: fr ? 'Depuis' : 'Since', key: 'heldSince', width: 18 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const d of items) {
    sheet.addRow({
      reference: d.reference,
      receivedOn: d.receivedOn,
      senderName: d.senderName,
      subject: d.subject,
      kind: dossierLabel(locale, 'kind', d.kind),
      confidentiality: dossierLabel(locale, 'confidentiality', d.confidentiality),
      status: dossierLabel(locale, 'status', d.status),
      deadline: d.deadline ?? '',
      isLate: dossierLabel(locale, 'word', d.isLate ? 'yes' : 'no'),
      holders: describeHolders(d.holders, locale),
      heldSince: d.heldSince ? d.heldSince.slice(0, 16).replace('T', ' ') : '',
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
