// Structures as an indented table following the chart's hierarchy.
import { Anchor, Badge, Button, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { IconPlus, IconSearch } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { buildOrgTree, flattenTree, normalizeSearch } from './org-tree';
import { kindColor, kindLabel } from './organisation.labels';
import { useStructures } from './organisation.api';

export function StructuresPage() {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const canManage = useCan('organisation.manage');
  const structures = useStructures(a);
  const [search, setSearch] = useState('');

  const rows = useMemo(() => {
    if (!structures.data) return [];
    const items = structures.data.items;
    const byId = new Map(items.map((s) => [s.id, s]));
    const nodes = flattenTree(buildOrgTree(items, []).roots);
    const query = normalizeSearch(search);
    return nodes
      .filter((n) => !query || normalizeSearch(`${n.structure.name} ${n.structure.acronym ?? ''}`).includes(query))
      .map((n) => ({ ...n, attachedTo: n.structure.attachedToId ? byId.get(n.structure.attachedToId) : undefined }));
  }, [structures.data, search]);

  return (
    <>
      <PageHeader
        title={t('org.structure.listTitle')}
        description={t('org.structure.listHelp')}
        actions={
          canManage && (
            <Button component={Link} to={paths.structureNew(a)} leftSection={<IconPlus size={16} />}>
              {t('org.structure.new')}
            </Button>
          )
        }
      />
      {structures.isPending ? (
        <PageSkeleton rows={8} />
      ) : structures.isError ? (
        <ErrorState error={structures.error} onRetry={() => void structures.refetch()} />
      ) : structures.data.items.length === 0 ? (
        <EmptyState
          title={t('org.structure.empty')}
          description={canManage ? t('org.chart.emptyHelpManager') : t('org.chart.emptyHelp')}
          action={
            canManage && (
              <Button component={Link} to={paths.structureNew(a)}>
                {t('org.structure.new')}
              </Button>
            )
          }
        />
      ) : (
        <>
          <TextInput
            label={t('org.structure.search')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            maw={420}
            mb="md"
            type="search"
          />
          {rows.length === 0 ? (
            <EmptyState title={t('common.noResult')} description={t('common.noResultHelp', { search })} />
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('org.structure.listTitle')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('org.structure.name')}</Table.Th>
                    <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('org.structure.kind')}</Table.Th>
                    <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('org.structure.attachedTo')}</Table.Th>
                    <Table.Th ta="right">{t('org.structure.postCount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((n) => (
                    <Table.Tr key={n.structure.id}>
                      <Table.Td>
                        <Text size="sm" pl={search ? 0 : n.depth * 22}>
                          <Anchor component={Link} to={paths.structure(a, n.structure.id)} fw={n.depth === 0 ? 650 : 500} size="sm">
                            {n.structure.name}
                          </Anchor>
                          {n.structure.acronym && (
                            <Text span c="dimmed" size="sm">
                              {' '}
                              ({n.structure.acronym})
                            </Text>
                          )}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={kindColor(n.structure.kind)} variant="light" size="sm">
                          {kindLabel(t, n.structure.kind)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{n.attachedTo ? (n.attachedTo.acronym ?? n.attachedTo.name) : '—'}</Text>
                      </Table.Td>
                      <Table.Td ta="right">{n.structure.postCount}</Table.Td>
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
