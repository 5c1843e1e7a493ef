// The meetings (CODIR, cabinet meetings, dialogues de gestion), newest first.
import { Anchor, Button, Pagination, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { formatDate, intlLocale } from '../../ui/format';
import { IconPlus } from '../../ui/icons';
import { ExportXlsxButton } from '../../ui/export-button';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { followupFiles, useMeetings } from './followup.api';

const PAGE_SIZE = 20;

export function MeetingsPage() {
  const { t, i18n } = useTranslation();
  const { administrationId: a } = useAdministration();
  const canIssue = useCan('followup.issue');
  const [page, setPage] = useState(1);
  const meetings = useMeetings(a, page);
  const locale = intlLocale(i18n.language);
  const newMeeting = canIssue && (
    <Button component={Link} to={paths.meetingNew(a)} leftSection={<IconPlus size={16} />}>
      {t('followup.meeting.new')}
    </Button>
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={t('nav.meetings')}
        description={t('followup.meeting.listHelp')}
        actions={
          <>
            <ExportXlsxButton path={`${followupFiles.base(a)}/meetings/export.xlsx`} />
            {newMeeting}
          </>
        }
      />
      {meetings.isPending ? (
        <PageSkeleton />
      ) : meetings.isError ? (
        <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : meetings.data.items.length === 0 ? (
        <EmptyState title={t('followup.meeting.empty')} action={newMeeting || undefined} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={120}>{t('followup.meeting.date')}</Table.Th>
                  <Table.Th>{t('followup.meeting.title')}</Table.Th>
                  <Table.Th>{t('followup.meeting.chair')}</Table.Th>
                  <Table.Th>{t('followup.meeting.place')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {meetings.data.items.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{formatDate(m.date, 'short', locale)}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={paths.meeting(a, m.id)} size="sm" fw={600}>
                        {m.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {t(`followup.meetingKind.${m.kind}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{m.chair.name || '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{m.place || '—'}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {meetings.data.total > PAGE_SIZE && (
            <Pagination
              total={Math.ceil(meetings.data.total / PAGE_SIZE)}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': t(`common.pagination.${control}`) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
