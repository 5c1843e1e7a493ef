// The indicators and measurements lists as Excel, with the filters in force: the rows come from the same
// services as the screens (same permission, same filters), page by page, up to MAX_ROWS.
import type { Database } from '../../platform/db/client.js';
import { buildXlsx } from '../../platform/documents/xlsx.js';
import type { Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { findAdministration } from '../administrations/administrations.service.js';
import type { TIndicatorQuery, TMeasurementQuery } from '../indicators/indicators.contract.js';
import { listIndicators } from '../indicators/indicators.service.js';
import { listMeasurements } from '../indicators/measurements.service.js';

export const MAX_ROWS = 10_000;
const PAGE = 500;

const levels = { impact: 'Impact', outcome: 'Effet', output: 'Produit' } as const;
const statuses = { draft: 'Brouillon', submitted: 'Soumise', reviewed: 'Vérifiée', validated: 'Validée', rejected: 'Rejetée' } as const;

async function collect<T>(fetchPage: (offset: number) => Promise<{ items: T[]; total: number }>) {
  const items: T[] = [];
  let total = 0;
  for (let offset = 0; offset < MAX_ROWS; offset += PAGE) {
    const page = await fetchPage(offset);
    total = page.total;
    items.push(...page.items);
    if (items.length >= total || page.items.length < PAGE) break;
  }
  return { items: items.slice(0, MAX_ROWS), total };
}

async function headerOf(db: Database, access: Access) {
  const a = await findAdministration(db, access.administrationId);
  if (!a) throw new AppError('not_found', { params: { entity: 'administration' } });
  return { administrationName: a.name, country: a.country, motto: a.countryMotto };
}

const subtitle = (shown: number, total: number) =>
  `${total} ligne(s)${shown < total ? `, les ${shown} premières exportées` : ''} — filtres de l’écran appliqués`;

export async function exportIndicatorsXlsx(db: Database, access: Access, query: Omit<TIndicatorQuery, 'limit' | 'offset'>) {
  const { items, total } = await collect((offset) => listIndicators(db, access, { ...query, limit: PAGE, offset }));
  const content = await buildXlsx(
    {
      header: await headerOf(db, access),
      title: 'Indicateurs',
      subtitle: subtitle(items.length, total),
      isLandscape: true,
      footer: '',
      blocks: [
        {
          kind: 'table',
          columns: [
            { title: 'Code', width: 14 },
            { title: 'Intitulé', width: 50 },
            { title: 'Niveau', width: 10 },
            { title: 'Unité', width: 12 },
            { title: 'Périodicité', width: 12 },
            { title: 'Référence', width: 12 },
            { title: 'Structure responsable', width: 36 },
            { title: 'Actif', width: 8 },
          ],
          rows: items.map((i) => [
            i.code,
            i.title,
            levels[i.level],
            i.unit,
            i.periodicity === 'annual' ? 'Annuelle' : 'Trimestrielle',
            i.baselineValue === null ? '' : `${i.baselineValue}${i.baselineYear ? ` (${i.baselineYear})` : ''}`,
            i.responsibleStructureName,
            i.isActive ? 'Oui' : 'Non',
          ]),
        },
      ],
    },
    ['Indicateurs'],
  );
  return { content, filename: 'indicateurs.xlsx' };
}

export async function exportMeasurementsXlsx(db: Database, access: Access, query: Omit<TMeasurementQuery, 'limit' | 'offset'>) {
  const { items, total } = await collect((offset) => listMeasurements(db, access, { ...query, limit: PAGE, offset }));
  const content = await buildXlsx(
    {
      header: await headerOf(db, access),
      title: 'Valeurs des indicateurs',
      subtitle: subtitle(items.length, total),
      isLandscape: true,
      footer: '',
      blocks: [
        {
          kind: 'table',
          columns: [
            { title: 'Code', width: 14 },
            { title: 'Indicateur', width: 44 },
            { title: 'Période', width: 10 },
            { title: 'Valeur', width: 12 },
            { title: 'Statut', width: 12 },
            { title: 'Échéance', width: 12 },
            { title: 'Dans les délais', width: 10 },
            { title: 'Saisie par', width: 24 },
            { title: 'Validée par', width: 24 },
            { title: 'Commentaire', width: 40 },
          ],
          rows: items.map((m) => [
            m.indicatorCode,
            m.indicatorTitle,
            m.quarter === 0 ? String(m.year) : `T${m.quarter} ${m.year}`,
            String(m.value).replace('.', ','),
            statuses[m.status],
            m.deadline.split('-').reverse().join('/'),
            m.isOnTime ? 'Oui' : 'Non',
            m.enteredBy?.fullName ?? '',
            m.validatedBy?.fullName ?? '',
            m.comment,
          ]),
        },
      ],
    },
    ['Valeurs'],
  );
  return { content, filename: 'valeurs-indicateurs.xlsx' };
}
