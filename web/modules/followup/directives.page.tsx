// The directives and recommendations: "Mes directives" (scope mine) and every visible one, with filters,
// server-side sort and pagination. Overdue items read in red with their days late.
import { Anchor, Button, Group, Menu, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { IconDownload, IconPlus, IconSearch } from '../../ui/icons';
import { ExportXlsxButton } from '../../ui/export-button';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { useTree } from '../organisation/organisation.api';
import { structureOptions } from '../agenda/org-options';
import { followupFiles, useDirectives } from './followup.api';
import { DirectiveCards, DueDate, LateBadge, PriorityBadge, ProgressBar, StatusBadge, assigneeLabel } from './followup-parts';
import { priorities, sourceTypes, type DirectiveQuery } from './followup.types';

const PAGE_SIZE = 20;
const states = ['overdue', 'behind', 'open', 'awaiting_confirmation', 'closed'] as const;
const sorts = ['dueDate', '-dueDate', '-priority', '-issuedOn', '-updatedAt', 'progress', 'reference'] as const;
const sortKeys = {
  dueDate: 'dueDate',
  '-dueDate': 'desc_dueDate',
  '-priority': 'desc_priority',
  '-issuedOn': 'desc_issuedOn',
  '-updatedAt': 'desc_updatedAt',
  progress: 'progress',
  reference: 'reference',
} as const;

export function DirectivesPage({ scope }: { scope: 'mine' | 'all' }) {
  const { t } = useTranslation();
  const { administrationId: a } = useAdministration();
  const canIssue = useCan('followup.issue');
  const tree = useTree(a);
  const [state, setState] = useState<string | null>(scope === 'mine' ? 'open' : null);
  const [structureId, setStructureId] = useState<string | null>(null);
  const [sourceType, setSourceType] = useState<string | null>(null);
  const [priority, setPriority] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [sort, setSort] = useState<(typeof sorts)[number]>('dueDate');
  const [page, setPage] = useState(1);
  const [filtersShown, setFiltersShown] = useState(false);
  const activeFilters = [state, structureId, sourceType, priority].filter(Boolean).length;

  const query: DirectiveQuery = {
    scope,
    sort,
    page,
    pageSize: PAGE_SIZE,
    ...(state ? { state: state as DirectiveQuery['state'] } : {}),
    ...(structureId ? { structureId, includeSubStructures: 'true' as const } : {}),
    ...(sourceType ? { sourceType: sourceType as DirectiveQuery['sourceType'] } : {}),
    ...(priority ? { priority: priority as DirectiveQuery['priority'] } : {}),
    ...(q ? { q } : {}),
  };
  const directives = useDirectives(a, query);
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  const title = scope === 'mine' ? t('nav.myDirectives') : t('nav.directives');
  return (
    <Stack gap="md">
      <PageHeader
        title={title}
        description={scope === 'mine' ? t('followup.list.mineHelp') : t('followup.list.allHelp')}
        actions={
          <>
            <ExportXlsxButton path={`${followupFiles.base(a)}/directives/export.xlsx`} query={query} />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="default" leftSection={<IconDownload size={16} />}>
                  {t('followup.list.followUpTable')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t('followup.list.followUpTableHelp')}</Menu.Label>
                {(['xlsx', 'docx', 'pdf'] as const).map((format) => (
                  <Menu.Item key={format} component="a" href={followupFiles.followUpTable(a, format)} download>
                    {format.toUpperCase()}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            {canIssue && (
              <Button component={Link} to={paths.directiveNew(a)} leftSection={<IconPlus size={16} />}>
                {t('followup.directive.new')}
              </Button>
            )}
          </>
        }
      />

      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('followup.list.search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          style={{ flex: '2 1 220px' }}
        />
        {isPhone && (
          <Button variant="default" onClick={() => setFiltersShown((shown) => !shown)} aria-expanded={filtersShown}>
            {t('followup.list.filters', { count: activeFilters })}
          </Button>
        )}
        {(!isPhone || filtersShown) && (
          <>
            <Select
              label={t('followup.list.state')}
              data={states.map((s) => ({ value: s, label: t(`followup.stateFilter.${s}`) }))}
              value={state}
              onChange={filter(setState)}
              clearable
              placeholder={t('followup.list.any')}
              style={{ flex: '1 1 160px' }}
            />
            <Select
              label={t('followup.list.structure')}
              data={structureOptions(tree.data)}
              value={structureId}
              onChange={filter(setStructureId)}
              searchable
              clearable
              placeholder={t('followup.list.any')}
              style={{ flex: '2 1 220px' }}
            />
            <Select
              label={t('followup.list.source')}
              data={sourceTypes.map((s) => ({ value: s, label: t(`followup.source.${s}`) }))}
              value={sourceType}
              onChange={filter(setSourceType)}
              clearable
              placeholder={t('followup.list.any')}
              style={{ flex: '1 1 160px' }}
            />
            <Select
              label={t('followup.list.priority')}
              data={priorities.map((p) => ({ value: p, label: t(`followup.priority.${p}`) }))}
              value={priority}
              onChange={filter(setPriority)}
              clearable
              placeholder={t('followup.list.any')}
              style={{ flex: '1 1 130px' }}
            />
            <Select
              label={t('followup.list.sort')}
              data={sorts.map((s) => ({ value: s, label: t(`followup.sort.${sortKeys[s]}`) }))}
              value={sort}
              onChange={(value) => {
                if (value) setSort(value as (typeof sorts)[number]);
                setPage(1);
              }}
              allowDeselect={false}
              style={{ flex: '0 1 240px' }}
            />
          </>
        )}
      </Group>

      {directives.isPending ? (
        <PageSkeleton />
      ) : directives.isError ? (
        <ErrorState error={directives.error} onRetry={() => void directives.refetch()} />
      ) : directives.data.items.length === 0 ? (
        <EmptyState title={t('followup.list.empty')} description={t('followup.list.emptyHelp')} />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('followup.list.count', { count: directives.data.total })}
          </Text>
          {isPhone ? (
            <DirectiveCards a={a} items={directives.data.items} />
          ) : (
            <Table.ScrollContainer minWidth={860}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={110}>{t('followup.list.reference')}</Table.Th>
                    <Table.Th>{t('followup.list.text')}</Table.Th>
                    <Table.Th>{t('followup.list.lead')}</Table.Th>
                    <Table.Th w={120}>{t('followup.list.due')}</Table.Th>
                    <Table.Th w={160}>{t('followup.list.progress')}</Table.Th>
                    <Table.Th w={150}>{t('followup.list.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {directives.data.items.map((d) => (
                    <Table.Tr key={d.id} data-directive-id={d.id}>
                      <Table.Td>
                        <Anchor component={Link} to={paths.directive(a, d.id)} size="sm" fw={600}>
                          {d.reference}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2}>
                          {d.text}
                        </Text>
                        <PriorityBadge priority={d.priority} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{assigneeLabel(d.lead)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4}>
                          <DueDate directive={d} />
                          <LateBadge directive={d} />
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <ProgressBar directive={d} />
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge directive={d} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {directives.data.total > PAGE_SIZE && (
            <Pagination
              total={Math.ceil(directives.data.total / PAGE_SIZE)}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': t(`common.pagination.${control}`) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
