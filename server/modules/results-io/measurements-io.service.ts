// Measurements of a quarter as an Excel sheet: pre-filled with the indicators due, their target and
// previous value; filled by the focal points and imported back as drafts (all rows or none).
import type { Database } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { translate } from '../../platform/http/messages.js';
import { importMeasurementRows, listMeasurementSheetRows, type MeasurementImportRow } from '../indicators/measurements-import.service.js';
import { listStructureSummaries } from '../organisation/lookup.service.js';
import {
  addReadme,
  addSheet,
  newWorkbook,
  readSheet,
  readWorkbook,
  RowReader,
  throwIfRefused,
  writeWorkbook,
  type Refusal,
  type SheetSpec,
} from './workbook.js';

const statusLabels = {
  draft: 'brouillon',
  submitted: 'transmise',
  reviewed: 'contrôlée',
  validated: 'validée',
  rejected: 'rejetée',
} as const;

export const measurementsSheet: SheetSpec = {
  name: 'Réalisations',
  description:
    'Une ligne par indicateur attendu pour la période. Seules les lignes dont la colonne Valeur est remplie sont importées, comme brouillons.',
  columns: [
    { key: 'indicator', header: 'Indicateur (code)', required: true, help: 'Code de l’indicateur ; ne pas modifier.' },
    { key: 'title', header: 'Intitulé', isInfo: true, width: 50, help: 'Pour information.' },
    { key: 'unit', header: 'Unité', isInfo: true, help: 'Pour information.' },
    {
      key: 'structure',
      header: 'Structure responsable',
      isInfo: true,
      width: 30,
      help: 'Seul un point focal de cette structure peut importer la valeur.',
    },
    { key: 'year', header: 'Année', required: true, help: 'Année de la période.' },
    { key: 'quarter', header: 'Trimestre', required: true, help: '1 à 4 ; 0 pour la valeur de l’année d’un indicateur annuel.' },
    { key: 'target', header: 'Cible', isInfo: true, help: 'Cible de la période (ou de l’année), pour information.' },
    { key: 'previous', header: 'Valeur précédente', isInfo: true, help: 'Valeur validée de la période précédente, pour information.' },
    { key: 'value', header: 'Valeur', help: 'Valeur réalisée : un nombre (entre 0 et 100 pour un pourcentage). Vide : ligne ignorée.' },
    {
      key: 'comment',
      header: 'Commentaire',
      width: 40,
      help: 'Obligatoire à la transmission si la variation dépasse le seuil de l’indicateur.',
    },
    { key: 'evidenceText', header: 'Justificatif', width: 40, help: 'Document source : rapport, registre, procès-verbal…' },
    { key: 'evidenceUrl', header: 'Lien du justificatif', width: 30, help: 'Adresse web (http ou https) du justificatif, facultatif.' },
    { key: 'status', header: 'Statut', isInfo: true, help: 'État actuel de la valeur dans Pilotage, pour information.' },
  ],
};

const rules = [
  'Ce classeur sert à saisir en une fois les réalisations d’une période. Remplissez la colonne Valeur (et, au besoin, Commentaire et Justificatif) ; les colonnes grises sont pour information.',
  'Les valeurs importées sont enregistrées comme brouillons : transmettez-les ensuite dans Pilotage pour contrôle par le responsable de la structure puis validation par la cellule de suivi-évaluation.',
  'Une période validée est verrouillée ; une valeur transmise ou contrôlée attend son examen : ces lignes sont refusées.',
  'Chaque ligne est vérifiée avant tout enregistrement : si une seule ligne est refusée, rien n’est importé et la liste des lignes refusées est renvoyée.',
];

export async function buildMeasurementsWorkbook(
  db: Database,
  access: Access,
  query: { year: number; quarter: number; structureId?: string },
) {
  assertCan(access, 'results.read');
  const [rows, structures] = await Promise.all([
    listMeasurementSheetRows(db, access.administrationId, query.year, query.quarter, query.structureId ? [query.structureId] : undefined),
    listStructureSummaries(db, access.administrationId),
  ]);
  const structureName = new Map(structures.map((s) => [s.id, s.acronym ?? s.name]));
  const workbook = newWorkbook();
  addReadme(workbook, `Réalisations du T${query.quarter} ${query.year} (Pilotage)`, rules, [measurementsSheet]);
  addSheet(
    workbook,
    measurementsSheet,
    rows.map((r) => ({
      indicator: r.indicator.code,
      title: r.indicator.title,
      unit: r.indicator.unit,
      structure: structureName.get(r.indicator.responsibleStructureId) ?? '',
      year: query.year,
      quarter: r.quarter,
      target: r.target,
      previous: r.previousValue,
      value: r.measurement?.value ?? null,
      comment: r.measurement?.comment || null,
      evidenceText: r.measurement?.evidenceText || null,
      evidenceUrl: r.measurement?.evidenceUrl ?? null,
      status: r.measurement ? statusLabels[r.measurement.status] : null,
    })),
  );
  return { buffer: await writeWorkbook(workbook), fileName: `realisations-${query.year}-T${query.quarter}.xlsx` };
}

export async function importMeasurements(db: Database, access: Access, body: unknown) {
  assertCan(access, 'measurements.enter');
  const workbook = await readWorkbook(body);
  const locale = access.actor.locale;
  const refused: Refusal[] = [];
  const rows: MeasurementImportRow[] = [];
  let skipped = 0;
  for (const sheetRow of readSheet(workbook, measurementsSheet, refused, locale)) {
    const r = new RowReader(measurementsSheet, sheetRow, refused, locale);
    if (r.raw('value') === null) {
      skipped++;
      continue;
    }
    const indicatorCode = r.text('indicator', { required: true });
    const year = r.number('year', { required: true, isInteger: true, min: 2000, max: 2100 });
    const quarter = r.number('quarter', { required: true, isInteger: true, min: 0, max: 4 });
    const value = r.number('value', { required: true });
    const evidenceUrl = r.text('evidenceUrl', { max: 2000 });
    if (evidenceUrl && !/^https?:\/\/\S+$/.test(evidenceUrl)) r.refuse('evidenceUrl', 'field.invalid_value');
    const comment = r.text('comment', { max: 4000 }) ?? '';
    const evidenceText = r.text('evidenceText', { max: 4000 }) ?? '';
    if (indicatorCode === null || year === null || quarter === null || value === null) continue;
    rows.push({ row: sheetRow.row, indicatorCode, year, quarter, value, comment, evidenceText, evidenceUrl });
  }
  const header = (key: string) => measurementsSheet.columns.find((c) => c.key === key)!.header;
  const counts = await importMeasurementRows(
    db,
    access,
    rows,
    (row, column, messageKey, params = {}) =>
      refused.push({ sheet: measurementsSheet.name, row, field: header(column), message: translate(locale, messageKey, params) }),
    refused.length > 0,
  );
  throwIfRefused(refused);
  return { ...counts!, skipped };
}
