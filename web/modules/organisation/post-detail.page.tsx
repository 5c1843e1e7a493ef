// A post: where it sits, who holds it today, who acts for it, its attributions, its history.
import { Anchor, Badge, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { DetailList } from '../../ui/detail-list';
import { formatDate, intlLocale } from '../../ui/format';
import { kindLabel, functionLabel } from './organisation.labels';
import { useDeletePost, usePost } from './organisation.api';
import { Occupants, personName } from './occupants';
import { DetailPending, EntityDetailFrame } from './entity-detail-frame';

export function PostDetailPage() {
  const { t, i18n } = useTranslation();
  const { postId } = useParams();
  const a = useAdministration().administrationId;
  const canManage = useCan('organisation.manage');
  const post = usePost(a, postId);
  const remove = useDeletePost(a);
  const locale = intlLocale(i18n.language);
  const back = { to: paths.orgChart(a), label: t('org.chart.back') };

  if (!post.data) return <DetailPending query={post} title={t('org.post.detailTitle')} back={back} />;

  const p = post.data;
  const today = p.date;
  const currentInterims = p.interims.filter((i) => i.startDate <= today && i.endDate >= today);

  return (
    <EntityDetailFrame
      title={p.acronym ? `${p.title} (${p.acronym})` : p.title}
      description={
        <Anchor component={Link} to={paths.structure(a, p.structure.id)} size="sm">
          {p.structure.name}
        </Anchor>
      }
      back={back}
      editTo={paths.postEdit(a, p.id)}
      removal={{
        title: t('org.post.deleteTitle'),
        message: t('org.post.deleteConfirm', { title: p.title }),
        doneMessage: t('org.post.deleted', { title: p.title }),
        isPending: remove.isPending,
        mutate: (options) => remove.mutate(p.id, options),
        afterTo: paths.orgChart(a),
      }}
      audit={{ entityType: 'post', entityId: p.id }}
      detailsLabel={t('org.post.tabDetails')}
    >
      <Stack gap="md">
        <Card withBorder padding="lg">
          <DetailList
            items={[
              {
                label: t('org.post.structure'),
                value: (
                  <Anchor component={Link} to={paths.structure(a, p.structure.id)} size="sm">
                    {p.structure.name}
                  </Anchor>
                ),
              },
              { label: t('org.post.structureKind'), value: kindLabel(t, p.structure.kind) },
              { label: t('org.post.rank'), value: p.rank?.name ?? t('org.post.noRank') },
              {
                label: t('org.post.reportsTo'),
                value: p.reportsTo ? (
                  <Anchor component={Link} to={paths.post(a, p.reportsTo.id)} size="sm">
                    {p.reportsTo.title}
                  </Anchor>
                ) : (
                  t('org.post.reportsToNone')
                ),
              },
              { label: t('org.post.function'), value: functionLabel(t, p.function) },
              { label: t('org.post.headOfStructure'), value: p.isHeadOfStructure ? t('common.yes') : t('common.no') },
            ]}
          />
        </Card>

        <Group align="stretch" grow preventGrowOverflow={false} wrap="wrap">
          <Card withBorder padding="lg" miw={260}>
            <Title order={3} fz="h5" mb="xs">
              {t('org.post.holderToday')}
            </Title>
            {p.holders.length > 0 ? (
              <Occupants holders={p.holders} acting={[]} size="md" />
            ) : (
              <Badge color="orange">{t('org.occupancy.vacant')}</Badge>
            )}
          </Card>
          <Card withBorder padding="lg" miw={260}>
            <Title order={3} fz="h5" mb="xs">
              {t('org.post.actingToday')}
            </Title>
            {p.acting.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('org.post.noActing')}
              </Text>
            ) : (
              <Stack gap="xs">
                {p.acting.map((h) => {
                  const interim = currentInterims.find((i) => i.personId === h.personId);
                  return (
                    <Stack key={h.personId} gap={0}>
                      <Text fw={500}>{personName(h)}</Text>
                      {interim && (
                        <Text size="sm" c="dimmed">
                          {t('org.interim.period', {
                            start: formatDate(interim.startDate, 'long', locale),
                            end: formatDate(interim.endDate, 'long', locale),
                          })}
                        </Text>
                      )}
                      <Text size="sm">
                        {t('org.interim.legalReference')} : {h.legalReference ?? interim?.legalReference ?? '—'}
                      </Text>
                    </Stack>
                  );
                })}
              </Stack>
            )}
          </Card>
        </Group>

        <Card withBorder padding="lg">
          <Title order={3} fz="h5" mb="xs">
            {t('org.post.attributions')}
          </Title>
          {p.attributions.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('org.post.noAttributions')}
            </Text>
          ) : (
            <List type="ordered" spacing={6} size="sm">
              {[...p.attributions]
                .sort((x, y) => x.position - y.position)
                .map((attribution) => (
                  <List.Item key={attribution.id}>{attribution.text}</List.Item>
                ))}
            </List>
          )}
        </Card>

        {p.subordinates.length > 0 && (
          <Card withBorder padding="lg">
            <Title order={3} fz="h5" mb="xs">
              {t('org.post.subordinates')}
            </Title>
            <Group gap="xs">
              {p.subordinates.map((s) => (
                <Anchor key={s.id} component={Link} to={paths.post(a, s.id)} size="sm">
                  {s.title}
                </Anchor>
              ))}
            </Group>
          </Card>
        )}

        {p.successionRules.length > 0 && (
          <Card withBorder padding="lg">
            <Title order={3} fz="h5" mb="xs">
              {t('org.post.succession')}
            </Title>
            <List type="ordered" size="sm" spacing={4}>
              {[...p.successionRules]
                .sort((x, y) => x.position - y.position)
                .map((rule) => (
                  <List.Item key={`${rule.context}-${rule.position}`}>
                    <Anchor component={Link} to={paths.post(a, rule.substitutePostId)} size="sm">
                      {rule.substitutePostTitle}
                    </Anchor>{' '}
                    <Text span size="xs" c="dimmed">
                      ({t(`org.post.successionContext.${rule.context}`)})
                    </Text>
                  </List.Item>
                ))}
            </List>
          </Card>
        )}

        <Card withBorder padding="lg">
          <Title order={3} fz="h5" mb="xs">
            {t('org.post.assignmentHistory')}
          </Title>
          {p.assignments.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('org.post.noAssignments')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={420}>
              <Table striped fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('org.person.name')}</Table.Th>
                    <Table.Th>{t('common.from')}</Table.Th>
                    <Table.Th>{t('common.to')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.assignments.map((asg) => (
                    <Table.Tr key={asg.id}>
                      <Table.Td>{asg.personName}</Table.Td>
                      <Table.Td>{formatDate(asg.startDate, 'short', locale)}</Table.Td>
                      <Table.Td>
                        {asg.endDate ? formatDate(asg.endDate, 'short', locale) : <Badge variant="light">{t('common.ongoing')}</Badge>}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>

        <Card withBorder padding="lg">
          <Title order={3} fz="h5" mb="xs">
            {t('org.post.interims')}
          </Title>
          {p.interims.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('org.interim.none')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table striped fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('org.person.name')}</Table.Th>
                    <Table.Th>{t('common.from')}</Table.Th>
                    <Table.Th>{t('common.to')}</Table.Th>
                    <Table.Th>{t('org.interim.legalReference')}</Table.Th>
                    <Table.Th>{t('org.interim.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.interims.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Td>{i.personName}</Table.Td>
                      <Table.Td>{formatDate(i.startDate, 'short', locale)}</Table.Td>
                      <Table.Td>{formatDate(i.endDate, 'short', locale)}</Table.Td>
                      <Table.Td>{i.legalReference}</Table.Td>
                      <Table.Td>{i.reason || '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {canManage && (
            <Button component={Link} to={`${paths.interims(a)}?poste=${p.id}`} variant="subtle" size="xs" mt="xs" className="no-print">
              {t('org.interim.new')}
            </Button>
          )}
        </Card>
      </Stack>
    </EntityDetailFrame>
  );
}
