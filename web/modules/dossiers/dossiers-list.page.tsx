// Dossiers: the list with its filters, the search box with highlighted extracts, and "waiting on me".
import {
  Anchor,
  Button,
  CloseButton,
  Collapse,
  Grid,
  Group,
  Pagination,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { IconDownload, IconPlus, IconSearch } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { DossierCard } from './dossier-card';
import { NotificationsCard } from './notifications-card';
import { dossierFiles, useDossierSearch, useDossiers, useDossierStats, useWaitingDossiers } from './dossiers.api';
import { confidentialities, dossierKinds, dossierStatuses, holderFilters } from './dossiers.labels';
import type { DossierFilters, DossierList } from './dossiers.types';

const PAGE_SIZE = 25;
const FILTER_KEYS = ['status', 'holder', 'isLate', 'confidentiality', 'kind'] as const;

export function DossiersPage({ mode }: { mode: 'all' | 'waiting' }) {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const canRegister = useCan('dossiers.register');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search.trim(), 350);
  const filters = Object.fromEntries(FILTER_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)]] : []))) as DossierFilters;
  const page = Math.max(1, Number(params.get('page') ?? 1));
  const isWaiting = mode === 'waiting';

  // the search box drives ?q= (shareable, survives a reload)
  useEffect(() => {
    if (debounced === q) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (debounced) next.set('q', debounced);
        else next.delete('q');
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  }, [debounced, q, setParams]);

  const setFilter = (key: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      next.delete('page');
      return next;
    });
  const setPage = (value: number) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('page', String(value));
      return next;
    });

  return (
    <>
      <PageHeader
        title={isWaiting ? t('dossiers.list.waitingTitle') : t('dossiers.list.title')}
        description={isWaiting ? t('dossiers.list.waitingHelp') : t('dossiers.list.help')}
        actions={
          <>
            {!isWaiting && !q && (
              <Button component="a" href={dossierFiles.exportXlsx(a, filters)} variant="default" leftSection={<IconDownload size={16} />}>
                {t('dossiers.list.export')}
              </Button>
            )}
            {canRegister && (
              <Button component={Link} to={paths.dossierNew(a)} leftSection={<IconPlus size={16} />}>
                {t('dossiers.list.new')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="md">
        <StatsBar a={a} />
        {!isWaiting && (
          <TextInput
            label={t('dossiers.list.search')}
            placeholder={t('dossiers.list.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            rightSection={search ? <CloseButton aria-label={t('dossiers.list.clearSearch')} onClick={() => setSearch('')} /> : null}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            type="search"
            maw={640}
          />
        )}
        {!isWaiting && !q && <Filters filters={filters} onChange={setFilter} onReset={() => setParams(new URLSearchParams())} />}
        {isWaiting ? (
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack gap="md">
                <WaitingResults a={a} page={page} onPage={setPage} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <NotificationsCard a={a} />
            </Grid.Col>
          </Grid>
        ) : q ? (
          <SearchResults a={a} q={q} />
        ) : (
          <ListResults a={a} filters={filters} page={page} onPage={setPage} />
        )}
      </Stack>
    </>
  );
}

function StatsBar({ a }: { a: string }) {
  const { t } = useTranslation();
  const stats = useDossierStats(a);
  if (!stats.data) return null;
  const items = [
    { label: t('dossiers.stats.waitingOnMe'), value: stats.data.waitingOnMe, to: paths.dossiersWaiting(a), color: 'pilotage' },
    {
      label: t('dossiers.stats.late'),
      value: stats.data.late,
      to: `${paths.dossiers(a)}?isLate=true`,
      color: stats.data.late > 0 ? 'red' : undefined,
    },
    {
      label: t('dossiers.stats.awaitingDecision'),
      value: stats.data.byStatus.awaiting_decision,
      to: `${paths.dossiers(a)}?status=awaiting_decision`,
    },
    { label: t('dossiers.stats.open'), value: stats.data.open, to: paths.dossiers(a) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" maw={880}>
      {items.map((item) => (
        <Paper key={item.label} withBorder p="xs" radius="md" component={Link} to={item.to} className="stat-tile">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {item.label}
          </Text>
          <Text fz="xl" fw={700} c={item.color}>
            {item.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function Filters({
  filters,
  onChange,
  onReset,
}: {
  filters: DossierFilters;
  onChange: (key: string, value: string | null) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const select = (key: keyof DossierFilters, label: string, data: { value: string; label: string }[]) => (
    <Select
      label={label}
      placeholder={t('dossiers.list.any')}
      data={data}
      value={filters[key] ?? null}
      onChange={(value) => onChange(key, value)}
      clearable
      comboboxProps={{ withinPortal: true }}
    />
  );
  const hasFilter = Object.values(filters).some(Boolean);
  // on a phone the five filters fold under one button
  const isWide = useMediaQuery('(min-width: 48em)', true);
  const [opened, { toggle }] = useDisclosure(hasFilter);
  const count = Object.values(filters).filter(Boolean).length;
  return (
    <Stack gap={4}>
      {!isWide && (
        <Group>
          <Button variant="default" size="xs" onClick={toggle} aria-expanded={opened}>
            {count > 0 ? t('dossiers.list.filtersCount', { count }) : t('dossiers.list.filters')}
          </Button>
        </Group>
      )}
      <Collapse expanded={isWide || opened}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
          {select(
            'status',
            t('dossiers.list.status'),
            dossierStatuses.map((s) => ({ value: s, label: t(`dossiers.statuses.${s}`) })),
          )}
          {select(
            'holder',
            t('dossiers.list.holder'),
            holderFilters.map((h) => ({ value: h, label: t(`dossiers.holderFilters.${h}`) })),
          )}
          {select('isLate', t('dossiers.list.late'), [
            { value: 'true', label: t('dossiers.list.lateOnly') },
            { value: 'false', label: t('dossiers.list.notLate') },
          ])}
          {select(
            'confidentiality',
            t('dossiers.list.confidentiality'),
            confidentialities.map((c) => ({ value: c, label: t(`dossiers.confidentialities.${c}`) })),
          )}
          {select(
            'kind',
            t('dossiers.list.kind'),
            dossierKinds.map((k) => ({ value: k, label: t(`dossiers.kinds.${k}`) })),
          )}
        </SimpleGrid>
      </Collapse>
      {hasFilter && (
        <Group>
          <Anchor component="button" type="button" size="sm" onClick={onReset}>
            {t('dossiers.list.reset')}
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}

function Cards({
  a,
  list,
  page,
  onPage,
  emptyTitle,
  emptyHelp,
}: {
  a: string;
  list: DossierList;
  page: number;
  onPage: (p: number) => void;
  emptyTitle: string;
  emptyHelp: string;
}) {
  const { t } = useTranslation();
  if (list.items.length === 0) return <EmptyState title={emptyTitle} description={emptyHelp} />;
  return (
    <>
      <Text size="sm" c="dimmed" role="status">
        {list.isTotalCapped ? t('dossiers.list.countCapped', { count: list.total }) : t('dossiers.list.count', { count: list.total })}
      </Text>
      <Stack gap="xs" component="ul" className="plain-list" aria-label={t('dossiers.list.title')}>
        {list.items.map((d) => (
          <DossierCard key={d.id} a={a} dossier={d} />
        ))}
      </Stack>
      {list.total > PAGE_SIZE && (
        <Pagination
          total={Math.ceil(list.total / PAGE_SIZE)}
          value={page}
          onChange={onPage}
          getControlProps={(control) => ({ 'aria-label': t(`common.pagination.${control}`) })}
        />
      )}
    </>
  );
}

function ListResults({ a, filters, page, onPage }: { a: string; filters: DossierFilters; page: number; onPage: (p: number) => void }) {
  const { t } = useTranslation();
  const list = useDossiers(a, filters, (page - 1) * PAGE_SIZE, PAGE_SIZE);
  if (list.isPending) return <PageSkeleton rows={8} />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Cards
      a={a}
      list={list.data}
      page={page}
      onPage={onPage}
      emptyTitle={t('dossiers.list.empty')}
      emptyHelp={t('dossiers.list.emptyHelp')}
    />
  );
}

function WaitingResults({ a, page, onPage }: { a: string; page: number; onPage: (p: number) => void }) {
  const { t } = useTranslation();
  const list = useWaitingDossiers(a, (page - 1) * PAGE_SIZE, PAGE_SIZE);
  if (list.isPending) return <PageSkeleton rows={8} />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Cards
      a={a}
      list={list.data}
      page={page}
      onPage={onPage}
      emptyTitle={t('dossiers.list.emptyWaiting')}
      emptyHelp={t('dossiers.list.emptyWaitingHelp')}
    />
  );
}

function SearchResults({ a, q }: { a: string; q: string }) {
  const { t } = useTranslation();
  const results = useDossierSearch(a, q);
  if (results.isPending) return <PageSkeleton rows={6} />;
  if (results.isError) return <ErrorState error={results.error} onRetry={() => void results.refetch()} />;
  if (results.data.items.length === 0) return <EmptyState title={t('common.noResult')} description={t('dossiers.list.noMatch', { q })} />;
  return (
    <>
      <Text size="sm" c="dimmed" role="status">
        {t('dossiers.list.results', { count: results.data.items.length, q })}
      </Text>
      <Stack gap="xs" component="ul" className="plain-list" aria-label={t('dossiers.list.search')}>
        {results.data.items.map((d) => (
          <DossierCard key={d.id} a={a} dossier={d} extracts={d.extracts} />
        ))}
      </Stack>
    </>
  );
}
