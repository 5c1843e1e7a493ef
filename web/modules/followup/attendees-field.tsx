// The attendees of a meeting: posts (their holder on the meeting's date), people of the organisation, and
// outside guests by name, each present or excused.
import { ActionIcon, Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconPlus, IconTrash } from '../../ui/icons';
import { personOptions, postOptions } from '../agenda/org-options';
import { useTree } from '../organisation/organisation.api';
import type { MeetingCreateBody, MeetingDetail } from './followup.types';

export type AttendeeRow = { postId: string | null; personId: string | null; name: string; isPresent: boolean; isGuest: boolean };

export const emptyAttendee = (isGuest = false): AttendeeRow => ({ postId: null, personId: null, name: '', isPresent: true, isGuest });

// A post attendee is its post: the server names whoever holds it on the meeting's date (a new date, a new name).
export function toAttendeeRows(attendees: MeetingDetail['attendees']): AttendeeRow[] {
  return attendees.map((x) => ({
    postId: x.postId,
    personId: x.postId ? null : x.personId,
    name: x.name,
    isPresent: x.isPresent,
    isGuest: !x.postId && !x.personId,
  }));
}

// Rows left empty are dropped; a guest without a name is sent so that the server names the field.
export function toAttendeeInput(rows: AttendeeRow[]): NonNullable<MeetingCreateBody['attendees']> {
  return rows
    .filter((r) => r.postId || r.personId || r.isGuest)
    .map((r) => ({
      ...(r.isGuest ? { name: r.name.trim() } : r.postId ? { postId: r.postId } : { personId: r.personId! }),
      isPresent: r.isPresent,
    }));
}

export function AttendeesField({
  a,
  date,
  rows,
  onChange,
  errorOf,
}: {
  a: string;
  date: string | null;
  rows: AttendeeRow[];
  onChange: (rows: AttendeeRow[]) => void;
  errorOf: (index: number) => string | undefined;
}) {
  const { t } = useTranslation();
  const tree = useTree(a, date);
  const data = [
    { group: t('followup.attendees.posts'), items: postOptions(tree.data).map((o) => ({ ...o, value: `post:${o.value}` })) },
    { group: t('followup.attendees.persons'), items: personOptions(tree.data).map((o) => ({ ...o, value: `person:${o.value}` })) },
  ];
  const set = (i: number, patch: Partial<AttendeeRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('followup.attendees.title')}
      </Text>
      <Text size="xs" c="dimmed" mt={-6}>
        {t('followup.attendees.help')}
      </Text>
      {rows.map((row, i) => (
        // on a phone the presence and the removal go under the name
        <Group key={i} gap="xs" align="flex-start" data-attendee={i + 1}>
          {row.isGuest ? (
            <TextInput
              aria-label={t('followup.attendees.guest', { number: i + 1 })}
              placeholder={t('followup.attendees.guest', { number: i + 1 })}
              value={row.name}
              onChange={(e) => set(i, { name: e.currentTarget.value })}
              error={errorOf(i)}
              style={{ flex: '1 1 260px', minWidth: 0 }}
            />
          ) : (
            <Select
              aria-label={t('followup.attendees.attendee', { number: i + 1 })}
              placeholder={t('followup.attendees.attendee', { number: i + 1 })}
              data={data}
              value={row.postId ? `post:${row.postId}` : row.personId ? `person:${row.personId}` : null}
              onChange={(value) => {
                const [kind, id] = value ? value.split(':') : [];
                set(i, { postId: kind === 'post' ? id! : null, personId: kind === 'person' ? id! : null, name: '' });
              }}
              searchable
              clearable
              nothingFoundMessage={t('common.nothingFound')}
              error={errorOf(i)}
              style={{ flex: '1 1 260px', minWidth: 0 }}
            />
          )}
          <Group gap="xs" wrap="nowrap">
            <Checkbox
              mt={8}
              label={t('followup.attendees.present')}
              aria-label={t('followup.attendees.presentN', { number: i + 1 })}
              checked={row.isPresent}
              onChange={(e) => set(i, { isPresent: e.currentTarget.checked })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={4}
              aria-label={t('followup.attendees.remove', { number: i + 1 })}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Group>
      ))}
      <Group gap="xs">
        <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => onChange([...rows, emptyAttendee()])}>
          {t('followup.attendees.add')}
        </Button>
        <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => onChange([...rows, emptyAttendee(true)])}>
          {t('followup.attendees.addGuest')}
        </Button>
      </Group>
    </Stack>
  );
}
