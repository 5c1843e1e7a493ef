// The interims tab: who acts for which post, from when to when, under which legal act.
import { Anchor, Badge, Button, Group, Modal, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { requiredChoice, useServerErrors } from '../../ui/form-errors';
import { formatDate, intlLocale, todayIso } from '../../ui/format';
import { IconPlus } from '../../ui/icons';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { useCreateInterim, useInterims } from './organisation.api';
import type { Interim } from './organisation.types';
import { DateRangeFields, ModalForm, PostField } from './people-form-parts';
import { PersonSelect } from './person-select';

function interimStatus(i: Interim, today: string): 'current' | 'upcoming' | 'past' {
  if (i.endDate < today) return 'past';
  if (i.startDate > today) return 'upcoming';
  return 'current';
}

export function InterimsPanel({ a }: { a: string }) {
  const { t, i18n } = useTranslation();
  const canManage = useCan('organisation.manage');
  const interims = useInterims(a);
  const [searchParams, setSearchParams] = useSearchParams();
  const presetPost = searchParams.get('poste');
  const [isFormOpen, setFormOpen] = useState(Boolean(presetPost) && canManage);
  const locale = intlLocale(i18n.language);
  const today = todayIso();
  const statusColor = { current: 'green', upcoming: 'blue', past: 'gray' } as const;

  const closeForm = () => {
    setFormOpen(false);
    if (presetPost) setSearchParams({}, { replace: true });
  };

  const sorted = [...(interims.data?.items ?? [])].sort((x, y) => y.startDate.localeCompare(x.startDate));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={620}>
          {t('org.interim.help')}
        </Text>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setFormOpen(true)}>
            {t('org.interim.new')}
          </Button>
        )}
      </Group>

      {interims.isPending ? (
        <PageSkeleton rows={5} />
      ) : interims.isError ? (
        <ErrorState error={interims.error} onRetry={() => void interims.refetch()} />
      ) : sorted.length === 0 ? (
        <EmptyState title={t('org.interim.none')} />
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('org.interim.tab')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('org.interim.post')}</Table.Th>
                <Table.Th>{t('org.interim.person')}</Table.Th>
                <Table.Th>{t('common.from')}</Table.Th>
                <Table.Th>{t('common.to')}</Table.Th>
                <Table.Th>{t('org.interim.legalReference')}</Table.Th>
                <Table.Th>{t('org.interim.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((i) => {
                const status = interimStatus(i, today);
                return (
                  <Table.Tr key={i.id}>
                    <Table.Td>
                      <Anchor component={Link} to={paths.post(a, i.postId)} size="sm">
                        {i.postTitle}
                      </Anchor>
                    </Table.Td>
                    <Table.Td fz="sm">{i.personName}</Table.Td>
                    <Table.Td fz="sm">{formatDate(i.startDate, 'short', locale)}</Table.Td>
                    <Table.Td fz="sm">{formatDate(i.endDate, 'short', locale)}</Table.Td>
                    <Table.Td fz="sm">
                      {i.legalReference}
                      {i.reason && (
                        <Text size="xs" c="dimmed">
                          {i.reason}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={statusColor[status]} variant="light" size="sm">
                        {t(`org.interim.statuses.${status}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Modal opened={isFormOpen} onClose={closeForm} title={t('org.interim.new')} centered size="lg">
        <InterimForm a={a} presetPostId={presetPost} onDone={closeForm} />
      </Modal>
    </Stack>
  );
}

function InterimForm({ a, presetPostId, onDone }: { a: string; presetPostId: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [postId, setPostId] = useState<string | null>(presetPostId);
  const [personId, setPersonId] = useState<string | null>(null);
  const [startDate, setStartDate] = useState(todayIso());
  const [endDate, setEndDate] = useState('');
  const [legalReference, setLegalReference] = useState('');
  const [reason, setReason] = useState('');
  const errors = useServerErrors(['postId', 'personId', 'startDate', 'endDate', 'legalReference', 'reason']);
  const create = useCreateInterim(a);

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    create.mutate(
      {
        postId: requiredChoice(postId),
        personId: requiredChoice(personId),
        startDate: requiredChoice(startDate || null),
        endDate: requiredChoice(endDate || null),
        legalReference,
        reason,
      },
      {
        onSuccess: (interim) => {
          notifications.show({ color: 'green', message: t('org.interim.created', { name: interim.personName, post: interim.postTitle }) });
          onDone();
        },
        onError: errors.apply,
      },
    );
  }

  return (
    <ModalForm errors={errors} onSubmit={submit} onCancel={onDone} submitLabel={t('org.interim.submit')} isSubmitting={create.isPending}>
      <PostField a={a} label={t('org.interim.post')} value={postId} onChange={setPostId} error={errors.fieldErrors.postId} />
      <PersonSelect
        administrationId={a}
        label={t('org.interim.person')}
        value={personId}
        onChange={setPersonId}
        required
        error={errors.fieldErrors.personId}
      />
      <DateRangeFields
        labels={{ start: t('org.interim.startDate'), end: t('org.interim.endDate') }}
        start={startDate}
        end={endDate}
        onStart={setStartDate}
        onEnd={setEndDate}
        isEndRequired={true}
        errors={errors}
      />
      <TextInput
        label={t('org.interim.legalReference')}
        description={t('org.interim.legalReferenceHelp')}
        value={legalReference}
        onChange={(e) => setLegalReference(e.currentTarget.value)}
        required
        error={errors.fieldErrors.legalReference}
      />
      <Textarea
        label={t('org.interim.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={2}
        error={errors.fieldErrors.reason}
      />
    </ModalForm>
  );
}
