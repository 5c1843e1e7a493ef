// Words of the dossiers in the two languages, for the files the server writes (slip PDF, Excel export).
import type { Locale } from '../../platform/http/messages.js';

type Labels = Record<string, Record<string, string>>;

const fr: Labels = {
  kind: {
    incoming_mail: 'Courrier arrivée',
    draft_decree: 'Projet de décret',
    draft_order: 'Projet d’arrêté',
    note: 'Note',
    contract: 'Contrat',
    request: 'Demande',
    report: 'Rapport',
    other: 'Autre',
  },
  status: {
    registered: 'Enregistré, à imputer',
    in_review: 'En instruction (avis)',
    awaiting_decision: 'À la décision',
    decided: 'Décidé',
    filed: 'Classé',
  },
  confidentiality: { normal: 'Normal', sensitive: 'Sensible', reserved: 'Affaire réservée' },
  channel: { post: 'Courrier postal', hand_delivery: 'Dépôt en main propre', email: 'Courriel', internal: 'Interne', other: 'Autre' },
  senderType: { person: 'Personne', body: 'Organisme' },
  opinionType: { technical: 'Avis technique du Secrétariat général', cabinet: 'Avis du Cabinet', structure: 'Avis de structure' },
  verdict: { favourable: 'Favorable', unfavourable: 'Défavorable', favourable_with_reservations: 'Favorable avec réserves' },
  outcome: { approved: 'Approuvé', rejected: 'Rejeté', returned: 'Retourné pour complément', deferred: 'Ajourné' },
  purpose: { action: 'Pour action', information: 'Pour information' },
  desk: { imputation: 'Imputation', opinion: 'Avis', decision: 'Décision', registry: 'Notification et classement' },
  word: { interim: 'par intérim', late: 'En retard', yes: 'Oui', no: 'Non', since: 'depuis le' },
};

const en: Labels = {
  kind: {
    incoming_mail: 'Incoming mail',
    draft_decree: 'Draft decree',
    draft_order: 'Draft order',
    note: 'Note',
    contract: 'Contract',
    request: 'Request',
    report: 'Report',
    other: 'Other',
  },
  status: {
    registered: 'Registered, to be assigned',
    in_review: 'Under review (opinions)',
    awaiting_decision: 'Up for decision',
    decided: 'Decided',
    filed: 'Filed',
  },
  confidentiality: { normal: 'Normal', sensitive: 'Sensitive', reserved: 'Reserved affair' },
  channel: { post: 'Post', hand_delivery: 'Delivered by hand', email: 'E-mail', internal: 'Internal', other: 'Other' },
  senderType: { person: 'Person', body: 'Body' },
  opinionType: {
    technical: 'Technical opinion of the General Secretariat',
    cabinet: 'Opinion of the Cabinet',
    structure: 'Opinion of a structure',
  },
  verdict: { favourable: 'Favourable', unfavourable: 'Unfavourable', favourable_with_reservations: 'Favourable with reservations' },
  outcome: { approved: 'Approved', rejected: 'Rejected', returned: 'Returned for more information', deferred: 'Deferred' },
  purpose: { action: 'For action', information: 'For information' },
  desk: { imputation: 'Assignment', opinion: 'Opinion', decision: 'Decision', registry: 'Notification and filing' },
  word: { interim: 'acting', late: 'Late', yes: 'Yes', no: 'No', since: 'since' },
};

export function dossierLabel(locale: Locale, group: string, key: string): string {
  return (locale === 'en' ? en : fr)[group]?.[key] ?? key;
}
