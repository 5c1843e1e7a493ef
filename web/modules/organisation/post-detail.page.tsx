// A post: where it sits, who holds it today, who acts for it, its attributions, its history.
import { Anchor, Badge, Box, Button, Card, Group, List, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { ConfirmButton } from '../../ui/confirm-button';
import { DetailList } from '../../ui/detail-list';
import { showErrorNotification } from '../../ui/form-errors';
import { formatDate, intlLocale } from '../../ui/format';
import { IconHistory, IconPencil, IconTrash } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { ErrorState, PageSkeleton } from '../../ui/states';
import { AuditHistory } from '../audit/audit-history';
import { kindLabel, functionLabel } from './organisation.labels';
import { useDeletePost, usePost } from './organisation.api';
import { DuplicateWarning } from './duplicate-warning';
import { Occupants, personName } from './occupants';
import type { Warnings } from './organisation.types';
import { useNameResolver } from './use-name-resolver';

export function PostDetailPage() {
  const { t, i18n } = useTranslation();
  const { postId } = useParams();
  const a = useAdministration().administrationId;
  const canManage = useCan('organisation.manage');
  const canReadAudit = useCan('audit.read');
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = searchParams.get('onglet') === 'historique' && canReadAudit ? 'history' : 'details';
  const post = usePost(a, postId);
  const remove = useDeletePost(a);
  const resolveName = useNameResolver(a);
  const locale = intlLocale(i18n.language);
  const back = { to: paths.orgChart(a), label: t('org.chart.back') };
  // Right after saving, the form passes the duplicate warnings of the saved attributions.
  const savedWarnings = (useLocation().state as { warnings?: Warnings } | null)?.warnings;
  const [isWarningOpen, setWarningOpen] = useState(true);

  if (post.isPending) return <PageSkeleton rows={8} />;
  if (post.isError)
    return (
      <>
        <PageHeader title={t('org.post.detailTitle')} back={back} />
        <ErrorState error={post.error} onRetry={() => void post.refetch()} />
      </>
    );

  const p = post.data;
  const today = p.date;
  const currentInterims = p.interims.filter((i) => i.startDate <= today && i.endDate >= today);

  return (
    <Box maw={1100}>
      <PageHeader
        title={p.acronym ? `${p.title} (${p.acronym})` : p.title}
        description={
          <Anchor component={Link} to={paths.structure(a, p.structure.id)} size="sm">
            {p.structure.name}
          </Anchor>
        }
        back={back}
        actions={
          canManage && (
            <>
              <Button component={Link} to={paths.postEdit(a, p.id)} leftSection={<IconPencil size={16} />}>
                {t('common.edit')}
              </Button>
              <ConfirmButton
                variant="default"
                color="red"
                leftSection={<IconTrash size={16} />}
                title={t('org.post.deleteTitle')}
                message={t('org.post.deleteConfirm', { title: p.title })}
                confirmLabel={t('common.delete')}
                loading={remove.isPending}
                onConfirm={() =>
                  remove.mutate(p.id, {
                    onSuccess: () => {
                      notifications.show({ color: 'green', message: t('org.post.deleted', { title: p.title }) });
                      void navigate(paths.orgChart(a));
                    },
                    onError: showErrorNotification,
                  })
                }
              >
                {t('common.delete')}
              </ConfirmButton>
            </>
          )
        }
      />

      {savedWarnings && isWarningOpen && (
        <Box mb="md">
          <DuplicateWarning
            administrationId={a}
            duplicates={savedWarnings.duplicates}
            title={t('org.duplicates.afterSave')}
            onClose={() => setWarningOpen(false)}
          />
        </Box>
      )}

      <Tabs
        value={tab}
        onChange={(value) => setSearchParams(value === 'history' ? { onglet: 'historique' } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="details">{t('org.post.tabDetails')}</Tabs.Tab>
          {canReadAudit && (
            <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
              {t('audit.tab')}
            </Tabs.Tab>
          )}
        </Tabs.List>

        <Tabs.Panel value="details">
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
        </Tabs.Panel>

        {canReadAudit && (
          <Tabs.Panel value="history">
            <AuditHistory administrationId={a} entityType="post" entityId={p.id} resolveName={resolveName} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Box>
  );
}
