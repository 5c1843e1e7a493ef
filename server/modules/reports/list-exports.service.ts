// The indicators and measurements lists as Excel, with the filters in force (list-export.ts).
import type { Database } from '../../platform/db/client.js';
import type { Access } from '../../platform/http/access.js';
import type { TIndicatorQuery, TMeasurementQuery } from '../indicators/indicators.contract.js';
import { listIndicators } from '../indicators/indicators.service.js';
import { listMeasurements } from '../indicators/measurements.service.js';
import { exportListXlsx, frDate, frNumber, yesNo } from './list-export.js';

export { MAX_ROWS } from './list-export.js';

const levels = { impact: 'Impact', outcome: 'Effet', output: 'Produit' } as const;
const statuses = { draft: 'Brouillon', submitted: 'Soumise', reviewed: 'Vérifiée', validated: 'Validée', rejected: 'Rejetée' } as const;
const period = (year: number, quarter: number) => (quarter === 0 ? String(year) : `T${quarter} ${year}`);

type IndicatorItem = Awaited<ReturnType<typeof listIndicators>>['items'][number];
type MeasurementItem = Awaited<ReturnType<typeof listMeasurements>>['items'][number];

export function exportIndicatorsXlsx(db: Database, access: Access, query: Omit<TIndicatorQuery, 'limit' | 'offset'>) {
  return exportListXlsx<IndicatorItem>(db, access, {
    title: 'Indicateurs',
    sheetName: 'Indicateurs',
    filename: 'indicateurs.xlsx',
    filters: [query.q && `recherche « ${query.q} »`, query.level && `niveau ${levels[query.level]}`],
    pageSize: 500,
    fetchPage: (page) => listIndicators(db, access, { ...query, ...page }),
    columns: [
      { title: 'Code', width: 14, value: (i) => i.code },
      { title: 'Intitulé', width: 50, value: (i) => i.title },
      { title: 'Niveau', width: 10, value: (i) => levels[i.level] },
      { title: 'Unité', width: 12, value: (i) => i.unit },
      { title: 'Périodicité', width: 12, value: (i) => (i.periodicity === 'annual' ? 'Annuelle' : 'Trimestrielle') },
      {
        title: 'Référence',
        width: 12,
        value: (i) => (i.baselineValue === null ? '' : `${i.baselineValue}${i.baselineYear ? ` (${i.baselineYear})` : ''}`),
      },
      { title: 'Structure responsable', width: 36, value: (i) => i.responsibleStructureName },
      { title: 'Actif', width: 8, value: (i) => yesNo(i.isActive) },
    ],
  });
}

export function exportMeasurementsXlsx(db: Database, access: Access, query: Omit<TMeasurementQuery, 'limit' | 'offset'>) {
  return exportListXlsx<MeasurementItem>(db, access, {
    title: 'Valeurs des indicateurs',
    sheetName: 'Valeurs',
    filename: 'valeurs-indicateurs.xlsx',
    filters: [
      query.year !== undefined && `période ${query.quarter === undefined ? query.year : period(query.year, query.quarter)}`,
      query.status && `statut ${statuses[query.status]}`,
      query.awaiting && (query.awaiting === 'review' ? 'à approuver' : 'à valider'),
    ],
    pageSize: 500,
    fetchPage: (page) => listMeasurements(db, access, { ...query, ...page }),
    columns: [
      { title: 'Code', width: 14, value: (m) => m.indicatorCode },
      { title: 'Indicateur', width: 44, value: (m) => m.indicatorTitle },
      { title: 'Période', width: 10, value: (m) => period(m.year, m.quarter) },
      { title: 'Valeur', width: 12, value: (m) => frNumber(m.value) },
      { title: 'Statut', width: 12, value: (m) => statuses[m.status] },
      { title: 'Échéance', width: 12, value: (m) => frDate(m.deadline) },
      { title: 'Dans les délais', width: 10, value: (m) => yesNo(m.isOnTime) },
      { title: 'Saisie par', width: 24, value: (m) => m.enteredBy?.fullName ?? '' },
      { title: 'Validée par', width: 24, value: (m) => m.validatedBy?.fullName ?? '' },
      { title: 'Commentaire', width: 40, value: (m) => m.comment },
    ],
  });
}
