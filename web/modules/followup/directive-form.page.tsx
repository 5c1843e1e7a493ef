// A new directive or recommendation, outside a meeting (an audience, a direct instruction, an audit...),
// or the changes to one (…/modifier): text, due date, priority, confidentiality, lead and co-assignees;
// its kind and source stay. A meeting's decisions are recorded on the meeting's page.
import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { useServerErrors } from '../../ui/form-errors';
import { IconAlert } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { DayField } from '../agenda/date-fields';
import { postOptions, structureOptions } from '../agenda/org-options';
import { useTree } from '../organisation/organisation.api';
import { useCreateDirective, useDirective } from './followup.api';
import { useUpdateDirective } from './followup-edit.api';
import {
  confidentialities,
  priorities,
  type Confidentiality,
  type DirectiveCreateBody,
  type DirectiveDetail,
  type Priority,
  type SourceType,
} from './followup.types';

const sources: SourceType[] = ['direct_instruction', 'audience', 'dossier_decision', 'evaluation', 'audit'];
const FIELDS = ['kind', 'text', 'sourceType', 'sourceDocument', 'lead', 'coAssignees', 'dueDate', 'priority', 'confidentiality'];

export function DirectiveFormPage() {
  const { t } = useTranslation();
  const { administrationId: a } = useAdministration();
  const { directiveId } = useParams();
  const canIssue = useCan('followup.issue');
  const directive = useDirective(a, directiveId);
  if (!canIssue) return <EmptyState title={t('followup.directive.notAllowed')} />;
  if (!directiveId) return <DirectiveForm a={a} />;
  if (directive.isPending) return <PageSkeleton rows={8} />;
  if (directive.isError) return <ErrorState error={directive.error} onRetry={() => void directive.refetch()} />;
  if (!directive.data.can.edit) return <EmptyState title={t('followup.edit.notAllowed')} />;
  return <DirectiveForm a={a} directive={directive.data} />;
}

// The co-assignees chosen as structures; one named by its post keeps its post while its structure stays.
function toAssignments(structureIds: string[], before: DirectiveDetail['coAssignees']) {
  return structureIds.map((structureId) => {
    const kept = before.find((c) => c.structureId === structureId && c.postId);
    return kept ? { postId: kept.postId! } : { structureId };
  });
}

function DirectiveForm({ a, directive: d }: { a: string; directive?: DirectiveDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const tree = useTree(a);
  const [kind, setKind] = useState<DirectiveCreateBody['kind']>(d?.kind ?? 'directive');
  const [text, setText] = useState(d?.text ?? '');
  const [sourceType, setSourceType] = useState<SourceType>(d?.sourceType ?? 'direct_instruction');
  const [sourceDocument, setSourceDocument] = useState(d?.sourceDocument ?? '');
  const [leadStructureId, setLeadStructureId] = useState<string | null>(d?.lead.structureId ?? null);
  const [leadPostId, setLeadPostId] = useState<string | null>(d?.lead.postId ?? null);
  const [coAssignees, setCoAssignees] = useState<string[]>(d?.coAssignees.map((c) => c.structureId) ?? []);
  const [dueDate, setDueDate] = useState<string | null>(d?.dueDate ?? null);
  const [priority, setPriority] = useState<Priority>(d?.priority ?? 'normal');
  const [confidentiality, setConfidentiality] = useState<Confidentiality>(d?.confidentiality ?? 'normal');
  const errors = useServerErrors(FIELDS);
  const create = useCreateDirective(a);
  const update = useUpdateDirective(a, d?.id ?? '');
  const title = d ? t('followup.edit.directive', { reference: d.reference }) : t('followup.directive.new');

  const structures = structureOptions(tree.data);
  const posts = postOptions(
    tree.data && leadStructureId ? { ...tree.data, posts: tree.data.posts.filter((p) => p.structureId === leadStructureId) } : undefined,
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const lead = leadPostId ? { postId: leadPostId } : leadStructureId ? { structureId: leadStructureId } : {};
    if (d) {
      update.mutate(
        {
          text,
          lead,
          coAssignees: toAssignments(coAssignees, d.coAssignees),
          dueDate: dueDate ?? '',
          priority,
          confidentiality,
          sourceDocument: sourceDocument.trim() || null,
        },
        {
          onSuccess: (saved) => {
            notifications.show({ color: 'green', message: t('followup.edit.directiveSaved', { reference: saved.reference }) });
            void navigate(paths.directive(a, saved.id));
          },
          onError: errors.apply,
        },
      );
      return;
    }
    create.mutate(
      {
        kind,
        text,
        sourceType,
        ...(sourceDocument.trim() ? { sourceDocument: sourceDocument.trim() } : {}),
        lead,
        coAssignees: coAssignees.map((structureId) => ({ structureId })),
        dueDate: dueDate ?? '',
        priority,
        confidentiality,
      },
      {
        onSuccess: (created) => {
          notifications.show({ color: 'green', message: t('followup.directive.created', { reference: created.reference }) });
          void navigate(paths.directive(a, created.id));
        },
        onError: errors.apply,
      },
    );
  }

  return (
    <Stack gap="md" maw={820}>
      <PageHeader
        title={title}
        back={d ? { to: paths.directive(a, d.id), label: d.reference } : { to: paths.directives(a), label: t('nav.directives') }}
      />
      <Card withBorder padding="lg">
        <form ref={errors.formRef} onSubmit={submit} noValidate aria-label={title}>
          <Stack gap="sm">
            {errors.generalError && (
              <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
                {errors.generalError}
              </Alert>
            )}
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('followup.directive.kind')}
              </Text>
              <SegmentedControl
                disabled={Boolean(d)}
                value={kind}
                onChange={(value) => setKind(value as DirectiveCreateBody['kind'])}
                data={[
                  { value: 'directive', label: t('followup.kind.directive') },
                  { value: 'recommendation', label: t('followup.kind.recommendation') },
                ]}
              />
            </Stack>
            <Textarea
              label={t('followup.directive.text')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              required
              autosize
              minRows={3}
              error={errors.fieldErrors.text}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
              <Select
                label={t('followup.directive.source')}
                data={(d && !sources.includes(d.sourceType) ? [d.sourceType, ...sources] : sources).map((s) => ({
                  value: s,
                  label: t(`followup.source.${s}`),
                }))}
                value={sourceType}
                onChange={(value) => value && setSourceType(value as SourceType)}
                allowDeselect={false}
                disabled={Boolean(d)}
                description={d ? t('followup.edit.fixedKind') : undefined}
                error={errors.fieldErrors.sourceType}
              />
              <TextInput
                label={t('followup.directive.sourceDocument')}
                description={kind === 'recommendation' ? t('followup.directive.sourceDocumentHelp') : undefined}
                value={sourceDocument}
                onChange={(e) => setSourceDocument(e.currentTarget.value)}
                required={kind === 'recommendation'}
                error={errors.fieldErrors.sourceDocument}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
              <Select
                label={t('followup.directive.leadStructure')}
                data={structures}
                value={leadStructureId}
                onChange={(value) => {
                  setLeadStructureId(value);
                  setLeadPostId(null);
                }}
                searchable
                required
                error={errors.fieldErrors['lead.structureId'] ?? errors.fieldErrors.lead}
              />
              <Select
                label={t('followup.directive.leadPost')}
                description={t('followup.directive.leadPostHelp')}
                data={posts}
                value={leadPostId}
                onChange={setLeadPostId}
                searchable
                clearable
                disabled={!leadStructureId}
                error={errors.fieldErrors['lead.postId']}
              />
            </SimpleGrid>
            <MultiSelect
              label={t('followup.directive.coAssignees')}
              data={structures.filter((s) => s.value !== leadStructureId)}
              value={coAssignees}
              onChange={setCoAssignees}
              searchable
              clearable
              error={errors.fieldErrors.coAssignees}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="sm">
              <DayField
                label={t('followup.directive.due')}
                value={dueDate}
                onChange={setDueDate}
                required
                error={errors.fieldErrors.dueDate}
              />
              <Select
                label={t('followup.list.priority')}
                data={priorities.map((p) => ({ value: p, label: t(`followup.priority.${p}`) }))}
                value={priority}
                onChange={(value) => value && setPriority(value as Priority)}
                allowDeselect={false}
              />
              <Select
                label={t('followup.directive.confidentiality')}
                data={confidentialities.map((c) => ({ value: c, label: t(`followup.confidentiality.${c}`) }))}
                value={confidentiality}
                onChange={(value) => value && setConfidentiality(value as Confidentiality)}
                allowDeselect={false}
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button type="submit" loading={create.isPending || update.isPending}>
                {d ? t('followup.edit.saveChanges') : t('followup.directive.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
