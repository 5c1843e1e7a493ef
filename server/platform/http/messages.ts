// Server-side messages in the two languages of the interface. Keys are error codes or `code.detail`.
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
  invalid_transition: 'Changement d’état non autorisé.',
  file_too_large: 'Fichier trop volumineux (au plus {megabytes} Mo).',
  unsupported_file_type: 'Type de fichier non accepté (d’après son contenu). Types acceptés : {accepted}.',
  'field.file_required': 'Joignez un fichier (formulaire multipart, champ « file »).',
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
  invalid_transition: 'This change of state is not allowed.',
  file_too_large: 'File too large (at most {megabytes} MB).',
  unsupported_file_type: 'File type not accepted (judging by its content). Accepted types: {accepted}.',
  'field.file_required': 'Attach a file (multipart form, field "file").',
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
