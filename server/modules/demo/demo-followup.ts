// Demo follow-up: meetings, directives and recommendations of the two demo administrations, around
// November 2026 (the minister is away 16-28 November: the DC chairs the CODIR of the 20th, seed 000).
// Some items are overdue, one is sensitive, one reserved. Like load-demo.ts, it writes the tables directly.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { resolveActing } from '../organisation/acting.js';
import { loadOrgSnapshot } from '../organisation/holders.service.js';
import { persons, posts, structures } from '../organisation/organisation.tables.js';
import {
  directiveCoAssignees,
  directives,
  directiveUpdates,
  meetingAgendaItems,
  meetingAttendees,
  meetings,
} from '../followup/followup.tables.js';
import type { DemoAdministration } from './demo-data.js';

type DemoDirective = {
  reference: string;
  kind?: 'directive' | 'recommendation';
  text: string;
  lead: { structureKey?: string; postKey?: string };
  co?: string[]; // structure keys
  issuedOn: string;
  dueDate: string;
  priority?: 'low' | 'normal' | 'high' | 'urgent';
  confidentiality?: 'normal' | 'sensitive' | 'reserved';
  sourceType?: 'meeting' | 'audience' | 'direct_instruction' | 'evaluation' | 'audit';
  sourceDocument?: string;
  agendaIndex?: number;
  // progress reports, oldest first; the last gives the status
  reports?: { on: string; status: 'in_progress' | 'blocked' | 'done'; progress: number; text: string }[];
  confirmedOn?: string;
};

type DemoMeeting = {
  kind: 'management_committee' | 'cabinet_meeting' | 'strategic_dialogue';
  title: string;
  date: string;
  startTime: string;
  place: string;
  attendeeKeys: string[]; // post keys
  agenda: { title: string; notes: string }[];
  minutes: string;
  decisions: DemoDirective[];
};

type DemoFollowup = { meetings: DemoMeeting[]; directives: DemoDirective[] };

const ministry: DemoFollowup = {
  meetings: [
    {
      kind: 'management_committee',
      title: 'Comité de direction du 16 octobre 2026',
      date: '2026-10-16',
      startTime: '09:00',
      place: 'Salle de conférence du Ministère, Cotonou',
      attendeeKeys: ['p-dc', 'p-dac', 'p-sg', 'p-dpp', 'p-daf', 'p-dgi', 'p-dtt', 'p-prmp'],
      agenda: [
        {
          title: 'Bilan d’exécution du plan de travail annuel au 30 septembre',
          notes: 'Taux d’exécution physique de 58 % ; retards sur les marchés de travaux.',
        },
        {
          title: 'Sécurité routière pendant les fêtes de fin d’année',
          notes: 'Hausse des accidents constatée en décembre 2025 sur les axes inter-États.',
        },
      ],
      minutes: 'Le Comité a examiné l’exécution du PTA et arrêté les mesures ci-après.',
      decisions: [
        {
          reference: 'D-2026-0001',
          text: 'Transmettre au Cabinet le rapport d’exécution du PTA au 30 septembre 2026',
          lead: { structureKey: 's-dpp' },
          issuedOn: '2026-10-16',
          dueDate: '2026-10-31',
          agendaIndex: 0,
          reports: [{ on: '2026-10-29', status: 'done', progress: 100, text: 'Rapport transmis sous bordereau n°112/DPP.' }],
          confirmedOn: '2026-10-30',
        },
        {
          reference: 'D-2026-0002',
          text: 'Lancer la campagne de sensibilisation à la sécurité routière des fêtes de fin d’année',
          lead: { structureKey: 's-dtt' },
          co: ['s-dgi'],
          issuedOn: '2026-10-16',
          dueDate: '2026-11-30',
          priority: 'high',
          agendaIndex: 1,
          reports: [
            { on: '2026-11-10', status: 'in_progress', progress: 40, text: 'Messages radio enregistrés ; affichage en cours de commande.' },
          ],
        },
        {
          reference: 'D-2026-0003',
          text: 'Produire l’état des marchés de travaux en souffrance et les mesures de déblocage',
          lead: { postKey: 'p-prmp' },
          issuedOn: '2026-10-16',
          dueDate: '2026-11-10',
          priority: 'high',
          agendaIndex: 0,
        },
      ],
    },
    {
      kind: 'management_committee',
      title: 'Comité de direction du 20 novembre 2026',
      date: '2026-11-20',
      startTime: '09:00',
      place: 'Salle de conférence du Ministère, Cotonou',
      attendeeKeys: ['p-dc', 'p-dac', 'p-sg', 'p-dpp', 'p-daf', 'p-dgi', 'p-dtt', 'p-chef-cj'],
      agenda: [
        {
          title: 'Suivi des décisions du Comité du 16 octobre',
          notes: 'La PRMP n’a pas produit l’état des marchés attendu pour le 10 novembre.',
        },
        { title: 'Préparation du budget-programme 2027', notes: '' },
        { title: 'Questions diverses', notes: '' },
      ],
      minutes: 'En l’absence du Ministre, en mission, le Comité est présidé par le Directeur de cabinet.',
      decisions: [
        {
          reference: 'D-2026-0004',
          text: 'Consolider les propositions de budget-programme 2027 des directions',
          lead: { structureKey: 's-daf' },
          co: ['s-dpp'],
          issuedOn: '2026-11-20',
          dueDate: '2026-12-05',
          agendaIndex: 1,
        },
        {
          reference: 'D-2026-0005',
          text: 'Préparer la défense du Ministère dans le contentieux de résiliation du marché de la route des pêches',
          lead: { postKey: 'p-chef-cj' },
          issuedOn: '2026-11-20',
          dueDate: '2026-12-15',
          priority: 'urgent',
          confidentiality: 'reserved',
          agendaIndex: 2,
        },
      ],
    },
  ],
  directives: [
    {
      reference: 'D-2026-0006',
      text: 'Préparer une note sur les causes du retard du chantier de la voie de contournement',
      lead: { structureKey: 's-dgi' },
      issuedOn: '2026-11-02',
      dueDate: '2026-11-15',
      confidentiality: 'sensitive',
      sourceType: 'audience',
      reports: [
        { on: '2026-11-12', status: 'in_progress', progress: 60, text: 'Constat de chantier fait ; avis de l’entreprise attendu.' },
      ],
    },
    {
      reference: 'D-2026-0007',
      text: 'Transmettre la liste à jour des transporteurs agréés',
      lead: { structureKey: 's-dtt' },
      issuedOn: '2026-10-20',
      dueDate: '2026-11-05',
      sourceType: 'direct_instruction',
      reports: [{ on: '2026-11-04', status: 'blocked', progress: 30, text: 'Base des agréments indisponible depuis la panne du serveur.' }],
    },
    {
      reference: 'R-2026-0001',
      kind: 'recommendation',
      text: 'Tenir un registre des immobilisations et l’inventorier chaque année',
      lead: { structureKey: 's-daf' },
      issuedOn: '2026-07-01',
      dueDate: '2026-12-31',
      sourceType: 'audit',
      sourceDocument: 'Rapport d’audit de l’Inspection générale des finances, juin 2026',
      reports: [{ on: '2026-10-01', status: 'in_progress', progress: 20, text: 'Modèle de registre validé.' }],
    },
  ],
};

const townHall: DemoFollowup = {
  meetings: [
    {
      kind: 'cabinet_meeting',
      title: 'Réunion de cabinet du 9 novembre 2026',
      date: '2026-11-09',
      startTime: '10:00',
      place: 'Cabinet du Maire',
      attendeeKeys: ['p-dc', 'p-dac', 'p-ctaj', 'p-ctef', 'p-cp', 'p-dpm'],
      agenda: [
        { title: 'Satisfaction des usagers du marché central', notes: 'Plaintes sur la propreté et l’éclairage.' },
        { title: 'Sécurité publique', notes: '' },
      ],
      minutes: 'Réunion présidée par le Maire.',
      decisions: [
        {
          reference: 'D-2026-0001',
          text: 'Organiser la consultation des usagers du marché central',
          lead: { structureKey: 's-ddlp' },
          issuedOn: '2026-11-09',
          dueDate: '2026-11-20',
          agendaIndex: 0,
          reports: [{ on: '2026-11-16', status: 'in_progress', progress: 50, text: 'Questionnaire validé ; enquêteurs recrutés.' }],
        },
        {
          reference: 'D-2026-0002',
          text: 'Proposer un plan de redéploiement de la police municipale',
          lead: { structureKey: 's-dpm' },
          issuedOn: '2026-11-09',
          dueDate: '2026-12-10',
          confidentiality: 'sensitive',
          agendaIndex: 1,
        },
        {
          reference: 'D-2026-0003',
          text: 'Préparer la réponse au recours gracieux d’un agent révoqué',
          lead: { postKey: 'p-ctaj' },
          issuedOn: '2026-11-09',
          dueDate: '2026-12-01',
          confidentiality: 'reserved',
          agendaIndex: 1,
        },
      ],
    },
    {
      kind: 'management_committee',
      title: 'Comité de direction du 8 décembre 2026',
      date: '2026-12-08',
      startTime: '09:00',
      place: 'Salle du conseil municipal',
      attendeeKeys: ['p-dc', 'p-dac', 'p-sg', 'p-dst', 'p-ddlp', 'p-dpm'],
      agenda: [{ title: 'Suivi des décisions de la réunion de cabinet', notes: '' }],
      minutes: '',
      decisions: [],
    },
  ],
  directives: [
    {
      reference: 'R-2026-0001',
      kind: 'recommendation',
      text: 'Actualiser les indicateurs du PDM avant le dialogue de gestion annuel',
      lead: { postKey: 'p-pf-se' },
      issuedOn: '2026-10-01',
      dueDate: '2027-01-31',
      sourceType: 'evaluation',
      sourceDocument: 'Rapport d’évaluation à mi-parcours du PDM, septembre 2026',
    },
  ],
};

const demos: Record<string, DemoFollowup> = { MIT: ministry, MZG: townHall };

export async function loadFollowupDemo(tx: Tx, administrationId: string, demo: DemoAdministration): Promise<void> {
  const data = demos[demo.code];
  if (!data) return;
  const structureRows = await tx.select().from(structures).where(eq(structures.administrationId, administrationId));
  const postRows = await tx.select().from(posts).where(eq(posts.administrationId, administrationId));
  const structureId = (key: string) => structureRows.find((s) => s.name === demo.structures.find((d) => d.key === key)!.name)!.id;
  const postOf = (key: string) => postRows.find((p) => p.title === demo.posts.find((d) => d.key === key)!.title)!;
  const head = postRows.find((p) => p.function === 'head')!;
  const [dc] = await tx
    .select()
    .from(persons)
    .where(and(eq(persons.administrationId, administrationId), eq(persons.email, demo.people.find((p) => p.postKey === 'p-dc')!.email)));

  const insertDirective = async (d: DemoDirective, meeting?: { id: string; issuer: string; agendaIds: string[] }) => {
    const lead = d.lead.postKey ? postOf(d.lead.postKey) : undefined;
    const last = d.reports?.at(-1);
    const [row] = await tx
      .insert(directives)
      .values({
        administrationId,
        kind: d.kind ?? 'directive',
        reference: d.reference,
        text: d.text,
        sourceType: meeting ? 'meeting' : (d.sourceType ?? 'direct_instruction'),
        sourceId: meeting?.id ?? null,
        sourceDocument: d.sourceDocument ?? null,
        meetingId: meeting?.id ?? null,
        agendaItemId: meeting && d.agendaIndex !== undefined ? meeting.agendaIds[d.agendaIndex]! : null,
        issuedByPostId: meeting?.issuer ?? head.id,
        issuedOn: d.issuedOn,
        leadStructureId: lead ? lead.structureId : structureId(d.lead.structureKey!),
        leadPostId: lead?.id ?? null,
        dueDate: d.dueDate,
        priority: d.priority ?? 'normal',
        confidentiality: d.confidentiality ?? 'normal',
        status: last?.status ?? 'not_started',
        progress: last?.progress ?? 0,
        completedOn: last?.status === 'done' ? last.on : null,
        confirmedAt: d.confirmedOn ? new Date(`${d.confirmedOn}T10:00:00Z`) : null,
        confirmedByName: d.confirmedOn && dc ? `${dc.firstName} ${dc.lastName}` : null,
        lastReportAt: last ? new Date(`${last.on}T16:00:00Z`) : null,
        createdByPersonId: dc?.id ?? null,
        createdAt: new Date(`${d.issuedOn}T12:00:00Z`),
        updatedAt: new Date(`${last?.on ?? d.issuedOn}T16:00:00Z`),
      })
      .returning();
    if (d.co?.length) {
      await tx
        .insert(directiveCoAssignees)
        .values(d.co.map((key) => ({ administrationId, directiveId: row!.id, structureId: structureId(key), postId: null })));
    }
    let status: 'not_started' | 'in_progress' | 'blocked' | 'done' = 'not_started';
    for (const report of d.reports ?? []) {
      await tx.insert(directiveUpdates).values({
        administrationId,
        directiveId: row!.id,
        kind: 'progress',
        statusBefore: status,
        statusAfter: report.status,
        progress: report.progress,
        text: report.text,
        authorName: 'Responsable désigné',
        at: new Date(`${report.on}T16:00:00Z`),
      });
      status = report.status;
    }
    if (d.confirmedOn) {
      await tx.insert(directiveUpdates).values({
        administrationId,
        directiveId: row!.id,
        kind: 'confirmed',
        statusBefore: 'done',
        statusAfter: 'done',
        text: 'Achèvement confirmé.',
        authorPersonId: dc?.id ?? null,
        authorName: dc ? `${dc.firstName} ${dc.lastName}` : 'Cabinet',
        at: new Date(`${d.confirmedOn}T10:00:00Z`),
      });
    }
  };

  for (const m of data.meetings) {
    const snapshot = await loadOrgSnapshot(tx, administrationId, m.date);
    const chair = resolveActing(snapshot, head.id, m.kind === 'management_committee' ? 'management_committee' : 'any');
    const chairPerson = chair?.persons[0];
    const chairPost = chair ? snapshot.posts.get(chair.postId)! : head;
    const absent = chair?.absentHolders.map((h) => `${h.civility} ${h.fullName}`).join(', ');
    const [meeting] = await tx
      .insert(meetings)
      .values({
        administrationId,
        kind: m.kind,
        title: m.title,
        date: m.date,
        startTime: m.startTime,
        place: m.place,
        chairPostId: chairPost.id,
        chairPersonId: chairPerson?.personId ?? null,
        chairName: chairPerson ? `${chairPerson.civility} ${chairPerson.fullName}` : '',
        chairPostTitle: chairPost.title,
        chairBasis: chair?.basis ?? 'none',
        chairNote:
          chair?.basis === 'succession_rule'
            ? `En l’absence de ${absent}, ${head.title}, ${chairPost.title} préside (règle de suppléance)`
            : '',
        minutes: m.minutes,
        minutesUpdatedAt: m.minutes ? new Date(`${m.date}T18:00:00Z`) : null,
        createdAt: new Date(`${m.date}T08:00:00Z`),
        updatedAt: new Date(`${m.date}T18:00:00Z`),
      })
      .returning();
    const agenda = await tx
      .insert(meetingAgendaItems)
      .values(m.agenda.map((a, position) => ({ administrationId, meetingId: meeting!.id, position, title: a.title, notes: a.notes })))
      .returning();
    await tx.insert(meetingAttendees).values(
      m.attendeeKeys.map((key, position) => {
        const post = postOf(key);
        const holder = resolveActing(snapshot, post.id, 'any')?.persons[0];
        return {
          administrationId,
          meetingId: meeting!.id,
          postId: post.id,
          personId: holder?.personId ?? null,
          name: [holder ? `${holder.civility} ${holder.fullName}` : '', post.title].filter(Boolean).join(', '),
          position,
        };
      }),
    );
    const ordered = [...agenda].sort((a, b) => a.position - b.position).map((a) => a.id);
    for (const d of m.decisions) await insertDirective(d, { id: meeting!.id, issuer: chairPost.id, agendaIds: ordered });
  }
  for (const d of data.directives) await insertDirective(d);
}
