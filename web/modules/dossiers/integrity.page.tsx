// For administrators: check the hash chains of every dossier's history, and see the first broken link.
import { Alert, Anchor, Button, Card, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { formatDate, intlLocale } from '../../ui/format';
import { IconAlert, IconHistory } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState } from '../../ui/states';
import { useIntegrityCheck } from './dossiers.api';

export function IntegrityPage() {
  const { t, i18n } = useTranslation();
  const a = useAdministration().administrationId;
  const canVerify = useCan('dossiers.verify');
  const check = useIntegrityCheck(a);
  const report = check.data;
  if (!canVerify)
    return (
      <>
        <PageHeader title={t('dossiers.integrity.title')} />
        <EmptyState title={t('errors.forbiddenTitle')} description={t('dossiers.integrity.forbidden')} />
      </>
    );
  return (
    <>
      <PageHeader title={t('dossiers.integrity.title')} description={t('dossiers.integrity.help')} />
      <Stack gap="md" maw={760}>
        <Card withBorder padding="lg">
          <Stack gap="sm" align="flex-start">
            <Button onClick={() => void check.refetch()} loading={check.isFetching} leftSection={<IconHistory size={16} />}>
              {t('dossiers.integrity.run')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('dossiers.integrity.command')} <Code>npm run verify-audit</Code>
            </Text>
          </Stack>
        </Card>
        {check.isError && <ErrorState error={check.error} onRetry={() => void check.refetch()} />}
        {report &&
          (report.isIntact ? (
            <Alert color="teal" variant="light" title={t('dossiers.integrity.intact')} role="status">
              {t('dossiers.integrity.intactDetail', { dossiers: report.dossiers, events: report.events })}
              <Text size="xs" c="dimmed" mt={4}>
                {t('dossiers.integrity.checkedAt', { date: formatDate(report.checkedAt, 'datetime', intlLocale(i18n.language)) })}
              </Text>
            </Alert>
          ) : (
            <Alert color="red" variant="light" icon={<IconAlert />} title={t('dossiers.integrity.broken')} role="alert">
              <Stack gap={4}>
                <Text size="sm">
                  {t('dossiers.integrity.brokenDetail', {
                    reference: report.firstBreak!.reference,
                    seq: report.firstBreak!.seq,
                    reason: t(`dossiers.integrity.reasons.${report.firstBreak!.reason}`),
                  })}
                </Text>
                <Anchor component={Link} to={paths.dossier(a, report.firstBreak!.dossierId)} size="sm">
                  {t('dossiers.integrity.openDossier')}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('dossiers.integrity.checkedAt', { date: formatDate(report.checkedAt, 'datetime', intlLocale(i18n.language)) })}
                </Text>
              </Stack>
            </Alert>
          ))}
      </Stack>
    </>
  );
}
