// The results module's entries in the navigation, by what the user may do and who they are.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { useSignedInMe } from '../../app/session';
import { IconBuilding, IconChartBar, IconChecklist, IconFileSpreadsheet, IconFolders, IconSitemap, IconTarget } from '../../ui/icons';
import { useMyStructures } from './results.api';

type NavItem = { to: string; label: string; icon: ReactNode; active: boolean };

export function useResultsNavItems(a: string, pathname: string): NavItem[] {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const canRead = useCan('results.read');
  const canEnterValues = useCan('measurements.enter');
  const canReview = useCan('measurements.review');
  const canValidate = useCan('measurements.validate');
  const canEnter = canEnterValues || canReview || canValidate;
  const mine = useMyStructures(canRead ? a : '');
  const isIn = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);
  const root = paths.results(a);
  // a head of structure gets "my structure"; a member of an oversight body, in their own administration, the side-by-side view
  const isHead = mine.data?.items.some((s) => s.isHead) ?? false;
  const membership = me.administrations.find((m) => m.administrationId === a);
  const oversees =
    membership?.kind === 'oversight' || (membership?.role !== 'oversight' && me.administrations.some((m) => m.role === 'oversight'));
  if (!canRead && !canEnter) return [];
  return [
    ...(canRead
      ? [
          { to: root, label: t('nav.resultsDashboard'), icon: <IconChartBar />, active: pathname === root },
          ...(oversees
            ? [{ to: paths.resultsOversight(a), label: t('nav.oversight'), icon: <IconSitemap />, active: isIn(paths.resultsOversight(a)) }]
            : []),
          ...(isHead
            ? [
                {
                  to: paths.resultsMyStructure(a),
                  label: t('nav.myStructure'),
                  icon: <IconBuilding />,
                  active: isIn(paths.resultsMyStructure(a)) || isIn(`${root}/structures`),
                },
              ]
            : []),
          { to: paths.resultsIndicators(a), label: t('nav.indicators'), icon: <IconTarget />, active: isIn(paths.resultsIndicators(a)) },
        ]
      : []),
    ...(canEnter
      ? [{ to: paths.resultsEntry(a), label: t('nav.measurementEntry'), icon: <IconChecklist />, active: isIn(paths.resultsEntry(a)) }]
      : []),
    ...(canRead
      ? [
          { to: paths.resultsProgrammes(a), label: t('nav.programmes'), icon: <IconFolders />, active: isIn(paths.resultsProgrammes(a)) },
          {
            to: paths.resultsImportExport(a),
            label: t('nav.resultsImportExport'),
            icon: <IconFileSpreadsheet />,
            active: isIn(paths.resultsImportExport(a)),
          },
        ]
      : []),
  ];
}
