// The tracking link of an audience request, shown once after it is sent, with a copy button.
import { Alert, Anchor, Button, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function TrackingLink({ reference, url }: { reference: string; url: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" variant="light" title={t('audience.sent.title', { reference })} role="status">
      <Stack gap="xs">
        <Text size="sm">{t('audience.sent.help')}</Text>
        <Anchor href={url} size="sm" style={{ wordBreak: 'break-all' }} data-testid="tracking-link">
          {url}
        </Anchor>
        <Group>
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
