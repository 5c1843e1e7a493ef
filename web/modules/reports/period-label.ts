// "T1 2024" for a quarter, "Année 2024" for a year; the dialogue de gestion of year N covers N-1 and Q1 of N.
import { useTranslation } from 'react-i18next';
import type { ReportKind } from './reports.types';

export function usePeriodLabel() {
  const { t } = useTranslation();
  return (year: number, quarter: number | null, kind?: ReportKind) => {
    if (kind === 'management_dialogue') return t('reports.dialoguePeriodLabel', { year, pastYear: year - 1 });
    return quarter === null ? t('reports.yearLabel', { year }) : t('reports.periodLabel', { quarter, year });
  };
}
