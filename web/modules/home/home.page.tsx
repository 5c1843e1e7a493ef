// Accueil: a short welcome, the user's role and functions in this administration, quick links.
import { Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdministration } from '../../app/administration';
import { paths } from '../../app/paths';
import { useSignedInMe } from '../../app/session';
import { IconBriefcase, IconBuilding, IconCalendar, IconFileSpreadsheet, IconFolder, IconSitemap, IconUsers } from '../../ui/icons';
import { functionLabel, roleLabel } from '../organisation/organisation.labels';

export function HomePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const administration = useAdministration();
  const a = administration.administrationId;
  useDocumentTitle(`${t('nav.home')} — ${administration.shortName} — Pilotage`);
  const links: { to: string; title: string; description: string; icon: ReactNode }[] = [
    ...(administration.permissions.includes('agenda.read')
      ? [{ to: paths.agenda(a), title: t('nav.agenda'), description: t('home.links.agenda'), icon: <IconCalendar /> }]
      : []),
    ...(administration.permissions.includes('dossiers.read')
      ? [{ to: paths.dossiersWaiting(a), title: t('nav.dossiersWaiting'), description: t('home.links.dossiers'), icon: <IconFolder /> }]
      : []),
    { to: paths.orgChart(a), title: t('nav.orgChart'), description: t('home.links.orgChart'), icon: <IconSitemap /> },
    { to: paths.structures(a), title: t('nav.structures'), description: t('home.links.structures'), icon: <IconBuilding /> },
    { to: paths.posts(a), title: t('nav.posts'), description: t('home.links.posts'), icon: <IconBriefcase /> },
    { to: paths.persons(a), title: t('nav.personsAndInterims'), description: t('home.links.persons'), icon: <IconUsers /> },
    { to: paths.importExport(a), title: t('nav.importExport'), description: t('home.links.importExport'), icon: <IconFileSpreadsheet /> },
  ];

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={2}>{t('home.welcome', { name: me.user.fullName })}</Title>
        <Text c="dimmed">{t('home.intro', { administration: administration.name })}</Text>
      </Stack>

      <Card withBorder padding="lg">
        <Title order={3} fz="h4" mb="sm">
          {t('home.yourRole')}
        </Title>
        <Stack gap="xs">
          <Group gap="xs">
            <Text fw={500}>{t('home.membership')}</Text>
            <Badge variant="light">{roleLabel(t, administration.role)}</Badge>
          </Group>
          <Group gap="xs" align="flex-start">
            <Text fw={500}>{t('home.functions')}</Text>
            {administration.functions.length === 0 ? (
              <Text c="dimmed">{t('home.noFunction')}</Text>
            ) : (
              <Group gap={6}>
                {administration.functions.map((fn) => (
                  <Badge key={fn} variant="outline">
                    {functionLabel(t, fn)}
                  </Badge>
                ))}
              </Group>
            )}
          </Group>
          {administration.permissions.includes('organisation.manage') && (
            <Text size="sm" c="dimmed">
              {t('home.canManage')}
            </Text>
          )}
        </Stack>
      </Card>

      <Stack gap="sm">
        <Title order={3} fz="h4">
          {t('home.quickLinks')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {links.map((link) => (
            <Card key={link.to} component={Link} to={link.to} withBorder padding="md" className="quick-link">
              <Group wrap="nowrap" align="flex-start">
                <ThemeIcon variant="light" size="lg">
                  {link.icon}
                </ThemeIcon>
                <Stack gap={2}>
                  <Text fw={600}>{link.title}</Text>
                  <Text size="sm" c="dimmed">
                    {link.description}
                  </Text>
                </Stack>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
