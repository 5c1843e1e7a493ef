// "Historique" of one object: who changed what and when, with the changed fields before and after.
import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate, intlLocale } from '../../ui/format';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { useAudit } from './audit.api';
import { diffFields, displayValue } from './audit-diff';

const knownFields = [
  'title',
  'name',
  'acronym',
  'kind',
  'structureId',
  'parentId',
  'attachedToId',
  'rankId',
  'reportsToId',
  'function',
  'isHeadOfStructure',
  'sortOrder',
  'attributions',
  'personId',
  'postId',
  'startDate',
  'endDate',
  'legalReference',
  'reason',
  'value',
] as const;
type KnownField = (typeof knownFields)[number];
const isKnownField = (f: string): f is KnownField => (knownFields as readonly string[]).includes(f);

const knownActions = ['create', 'update', 'delete'] as const;
type KnownAction = (typeof knownActions)[number];

function fieldLabel(t: TFunction, field: string): string {
  return isKnownField(field) ? t(`audit.fields.${field}`) : field;
}

function actionLabel(t: TFunction, action: string): { label: string; color: string } {
  const verb = action.split('.').pop() ?? action;
  const colors: Record<KnownAction, string> = { create: 'green', update: 'blue', delete: 'red' };
  if ((knownActions as readonly string[]).includes(verb)) {
    const known = verb as KnownAction;
    return { label: t(`audit.actions.${known}`), color: colors[known] };
  }
  return { label: action, color: 'gray' };
}

export function AuditHistory({
  administrationId,
  entityType,
  entityId,
  resolveName,
}: {
  administrationId: string;
  entityType: 'post' | 'structure';
  entityId: string;
  // turns an id found in a change (rankId, structureId...) into a readable name
  resolveName?: (id: string) => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const history = useAudit(administrationId, entityType, entityId);
  const locale = intlLocale(i18n.language);
  const labels = { yes: t('common.yes'), no: t('common.no'), empty: '—' };
  const show = (field: string, value: unknown) => {
    if (typeof value === 'string' && field.endsWith('Id') && resolveName) return resolveName(value) ?? value;
    if (field === 'function' && typeof value === 'string') return t(`org.functions.${value}` as never, { defaultValue: value });
    if (field === 'kind' && typeof value === 'string') return t(`org.kinds.${value}` as never, { defaultValue: value });
    if ((field === 'startDate' || field === 'endDate') && typeof value === 'string') return formatDate(value, 'short', locale);
    return displayValue(value, labels);
  };

  if (history.isPending) return <PageSkeleton rows={4} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.items.length === 0) return <EmptyState title={t('audit.empty')} description={t('audit.emptyHelp')} />;

  return (
    <Stack gap="sm">
      {history.data.items.map((event) => {
        const action = actionLabel(t, event.action);
        const changes = diffFields(event.before, event.after);
        return (
          <Card key={event.id} withBorder padding="sm" component="article">
            <Group justify="space-between" gap="xs" mb={changes.length ? 'xs' : 0}>
              <Group gap="xs">
                <Badge color={action.color} variant="light">
                  {action.label}
                </Badge>
                <Text size="sm" fw={500}>
                  {event.actorName ?? t('audit.system')}
                </Text>
              </Group>
              <Text size="sm" c="dimmed">
                <time dateTime={event.at}>{formatDate(event.at, 'datetime', locale)}</time>
              </Text>
            </Group>
            {changes.length > 0 && (
              <Table.ScrollContainer minWidth={420}>
                <Table striped withTableBorder fz="sm" verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w="22%">{t('audit.field')}</Table.Th>
                      <Table.Th>{t('audit.before')}</Table.Th>
                      <Table.Th>{t('audit.after')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {changes.map((c) => (
                      <Table.Tr key={c.field}>
                        <Table.Td fw={500}>{fieldLabel(t, c.field)}</Table.Td>
                        <Table.Td c="red.9" style={{ whiteSpace: 'pre-wrap' }}>
                          {show(c.field, c.before)}
                        </Table.Td>
                        <Table.Td c="green.9" style={{ whiteSpace: 'pre-wrap' }}>
                          {show(c.field, c.after)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}
