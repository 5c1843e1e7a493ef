// Demo agenda data: a realistic fortnight of the head's agenda (23 November – 5 December 2026) for the
// ministry and the town hall, with a few briefing notes, decisions and audience requests. People are named
// by e-mail, posts and structures by acronym (see demo-data.ts). Times are local (UTC+1). Plain data only;
// demo-agenda.ts loads it.
import type { EventKind, EventVisibility } from '../agenda/agenda.tables.js';

export type DemoEvent = {
  key: string;
  kind: EventKind;
  title: string;
  place?: string;
  description?: string;
  // 'YYYY-MM-DDTHH:MM' (local time) for timed events; 'YYYY-MM-DD' (days included) for all-day ones
  start: string;
  end: string;
  visibility: EventVisibility;
  representative?: { personEmail?: string; postAcronym?: string };
  participants?: { personEmails?: string[]; postAcronyms?: string[]; external?: string[] };
};
export type DemoBriefing = {
  eventKey: string;
  fromPersonEmail?: string;
  fromStructureAcronym?: string;
  dueOn: string;
  instructions: string;
  written?: { byName: string; on: string /* 'YYYY-MM-DDTHH:MM', local */; content: string };
};
export type DemoDecision = { eventKey: string; text: string; leadStructureAcronym: string; dueOn: string };
export type DemoAudienceRequest = {
  requesterName: string;
  organisation?: string;
  email: string;
  phone?: string;
  subject: string;
  preferredDates: string[];
  createdAt: string;
  accepted?: { eventKey: string; decidedAt: string };
};
export type DemoAgenda = {
  code: string;
  events: DemoEvent[];
  briefings: DemoBriefing[];
  decisions: DemoDecision[];
  audienceRequests: DemoAudienceRequest[];
};

export const demoMinistryAgenda: DemoAgenda = {
  code: 'MIT',
  events: [
    {
      key: 'codir-nov',
      kind: 'meeting',
      title: 'Comité de direction (CODIR) de novembre',
      place: 'Salle de conférence du Ministère',
      start: '2026-11-13T09:00',
      end: '2026-11-13T12:00',
      visibility: 'cabinet',
      participants: { postAcronyms: ['DC', 'DAC', 'SGM', 'DPP', 'DAF', 'DGI', 'DTT'] },
    },
    {
      key: 'mission-uemoa',
      kind: 'mission',
      title: 'Mission : conférence des ministres chargés des transports de l’espace UEMOA',
      place: 'Ouagadougou (Burkina Faso)',
      description: 'Délégation : le Ministre, la Conseillère technique aux infrastructures, le Directeur des transports terrestres.',
      start: '2026-11-16',
      end: '2026-11-28',
      visibility: 'public',
      participants: { personEmails: ['conseiller@mit.demo.bj', 'directeur@mit.demo.bj'] },
    },
    {
      key: 'route-djougou',
      kind: 'ceremony',
      title: 'Lancement des travaux de réhabilitation de la route Djougou – Natitingou',
      place: 'Djougou',
      start: '2026-11-24T10:00',
      end: '2026-11-24T12:30',
      visibility: 'public',
      representative: { personEmail: 'dc@mit.demo.bj', postAcronym: 'DC' },
      participants: { postAcronyms: ['DGI', 'DG-AGIR'], external: ['Préfet du département de la Donga'] },
    },
    {
      key: 'cabinet-visio',
      kind: 'meeting',
      title: 'Réunion de cabinet (le Ministre en visioconférence)',
      place: 'Cabinet du Ministre',
      start: '2026-11-26T15:00',
      end: '2026-11-26T16:00',
      visibility: 'cabinet',
      participants: { postAcronyms: ['DC', 'DAC', 'CTI', 'CTJ'] },
    },
    {
      key: 'codir-dec',
      kind: 'meeting',
      title: 'Comité de direction (CODIR) de décembre',
      place: 'Salle de conférence du Ministère',
      start: '2026-11-30T09:00',
      end: '2026-11-30T12:00',
      visibility: 'cabinet',
      participants: { postAcronyms: ['DC', 'DAC', 'SGM', 'DPP', 'DAF', 'DGI', 'DTT'] },
    },
    {
      key: 'audience-bad',
      kind: 'audience',
      title: 'Audience : délégation de la Banque africaine de développement',
      place: 'Cabinet du Ministre',
      description: 'Revue à mi-parcours du financement du corridor Abidjan – Lagos.',
      start: '2026-12-01T10:00',
      end: '2026-12-01T11:00',
      visibility: 'cabinet',
      participants: { postAcronyms: ['CTI', 'DGI'], external: ['Délégation de la BAD'] },
    },
    {
      key: 'audience-transporteurs',
      kind: 'audience',
      title: 'Audience : Union des syndicats des transporteurs routiers du Bénin',
      place: 'Cabinet du Ministre',
      description: 'DA-2026-0001 — Tarifs de péage et contrôle de la charge à l’essieu.',
      start: '2026-12-01T10:30',
      end: '2026-12-01T11:30',
      visibility: 'cabinet',
      participants: { postAcronyms: ['DTT'], external: ['M. Basile Hounkanrin (USTRB)'] },
    },
    {
      key: 'presse-entretien',
      kind: 'press',
      title: 'Conférence de presse : bilan du programme d’entretien routier 2026',
      place: 'Salle de presse du Ministère',
      start: '2026-12-02T11:00',
      end: '2026-12-02T12:00',
      visibility: 'public',
      participants: { postAcronyms: ['DGI'] },
    },
    {
      key: 'discours-securite',
      kind: 'speech',
      title: 'Discours d’ouverture : atelier national sur la sécurité routière',
      place: 'Palais des congrès, Cotonou',
      start: '2026-12-03T09:00',
      end: '2026-12-03T10:00',
      visibility: 'public',
      participants: { postAcronyms: ['DTT'] },
    },
    {
      key: 'entretien-particulier',
      kind: 'audience',
      title: 'Entretien particulier',
      place: 'Résidence du Ministre',
      start: '2026-12-04T17:00',
      end: '2026-12-04T18:00',
      visibility: 'private',
    },
    {
      key: 'gare-porto-novo',
      kind: 'ceremony',
      title: 'Inauguration de la gare routière de Porto-Novo',
      place: 'Porto-Novo, quartier Ouando',
      start: '2026-12-05T10:00',
      end: '2026-12-05T12:00',
      visibility: 'public',
      participants: { postAcronyms: ['DTT'], external: ['Maire de Porto-Novo'] },
    },
  ],
  briefings: [
    {
      eventKey: 'audience-bad',
      fromPersonEmail: 'conseiller@mit.demo.bj',
      dueOn: '2026-11-20',
      instructions: 'État d’avancement des lots 1 à 3, points de blocage, demandes que la BAD pourrait formuler.',
    },
    {
      eventKey: 'codir-dec',
      fromPersonEmail: 'tanimou.sabi@mit.demo.bj',
      dueOn: '2026-11-27',
      instructions: 'Point juridique sur les contentieux d’expropriation en cours.',
    },
    {
      eventKey: 'discours-securite',
      fromStructureAcronym: 'DTT',
      dueOn: '2026-12-01',
      instructions: 'Chiffres 2026 de l’accidentalité et éléments de langage.',
      written: {
        byName: 'Cyriaque Houéto',
        on: '2026-11-20T17:30',
        content:
          'Accidentalité 2026 (janvier–octobre) : 612 accidents corporels, en baisse de 9 % sur un an.\n' +
          'Messages clés : le port du casque, la vitesse en agglomération, le contrôle technique des véhicules de transport en commun.\n' +
          'Annonce possible : généralisation des radars fixes sur la RNIE 1 en 2027.',
      },
    },
  ],
  decisions: [
    {
      eventKey: 'codir-nov',
      text: 'Transmettre au Cabinet le plan de passation des marchés 2027 actualisé',
      leadStructureAcronym: 'DAF',
      dueOn: '2026-12-15',
    },
    {
      eventKey: 'codir-nov',
      text: 'Présenter le tableau de bord des chantiers routiers au prochain CODIR',
      leadStructureAcronym: 'DGI',
      dueOn: '2026-11-30',
    },
  ],
  audienceRequests: [
    {
      requesterName: 'Basile Hounkanrin',
      organisation: 'Union des syndicats des transporteurs routiers du Bénin',
      email: 'b.hounkanrin@ustrb.example.bj',
      phone: '+229 01 97 00 11 22',
      subject: 'Tarifs de péage et contrôle de la charge à l’essieu sur le corridor Cotonou – Malanville.',
      preferredDates: ['2026-11-30', '2026-12-01'],
      createdAt: '2026-11-10T09:12',
      accepted: { eventKey: 'audience-transporteurs', decidedAt: '2026-11-12T16:40' },
    },
    {
      requesterName: 'Gisèle Ahouansou',
      organisation: 'Association des riverains de la RNIE 2',
      email: 'riverains.rnie2@example.bj',
      phone: '+229 01 96 45 12 30',
      subject: 'Indemnisation des riverains touchés par l’élargissement de la RNIE 2 à Bohicon.',
      preferredDates: ['2026-12-08', '2026-12-09'],
      createdAt: '2026-11-18T11:05',
    },
    {
      requesterName: 'Olivier Quenum',
      organisation: 'Société béninoise de travaux publics',
      email: 'o.quenum@sbtp.example.bj',
      subject: 'Présentation d’une offre de partenariat public-privé pour l’entretien des routes en terre.',
      preferredDates: ['2026-12-10'],
      createdAt: '2026-11-20T15:47',
    },
  ],
};

export const demoTownHallAgenda: DemoAgenda = {
  code: 'MZG',
  events: [
    {
      key: 'audience-femmes',
      kind: 'audience',
      title: 'Audience : groupement des femmes transformatrices de manioc de Zogbodomey',
      place: 'Cabinet du Maire',
      start: '2026-11-20T10:00',
      end: '2026-11-20T11:00',
      visibility: 'cabinet',
      participants: { postAcronyms: ['CTASSA'], external: ['Mme Pauline Hounsa, présidente du groupement'] },
    },
    {
      key: 'conseil-municipal',
      kind: 'meeting',
      title: 'Session ordinaire du conseil municipal',
      place: 'Salle des délibérations de la mairie',
      start: '2026-11-23T09:00',
      end: '2026-11-23T13:00',
      visibility: 'public',
      participants: { postAcronyms: ['SGM', 'DC'] },
    },
    {
      key: 'chefs-village',
      kind: 'audience',
      title: 'Audience : chefs de village de l’arrondissement de Kpokissa',
      place: 'Cabinet du Maire',
      start: '2026-11-24T10:00',
      end: '2026-11-24T10:45',
      visibility: 'cabinet',
      participants: { postAcronyms: ['CTASSA'] },
    },
    {
      key: 'salubrite',
      kind: 'ceremony',
      title: 'Lancement de la campagne de salubrité « Zogbodomey propre »',
      place: 'Place de l’Indépendance',
      start: '2026-11-25T08:30',
      end: '2026-11-25T10:00',
      visibility: 'public',
      representative: { personEmail: 'dac@mairie.demo.bj', postAcronym: 'DAC' },
      participants: { postAcronyms: ['DST', 'DPM'] },
    },
    {
      key: 'presse-budget',
      kind: 'press',
      title: 'Point de presse : budget primitif 2027',
      place: 'Mairie, salle des fêtes',
      start: '2026-11-26T15:00',
      end: '2026-11-26T16:00',
      visibility: 'public',
      participants: { postAcronyms: ['CTEF'] },
    },
    {
      key: 'cabinet-hebdo',
      kind: 'meeting',
      title: 'Réunion hebdomadaire du cabinet',
      place: 'Bureau du Maire',
      start: '2026-11-27T09:00',
      end: '2026-11-27T10:30',
      visibility: 'cabinet',
      participants: { postAcronyms: ['DC', 'DAC', 'CTASSA', 'CTEF', 'CTAJ', 'CM-CDI', 'CP'] },
    },
    {
      key: 'audience-anat',
      kind: 'audience',
      title: 'Audience : directeur départemental du cadre de vie',
      place: 'Cabinet du Maire',
      start: '2026-11-27T10:00',
      end: '2026-11-27T11:00',
      visibility: 'cabinet',
      participants: { postAcronyms: ['DST'] },
    },
    {
      key: 'cooperation',
      kind: 'audience',
      title: 'Audience : délégation de la commune jumelle (coopération décentralisée)',
      place: 'Cabinet du Maire',
      start: '2026-11-30T11:00',
      end: '2026-11-30T12:00',
      visibility: 'cabinet',
      participants: { postAcronyms: ['CM-CDI', 'CTAJ'] },
    },
    {
      key: 'dialogue-gestion',
      kind: 'meeting',
      title: 'Dialogue de gestion avec les services techniques',
      place: 'Salle de réunion du Secrétariat général',
      start: '2026-12-02T15:00',
      end: '2026-12-02T17:00',
      visibility: 'cabinet',
      participants: { postAcronyms: ['SGM', 'DST', 'DDLP'] },
    },
    {
      key: 'rendez-vous-personnel',
      kind: 'audience',
      title: 'Rendez-vous personnel',
      start: '2026-12-04T18:00',
      end: '2026-12-04T19:00',
      visibility: 'private',
    },
    {
      key: 'assises',
      kind: 'mission',
      title: 'Mission : assises nationales de l’intercommunalité',
      place: 'Cotonou',
      start: '2026-12-07',
      end: '2026-12-11',
      visibility: 'public',
      participants: { postAcronyms: ['CM-CDI'] },
    },
  ],
  briefings: [
    {
      eventKey: 'cooperation',
      fromPersonEmail: 'conseiller@mairie.demo.bj',
      dueOn: '2026-11-27',
      instructions: 'Cadre juridique de la convention de jumelage et projets éligibles.',
      written: {
        byName: 'Yasmine Issifou',
        on: '2026-11-19T11:15',
        content:
          'La convention de 2019 expire le 31 décembre 2026 ; son renouvellement requiert une délibération du conseil municipal.\n' +
          'Projets proposés : adduction d’eau à Akiza, équipement du centre de santé de Kpokissa.',
      },
    },
    {
      eventKey: 'dialogue-gestion',
      fromStructureAcronym: 'DST',
      dueOn: '2026-11-20',
      instructions: 'Taux d’exécution du plan de travail annuel 2026 et difficultés rencontrées.',
    },
  ],
  decisions: [
    {
      eventKey: 'audience-femmes',
      text: 'Étudier l’octroi d’un espace au marché central pour le groupement',
      leadStructureAcronym: 'DDLP',
      dueOn: '2026-12-18',
    },
    {
      eventKey: 'audience-femmes',
      text: 'Inscrire le groupement au programme communal d’appui aux activités génératrices de revenus',
      leadStructureAcronym: 'DDLP',
      dueOn: '2027-01-15',
    },
  ],
  audienceRequests: [
    {
      requesterName: 'Justin Agossou',
      organisation: 'Coopérative des maraîchers de Zogbodomey',
      email: 'coop.maraichers@example.bj',
      phone: '+229 01 95 30 40 50',
      subject: 'Accès à l’eau pour l’irrigation des périmètres maraîchers de la vallée.',
      preferredDates: ['2026-12-01', '2026-12-03'],
      createdAt: '2026-11-17T08:40',
    },
    {
      requesterName: 'Bernadette Kpadonou',
      email: 'bernadette.kpadonou@example.bj',
      subject: 'Litige foncier sur une parcelle du lotissement de Tanwé-Hessou.',
      preferredDates: ['2026-12-02'],
      createdAt: '2026-11-21T17:20',
    },
  ],
};

export const demoAgendas: DemoAgenda[] = [demoMinistryAgenda, demoTownHallAgenda];
