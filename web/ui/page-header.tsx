import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { IconArrowLeft } from './icons';

// Title of a page with an optional way back and actions (wrapping under the title on a phone).
export function PageHeader({
  title,
  description,
  actions,
  back,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  back?: { to: string; label: string };
}) {
  useDocumentTitle(typeof title === 'string' ? `${title} — Pilotage` : 'Pilotage');
  return (
    <Stack gap="xs" mb="md">
      {back && (
        <Anchor component={Link} to={back.to} size="sm" className="no-print">
          <Group gap={4} component="span" wrap="nowrap">
            <IconArrowLeft size={14} />
            {back.label}
          </Group>
        </Anchor>
      )}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} miw={0} style={{ flex: '1 1 280px' }}>
          <Title order={2}>{title}</Title>
          {description && (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          )}
        </Stack>
        {actions && (
          <Group gap="xs" className="no-print">
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}
