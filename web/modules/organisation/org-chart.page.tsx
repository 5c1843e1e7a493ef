// Organigramme: the organisation as nested structure cards, each listing its posts and who holds them.
import { ActionIcon, Alert, Anchor, Badge, Box, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { formatDate, intlLocale, todayIso } from '../../ui/format';
import { IconChevronDown, IconChevronRight, IconDownload, IconPlus, IconPrinter, IconSearch } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { buildOrgTree, filterTree, flattenTree, type OrgNode, type TreeFilter } from './org-tree';
import { kindColor, kindLabel } from './organisation.labels';
import { orgFiles, useTree } from './organisation.api';
import type { Structure, TreePost } from './organisation.types';
import { Occupants } from './occupants';

type Node = OrgNode<Structure, TreePost>;

// At first the top-level structures are open, so the first two levels of cards show.
const DEFAULT_OPEN_DEPTH = 1;

export function OrgChartPage() {
  const { t, i18n } = useTranslation();
  const administration = useAdministration();
  const a = administration.administrationId;
  const canManage = useCan('organisation.manage');
  const [date, setDate] = useState('');
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const tree = useTree(a, date || null);

  const built = useMemo(() => (tree.data ? buildOrgTree(tree.data.structures, tree.data.posts) : null), [tree.data]);
  const allNodes = useMemo(() => (built ? flattenTree(built.roots) : []), [built]);
  const filter = useMemo(() => (built ? filterTree(built.roots, search) : null), [built, search]);

  const openIds = useMemo(() => {
    if (filter) return filter.visibleStructureIds; // a search opens the way to every match
    if (expanded) return expanded;
    return new Set(allNodes.filter((n) => n.depth < DEFAULT_OPEN_DEPTH).map((n) => n.structure.id));
  }, [filter, expanded, allNodes]);

  const toggle = (id: string) => {
    const next = new Set(openIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
    if (filter) setSearch('');
  };

  const shownDate = tree.data?.date ?? todayIso();
  const locale = intlLocale(i18n.language);

  return (
    <Box>
      <PageHeader
        title={t('org.chart.title')}
        description={t('org.chart.subtitle', { administration: administration.name, date: formatDate(shownDate, 'long', locale) })}
        actions={
          canManage && (
            <>
              <Button component={Link} to={paths.postNew(a)} leftSection={<IconPlus size={16} />} variant="light">
                {t('org.post.new')}
              </Button>
              <Button component={Link} to={paths.structureNew(a)} leftSection={<IconPlus size={16} />} variant="light">
                {t('org.structure.new')}
              </Button>
            </>
          )
        }
      />

      <Paper withBorder p="sm" mb="md" className="no-print">
        <Stack gap="sm">
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('org.chart.search')}
              placeholder={t('org.chart.searchPlaceholder')}
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              style={{ flex: '1 1 260px' }}
              type="search"
            />
            <TextInput label={t('org.chart.date')} type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} w={170} />
          </Group>
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={() => setExpanded(new Set(allNodes.map((n) => n.structure.id)))} disabled={!built}>
              {t('org.chart.expandAll')}
            </Button>
            <Button variant="default" size="xs" onClick={() => setExpanded(new Set())} disabled={!built}>
              {t('org.chart.collapseAll')}
            </Button>
            <Button variant="default" size="xs" leftSection={<IconPrinter size={16} />} onClick={() => window.print()} disabled={!built}>
              {t('org.chart.print')}
            </Button>
            <Button
              component="a"
              href={orgFiles.chartPdf(a, date || undefined)}
              download
              variant="default"
              size="xs"
              leftSection={<IconDownload size={16} />}
            >
              {t('org.chart.exportPdf')}
            </Button>
            <Button
              component="a"
              href={orgFiles.chartSvg(a, date || undefined)}
              download
              variant="default"
              size="xs"
              leftSection={<IconDownload size={16} />}
            >
              {t('org.chart.exportSvg')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      <Text className="print-only" size="sm" mb="sm">
        {t('org.chart.printedOn', { date: formatDate(new Date(), 'long', locale) })}
      </Text>

      {tree.isPending ? (
        <PageSkeleton rows={8} />
      ) : tree.isError ? (
        <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />
      ) : built && built.roots.length === 0 ? (
        <EmptyState
          title={t('org.chart.empty')}
          description={canManage ? t('org.chart.emptyHelpManager') : t('org.chart.emptyHelp')}
          action={
            canManage && (
              <Group>
                <Button component={Link} to={paths.structureNew(a)}>
                  {t('org.structure.new')}
                </Button>
                <Button component={Link} to={paths.importExport(a)} variant="default">
                  {t('nav.importExport')}
                </Button>
              </Group>
            )
          }
        />
      ) : built ? (
        <Stack gap="sm" aria-busy={tree.isFetching}>
          {filter && filter.visibleStructureIds.size === 0 && (
            <Alert color="gray" variant="light" role="status">
              {t('org.chart.noMatch', { search })}
            </Alert>
          )}
          {filter && filter.visibleStructureIds.size > 0 && (
            <Text size="sm" c="dimmed" role="status">
              {t('org.chart.matches', { count: filter.matchedPostIds.size + filter.matchedStructureIds.size })}
            </Text>
          )}
          <Stack gap="sm">
            {built.roots.map((node) => (
              <StructureCard key={node.structure.id} node={node} a={a} openIds={openIds} filter={filter} onToggle={toggle} />
            ))}
          </Stack>
          {built.unplacedPosts.length > 0 && (
            <Alert color="yellow" title={t('org.chart.unplacedPosts')}>
              {built.unplacedPosts.map((p) => p.title).join(', ')}
            </Alert>
          )}
        </Stack>
      ) : null}
    </Box>
  );
}

function StructureCard({
  node,
  a,
  openIds,
  filter,
  onToggle,
}: {
  node: Node;
  a: string;
  openIds: Set<string>;
  filter: TreeFilter | null;
  onToggle: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { structure, children } = node;
  if (filter && !filter.visibleStructureIds.has(structure.id)) return null;
  const isOpen = openIds.has(structure.id);
  const isMatch = filter?.matchedStructureIds.has(structure.id) ?? false;
  // While searching, a structure shown only on the way to a match lists only the matching posts.
  const posts = filter && !isMatch ? node.posts.filter((p) => filter.matchedPostIds.has(p.id)) : node.posts;
  const childrenId = `org-children-${structure.id}`;

  return (
    <Box component="section" aria-label={structure.name}>
      <Paper withBorder shadow="xs" radius="md" p="sm" className="org-card" data-match={isMatch || undefined}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Group gap={6} align="flex-start" wrap="nowrap" miw={0}>
            {children.length > 0 ? (
              <ActionIcon
                variant="subtle"
                color="gray"
                onClick={() => onToggle(structure.id)}
                aria-expanded={isOpen}
                aria-controls={childrenId}
                aria-label={t(isOpen ? 'org.chart.collapse' : 'org.chart.expand', { name: structure.name })}
                className="no-print"
              >
                {isOpen ? <IconChevronDown /> : <IconChevronRight />}
              </ActionIcon>
            ) : (
              <Box w={28} className="no-print" style={{ flexShrink: 0 }} />
            )}
            <Stack gap={4} miw={0}>
              <Anchor component={Link} to={paths.structure(a, structure.id)} fw={650} c="dark.8">
                {structure.name}
                {structure.acronym && (
                  <Text span c="dimmed" fw={500}>
                    {' '}
                    ({structure.acronym})
                  </Text>
                )}
              </Anchor>
              <Group gap={6}>
                <Badge color={kindColor(structure.kind)} variant="light" size="sm">
                  {kindLabel(t, structure.kind)}
                </Badge>
                {node.attachedTo && (
                  <Badge color="gray" variant="outline" size="sm" tt="none">
                    {t('org.structure.attachedToBadge', { name: node.attachedTo.acronym ?? node.attachedTo.name })}
                  </Badge>
                )}
                {!isOpen && children.length > 0 && (
                  <Text size="xs" c="dimmed" className="no-print">
                    {t('org.chart.subStructures', { count: children.length })}
                  </Text>
                )}
              </Group>
            </Stack>
          </Group>
        </Group>

        {posts.length > 0 ? (
          <Stack gap={2} mt="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {posts.map((post) => (
              <li key={post.id} data-post-id={post.id}>
                <PostRow post={post} a={a} isMatch={filter?.matchedPostIds.has(post.id) ?? false} />
              </li>
            ))}
          </Stack>
        ) : (
          !filter && (
            <Text size="sm" c="dimmed" mt="xs" ml={34}>
              {t('org.chart.noPost')}
            </Text>
          )
        )}
      </Paper>

      {children.length > 0 && (
        <Box id={childrenId} className="org-children" data-collapsed={!isOpen} mt="sm">
          <Stack gap="sm">
            {children.map((child) => (
              <StructureCard key={child.structure.id} node={child} a={a} openIds={openIds} filter={filter} onToggle={onToggle} />
            ))}
          </Stack>
        </Box>
      )}
    </Box>
  );
}

function PostRow({ post, a, isMatch }: { post: TreePost; a: string; isMatch: boolean }) {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to={paths.post(a, post.id)}
      underline="never"
      c="inherit"
      className="org-post"
      data-match={isMatch || undefined}
      display="block"
    >
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={0} miw={0} style={{ flex: '1 1 220px' }}>
          <Text size="sm" fw={post.isHeadOfStructure ? 650 : 500} c="pilotage.9">
            {post.title}
            {post.acronym && (
              <Text span c="dimmed" size="sm">
                {' '}
                ({post.acronym})
              </Text>
            )}
          </Text>
          <Text size="xs" c="dimmed">
            {post.rankName ?? t('org.post.noRank')}
            {post.isHeadOfStructure && ` · ${t('org.post.headOfStructure')}`}
          </Text>
        </Stack>
        <Box style={{ flex: '0 1 auto' }}>
          <Occupants holders={post.holders} acting={post.acting} />
        </Box>
      </Group>
    </Anchor>
  );
}
