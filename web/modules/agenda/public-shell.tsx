// The frame of the public pages (no account): the administration's name, the language, the page.
import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageMenu } from '../../app/layout/language-menu';

export function PublicShell({
  administrationName,
  country,
  children,
}: {
  administrationName?: string;
  country?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Box bg="pilotage.9" c="white" py="sm" px="md">
        <Group justify="space-between" wrap="nowrap" maw={760} mx="auto">
          <Stack gap={0} miw={0}>
            {country && (
              <Text size="xs" opacity={0.85} tt="uppercase">
                {country}
              </Text>
            )}
            <Title order={1} fz="lg" c="white" lineClamp={2}>
              {administrationName ?? t('app.name')}
            </Title>
          </Stack>
          <Box bg="white" style={{ borderRadius: 4 }}>
            <LanguageMenu />
          </Box>
        </Group>
      </Box>
      <Container size={760} px="md" py="lg" component="main">
        <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} radius="md">
          {children}
        </Paper>
        <Text size="xs" c="dimmed" ta="center" mt="md">
          {t('audience.public.footer')}
        </Text>
      </Container>
    </Box>
  );
}
