// Server-side messages in the two languages of the interface. Keys are error codes or `code.detail`.
import { resultsMessagesEn, resultsMessagesFr } from './messages.results.js';

export type Locale = 'fr' | 'en';

const fr: Record<string, string> = {
  validation_failed: 'Certaines valeurs saisies sont invalides.',
  bad_request: 'Requête invalide.',
  unauthenticated: 'Vous devez vous connecter.',
  invalid_credentials: 'Adresse électronique ou mot de passe incorrect.',
  account_locked: 'Compte verrouillé après trop de tentatives. Réessayez dans {minutes} minutes.',
  csrf_invalid: 'Jeton de sécurité manquant ou invalide. Rechargez la page.',
  forbidden: "Vous n'avez pas le droit d'effectuer cette action.",
  not_found: 'Élément introuvable ({entity}).',
  conflict: 'Cette modification est en conflit avec les données existantes.',
  duplicate: 'Un élément identique existe déjà ({field}).',
  has_dependents: 'Impossible de supprimer : {what} y sont encore rattachés.',
  cycle: 'Une structure ne peut pas dépendre d’elle-même ni de ses propres subdivisions.',
  import_refused: 'Import refusé : {count} ligne(s) invalide(s). Rien n’a été importé.',
  rate_limited: 'Trop de tentatives. Réessayez dans {seconds} secondes.',
  unavailable: 'Service momentanément indisponible.',
  internal: 'Erreur interne. L’incident a été enregistré.',
  'field.required': 'Champ obligatoire.',
  'field.too_small_string': 'Doit contenir au moins {minimum} caractère(s).',
  'field.too_big_string': 'Doit contenir au plus {maximum} caractère(s).',
  'field.invalid_email': 'Adresse électronique invalide.',
  'field.invalid_date': 'Date invalide (format attendu AAAA-MM-JJ).',
  'field.invalid_uuid': 'Identifiant invalide.',
  'field.invalid_value': 'Valeur non autorisée.',
  'field.end_before_start': 'La date de fin précède la date de début.',
  'field.unknown_reference': 'Élément référencé introuvable.',
  'field.not_self': 'Un élément ne peut pas être rattaché à lui-même.',
  'duplicate.rank_name': 'Un rang porte déjà ce nom.',
  'has_dependents.rank': 'Impossible de supprimer ce rang : {count} poste(s) l’utilisent.',
  'has_dependents.structure':
    'Impossible de supprimer cette structure : elle compte encore {children} sous-structure(s) et {posts} poste(s).',
  'has_dependents.post':
    'Impossible de supprimer ce poste : il a un historique de {assignments} affectation(s) et {interims} intérim(s). Mettez plutôt fin aux affectations.',
  'cycle.post': 'Un poste ne peut pas relever de lui-même ni d’un poste qui relève de lui.',
  'conflict.head_of_structure': 'Cette structure a déjà un responsable : {title}.',
  'conflict.assignment_overlap': 'Cette personne occupe déjà ce poste sur une partie de cette période.',
  'conflict.interim_overlap': 'Un intérim de ce poste couvre déjà une partie de cette période.',
  'import.unreadable': 'Le fichier n’est pas un classeur Excel (.xlsx) lisible.',
  'import.missing_column': 'Colonne « {column} » absente de la feuille.',
  'import.required': 'Valeur obligatoire.',
  'import.too_long': 'Texte trop long (au plus {maximum} caractères).',
  'import.invalid_number': 'Nombre entier attendu (entre {minimum} et {maximum}).',
  'import.invalid_date': 'Date invalide (format attendu AAAA-MM-JJ ou date Excel).',
  'import.invalid_choice': 'Valeur non reconnue « {value} ». Valeurs possibles : {choices}.',
  'import.invalid_email': 'Adresse électronique invalide.',
  'import.duplicate_key': 'La clé « {value} » est déjà utilisée à la ligne {row}.',
  'import.duplicate_row': 'Doublon de la ligne {row}.',
  'import.unknown_key': 'Aucune ligne de la feuille « {sheet} » n’a la clé « {value} », et rien d’existant ne porte ce nom.',
  'import.unknown_rank': 'Rang inconnu « {value} » : ajoutez-le à la feuille « Rangs » ou utilisez un rang existant.',
  'import.cycle': 'Cette structure (ou ce poste) dépendrait d’elle-même.',
  'import.end_before_start': 'La date de fin précède la date de début.',
  'import.too_many_rows': 'Trop de lignes (au plus {maximum}).',
  ...resultsMessagesFr,
  invalid_transition: 'Changement d’état non autorisé.',
  file_too_large: 'Fichier trop volumineux (au plus {megabytes} Mo).',
  unsupported_file_type: 'Type de fichier non accepté (d’après son contenu). Types acceptés : {accepted}.',
  'field.file_required': 'Joignez un fichier (formulaire multipart, champ « file »).',
  gone: 'Cet élément n’existe plus.',
  'field.invalid_datetime': 'Date et heure invalides (format attendu AAAA-MM-JJTHH:MM:SS avec fuseau, ex. 2026-11-23T10:00:00+01:00).',
  'field.end_not_after_start': 'La fin doit être postérieure au début.',
  'field.range_too_long': 'Période trop longue : au plus {days} jours.',
  'field.date_in_past': 'Cette date est déjà passée.',
  'field.due_after_event': 'L’échéance doit tomber au plus tard le jour de l’événement ({date}).',
  'field.honeypot': 'Champ à laisser vide.',
  'conflict.agenda_clash': 'Ce créneau chevauche {count} événement(s) de l’agenda. Confirmez pour le retenir malgré tout.',
  'conflict.audience_decided': 'Cette demande d’audience a déjà été traitée.',
  'conflict.decisions_before_event': 'Les décisions se consignent une fois l’audience ou la réunion commencée.',
  'bad_request.decisions_kind': 'Seules les audiences et les réunions donnent lieu à des décisions.',
  'forbidden.briefing_author': 'Seule la personne ou la structure sollicitée peut rédiger cette note de préparation.',
  'rate_limited.audience': 'Trop de demandes d’audience envoyées depuis cette adresse. Réessayez dans {minutes} minute(s).',
  'rate_limited.audience_total': 'Le service reçoit trop de demandes en ce moment. Réessayez dans {minutes} minute(s).',
  'not_found.feed': 'Adresse d’agenda inconnue. Vérifiez le lien ou demandez une nouvelle adresse dans Pilotage.',
  'gone.feed':
    'Cette adresse d’agenda a été révoquée. Copiez la nouvelle adresse dans Pilotage (Agenda, « Mon agenda dans mon calendrier »).',
  'not_found.tracking': 'Aucune demande d’audience ne correspond à ce lien de suivi.',
};

const en: Record<string, string> = {
  validation_failed: 'Some values are invalid.',
  bad_request: 'Invalid request.',
  unauthenticated: 'You must sign in.',
  invalid_credentials: 'Incorrect e-mail address or password.',
  account_locked: 'Account locked after too many attempts. Try again in {minutes} minutes.',
  csrf_invalid: 'Missing or invalid security token. Reload the page.',
  forbidden: 'You are not allowed to do this.',
  not_found: 'Not found ({entity}).',
  conflict: 'This change conflicts with existing data.',
  duplicate: 'An identical item already exists ({field}).',
  has_dependents: 'Cannot delete: {what} still depend on it.',
  cycle: 'A structure cannot report to itself or to one of its own sub-structures.',
  import_refused: 'Import refused: {count} invalid row(s). Nothing was imported.',
  rate_limited: 'Too many attempts. Try again in {seconds} seconds.',
  unavailable: 'Service temporarily unavailable.',
  internal: 'Internal error. The incident has been logged.',
  'field.required': 'Required field.',
  'field.too_small_string': 'Must contain at least {minimum} character(s).',
  'field.too_big_string': 'Must contain at most {maximum} character(s).',
  'field.invalid_email': 'Invalid e-mail address.',
  'field.invalid_date': 'Invalid date (expected YYYY-MM-DD).',
  'field.invalid_uuid': 'Invalid identifier.',
  'field.invalid_value': 'Value not allowed.',
  'field.end_before_start': 'The end date is before the start date.',
  'field.unknown_reference': 'Referenced item not found.',
  'field.not_self': 'An item cannot be linked to itself.',
  'duplicate.rank_name': 'A rank already has this name.',
  'has_dependents.rank': 'Cannot delete this rank: {count} post(s) use it.',
  'has_dependents.structure': 'Cannot delete this structure: it still has {children} sub-structure(s) and {posts} post(s).',
  'has_dependents.post':
    'Cannot delete this post: it has a history of {assignments} assignment(s) and {interims} interim(s). End the assignments instead.',
  'cycle.post': 'A post cannot report to itself or to a post that reports to it.',
  'conflict.head_of_structure': 'This structure already has a head: {title}.',
  'conflict.assignment_overlap': 'This person already holds this post during part of this period.',
  'conflict.interim_overlap': 'An interim of this post already covers part of this period.',
  'import.unreadable': 'The file is not a readable Excel workbook (.xlsx).',
  'import.missing_column': 'Column “{column}” is missing from the sheet.',
  'import.required': 'Required value.',
  'import.too_long': 'Text too long (at most {maximum} characters).',
  'import.invalid_number': 'Whole number expected (between {minimum} and {maximum}).',
  'import.invalid_date': 'Invalid date (expected YYYY-MM-DD or an Excel date).',
  'import.invalid_choice': 'Unknown value “{value}”. Allowed values: {choices}.',
  'import.invalid_email': 'Invalid e-mail address.',
  'import.duplicate_key': 'The key “{value}” is already used on row {row}.',
  'import.duplicate_row': 'Duplicate of row {row}.',
  'import.unknown_key': 'No row of sheet “{sheet}” has the key “{value}”, and nothing existing has this name.',
  'import.unknown_rank': 'Unknown rank “{value}”: add it to the “Rangs” sheet or use an existing rank.',
  'import.cycle': 'This structure (or post) would depend on itself.',
  'import.end_before_start': 'The end date is before the start date.',
  'import.too_many_rows': 'Too many rows (at most {maximum}).',
  ...resultsMessagesEn,
  invalid_transition: 'This change of state is not allowed.',
  file_too_large: 'File too large (at most {megabytes} MB).',
  unsupported_file_type: 'File type not accepted (judging by its content). Accepted types: {accepted}.',
  'field.file_required': 'Attach a file (multipart form, field "file").',
  gone: 'This item no longer exists.',
  'field.invalid_datetime': 'Invalid date and time (expected YYYY-MM-DDTHH:MM:SS with a time zone, e.g. 2026-11-23T10:00:00+01:00).',
  'field.end_not_after_start': 'The end must come after the start.',
  'field.range_too_long': 'Period too long: at most {days} days.',
  'field.date_in_past': 'This date has already passed.',
  'field.due_after_event': 'The due date must fall on the day of the event ({date}) at the latest.',
  'field.honeypot': 'Leave this field empty.',
  'conflict.agenda_clash': 'This slot overlaps {count} event(s) of the agenda. Confirm to keep it anyway.',
  'conflict.audience_decided': 'This audience request has already been handled.',
  'conflict.decisions_before_event': 'Decisions are recorded once the audience or meeting has started.',
  'bad_request.decisions_kind': 'Only audiences and meetings lead to decisions.',
  'forbidden.briefing_author': 'Only the person or structure asked can write this briefing note.',
  'rate_limited.audience': 'Too many audience requests sent from this address. Try again in {minutes} minute(s).',
  'rate_limited.audience_total': 'The service is receiving too many requests right now. Try again in {minutes} minute(s).',
  'not_found.feed': 'Unknown calendar address. Check the link or get a new address in Pilotage.',
  'gone.feed': 'This calendar address was revoked. Copy the new address in Pilotage (Agenda, “My agenda in my calendar”).',
  'not_found.tracking': 'No audience request matches this tracking link.',
};

const catalogs: Record<Locale, Record<string, string>> = { fr, en };

// A module adds its own messages once, at import time (e.g. followup.messages.ts).
export function registerMessages(messages: Record<Locale, Record<string, string>>): void {
  Object.assign(fr, messages.fr);
  Object.assign(en, messages.en);
}

export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = catalogs[locale][key] ?? catalogs.fr[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function hasMessage(key: string): boolean {
  return key in fr;
}

// Accept-Language, e.g. "en-GB,en;q=0.9,fr;q=0.8": the first supported language wins; French by default.
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'fr';
  for (const part of acceptLanguage.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'fr' || tag === 'en') return tag;
  }
  return 'fr';
}
