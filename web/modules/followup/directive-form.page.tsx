// A new directive or recommendation, outside a meeting (an audience, a direct instruction, an audit...).
// A meeting's decisions are recorded on the meeting's page.
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
import { useNavigate } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { useServerErrors } from '../../ui/form-errors';
import { IconAlert } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { EmptyState } from '../../ui/states';
import { DayField } from '../agenda/date-fields';
import { postOptions, structureOptions } from '../agenda/org-options';
import { useTree } from '../organisation/organisation.api';
import { useCreateDirective } from './followup.api';
import {
  confidentialities,
  priorities,
  type Confidentiality,
  type DirectiveCreateBody,
  type Priority,
  type SourceType,
} from './followup.types';

const sources: SourceType[] = ['direct_instruction', 'audience', 'dossier_decision', 'evaluation', 'audit'];
const FIELDS = ['kind', 'text', 'sourceType', 'sourceDocument', 'lead', 'coAssignees', 'dueDate', 'priority', 'confidentiality'];

export function DirectiveFormPage() {
  const { t } = useTranslation();
  const { administrationId: a } = useAdministration();
  const canIssue = useCan('followup.issue');
  const navigate = useNavigate();
  const tree = useTree(a);
  const [kind, setKind] = useState<DirectiveCreateBody['kind']>('directive');
  const [text, setText] = useState('');
  const [sourceType, setSourceType] = useState<SourceType>('direct_instruction');
  const [sourceDocument, setSourceDocument] = useState('');
  const [leadStructureId, setLeadStructureId] = useState<string | null>(null);
  const [leadPostId, setLeadPostId] = useState<string | null>(null);
  const [coAssignees, setCoAssignees] = useState<string[]>([]);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [priority, setPriority] = useState<Priority>('normal');
  const [confidentiality, setConfidentiality] = useState<Confidentiality>('normal');
  const errors = useServerErrors(FIELDS);
  const create = useCreateDirective(a);

  if (!canIssue) return <EmptyState title={t('followup.directive.notAllowed')} />;

  const structures = structureOptions(tree.data);
  const posts = postOptions(
    tree.data && leadStructureId ? { ...tree.data, posts: tree.data.posts.filter((p) => p.structureId === leadStructureId) } : undefined,
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    create.mutate(
      {
        kind,
        text,
        sourceType,
        ...(sourceDocument.trim() ? { sourceDocument: sourceDocument.trim() } : {}),
        lead: leadPostId ? { postId: leadPostId } : leadStructureId ? { structureId: leadStructureId } : {},
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
      <PageHeader title={t('followup.directive.new')} back={{ to: paths.directives(a), label: t('nav.directives') }} />
      <Card withBorder padding="lg">
        <form ref={errors.formRef} onSubmit={submit} noValidate aria-label={t('followup.directive.new')}>
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
                data={sources.map((s) => ({ value: s, label: t(`followup.source.${s}`) }))}
                value={sourceType}
                onChange={(value) => value && setSourceType(value as SourceType)}
                allowDeselect={false}
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
              <Button type="submit" loading={create.isPending}>
                {t('followup.directive.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
