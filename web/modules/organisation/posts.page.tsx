// Posts of the administration with who holds them today; filter by structure or search.
import { Anchor, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { IconPlus, IconSearch } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { normalizeSearch } from './org-tree';
import { functionLabel } from './organisation.labels';
import { usePosts, useTree } from './organisation.api';
import { Occupants } from './occupants';
import { structureOptions } from './select-options';

export function PostsPage() {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const canManage = useCan('organisation.manage');
  const posts = usePosts(a);
  const tree = useTree(a);
  const [search, setSearch] = useState('');
  const [structureId, setStructureId] = useState<string | null>(null);

  const rows = useMemo(() => {
    const query = normalizeSearch(search);
    return (posts.data?.items ?? [])
      .filter((p) => !structureId || p.structureId === structureId)
      .filter(
        (p) =>
          !query ||
          normalizeSearch(
            [p.title, p.acronym ?? '', p.structureName, ...p.holders.map((h) => h.fullName), ...p.acting.map((h) => h.fullName)].join(' '),
          ).includes(query),
      )
      .sort(
        (x, y) =>
          x.structureName.localeCompare(y.structureName, 'fr') ||
          Number(y.isHeadOfStructure) - Number(x.isHeadOfStructure) ||
          x.title.localeCompare(y.title, 'fr'),
      );
  }, [posts.data, search, structureId]);

  return (
    <>
      <PageHeader
        title={t('org.post.listTitle')}
        description={t('org.post.listHelp')}
        actions={
          canManage && (
            <Button component={Link} to={paths.postNew(a)} leftSection={<IconPlus size={16} />}>
              {t('org.post.new')}
            </Button>
          )
        }
      />
      {posts.isPending ? (
        <PageSkeleton rows={8} />
      ) : posts.isError ? (
        <ErrorState error={posts.error} onRetry={() => void posts.refetch()} />
      ) : posts.data.items.length === 0 ? (
        <EmptyState
          title={t('org.post.empty')}
          action={
            canManage && (
              <Button component={Link} to={paths.postNew(a)}>
                {t('org.post.new')}
              </Button>
            )
          }
        />
      ) : (
        <>
          <Group align="flex-end" mb="md" gap="sm">
            <TextInput
              label={t('org.post.search')}
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              style={{ flex: '1 1 260px' }}
              maw={420}
              type="search"
            />
            <Select
              label={t('org.post.filterStructure')}
              placeholder={t('org.post.allStructures')}
              data={structureOptions(tree.data)}
              value={structureId}
              onChange={setStructureId}
              searchable
              clearable
              nothingFoundMessage={t('common.nothingFound')}
              style={{ flex: '1 1 260px' }}
              maw={420}
            />
          </Group>
          <Text size="sm" c="dimmed" mb="xs" role="status">
            {t('org.post.count', { count: rows.length })}
          </Text>
          {rows.length === 0 ? (
            <EmptyState title={t('common.noResult')} />
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('org.post.listTitle')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('org.post.titleLabel')}</Table.Th>
                    <Table.Th>{t('org.post.structure')}</Table.Th>
                    <Table.Th>{t('org.post.rank')}</Table.Th>
                    <Table.Th>{t('org.post.function')}</Table.Th>
                    <Table.Th>{t('org.post.holder')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Anchor component={Link} to={paths.post(a, p.id)} size="sm" fw={p.isHeadOfStructure ? 650 : 500}>
                          {p.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={paths.structure(a, p.structureId)} size="sm" c="dark.6">
                          {p.structureName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td fz="sm">{p.rankName ?? '—'}</Table.Td>
                      <Table.Td fz="sm">{functionLabel(t, p.function)}</Table.Td>
                      <Table.Td>
                        <Occupants holders={p.holders} acting={p.acting} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </>
  );
}
