// Demo dossiers of the two administrations, at every step of the circuit (some sensitive, one reserved per
// administration, some late), replayed through the dossiers module's own steps with dates in the past, so
// their events, hashes and holders are exactly what the application would have written.
// Dates are counted back from the day the demo is loaded. All names and cases are fictitious.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { permissions } from '../../platform/http/access.js';
import { todayIso } from '../../platform/dates.js';
import { extractText } from '../../platform/documents/text-extract.js';
import { renderPdf } from '../../platform/documents/pdf.js';
import { FileStore } from '../../platform/files/staged-file-store.js';
import { listPositionsHeld, listStructureNames } from '../organisation/positions.service.js';
import { allocateReference } from '../dossiers/dossier-settings.service.js';
import { upsertSettings } from '../dossiers/dossier-settings.repository.js';
import * as dossierRepo from '../dossiers/dossiers.repository.js';
import * as steps from '../dossiers/dossier-steps.repository.js';
import { recordEvent } from '../dossiers/dossier-events.service.js';
import { describeViewer } from '../dossiers/dossier-viewer.js';
import { currentDesks, openRequests } from '../dossiers/dossier-progress.js';
import type { Confidentiality, DossierKind } from '../dossiers/dossiers.tables.js';
import {
  applyAssignment,
  applyDecision,
  applyFiling,
  applyOpinion,
  applyRegistration,
  type StepActor,
} from '../dossiers/workflow-steps.js';

type Step =
  | { do: 'assign'; daysAgo: number; by: string; to: [string, 'action' | 'information'][]; instructions: string }
  | { do: 'opinion'; daysAgo: number; by: string; verdict: 'favourable' | 'unfavourable' | 'favourable_with_reservations'; text: string }
  | {
      do: 'decide';
      daysAgo: number;
      by: string;
      outcome: 'approved' | 'rejected' | 'returned' | 'deferred';
      comment: string;
      directives?: { text: string; lead: string; dueInDays: number }[];
    }
  | { do: 'file'; daysAgo: number; by: string };

type DemoDossier = {
  administration: 'MIT' | 'MZG';
  receivedDaysAgo: number;
  registeredBy: string;
  channel: 'post' | 'hand_delivery' | 'email' | 'internal' | 'other';
  senderType: 'person' | 'body';
  senderName: string;
  senderReference?: string;
  subject: string;
  kind: DossierKind;
  confidentiality: Confidentiality;
  deadlineInDays?: number; // from today; negative: already past
  attachment?: { fileName: string; title: string; paragraphs: string[] };
  steps: Step[];
};

// Numbering: the ministry's registry is the General Secretariat's (2026/000001/SGM); the town hall's is the
// mayor's private secretariat, with its own format.
const settings = {
  MIT: { referenceFormat: '{year}/{seq:6}/{code}', referenceCode: 'SGM' },
  MZG: { referenceFormat: '{seq:5}/{code}/{year}', referenceCode: 'MZG-SP' },
};

const MIT = 'mit.demo.bj';
const MZG = 'mairie.demo.bj';

export const demoDossiers: DemoDossier[] = [
  {
    administration: 'MIT',
    receivedDaysAgo: 48,
    registeredBy: `secretariat@${MIT}`,
    channel: 'post',
    senderType: 'body',
    senderName: 'Société béninoise de travaux routiers (SBTR)',
    senderReference: 'SBTR/DG/2026-311',
    subject: 'Demande de révision des prix du marché de réhabilitation de la route Bohicon–Dassa (lot 2)',
    kind: 'contract',
    confidentiality: 'sensitive',
    deadlineInDays: -20,
    attachment: {
      fileName: 'note-technique-revision-prix-lot2.pdf',
      title: 'Note technique : révision des prix du lot 2 Bohicon–Dassa',
      paragraphs: [
        'L’entreprise invoque la hausse du prix du bitume et des granulats concassés depuis la signature du marché.',
        'La formule de révision prévue au cahier des clauses administratives particulières plafonne l’actualisation à 8 %.',
        'Le bureau de contrôle recommande d’accepter une révision limitée aux travaux de chaussée restant à exécuter.',
      ],
    },
    steps: [
      {
        do: 'assign',
        daysAgo: 46,
        by: `dc@${MIT}`,
        to: [
          ['SGM', 'action'],
          ['DGI', 'information'],
        ],
        instructions: 'Avis technique sous huitaine, en liaison avec la DGI.',
      },
      {
        do: 'opinion',
        daysAgo: 40,
        by: `sg@${MIT}`,
        verdict: 'favourable_with_reservations',
        text: 'Révision recevable dans la limite de la formule contractuelle (8 %), sur les seuls travaux restant à exécuter. Exiger un avenant visé par la DNCMP.',
      },
      {
        do: 'opinion',
        daysAgo: 37,
        by: `conseiller@${MIT}`,
        verdict: 'favourable',
        text: 'Le Cabinet partage l’avis technique. Le chantier est suivi par les élus de la zone : éviter tout arrêt des travaux.',
      },
      {
        do: 'decide',
        daysAgo: 35,
        by: `ministre@${MIT}`,
        outcome: 'approved',
        comment: 'Accord pour un avenant dans la limite de 8 %.',
        directives: [{ text: 'Préparer l’avenant n°1 et le soumettre à la DNCMP', lead: 'DGI', dueInDays: -5 }],
      },
    ],
  },
  {
    administration: 'MIT',
    receivedDaysAgo: 30,
    registeredBy: `secretariat@${MIT}`,
    channel: 'internal',
    senderType: 'body',
    senderName: 'Direction des Transports terrestres',
    subject: 'Projet d’arrêté portant réglementation du transport mixte de personnes et de marchandises',
    kind: 'draft_order',
    confidentiality: 'normal',
    deadlineInDays: 10,
    steps: [
      {
        do: 'assign',
        daysAgo: 29,
        by: `dc@${MIT}`,
        to: [
          ['SGM', 'action'],
          ['DTT', 'information'],
        ],
        instructions: 'Vérifier la conformité avec le code de la route.',
      },
      {
        do: 'opinion',
        daysAgo: 12,
        by: `sg@${MIT}`,
        verdict: 'favourable',
        text: 'Le projet est conforme ; la Cellule juridique a revu les visas. Prévoir une période transitoire de six mois pour les transporteurs.',
      },
    ],
  },
  {
    administration: 'MIT',
    receivedDaysAgo: 2,
    registeredBy: `secretariat@${MIT}`,
    channel: 'hand_delivery',
    senderType: 'body',
    senderName: 'Union des conducteurs de taxi-motos du Zou',
    subject: 'Demande d’audience au sujet du contrôle des casques et des pièces des conducteurs de taxi-motos',
    kind: 'request',
    confidentiality: 'normal',
    deadlineInDays: 12,
    steps: [],
  },
  {
    administration: 'MIT',
    receivedDaysAgo: 25,
    registeredBy: `secretariat@${MIT}`,
    channel: 'post',
    senderType: 'person',
    senderName: 'Collectif des riverains de Kpota',
    subject: 'Réclamation sur les indemnisations des riverains du contournement de Kpota',
    kind: 'incoming_mail',
    confidentiality: 'normal',
    deadlineInDays: -8,
    steps: [
      {
        do: 'assign',
        daysAgo: 24,
        by: `dac@${MIT}`,
        to: [['SGM', 'action']],
        instructions: 'Faire le point des paiements déjà effectués.',
      },
    ],
  },
  {
    administration: 'MIT',
    receivedDaysAgo: 20,
    registeredBy: `secretariat@${MIT}`,
    channel: 'email',
    senderType: 'body',
    senderName: 'Inspection générale des services',
    subject: 'Rapport d’audit de la gestion des péages par l’Agence de gestion des infrastructures routières',
    kind: 'report',
    confidentiality: 'sensitive',
    deadlineInDays: 15,
    steps: [
      {
        do: 'assign',
        daysAgo: 19,
        by: `dc@${MIT}`,
        to: [
          ['SGM', 'action'],
          ['AGIR', 'information'],
        ],
        instructions: 'Réponse point par point aux recommandations.',
      },
      {
        do: 'opinion',
        daysAgo: 6,
        by: `sg@${MIT}`,
        verdict: 'unfavourable',
        text: 'Les réponses de l’Agence ne couvrent pas les écarts de recettes relevés au poste de péage d’Allada. Un complément est nécessaire.',
      },
    ],
  },
  {
    administration: 'MIT',
    receivedDaysAgo: 16,
    registeredBy: `secretariat@${MIT}`,
    channel: 'post',
    senderType: 'body',
    senderName: 'Cabinet d’avocats Agossou & Associés',
    subject: 'Contentieux arbitral relatif à la résiliation du marché de l’échangeur de Godomey',
    kind: 'incoming_mail',
    confidentiality: 'reserved',
    deadlineInDays: 20,
    steps: [
      {
        do: 'assign',
        daysAgo: 15,
        by: `dc@${MIT}`,
        to: [['SGM', 'action']],
        instructions: 'Strictement confidentiel. Avis technique au DC seul.',
      },
    ],
  },
  {
    administration: 'MIT',
    receivedDaysAgo: 40,
    registeredBy: `secretariat@${MIT}`,
    channel: 'internal',
    senderType: 'body',
    senderName: 'Direction des Transports terrestres',
    subject: 'Note sur le dispositif de sécurité routière pendant les fêtes de fin d’année',
    kind: 'note',
    confidentiality: 'normal',
    deadlineInDays: 25,
    steps: [
      {
        do: 'assign',
        daysAgo: 39,
        by: `dc@${MIT}`,
        to: [
          ['SGM', 'action'],
          ['DTT', 'action'],
        ],
        instructions: 'Chiffrer le dispositif.',
      },
      { do: 'opinion', daysAgo: 33, by: `sg@${MIT}`, verdict: 'favourable', text: 'Dispositif pertinent, coût estimé à 45 millions FCFA.' },
      {
        do: 'decide',
        daysAgo: 30,
        by: `ministre@${MIT}`,
        outcome: 'returned',
        comment: 'Préciser la répartition des contrôles entre la Police républicaine et le CNSR.',
      },
    ],
  },
  {
    administration: 'MIT',
    receivedDaysAgo: 60,
    registeredBy: `secretariat@${MIT}`,
    channel: 'post',
    senderType: 'body',
    senderName: 'Banque ouest-africaine de développement (BOAD)',
    senderReference: 'BOAD/DOP/2026/118',
    subject: 'Convention de financement du programme d’entretien périodique des routes en terre',
    kind: 'contract',
    confidentiality: 'normal',
    steps: [
      {
        do: 'assign',
        daysAgo: 59,
        by: `dc@${MIT}`,
        to: [
          ['SGM', 'action'],
          ['DPP', 'information'],
        ],
        instructions: 'Vérifier l’inscription au PAG.',
      },
      {
        do: 'opinion',
        daysAgo: 55,
        by: `sg@${MIT}`,
        verdict: 'favourable',
        text: 'Projet inscrit au PAG ; contrepartie nationale prévue au budget 2027.',
      },
      { do: 'decide', daysAgo: 50, by: `ministre@${MIT}`, outcome: 'approved', comment: 'Bon pour signature.' },
      { do: 'file', daysAgo: 48, by: `secretariat@${MIT}` },
    ],
  },
  // --- Mairie de Zogbodomey ---
  {
    administration: 'MZG',
    receivedDaysAgo: 3,
    registeredBy: `secretariat@${MZG}`,
    channel: 'hand_delivery',
    senderType: 'person',
    senderName: 'Association de développement de Kpokissa',
    subject: 'Demande de lotissement du quartier Kpokissa',
    kind: 'request',
    confidentiality: 'normal',
    deadlineInDays: 27,
    steps: [],
  },
  {
    administration: 'MZG',
    receivedDaysAgo: 21,
    registeredBy: `secretariat@${MZG}`,
    channel: 'post',
    senderType: 'body',
    senderName: 'Commerçants du marché central de Zogbodomey',
    subject: 'Plainte des commerçants du marché central sur la hausse des droits de place',
    kind: 'incoming_mail',
    confidentiality: 'sensitive',
    deadlineInDays: 5,
    steps: [
      {
        do: 'assign',
        daysAgo: 20,
        by: `dc@${MZG}`,
        to: [
          ['SGM', 'action'],
          ['DDLP', 'information'],
        ],
        instructions: 'Recevoir les délégués et proposer une réponse.',
      },
      {
        do: 'opinion',
        daysAgo: 14,
        by: `sg@${MZG}`,
        verdict: 'favourable_with_reservations',
        text: 'La hausse résulte de la délibération du conseil communal ; un étalement sur deux ans est possible.',
      },
      {
        do: 'opinion',
        daysAgo: 9,
        by: `conseiller@${MZG}`,
        verdict: 'favourable',
        text: 'Le Cabinet recommande l’étalement et une séance d’explication avec les délégués.',
      },
    ],
  },
  {
    administration: 'MZG',
    receivedDaysAgo: 35,
    registeredBy: `secretariat@${MZG}`,
    channel: 'internal',
    senderType: 'body',
    senderName: 'Direction des Services techniques',
    subject: 'Projet d’arrêté communal réglementant la circulation des poids lourds dans l’agglomération',
    kind: 'draft_order',
    confidentiality: 'normal',
    deadlineInDays: -4,
    steps: [
      {
        do: 'assign',
        daysAgo: 33,
        by: `dc@${MZG}`,
        to: [
          ['SGM', 'action'],
          ['DST', 'information'],
          ['DPM', 'information'],
        ],
        instructions: 'Avis du SG avant présentation au Maire.',
      },
    ],
  },
  {
    administration: 'MZG',
    receivedDaysAgo: 4,
    registeredBy: `secretariat@${MZG}`,
    channel: 'post',
    senderType: 'body',
    senderName: 'Préfecture du Zou',
    subject: 'Rapport d’inspection sur la régie des recettes de la mairie',
    kind: 'report',
    confidentiality: 'reserved',
    deadlineInDays: 10,
    steps: [],
  },
  {
    administration: 'MZG',
    receivedDaysAgo: 45,
    registeredBy: `secretariat@${MZG}`,
    channel: 'email',
    senderType: 'body',
    senderName: 'ONG Eau Vive',
    subject: 'Convention de partenariat pour l’assainissement des marchés et des écoles',
    kind: 'contract',
    confidentiality: 'normal',
    steps: [
      {
        do: 'assign',
        daysAgo: 44,
        by: `dc@${MZG}`,
        to: [
          ['SGM', 'action'],
          ['DST', 'action'],
        ],
        instructions: 'Vérifier les engagements de la commune.',
      },
      {
        do: 'opinion',
        daysAgo: 38,
        by: `sg@${MZG}`,
        verdict: 'favourable',
        text: 'Engagements compatibles avec le PDM ; contrepartie en nature (terrains).',
      },
      {
        do: 'decide',
        daysAgo: 35,
        by: `maire@${MZG}`,
        outcome: 'approved',
        comment: 'Bon pour signature.',
        directives: [{ text: 'Identifier les sites des latrines publiques', lead: 'DST', dueInDays: 20 }],
      },
    ],
  },
];

const dayOffset = (days: number, today: string) => {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
// an office hour on that day (UTC+1)
const momentOf = (daysAgo: number, today: string, hour = 9) =>
  new Date(`${dayOffset(-daysAgo, today)}T${String(hour - 1).padStart(2, '0')}:30:00.000Z`);

async function findPerson(tx: Tx, administrationId: string, email: string) {
  const { rows } = await tx.execute<{ id: string; full_name: string; user_id: string | null }>(sql`
    SELECT p.id, p.first_name || ' ' || p.last_name AS full_name, u.id AS user_id
      FROM persons p LEFT JOIN users u ON lower(u.email) = lower(p.email)
     WHERE p.administration_id = ${administrationId} AND lower(p.email) = lower(${email})`);
  if (!rows[0]) throw new Error(`demo dossiers: no person ${email}`);
  return rows[0];
}

export async function loadDemoDossiers(tx: Tx, options: { filesDir?: string }) {
  const today = todayIso();
  const store = options.filesDir ? new FileStore(options.filesDir) : null;
  const { rows: admins } = await tx.execute<{ id: string; code: string }>(
    sql`SELECT id, code FROM administrations WHERE code IN ('MIT', 'MZG')`,
  );
  const adminId = (code: string) => admins.find((a) => a.code === code)!.id;
  for (const code of ['MIT', 'MZG'] as const) await upsertSettings(tx, adminId(code), settings[code]);

  const everything = new Set(permissions);
  // in the order they arrived, so that references follow the dates
  for (const demo of [...demoDossiers].sort((a, b) => b.receivedDaysAgo - a.receivedDaysAgo)) {
    const administrationId = adminId(demo.administration);
    const structures = await listStructureNames(tx, administrationId);
    const structureId = (acronym: string) => [...structures.entries()].find(([, s]) => s.acronym === acronym)![0];
    const actorOf = async (email: string, daysAgo: number, hour: number) => {
      const person = await findPerson(tx, administrationId, email);
      const profile = describeViewer(await listPositionsHeld(tx, person.id, today), everything);
      const actor: StepActor = {
        userId: person.user_id,
        personId: person.id,
        name: person.full_name,
        post: profile.mainPost,
        at: momentOf(daysAgo, today, hour),
      };
      return { actor, profile };
    };

    const receivedOn = dayOffset(-demo.receivedDaysAgo, today);
    const registrar = await actorOf(demo.registeredBy, demo.receivedDaysAgo, 9);
    const allocated = await allocateReference(tx, administrationId, receivedOn);
    let row = await applyRegistration(tx, registrar.actor, {
      administrationId,
      ...allocated,
      receivedOn,
      channel: demo.channel,
      senderType: demo.senderType,
      senderName: demo.senderName,
      senderReference: demo.senderReference ?? null,
      subject: demo.subject,
      kind: demo.kind,
      deadline: demo.deadlineInDays === undefined ? null : dayOffset(demo.deadlineInDays, today),
      confidentiality: demo.confidentiality,
      registeredByStructureId: registrar.profile.mainStructureId,
      namedPersonIds: [],
    });
    if (demo.attachment && store) await attachDemoPdf(tx, store, row, registrar.actor, demo.attachment);

    for (const step of demo.steps) {
      const { actor, profile } = await actorOf(step.by, step.daysAgo, 11);
      if (step.do === 'assign') {
        const assignments = step.to.map(([acronym, purpose]) => ({ structureId: structureId(acronym), purpose }));
        row = (
          await applyAssignment(
            tx,
            { ...actor, post: profile.assignPost },
            row,
            { assignments, instructions: step.instructions, namedPersonIds: [] },
            structures,
          )
        ).updated;
      } else if (step.do === 'opinion') {
        const [request] = openRequests(row, await steps.selectOpinionRequests(tx, [row.id]));
        const post = request && profile.opinionPosts[request.type];
        if (!request || !post) throw new Error(`demo dossiers: ${step.by} has no opinion to give on “${demo.subject}”`);
        row = (await applyOpinion(tx, { ...actor, post }, row, request, step)).updated;
      } else if (step.do === 'decide') {
        const directives = (step.directives ?? []).map((d) => ({
          text: d.text,
          leadStructureId: structureId(d.lead),
          dueDate: dayOffset(d.dueInDays, today),
        }));
        row = (
          await applyDecision(tx, { ...actor, post: profile.headPost! }, row, { outcome: step.outcome, comment: step.comment, directives })
        ).updated;
      } else {
        row = await applyFiling(tx, actor, row);
      }
    }
  }
}

async function attachDemoPdf(
  tx: Tx,
  store: FileStore,
  row: dossierRepo.DossierRow,
  actor: StepActor,
  file: NonNullable<DemoDossier['attachment']>,
) {
  const pdf = await renderPdf({
    content: [
      { text: file.title, fontSize: 16, bold: true, margin: [0, 0, 0, 12] },
      ...file.paragraphs.map((text) => ({ text, margin: [0, 0, 0, 8] as [number, number, number, number] })),
    ],
    info: { title: file.title, creator: 'Pilotage (démonstration)' },
  });
  const stored = await store.put(pdf);
  const [attachment] = await steps.insertAttachments(tx, [
    {
      dossierId: row.id,
      administrationId: row.administrationId,
      fileName: file.fileName,
      mimeType: 'application/pdf',
      sizeBytes: stored.size,
      sha256: stored.sha256,
      extractedText: await extractText('pdf', pdf),
      uploadedByUserId: actor.userId,
      uploadedByName: actor.name,
      createdAt: actor.at,
    },
  ]);
  await recordEvent(tx, {
    dossierId: row.id,
    administrationId: row.administrationId,
    type: 'attachment_added',
    actor: { userId: actor.userId, personId: actor.personId, name: actor.name, postTitle: actor.post?.postTitle ?? null, isInterim: false },
    status: row.status,
    waitingFor: currentDesks(row, []),
    isStep: false,
    details: { fileName: attachment!.fileName, sha256: stored.sha256, sizeBytes: stored.size },
    at: new Date(actor.at!.getTime() + 60_000),
  });
  await dossierRepo.refreshSearchVector(tx, row.id);
}
