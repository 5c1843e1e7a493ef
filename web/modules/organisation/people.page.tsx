// Personnes & intérims: people of the administration, their posts, assignments and interims.
import { Anchor, Badge, Button, Group, Modal, Pagination, Select, SimpleGrid, Stack, Table, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { requiredChoice, useServerErrors } from '../../ui/form-errors';
import { todayIso } from '../../ui/format';
import { IconPlus, IconSearch } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { useCreateAssignment, useCreatePerson, usePersons } from './organisation.api';
import type { Civility, PersonListItem } from './organisation.types';
import { DateRangeFields, ModalForm, PostField } from './people-form-parts';
import { InterimsPanel } from './interims-panel';

const PAGE_SIZE = 25;

export function PeoplePage({ tab }: { tab: 'persons' | 'interims' }) {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('org.person.pageTitle')} description={t('org.person.pageHelp')} />
      <Tabs value={tab} onChange={(value) => void navigate(value === 'interims' ? paths.interims(a) : paths.persons(a))}>
        <Tabs.List mb="md">
          <Tabs.Tab value="persons">{t('org.person.tab')}</Tabs.Tab>
          <Tabs.Tab value="interims">{t('org.interim.tab')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {tab === 'persons' ? <PersonsPanel a={a} /> : <InterimsPanel a={a} />}
    </>
  );
}

function PersonsPanel({ a }: { a: string }) {
  const { t } = useTranslation();
  const canManage = useCan('organisation.manage');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const persons = usePersons(a, debounced, (page - 1) * PAGE_SIZE, PAGE_SIZE);
  const [isCreateOpen, createModal] = useDisclosure(false);
  const [assignTo, setAssignTo] = useState<PersonListItem | null>(null);

  return (
    <Stack gap="md">
      <Group align="flex-end" justify="space-between" gap="sm">
        <TextInput
          label={t('org.person.search')}
          placeholder={t('org.person.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          style={{ flex: '1 1 260px' }}
          maw={420}
          type="search"
        />
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={createModal.open}>
            {t('org.person.new')}
          </Button>
        )}
      </Group>

      {persons.isPending ? (
        <PageSkeleton rows={6} />
      ) : persons.isError ? (
        <ErrorState error={persons.error} onRetry={() => void persons.refetch()} />
      ) : persons.data.items.length === 0 ? (
        <EmptyState
          title={debounced ? t('common.noResult') : t('org.person.empty')}
          description={debounced ? t('common.noResultHelp', { search: debounced }) : undefined}
        />
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('org.person.count', { count: persons.data.total })}
          </Text>
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('org.person.tab')} aria-busy={persons.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('org.person.name')}</Table.Th>
                  <Table.Th>{t('org.person.contact')}</Table.Th>
                  <Table.Th>{t('org.person.posts')}</Table.Th>
                  {canManage && <Table.Th aria-label={t('common.actions')} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {persons.data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td fw={500} fz="sm">
                      {p.civility} {p.fullName}
                    </Table.Td>
                    <Table.Td fz="sm">
                      <Stack gap={0}>
                        {p.email && (
                          <Anchor href={`mailto:${p.email}`} size="sm">
                            {p.email}
                          </Anchor>
                        )}
                        {p.phone && <Text size="sm">{p.phone}</Text>}
                        {!p.email && !p.phone && '—'}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      {p.posts.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t('org.person.noPost')}
                        </Text>
                      ) : (
                        <Stack gap={2}>
                          {p.posts.map((post) => (
                            <Group key={`${post.postId}-${post.isInterim}`} gap={6} wrap="nowrap">
                              <Anchor component={Link} to={paths.post(a, post.postId)} size="sm">
                                {post.title}
                              </Anchor>
                              {post.isInterim && (
                                <Badge size="xs" color="blue" variant="light">
                                  {t('org.occupancy.interimBadge')}
                                </Badge>
                              )}
                            </Group>
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                    {canManage && (
                      <Table.Td ta="right">
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setAssignTo(p)}
                          aria-label={t('org.assignment.assignPerson', { name: p.fullName })}
                        >
                          {t('org.assignment.assign')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {persons.data.total > PAGE_SIZE && (
            <Pagination
              total={Math.ceil(persons.data.total / PAGE_SIZE)}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': t(`common.pagination.${control}`) })}
            />
          )}
        </>
      )}

      <Modal opened={isCreateOpen} onClose={createModal.close} title={t('org.person.new')} centered size="lg">
        <PersonForm a={a} onDone={createModal.close} />
      </Modal>
      <Modal
        opened={assignTo !== null}
        onClose={() => setAssignTo(null)}
        title={assignTo ? t('org.assignment.titleFor', { name: `${assignTo.civility} ${assignTo.fullName}` }) : ''}
        centered
        size="lg"
      >
        {assignTo && <AssignmentForm a={a} person={assignTo} onDone={() => setAssignTo(null)} />}
      </Modal>
    </Stack>
  );
}

function PersonForm({ a, onDone }: { a: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [civility, setCivility] = useState<Civility>('Mme');
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const errors = useServerErrors(['civility', 'firstName', 'lastName', 'email', 'phone']);
  const create = useCreatePerson(a);

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    create.mutate(
      { civility, firstName, lastName, email: email.trim() || null, phone: phone.trim() || null },
      {
        onSuccess: (person) => {
          notifications.show({ color: 'green', message: t('org.person.created', { name: `${person.civility} ${person.fullName}` }) });
          onDone();
        },
        onError: errors.apply,
      },
    );
  }

  return (
    <ModalForm errors={errors} onSubmit={submit} onCancel={onDone} submitLabel={t('org.person.create')} isSubmitting={create.isPending}>
      <Select
        label={t('org.person.civility')}
        data={[
          { value: 'Mme', label: t('org.person.civilities.Mme') },
          { value: 'M.', label: t('org.person.civilities.M') },
        ]}
        value={civility}
        onChange={(v) => setCivility((v as Civility | null) ?? 'Mme')}
        allowDeselect={false}
        error={errors.fieldErrors.civility}
        comboboxProps={{ withinPortal: true }}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('org.person.firstName')}
          value={firstName}
          onChange={(e) => setFirstName(e.currentTarget.value)}
          required
          error={errors.fieldErrors.firstName}
        />
        <TextInput
          label={t('org.person.lastName')}
          value={lastName}
          onChange={(e) => setLastName(e.currentTarget.value)}
          required
          error={errors.fieldErrors.lastName}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('org.person.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errors.fieldErrors.email}
        />
        <TextInput
          label={t('org.person.phone')}
          type="tel"
          value={phone}
          onChange={(e) => setPhone(e.currentTarget.value)}
          error={errors.fieldErrors.phone}
        />
      </SimpleGrid>
    </ModalForm>
  );
}

function AssignmentForm({ a, person, onDone }: { a: string; person: PersonListItem; onDone: () => void }) {
  const { t } = useTranslation();
  const [postId, setPostId] = useState<string | null>(null);
  const [startDate, setStartDate] = useState(todayIso());
  const [endDate, setEndDate] = useState('');
  const errors = useServerErrors(['postId', 'personId', 'startDate', 'endDate']);
  const create = useCreateAssignment(a);

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    create.mutate(
      { personId: person.id, postId: requiredChoice(postId), startDate: requiredChoice(startDate || null), endDate: endDate || null },
      {
        onSuccess: (assignment) => {
          notifications.show({
            color: 'green',
            message: t('org.assignment.created', { name: assignment.personName, post: assignment.postTitle }),
          });
          onDone();
        },
        onError: errors.apply,
      },
    );
  }

  return (
    <ModalForm errors={errors} onSubmit={submit} onCancel={onDone} submitLabel={t('org.assignment.submit')} isSubmitting={create.isPending}>
      <PostField a={a} label={t('org.assignment.post')} value={postId} onChange={setPostId} error={errors.fieldErrors.postId} />
      <DateRangeFields
        labels={{ start: t('org.assignment.startDate'), end: t('org.assignment.endDate'), endHelp: t('org.assignment.endDateHelp') }}
        start={startDate}
        end={endDate}
        onStart={setStartDate}
        onEnd={setEndDate}
        isEndRequired={false}
        errors={errors}
      />
    </ModalForm>
  );
}
