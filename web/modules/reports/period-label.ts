// "T1 2024" for a quarter, "Année 2024" for a year.
import { useTranslation } from 'react-i18next';

export function usePeriodLabel() {
  const { t } = useTranslation();
  return (year: number, quarter: number | null) =>
    quarter === null ? t('reports.yearLabel', { year }) : t('reports.periodLabel', { quarter, year });
}
