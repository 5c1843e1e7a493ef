// The states of a structure or post form page before the form can show: refused to those who may not
// manage the organisation, a skeleton while its data loads, the error of a query that failed.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/administration';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';

type Query = { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };

export function FormPageGate({
  title,
  description,
  back,
  queries,
  children,
}: {
  title: string;
  description?: string;
  back: { to: string; label: string };
  // the queries the form needs (leave out those that are not used, e.g. the entity of a new one)
  queries: Query[];
  children: () => ReactNode;
}) {
  const { t } = useTranslation();
  const canManage = useCan('organisation.manage');
  if (!canManage)
    return (
      <>
        <PageHeader title={title} back={back} />
        <EmptyState title={t('errors.forbiddenTitle')} description={t('errors.forbiddenManage')} />
      </>
    );
  if (queries.some((q) => q.isPending)) return <PageSkeleton rows={10} />;
  const failed = queries.find((q) => q.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  return (
    <>
      <PageHeader title={title} description={description} back={back} />
      {children()}
    </>
  );
}
