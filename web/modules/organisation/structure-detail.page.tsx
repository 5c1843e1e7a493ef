// A structure: its place in the chart, attributions, posts, sub-structures and history.
import { Anchor, Badge, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { DetailList } from '../../ui/detail-list';
import { IconChartBar, IconPlus } from '../../ui/icons';
import { Occupants } from './occupants';
import { kindColor, kindLabel } from './organisation.labels';
import { useDeleteStructure, useStructure } from './organisation.api';
import type { StructureRef } from './organisation.types';
import { DetailPending, EntityDetailFrame } from './entity-detail-frame';

export function StructureDetailPage() {
  const { t } = useTranslation();
  const { structureId } = useParams();
  const a = useAdministration().administrationId;
  const canManage = useCan('organisation.manage');
  const canReadResults = useCan('results.read');
  const structure = useStructure(a, structureId);
  const remove = useDeleteStructure(a);
  const back = { to: paths.structures(a), label: t('org.structure.backToList') };

  if (!structure.data) return <DetailPending query={structure} title={t('org.structure.detailTitle')} back={back} />;
  const s = structure.data;
  const refLink = (ref: StructureRef) => (
    <Anchor component={Link} to={paths.structure(a, ref.id)} size="sm">
      {ref.acronym ? `${ref.name} (${ref.acronym})` : ref.name}
    </Anchor>
  );

  return (
    <EntityDetailFrame
      title={s.acronym ? `${s.name} (${s.acronym})` : s.name}
      description={
        <Badge color={kindColor(s.kind)} variant="light" component="span">
          {kindLabel(t, s.kind)}
        </Badge>
      }
      back={back}
      editTo={paths.structureEdit(a, s.id)}
      removal={{
        title: t('org.structure.deleteTitle'),
        message: t('org.structure.deleteConfirm', { name: s.name }),
        doneMessage: t('org.structure.deleted', { name: s.name }),
        isPending: remove.isPending,
        mutate: (options) => remove.mutate(s.id, options),
        afterTo: paths.structures(a),
      }}
      extraActions={
        canReadResults && (
          <Button component={Link} to={paths.resultsStructure(a, s.id)} variant="default" leftSection={<IconChartBar size={16} />}>
            {t('org.structure.dashboard')}
          </Button>
        )
      }
      audit={{ entityType: 'structure', entityId: s.id }}
      detailsLabel={t('org.structure.tabDetails')}
    >
      <Stack gap="md">
        <Card withBorder padding="lg">
          <DetailList
            items={[
              { label: t('org.structure.parent'), value: s.parent ? refLink(s.parent) : t('org.structure.noParent') },
              { label: t('org.structure.attachedTo'), value: s.attachedTo ? refLink(s.attachedTo) : '—' },
              {
                label: t('org.structure.children'),
                value:
                  s.children.length === 0 ? (
                    '—'
                  ) : (
                    <Group gap="xs" component="span">
                      {s.children.map((c) => (
                        <span key={c.id}>{refLink(c)}</span>
                      ))}
                    </Group>
                  ),
              },
              {
                label: t('org.structure.attached'),
                value:
                  s.attached.length === 0 ? (
                    '—'
                  ) : (
                    <Group gap="xs" component="span">
                      {s.attached.map((c) => (
                        <span key={c.id}>{refLink(c)}</span>
                      ))}
                    </Group>
                  ),
              },
            ]}
          />
        </Card>

        <Card withBorder padding="lg">
          <Title order={3} fz="h5" mb="xs">
            {t('org.structure.attributions')}
          </Title>
          {s.attributions.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('org.post.noAttributions')}
            </Text>
          ) : (
            <List type="ordered" spacing={6} size="sm">
              {[...s.attributions]
                .sort((x, y) => x.position - y.position)
                .map((attribution) => (
                  <List.Item key={attribution.id}>{attribution.text}</List.Item>
                ))}
            </List>
          )}
        </Card>

        <Card withBorder padding="lg">
          <Group justify="space-between" mb="xs">
            <Title order={3} fz="h5">
              {t('org.structure.posts')}
            </Title>
            {canManage && (
              <Button
                component={Link}
                to={`${paths.postNew(a)}?structure=${s.id}`}
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} />}
              >
                {t('org.post.new')}
              </Button>
            )}
          </Group>
          {s.posts.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('org.chart.noPost')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={480}>
              <Table striped fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('org.post.titleLabel')}</Table.Th>
                    <Table.Th>{t('org.post.rank')}</Table.Th>
                    <Table.Th>{t('org.post.holder')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.posts.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Anchor component={Link} to={paths.post(a, p.id)} size="sm" fw={p.isHeadOfStructure ? 650 : 500}>
                          {p.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{p.rankName ?? '—'}</Table.Td>
                      <Table.Td>
                        <Occupants holders={p.holders} acting={p.acting} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      </Stack>
    </EntityDetailFrame>
  );
}
