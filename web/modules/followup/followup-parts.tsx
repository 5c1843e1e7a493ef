// Small pieces shared by the follow-up pages: status, lateness, priority and confidentiality badges.
import { Anchor, Badge, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useTranslation } from 'react-i18next';
import { formatDate, intlLocale } from '../../ui/format';
import type { DirectiveSummary } from './followup.types';

export const statusColors = { not_started: 'gray', in_progress: 'blue', blocked: 'orange', done: 'green', cancelled: 'dark' } as const;

export function StatusBadge({ directive }: { directive: DirectiveSummary }) {
  const { t } = useTranslation();
  if (directive.isAwaitingConfirmation) {
    return (
      <Badge color="teal" variant="light">
        {t('followup.state.awaitingConfirmation')}
      </Badge>
    );
  }
  const color = statusColors[directive.status];
  return (
    <Badge color={color} variant="light">
      {t(`followup.status.${directive.status}`)}
    </Badge>
  );
}

// "En retard" comes from the API's isOverdue/daysOverdue (computed for today), never from the browser's clock.
export function LateBadge({ directive }: { directive: DirectiveSummary }) {
  const { t } = useTranslation();
  if (directive.isOverdue) {
    return (
      <Badge color="red" variant="filled" data-overdue="true">
        {t('followup.overdueBadge', { count: directive.daysOverdue })}
      </Badge>
    );
  }
  if (directive.isBehind) {
    return (
      <Badge color="orange" variant="light">
        {t('followup.state.behind')}
      </Badge>
    );
  }
  return null;
}

export function DueDate({ directive }: { directive: DirectiveSummary }) {
  const { i18n } = useTranslation();
  return (
    <Text span size="sm" c={directive.isOverdue ? 'red.8' : undefined} fw={directive.isOverdue ? 600 : undefined}>
      {formatDate(directive.dueDate, 'short', intlLocale(i18n.language))}
    </Text>
  );
}

export function PriorityBadge({ priority }: { priority: DirectiveSummary['priority'] }) {
  const { t } = useTranslation();
  if (priority === 'normal') return null;
  const color = { low: 'gray', normal: 'gray', high: 'orange', urgent: 'red' }[priority];
  return (
    <Badge color={color} variant="outline">
      {t(`followup.priority.${priority}`)}
    </Badge>
  );
}

export function ConfidentialityBadge({ confidentiality }: { confidentiality: DirectiveSummary['confidentiality'] }) {
  const { t } = useTranslation();
  if (confidentiality === 'normal') return null;
  return (
    <Badge color={confidentiality === 'reserved' ? 'grape' : 'yellow'} variant="light">
      {t(`followup.confidentiality.${confidentiality}`)}
    </Badge>
  );
}

export function ProgressBar({ directive }: { directive: DirectiveSummary }) {
  const { t } = useTranslation();
  const color = directive.isOverdue ? 'red' : directive.isBehind ? 'orange' : directive.status === 'done' ? 'green' : 'blue';
  return (
    <Group gap="xs" wrap="nowrap" miw={120}>
      <Progress
        value={directive.progress}
        color={color}
        style={{ flex: 1 }}
        aria-label={t('followup.progressLabel', { value: directive.progress })}
      />
      <Text size="xs" c="dimmed" w={42} ta="right" style={{ whiteSpace: 'nowrap' }}>
        {directive.progress} %
      </Text>
    </Group>
  );
}

export function assigneeLabel(a: { structureName: string; postTitle: string | null }): string {
  return a.postTitle ? `${a.postTitle} — ${a.structureName}` : a.structureName;
}

// On a phone a table of directives scrolls sideways and hides the due date: one card per directive instead.
export function DirectiveCards({ a, items }: { a: string; items: DirectiveSummary[] }) {
  return (
    <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((d) => (
        <Card key={d.id} component="li" withBorder padding="sm" data-directive-id={d.id}>
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Anchor component={Link} to={paths.directive(a, d.id)} fw={600} size="sm">
                {d.reference}
              </Anchor>
              <StatusBadge directive={d} />
            </Group>
            <Text size="sm" lineClamp={3}>
              {d.text}
            </Text>
            <Text size="xs" c="dimmed">
              {assigneeLabel(d.lead)}
            </Text>
            <Group gap="xs">
              <DueDate directive={d} />
              <LateBadge directive={d} />
              <PriorityBadge priority={d.priority} />
            </Group>
            <ProgressBar directive={d} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
