// The history of a dossier: time spent at each step (computed by the server), and every event in order with
// its hash (the chain the integrity check verifies).
import { Badge, Code, Group, Progress, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, intlLocale } from '../../ui/format';
import { ErrorState, PageSkeleton } from '../../ui/states';
import { useTimeline } from './dossiers.api';
import { deskLabel, formatDuration, statusColors } from './dossiers.labels';
import type { Step, TimelineEvent } from './dossiers.types';

// One line per step: who held the dossier, from when, for how long (the last one runs until now).
export function StepsList({ steps }: { steps: Step[] }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const longest = Math.max(1, ...steps.map((s) => s.durationMs));
  return (
    <Stack gap="sm" component="ol" className="plain-list" aria-label={t('dossiers.detail.steps')}>
      {steps.map((s) => (
        <Stack key={s.seq} gap={2} component="li">
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <Text size="sm" fw={600} miw={0}>
              {s.holders.length > 0 ? s.holders.map((h) => deskLabel(t, h)).join(' · ') : t(`dossiers.statuses.${s.status}`)}
            </Text>
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {formatDuration(t, s.durationMs)}
            </Text>
          </Group>
          <Progress
            value={(s.durationMs / longest) * 100}
            size="xs"
            color={s.to === null ? 'orange' : statusColors[s.status]}
            aria-hidden
          />
          <Text size="xs" c="dimmed">
            {formatDate(s.from, 'datetime', locale)}
            {s.to === null ? ` — ${t('dossiers.detail.current')}` : ''}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}

// Typed loosely: the full key union of the catalogue is too deep for the compiler with keys built at run time.
function describeEvent(t: (key: string) => string, e: TimelineEvent): string {
  const s = e.summary;
  const parts: string[] = [];
  if (s.opinionType) parts.push(t(`dossiers.opinionTypes.${s.opinionType}`));
  if (s.verdict) parts.push(t(`dossiers.verdicts.${s.verdict}`));
  if (s.outcome) parts.push(t(`dossiers.outcomes.${s.outcome}`));
  if (s.structureNames) parts.push(s.structureNames.join(', '));
  if (s.fileName) parts.push(s.fileName);
  if (s.personName) parts.push(s.personName);
  return parts.join(' — ');
}

export function DossierTimeline({ a, dossierId }: { a: string; dossierId: string }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const timeline = useTimeline(a, dossierId);
  if (timeline.isPending) return <PageSkeleton rows={4} />;
  if (timeline.isError) return <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={timeline.data.events.length - 1} aria-label={t('dossiers.detail.timeline')}>
      {timeline.data.events.map((e) => (
        <Timeline.Item key={e.seq} title={<Text fw={600} size="sm">{`${e.seq}. ${t(`dossiers.eventTypes.${e.type}`)}`}</Text>}>
          <Stack gap={2}>
            {describeEvent(t as unknown as (key: string) => string, e) && (
              <Text size="sm">{describeEvent(t as unknown as (key: string) => string, e)}</Text>
            )}
            {e.summary.text && (
              <Text size="sm" c="dimmed" fs="italic">
                {t('dossiers.detail.quote', { text: e.summary.text })}
              </Text>
            )}
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {formatDate(e.at, 'datetime', locale)} · {t('dossiers.detail.by', { name: e.actorName })}
                {e.actorPostTitle ? `, ${e.actorPostTitle}` : ''}
              </Text>
              {e.isInterim && (
                <Badge size="xs" color="blue" variant="light">
                  {t('dossiers.detail.interim')}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {t('dossiers.detail.hash')} <Code fz="xs">{e.hash.slice(0, 16)}…</Code>
            </Text>
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
