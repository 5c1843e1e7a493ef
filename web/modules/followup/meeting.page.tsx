// A meeting: who chaired, its agenda with the decisions taken on each item, the minutes, the previous
// meeting's decisions and where they stand, and the form turning new decisions into directives.
import { Anchor, Button, Card, Group, Menu, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { formatDate, intlLocale } from '../../ui/format';
import { showErrorNotification } from '../../ui/form-errors';
import { IconDownload } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { ErrorState, PageSkeleton } from '../../ui/states';
import { ChairLine } from './chair-line';
import { followupFiles, useMeeting, useUpdateMinutes } from './followup.api';
import { DirectiveCards, DueDate, LateBadge, ProgressBar, StatusBadge, assigneeLabel } from './followup-parts';
import type { DirectiveSummary, MeetingDetail } from './followup.types';
import { EditLink } from './edit-link';
import { MeetingAttachments } from './meeting-attachments';
import { MeetingAttendees } from './meeting-attendees';
import { MeetingDecisionsForm } from './meeting-decisions-form';
import { IndicatorsBehindCard } from './meeting-indicators';

export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const { meetingId } = useParams();
  const { administrationId: a } = useAdministration();
  const canIssue = useCan('followup.issue');
  const meeting = useMeeting(a, meetingId);
  const locale = intlLocale(i18n.language);

  if (meeting.isPending) return <PageSkeleton rows={8} />;
  if (meeting.isError) return <ErrorState error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const m = meeting.data;
  const allDecisions = [...m.agenda.flatMap((item) => item.decisions), ...m.decisions];

  return (
    <Stack gap="md" maw={1100}>
      <PageHeader
        title={m.title}
        description={[
          t(`followup.meetingKind.${m.kind}`),
          formatDate(m.date, 'long', locale) + (m.startTime ? ` — ${m.startTime}` : ''),
          m.place,
        ]
          .filter(Boolean)
          .join(' · ')}
        back={{ to: paths.meetings(a), label: t('nav.meetings') }}
        actions={
          <>
            {canIssue && <EditLink to={paths.meetingEdit(a, m.id)} label={t('followup.edit.meeting')} />}
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="default" leftSection={<IconDownload size={16} />}>
                  {t('followup.meeting.downloads')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t('followup.meeting.minutes')}</Menu.Label>
                <Menu.Item component="a" href={followupFiles.minutes(a, m.id, 'docx')} download>
                  {t('followup.meeting.minutesAs', { format: 'DOCX' })}
                </Menu.Item>
                <Menu.Item component="a" href={followupFiles.minutes(a, m.id, 'pdf')} download>
                  {t('followup.meeting.minutesAs', { format: 'PDF' })}
                </Menu.Item>
                <Menu.Divider />
                <Menu.Label>{t('followup.list.followUpTableFor', { kind: t(`followup.meetingKind.${m.kind}`) })}</Menu.Label>
                {(['xlsx', 'docx', 'pdf'] as const).map((format) => (
                  <Menu.Item key={format} component="a" href={followupFiles.followUpTable(a, format, m.kind)} download>
                    {t('followup.meeting.tableAs', { format: format.toUpperCase() })}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />
      <ChairLine chair={m.chair} />
      <MeetingAttendees meeting={m} />

      <Card withBorder padding="lg" component="section" aria-labelledby="agenda-title">
        <Title order={3} size="h4" id="agenda-title" mb="sm">
          {t('followup.meeting.agenda')}
        </Title>
        {m.agenda.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('followup.meeting.noAgenda')}
          </Text>
        ) : (
          <Stack gap="md" component="ol" m={0} pl="md">
            {m.agenda.map((item) => (
              <li key={item.id}>
                <Text fw={600}>{item.title}</Text>
                {item.notes && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {item.notes}
                  </Text>
                )}
              </li>
            ))}
          </Stack>
        )}
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby="decisions-title">
        <Title order={3} size="h4" id="decisions-title" mb="sm">
          {t('followup.decisions.title')}
        </Title>
        {allDecisions.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('followup.decisions.none')}
          </Text>
        ) : (
          <DirectiveTable a={a} items={allDecisions} />
        )}
        {canIssue && (
          <Stack mt="md" gap="xs">
            <Title order={4} size="h5">
              {t('followup.decisions.record')}
            </Title>
            <MeetingDecisionsForm a={a} meeting={m} />
          </Stack>
        )}
      </Card>

      <Minutes a={a} meeting={m} canEdit={canIssue} />

      <MeetingAttachments a={a} meeting={m} canEdit={canIssue} />

      {m.indicatorsBehind && m.programmeId && <IndicatorsBehindCard a={a} programmeId={m.programmeId} behind={m.indicatorsBehind} />}

      {m.previousMeeting && (
        <Card withBorder padding="lg" component="section" aria-labelledby="previous-title">
          <Title order={3} size="h4" id="previous-title">
            {t('followup.meeting.previous')}
          </Title>
          <Anchor component={Link} to={paths.meeting(a, m.previousMeeting.id)} size="sm" mb="sm" display="block">
            {m.previousMeeting.title} — {formatDate(m.previousMeeting.date, 'long', locale)}
          </Anchor>
          {m.previousMeeting.items.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('followup.decisions.none')}
            </Text>
          ) : (
            <DirectiveTable a={a} items={m.previousMeeting.items} />
          )}
        </Card>
      )}
    </Stack>
  );
}

function DirectiveTable({ a, items }: { a: string; items: DirectiveSummary[] }) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  if (isPhone) return <DirectiveCards a={a} items={items} />;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>{t('followup.list.reference')}</Table.Th>
            <Table.Th>{t('followup.list.text')}</Table.Th>
            <Table.Th>{t('followup.list.lead')}</Table.Th>
            <Table.Th w={120}>{t('followup.list.due')}</Table.Th>
            <Table.Th w={150}>{t('followup.list.progress')}</Table.Th>
            <Table.Th w={140}>{t('followup.list.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((d) => (
            <Table.Tr key={d.id} data-directive-id={d.id}>
              <Table.Td>
                <Anchor component={Link} to={paths.directive(a, d.id)} size="sm" fw={600}>
                  {d.reference}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {d.text}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{assigneeLabel(d.lead)}</Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  <DueDate directive={d} />
                  <LateBadge directive={d} />
                </Stack>
              </Table.Td>
              <Table.Td>
                <ProgressBar directive={d} />
              </Table.Td>
              <Table.Td>
                <StatusBadge directive={d} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Minutes({ a, meeting: m, canEdit }: { a: string; meeting: MeetingDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const save = useUpdateMinutes(a, m.id);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="minutes-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="minutes-title">
          {t('followup.meeting.minutes')}
        </Title>
        {canEdit && draft === null && (
          <Button size="xs" variant="light" onClick={() => setDraft(m.minutes)}>
            {t('followup.meeting.editMinutes')}
          </Button>
        )}
      </Group>
      {draft !== null ? (
        <Stack gap="xs">
          <Textarea
            aria-label={t('followup.meeting.minutes')}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            autosize
            minRows={6}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDraft(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={save.isPending}
              onClick={() =>
                save.mutate(draft, {
                  onSuccess: () => {
                    notifications.show({ color: 'green', message: t('followup.meeting.minutesSaved') });
                    setDraft(null);
                  },
                  onError: showErrorNotification,
                })
              }
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      ) : m.minutes ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {m.minutes}
        </Text>
      ) : (
        <Text c="dimmed" size="sm">
          {t('followup.meeting.noMinutes')}
        </Text>
      )}
    </Card>
  );
}
