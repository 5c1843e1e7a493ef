// A structure: its place in the chart, attributions, posts, sub-structures and history.
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
import { IconChartBar, IconHistory, IconPencil, IconPlus, IconTrash } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { ErrorState, PageSkeleton } from '../../ui/states';
import { AuditHistory } from '../audit/audit-history';
import { DuplicateWarning } from './duplicate-warning';
import { Occupants } from './occupants';
import { kindColor, kindLabel } from './organisation.labels';
import { useDeleteStructure, useStructure } from './organisation.api';
import type { StructureRef, Warnings } from './organisation.types';
import { useNameResolver } from './use-name-resolver';

export function StructureDetailPage() {
  const { t } = useTranslation();
  const { structureId } = useParams();
  const a = useAdministration().administrationId;
  const canManage = useCan('organisation.manage');
  const canReadAudit = useCan('audit.read');
  const canReadResults = useCan('results.read');
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = searchParams.get('onglet') === 'historique' && canReadAudit ? 'history' : 'details';
  const structure = useStructure(a, structureId);
  const remove = useDeleteStructure(a);
  const resolveName = useNameResolver(a);
  const savedWarnings = (useLocation().state as { warnings?: Warnings } | null)?.warnings;
  const [isWarningOpen, setWarningOpen] = useState(true);
  const back = { to: paths.structures(a), label: t('org.structure.backToList') };

  if (structure.isPending) return <PageSkeleton rows={8} />;
  if (structure.isError)
    return (
      <>
        <PageHeader title={t('org.structure.detailTitle')} back={back} />
        <ErrorState error={structure.error} onRetry={() => void structure.refetch()} />
      </>
    );
  const s = structure.data;
  const refLink = (ref: StructureRef) => (
    <Anchor component={Link} to={paths.structure(a, ref.id)} size="sm">
      {ref.acronym ? `${ref.name} (${ref.acronym})` : ref.name}
    </Anchor>
  );

  return (
    <Box maw={1100}>
      <PageHeader
        title={s.acronym ? `${s.name} (${s.acronym})` : s.name}
        description={
          <Badge color={kindColor(s.kind)} variant="light" component="span">
            {kindLabel(t, s.kind)}
          </Badge>
        }
        back={back}
        actions={
          (canManage || canReadResults) && (
            <>
              {canReadResults && (
                <Button component={Link} to={paths.resultsStructure(a, s.id)} variant="default" leftSection={<IconChartBar size={16} />}>
                  {t('org.structure.dashboard')}
                </Button>
              )}
              {canManage && (
                <Button component={Link} to={paths.structureEdit(a, s.id)} leftSection={<IconPencil size={16} />}>
                  {t('common.edit')}
                </Button>
              )}
              {canManage && (
                <ConfirmButton
                  variant="default"
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  title={t('org.structure.deleteTitle')}
                  message={t('org.structure.deleteConfirm', { name: s.name })}
                  confirmLabel={t('common.delete')}
                  loading={remove.isPending}
                  onConfirm={() =>
                    remove.mutate(s.id, {
                      onSuccess: () => {
                        notifications.show({ color: 'green', message: t('org.structure.deleted', { name: s.name }) });
                        void navigate(paths.structures(a));
                      },
                      onError: showErrorNotification,
                    })
                  }
                >
                  {t('common.delete')}
                </ConfirmButton>
              )}
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
          <Tabs.Tab value="details">{t('org.structure.tabDetails')}</Tabs.Tab>
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
        </Tabs.Panel>

        {canReadAudit && (
          <Tabs.Panel value="history">
            <AuditHistory administrationId={a} entityType="structure" entityId={s.id} resolveName={resolveName} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Box>
  );
}
