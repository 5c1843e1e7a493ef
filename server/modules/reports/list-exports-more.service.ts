// The directives, meetings, activities and audience requests lists as Excel, with the filters in force and
// through each list's own service, so the export shows exactly what the screen may show (list-export.ts).
import type { Database } from '../../platform/db/client.js';
import type { Access } from '../../platform/http/access.js';
import type { AppDeps } from '../../platform/http/deps.js';
import type { TAudienceRequest } from '../agenda/audiences.contract.js';
import { listAudienceRequests } from '../agenda/audiences.service.js';
import type { AudienceStatus } from '../agenda/agenda.tables.js';
import type { TDirectiveFilters, TDirectiveListQuery } from '../followup/directives.contract.js';
import { listDirectives } from '../followup/directives.service.js';
import type { TDirectiveSummary } from '../followup/followup.contract.js';
import { listMeetings } from '../followup/meetings.service.js';
import type { TActivityQuery } from '../planning/planning.contract.js';
import { listActivities } from '../planning/activities.service.js';
import { exportListXlsx, frDate, frNumber } from './list-export.js';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'files' | 'config'>;
// the lists page by page numbers (1..) of at most 100
const byPageNumber = (offset: number) => ({ page: Math.floor(offset / 100) + 1, pageSize: 100 });

const directiveStatuses = { not_started: 'Non démarré', in_progress: 'En cours', done: 'Terminé', blocked: 'Bloqué', cancelled: 'Annulé' };
const priorities = { low: 'Basse', normal: 'Normale', high: 'Haute', urgent: 'Urgente' };
const confidentialities = { normal: 'Normale', sensitive: 'Sensible', reserved: 'Réservée' };
const sources = {
  meeting: 'Réunion',
  audience: 'Audience',
  dossier_decision: 'Décision sur dossier',
  direct_instruction: 'Instruction directe',
  evaluation: 'Évaluation',
  audit: 'Audit',
};
const states = {
  open: 'en cours',
  overdue: 'en retard',
  behind: 'à la traîne',
  on_track: 'dans les temps',
  awaiting_confirmation: 'à confirmer',
  closed: 'clôturées',
};
const meetingKinds = {
  management_committee: 'Comité de direction (CODIR)',
  cabinet_meeting: 'Réunion de cabinet',
  strategic_dialogue: 'Dialogue de gestion stratégique',
  operational_dialogue: 'Dialogue de gestion opérationnel',
  other: 'Autre réunion',
};
const audienceStatuses = { pending: 'En attente', accepted: 'Acceptée', redirected: 'Réorientée', declined: 'Déclinée' };

const directiveState = (d: TDirectiveSummary) =>
  d.isOverdue ? `En retard de ${d.daysOverdue} j` : d.isBehind ? 'À la traîne' : d.isAwaitingConfirmation ? 'À confirmer' : '';

export function exportDirectivesXlsx(deps: Deps, access: Access, query: TDirectiveFilters & { sort: TDirectiveListQuery['sort'] }) {
  return exportListXlsx<TDirectiveSummary>(deps.db, access, {
    title: query.scope === 'mine' ? 'Mes directives et recommandations' : 'Directives et recommandations',
    sheetName: 'Directives',
    filename: query.scope === 'mine' ? 'mes-directives.xlsx' : 'directives.xlsx',
    filters: [
      query.scope === 'mine' && 'mes directives',
      query.kind && (query.kind === 'directive' ? 'directives' : 'recommandations'),
      query.state && `état : ${states[query.state]}`,
      query.status && `statut : ${query.status.map((s) => directiveStatuses[s]).join(', ')}`,
      query.structureId && `une structure${query.includeSubStructures ? ' et ses sous-structures' : ''}`,
      query.sourceType && `origine : ${sources[query.sourceType]}`,
      query.meetingKind && `réunions : ${meetingKinds[query.meetingKind]}`,
      query.priority && `priorité ${priorities[query.priority]}`,
      query.confidentiality && `confidentialité ${confidentialities[query.confidentiality]}`,
      query.dueFrom && `échéance à partir du ${frDate(query.dueFrom)}`,
      query.dueTo && `échéance jusqu’au ${frDate(query.dueTo)}`,
      query.q && `recherche « ${query.q} »`,
    ],
    pageSize: 100,
    fetchPage: async ({ offset }) => listDirectives(deps, access, { ...query, ...byPageNumber(offset) }),
    columns: [
      { title: 'Référence', width: 14, value: (d) => d.reference },
      { title: 'Texte', width: 60, value: (d) => d.text },
      { title: 'Origine', width: 16, value: (d) => sources[d.sourceType] },
      { title: 'Émise par', width: 24, value: (d) => d.issuedBy.title },
      { title: 'Émise le', width: 12, value: (d) => frDate(d.issuedOn) },
      { title: 'Responsable', width: 30, value: (d) => d.lead.postTitle ?? d.lead.structureName },
      { title: 'Co-responsables', width: 30, value: (d) => d.coAssignees.map((c) => c.postTitle ?? c.structureName).join(' ; ') },
      { title: 'Échéance', width: 12, value: (d) => frDate(d.dueDate) },
      { title: 'Priorité', width: 10, value: (d) => priorities[d.priority] },
      { title: 'Confidentialité', width: 12, value: (d) => confidentialities[d.confidentiality] },
      { title: 'Statut', width: 12, value: (d) => directiveStatuses[d.status] },
      { title: 'Avancement (%)', width: 10, value: (d) => String(d.progress) },
      { title: 'Alerte', width: 16, value: directiveState },
    ],
  });
}

type MeetingQuery = { kind?: keyof typeof meetingKinds; from?: string; to?: string; programmeId?: string };
type MeetingItem = Awaited<ReturnType<typeof listMeetings>>['items'][number];

export function exportMeetingsXlsx(deps: Deps, access: Access, query: MeetingQuery) {
  return exportListXlsx<MeetingItem>(deps.db, access, {
    title: 'Réunions',
    sheetName: 'Réunions',
    filename: 'reunions.xlsx',
    filters: [
      query.kind && meetingKinds[query.kind],
      query.from && `à partir du ${frDate(query.from)}`,
      query.to && `jusqu’au ${frDate(query.to)}`,
      query.programmeId && 'un programme',
    ],
    pageSize: 100,
    fetchPage: ({ offset }) => listMeetings(deps, access, { ...query, ...byPageNumber(offset) }),
    columns: [
      { title: 'Date', width: 12, value: (m) => frDate(m.date) },
      { title: 'Heure', width: 8, value: (m) => m.startTime?.slice(0, 5) ?? '' },
      { title: 'Type', width: 30, value: (m) => meetingKinds[m.kind] },
      { title: 'Intitulé', width: 50, value: (m) => m.title },
      { title: 'Lieu', width: 24, value: (m) => m.place },
      { title: 'Présidée par', width: 30, value: (m) => [m.chair.name, m.chair.postTitle].filter(Boolean).join(', ') },
    ],
  });
}

type ActivityItem = Awaited<ReturnType<typeof listActivities>>['items'][number];

export function exportActivitiesXlsx(db: Database, access: Access, query: Omit<TActivityQuery, 'limit' | 'offset'>) {
  return exportListXlsx<ActivityItem>(db, access, {
    title: `Activités du plan de travail${query.year ? ` ${query.year}` : ''}`,
    sheetName: 'Activités',
    filename: `activites${query.year ? `-${query.year}` : ''}.xlsx`,
    filters: [
      query.year !== undefined && `année ${query.year}`,
      `situation à la fin du T${query.asOfQuarter}`,
      query.programmeId && 'un programme',
      query.structureId && 'une structure',
      query.q && `recherche « ${query.q} »`,
    ],
    pageSize: 500,
    fetchPage: (page) => listActivities(db, access, { ...query, ...page }),
    columns: [
      { title: 'Programme', width: 10, value: (a) => a.programmeCode },
      { title: 'Action', width: 10, value: (a) => a.actionCode },
      { title: 'Code', width: 14, value: (a) => a.code },
      { title: 'Activité', width: 50, value: (a) => a.title },
      { title: 'Structure responsable', width: 32, value: (a) => a.responsibleStructureName },
      { title: 'Trimestres', width: 12, value: (a) => a.quarters.map((q) => `T${q}`).join(', ') },
      { title: 'Budget alloué (FCFA)', width: 16, value: (a) => String(a.budgetAllotted) },
      { title: 'Engagé (FCFA)', width: 16, value: (a) => String(a.state.budgetCommitted) },
      { title: 'Dépensé (FCFA)', width: 16, value: (a) => String(a.state.budgetSpent) },
      { title: 'Avancement physique (%)', width: 12, value: (a) => frNumber(a.state.physicalProgress) },
      { title: 'Avancement attendu (%)', width: 12, value: (a) => frNumber(a.state.expectedProgress) },
    ],
  });
}

export function exportAudienceRequestsXlsx(db: Database, access: Access, status: AudienceStatus | undefined) {
  return exportListXlsx<TAudienceRequest>(db, access, {
    title: 'Demandes d’audience',
    sheetName: 'Demandes',
    filename: 'demandes-audience.xlsx',
    filters: [status && `statut : ${audienceStatuses[status]}`],
    pageSize: Number.MAX_SAFE_INTEGER,
    // the list is not paged: one call returns every request with this status
    fetchPage: async () => {
      const { items } = await listAudienceRequests(db, access, status);
      return { items, total: items.length };
    },
    columns: [
      { title: 'Référence', width: 14, value: (r) => r.reference },
      { title: 'Reçue le', width: 12, value: (r) => frDate(r.createdAt) },
      { title: 'Demandeur', width: 28, value: (r) => r.requesterName },
      { title: 'Organisation', width: 24, value: (r) => r.organisation ?? '' },
      { title: 'Objet', width: 50, value: (r) => r.subject },
      { title: 'Origine', width: 10, value: (r) => (r.source === 'public' ? 'Publique' : 'Interne') },
      { title: 'Statut', width: 12, value: (r) => audienceStatuses[r.status] },
      { title: 'Audience', width: 20, value: (r) => (r.event ? frDate(r.event.startsAt) : '') },
      { title: 'Réorientée vers', width: 24, value: (r) => r.redirectedTo?.name ?? '' },
      { title: 'Note de décision', width: 40, value: (r) => r.decisionNote ?? '' },
    ],
  });
}
