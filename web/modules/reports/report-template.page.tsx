// Adjust a report kind for this administration: its title, which sections it holds, its own introduction
// and signature block. Left unset, the defaults of Pilotage apply.
import { Button, Checkbox, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton, errorMessage } from '../../ui/states';
import { useReportTemplates, useUpdateTemplate } from './reports.api';
import type { ReportSection, ReportTemplate } from './reports.types';

const ALL_SECTIONS: ReportSection[] = [
  'introduction',
  'key_figures',
  'programme_results',
  'execution',
  'reporting',
  'directives',
  'corrective_actions',
  'attention',
  'charts',
  'highlights',
  'difficulties',
  'outlook',
];

export function ReportTemplatePage() {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const { kind } = useParams();
  const templates = useReportTemplates(a);
  const template = templates.data?.find((tpl) => tpl.kind === kind);
  const back = { to: paths.reports(a), label: t('nav.reports') };

  if (templates.isError) return <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />;
  if (!templates.data) return <PageSkeleton rows={8} />;
  if (!template)
    return (
      <>
        <PageHeader title={t('reports.template.title')} back={back} />
        <EmptyState title={t('reports.template.notFound')} />
      </>
    );
  return (
    <Stack gap="md">
      <PageHeader title={t('reports.template.titleOf', { title: template.title })} description={t('reports.template.help')} back={back} />
      <TemplateForm administrationId={a} template={template} />
    </Stack>
  );
}

function TemplateForm({ administrationId: a, template }: { administrationId: string; template: ReportTemplate }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCan('reports.manage');
  const save = useUpdateTemplate(a);
  const [title, setTitle] = useState(template.title);
  const [sections, setSections] = useState<ReportSection[]>(template.sections);
  const [introduction, setIntroduction] = useState(template.introduction);
  const [signature, setSignature] = useState(template.signature);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setError(null), [sections]);
  // the kind's sections in their order first, the others after, in Pilotage's order
  const ordered = [...template.sections, ...ALL_SECTIONS.filter((s) => !template.sections.includes(s))];

  const submit = () => {
    const chosen = ordered.filter((s) => sections.includes(s));
    if (chosen.length === 0) return setError(t('reports.template.sectionsRequired'));
    save.mutate(
      { kind: template.kind, body: { title: title.trim() || null, sections: chosen, introduction, signature } },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('reports.template.saved') });
          void navigate(paths.reports(a));
        },
        onError: (e) => notifications.show({ color: 'red', message: errorMessage(e, t('errors.unexpected')) }),
      },
    );
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => (e.preventDefault(), submit())}>
      <Stack gap="md" maw={720}>
        <TextInput
          label={t('reports.template.reportTitle')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={200}
          disabled={!canManage}
        />
        <Checkbox.Group
          label={t('reports.template.sections')}
          description={t('reports.template.sectionsHelp')}
          value={sections}
          onChange={(v) => setSections(v as ReportSection[])}
          error={error}
        >
          <Stack gap={6} mt="xs">
            {ordered.map((s) => (
              <Checkbox key={s} value={s} label={t(`reports.sections.${s}`)} disabled={!canManage} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label={t('reports.template.introduction')}
          description={t('reports.template.introductionHelp')}
          value={introduction}
          onChange={(e) => setIntroduction(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={5000}
          disabled={!canManage}
        />
        <Textarea
          label={t('reports.template.signature')}
          description={t('reports.template.signatureHelp')}
          value={signature}
          onChange={(e) => setSignature(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={1000}
          disabled={!canManage}
        />
        {canManage ? (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('reports.template.readOnly')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
