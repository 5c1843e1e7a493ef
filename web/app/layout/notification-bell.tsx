// The bell of the header: unread notifications (reminders of directives...), a short list, mark read.
import { ActionIcon, Anchor, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '../../modules/followup/followup.api';
import type { AppNotification } from '../../modules/followup/followup.types';
import { formatDate, intlLocale } from '../../ui/format';
import { IconBell } from '../../ui/icons';
import { paths } from '../paths';

function targetOf(n: AppNotification): string | null {
  if (n.entityType === 'directive' && n.entityId) return paths.directive(n.administrationId, n.entityId);
  if (n.entityType === 'meeting' && n.entityId) return paths.meeting(n.administrationId, n.entityId);
  return null;
}

export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const navigate = useNavigate();
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = notifications.data?.unread ?? 0;
  const locale = intlLocale(i18n.language);

  function open(n: AppNotification) {
    if (!n.readAt) markRead.mutate(n.id);
    const target = targetOf(n);
    setOpened(false);
    if (target) void navigate(target);
  }

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md" withinPortal>
      <Popover.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={16} color="red" disabled={unread === 0} offset={4}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={t('notifications.bell', { count: unread })}
            aria-expanded={opened}
          >
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="sm" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
          <Text fw={600} size="sm">
            {t('notifications.title')}
          </Text>
          {unread > 0 && (
            <Anchor component="button" type="button" size="xs" onClick={() => markAll.mutate()}>
              {t('notifications.markAllRead')}
            </Anchor>
          )}
        </Group>
        <ScrollArea.Autosize mah={380}>
          {notifications.isError ? (
            <Text size="sm" c="red" p="sm">
              {t('errors.unexpected')}
            </Text>
          ) : !notifications.data || notifications.data.items.length === 0 ? (
            <Text size="sm" c="dimmed" p="sm">
              {t('notifications.empty')}
            </Text>
          ) : (
            <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {notifications.data.items.map((n) => (
                <li key={n.id}>
                  <UnstyledButton
                    onClick={() => open(n)}
                    w="100%"
                    px="sm"
                    py="xs"
                    bg={n.readAt ? undefined : 'var(--mantine-color-blue-light)'}
                    style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
                  >
                    <Text size="sm" fw={n.readAt ? 400 : 600} lineClamp={2}>
                      {n.title}
                    </Text>
                    {n.body && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {n.body}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {formatDate(n.createdAt, 'datetime', locale)}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
