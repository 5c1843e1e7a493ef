// Reports: generate a report for a kind and a period, follow the drafts (progress, files, regenerate,
// finalise), the finalised versions and the report kinds the administration may adjust.
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { ReportDraftCard } from './report-draft-card';
import { ReportGenerateForm } from './report-generate-form';
import { ReportVersions } from './report-versions';
import { useFinalisedReports, useReportDrafts, useReportTemplates } from './reports.api';
import type { ReportTemplate } from './reports.types';

export function ReportsPage() {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const canManage = useCan('reports.manage');
  const templates = useReportTemplates(a);
  const drafts = useReportDrafts(a);
  const finalised = useFinalisedReports(a);
  const failed = [templates, drafts, finalised].find((q) => q.isError);

  return (
    <Stack gap="md">
      <PageHeader title={t('nav.reports')} description={t('reports.help')} />
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => void Promise.all([templates.refetch(), drafts.refetch(), finalised.refetch()])} />
      ) : !templates.data || !drafts.data || !finalised.data ? (
        <PageSkeleton rows={8} />
      ) : (
        <>
          {canManage && <ReportGenerateForm administrationId={a} templates={templates.data} />}
          <Stack gap="sm" component="section" aria-labelledby="report-drafts-title">
            <Title order={3} fz="lg" id="report-drafts-title">
              {t('reports.draft.title')}
            </Title>
            {drafts.data.length === 0 ? (
              <Paper withBorder>
                <EmptyState title={t('reports.draft.empty')} description={canManage ? t('reports.draft.emptyHelp') : undefined} />
              </Paper>
            ) : (
              drafts.data.map((r) => (
                <ReportDraftCard
                  key={r.id}
                  administrationId={a}
                  report={r}
                  canManage={canManage}
                  versionCount={finalised.data.filter((v) => v.reportId === r.id).length}
                />
              ))
            )}
          </Stack>
          <ReportVersions administrationId={a} versions={finalised.data} />
          <ReportKinds administrationId={a} templates={templates.data} canManage={canManage} />
        </>
      )}
    </Stack>
  );
}

function ReportKinds({
  administrationId: a,
  templates,
  canManage,
}: {
  administrationId: string;
  templates: ReportTemplate[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="report-kinds-title">
      <div>
        <Title order={3} fz="lg" id="report-kinds-title">
          {t('reports.kinds.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reports.kinds.help')}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {templates.map((tpl) => (
          <Paper withBorder p="sm" key={tpl.kind}>
            <Stack gap={4}>
              <Text fw={600} size="sm">
                {tpl.title}
              </Text>
              <Group gap={6}>
                <Badge variant="light" size="sm">
                  {tpl.isAnnual ? t('reports.kinds.annual') : t('reports.kinds.quarterly')}
                </Badge>
                {tpl.isProgrammeScoped && (
                  <Badge variant="light" color="teal" size="sm">
                    {t('reports.kinds.programme')}
                  </Badge>
                )}
                {tpl.isCustomised && (
                  <Badge variant="light" color="grape" size="sm">
                    {t('reports.kinds.customised')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {t('reports.kinds.sectionCount', { count: tpl.sections.length })}
              </Text>
              {canManage && (
                <Anchor component={Link} to={paths.reportTemplate(a, tpl.kind)} size="sm">
                  {t('reports.kinds.adjust')}
                </Anchor>
              )}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
