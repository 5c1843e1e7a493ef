// Loading, empty and error states, the same on every page.
import { Alert, Button, Center, EmptyState as MantineEmptyState, Group, Loader, Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api/api-error';
import { IconAlert, IconInbox } from './icons';

export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="100vh" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader />
        <span>{t('states.loading')}</span>
      </Stack>
    </Center>
  );
}

// Placeholder lines while a page's data arrives.
export function PageSkeleton({ rows = 5 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" role="status" aria-label={t('states.loading')} aria-busy="true">
      <Skeleton height={28} width="40%" />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={18} width={`${90 - ((i * 13) % 40)}%`} />
      ))}
    </Stack>
  );
}

export function errorMessage(error: unknown, fallback: string): string {
  if (isApiError(error)) return error.message;
  return fallback;
}

export function ErrorState({ error, onRetry, fullPage = false }: { error: unknown; onRetry?: () => void; fullPage?: boolean }) {
  const { t } = useTranslation();
  const alert = (
    <Alert color="red" variant="light" title={t('states.errorTitle')} icon={<IconAlert />} role="alert" maw={640} w="100%">
      <Stack gap="sm">
        <span>{errorMessage(error, t('errors.unexpected'))}</span>
        {onRetry && (
          <Group>
            <Button size="xs" variant="white" color="red" onClick={onRetry}>
              {t('states.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
  return fullPage ? (
    <Center h="100vh" p="md">
      {alert}
    </Center>
  ) : (
    alert
  );
}

export function EmptyState({ title, description, action }: { title: string; description?: ReactNode; action?: ReactNode }) {
  return (
    <MantineEmptyState py="xl" icon={<IconInbox size={28} />} withIndicatorBackground title={title} description={description}>
      {action && <MantineEmptyState.Actions>{action}</MantineEmptyState.Actions>}
    </MantineEmptyState>
  );
}
