// The signed-in shell: header (app, administration, language, user), navigation per module, page.
import {
  Anchor,
  AppShell,
  Avatar,
  Burger,
  Button,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { rememberAdministration, useCan, useCurrentMembership } from '../administration';
import type { Membership } from '../api/types';
import { paths, sameSectionIn } from '../paths';
import { useLogout, useSignedInMe } from '../session';
import { EmptyState } from '../../ui/states';
import { useResultsNavItems } from '../../modules/results/results-nav';
import {
  IconBell,
  IconChartBar,
  IconChecklist,
  IconTarget,
  IconBriefcase,
  IconBuilding,
  IconCalendar,
  IconChevronDown,
  IconFileSpreadsheet,
  IconFolder,
  IconHistory,
  IconInbox,
  IconPencil,
  IconPlus,
  IconHome,
  IconInboxIn,
  IconLogout,
  IconNotes,
  IconReport,
  IconRss,
  IconSitemap,
  IconUsers,
} from '../../ui/icons';
import { LanguageMenu } from './language-menu';
import { NotificationBell } from './notification-bell';

export function AppLayout() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const membership = useCurrentMembership();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);

  useEffect(() => close(), [location.pathname, close]);
  useEffect(() => {
    if (membership) rememberAdministration(membership.administrationId);
  }, [membership]);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 270, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <Anchor href="#contenu" className="skip-link">
        {t('shell.skipToContent')}
      </Anchor>
      <AppShell.Header className="no-print">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.menu')} />
            <Title order={1} fz="lg" c="pilotage.9" style={{ whiteSpace: 'nowrap' }}>
              <Link to="/" className="brand-link">
                {t('app.name')}
              </Link>
            </Title>
            {membership && (
              <Text hiddenFrom="sm" size="sm" c="dimmed" truncate>
                {membership.shortName}
              </Text>
            )}
            {membership && (
              <Group visibleFrom="sm" miw={0}>
                <AdministrationSwitcher current={membership} all={me.administrations} />
              </Group>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <LanguageMenu />
            <UserMenu fullName={me.user.fullName} email={me.user.email} />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" className="no-print" aria-label={t('shell.navigation')}>
        {membership && (
          <>
            <Stack hiddenFrom="sm" pb="xs" mb="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
              <AdministrationSwitcher current={membership} all={me.administrations} />
            </Stack>
            <AppShell.Section grow component={ScrollArea}>
              <MainNavigation administrationId={membership.administrationId} />
            </AppShell.Section>
          </>
        )}
      </AppShell.Navbar>

      <AppShell.Main id="contenu">
        {membership ? (
          <Outlet />
        ) : me.administrations.length > 0 ? (
          <EmptyState
            title={t('shell.administrationNotFound')}
            description={t('shell.administrationNotFoundHelp')}
            action={
              <Button component={Link} to={paths.home(me.administrations[0]!.administrationId)}>
                {t('shell.goToMyAdministration')}
              </Button>
            }
          />
        ) : (
          <EmptyState title={t('shell.noAdministration')} description={t('shell.noAdministrationHelp')} />
        )}
      </AppShell.Main>
    </AppShell>
  );
}

function AdministrationSwitcher({ current, all }: { current: Membership; all: Membership[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  if (all.length < 2) {
    return (
      <Text fw={500} truncate title={current.name} size="sm">
        {current.name}
      </Text>
    );
  }
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('shell.switchAdministration', { name: current.name })} className="admin-switcher" maw="100%">
          <Group gap={6} wrap="nowrap">
            <Text fw={500} size="sm" truncate>
              {current.name}
            </Text>
            <IconChevronDown size={16} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell.administrations')}</Menu.Label>
        {all.map((a) => (
          <Menu.Item
            key={a.administrationId}
            aria-current={a.administrationId === current.administrationId ? 'true' : undefined}
            fw={a.administrationId === current.administrationId ? 700 : undefined}
            onClick={() => void navigate(sameSectionIn(location.pathname, a.administrationId))}
          >
            {a.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function initials(fullName: string): string {
  return fullName
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

function UserMenu({ fullName, email }: { fullName: string; email: string }) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('shell.userMenu', { name: fullName })}>
          <Group gap={8} wrap="nowrap">
            <Avatar size={30} radius="xl" color="pilotage">
              {initials(fullName)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="md" style={{ whiteSpace: 'nowrap' }}>
              {fullName}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {fullName}
          <br />
          {email}
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => logout.mutate()} disabled={logout.isPending}>
          {t('shell.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function MainNavigation({ administrationId: a }: { administrationId: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const canReadAgenda = useCan('agenda.read');
  const canManageAgenda = useCan('agenda.manage');
  const canReadFollowup = useCan('followup.read');
  const canReadReports = useCan('reports.read');
  const isIn = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);
  const organisationItems = [
    { to: paths.orgChart(a), label: t('nav.orgChart'), icon: <IconSitemap />, active: isIn(paths.orgChart(a)) },
    { to: paths.structures(a), label: t('nav.structures'), icon: <IconBuilding />, active: isIn(paths.structures(a)) },
    { to: paths.posts(a), label: t('nav.posts'), icon: <IconBriefcase />, active: isIn(paths.posts(a)) },
    {
      to: paths.persons(a),
      label: t('nav.personsAndInterims'),
      icon: <IconUsers />,
      active: isIn(paths.persons(a)) || isIn(paths.interims(a)),
    },
    { to: paths.importExport(a), label: t('nav.importExport'), icon: <IconFileSpreadsheet />, active: isIn(paths.importExport(a)) },
  ];
  const agendaRoot = paths.agenda(a);
  const agendaItems = [
    {
      to: agendaRoot,
      label: t('nav.calendar'),
      icon: <IconCalendar />,
      active: pathname === agendaRoot || isIn(`${agendaRoot}/evenements`),
    },
    ...(canManageAgenda
      ? [{ to: paths.agendaAudiences(a), label: t('nav.audienceRequests'), icon: <IconInboxIn />, active: isIn(paths.agendaAudiences(a)) }]
      : []),
    { to: paths.agendaBriefings(a), label: t('nav.briefings'), icon: <IconNotes />, active: isIn(paths.agendaBriefings(a)) },
    { to: paths.agendaFeed(a), label: t('nav.feed'), icon: <IconRss />, active: isIn(paths.agendaFeed(a)) },
  ];
  const resultsItems = useResultsNavItems(a, pathname);
  const followupItems = [
    { to: paths.myDirectives(a), label: t('nav.myDirectives'), icon: <IconTarget />, active: isIn(paths.myDirectives(a)) },
    { to: paths.directives(a), label: t('nav.directives'), icon: <IconChecklist />, active: isIn(paths.directives(a)) },
    { to: paths.meetings(a), label: t('nav.meetings'), icon: <IconUsers />, active: isIn(paths.meetings(a)) },
    {
      to: paths.followupIndicators(a),
      label: t('nav.followupIndicators'),
      icon: <IconChartBar />,
      active: isIn(paths.followupIndicators(a)),
    },
    { to: paths.escalationLadder(a), label: t('nav.escalationLadder'), icon: <IconBell />, active: isIn(paths.escalationLadder(a)) },
  ];
  return (
    <nav aria-label={t('shell.navigation')}>
      <NavLink component={Link} to={paths.home(a)} label={t('nav.home')} leftSection={<IconHome />} active={pathname === paths.home(a)} />
      {canReadAgenda && <NavGroup label={t('nav.agenda')} icon={<IconCalendar />} items={agendaItems} />}
      {canReadFollowup && <NavGroup label={t('nav.followup')} icon={<IconChecklist />} items={followupItems} />}
      {resultsItems.length > 0 && <NavGroup label={t('nav.results')} icon={<IconChartBar />} items={resultsItems} />}
      <DossiersNavigation a={a} />
      {canReadReports && (
        <NavGroup
          label={t('nav.reports')}
          icon={<IconReport />}
          items={[{ to: paths.reports(a), label: t('nav.reportsAll'), icon: <IconReport />, active: isIn(paths.reports(a)) }]}
        />
      )}
      <NavGroup label={t('nav.organisation')} icon={<IconSitemap />} items={organisationItems} />
    </nav>
  );
}

type NavItem = { to: string; label: string; icon: ReactNode; active: boolean };

// A module's entry in the navigation: its name, then its pages.
function NavGroup({ label, icon, items }: { label: string; icon: ReactNode; items: NavItem[] }) {
  return (
    <NavLink label={label} leftSection={icon} defaultOpened childrenOffset={28} active={false} fw={600}>
      {items.map((item) => (
        <NavLink
          key={item.to}
          component={Link}
          to={item.to}
          label={item.label}
          leftSection={item.icon}
          active={item.active}
          aria-current={item.active ? 'page' : undefined}
        />
      ))}
    </NavLink>
  );
}

// Shown to whoever reads dossiers; each dossier's confidentiality then decides what they see.
function DossiersNavigation({ a }: { a: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const canRead = useCan('dossiers.read');
  const canRegister = useCan('dossiers.register');
  const canVerify = useCan('dossiers.verify');
  const canConfigure = useCan('dossiers.configure');
  if (!canRead) return null;
  const special = [paths.dossiersWaiting(a), paths.dossierNew(a), paths.dossiersIntegrity(a), paths.dossiersSettings(a)];
  const items = [
    {
      to: paths.dossiers(a),
      label: t('nav.dossiersAll'),
      icon: <IconFolder />,
      active: (pathname === paths.dossiers(a) || pathname.startsWith(`${paths.dossiers(a)}/`)) && !special.includes(pathname),
    },
    { to: paths.dossiersWaiting(a), label: t('nav.dossiersWaiting'), icon: <IconInbox />, active: pathname === paths.dossiersWaiting(a) },
    ...(canRegister
      ? [{ to: paths.dossierNew(a), label: t('nav.dossierNew'), icon: <IconPlus />, active: pathname === paths.dossierNew(a) }]
      : []),
    ...(canVerify
      ? [
          {
            to: paths.dossiersIntegrity(a),
            label: t('nav.dossiersIntegrity'),
            icon: <IconHistory />,
            active: pathname === paths.dossiersIntegrity(a),
          },
        ]
      : []),
    ...(canConfigure
      ? [
          {
            to: paths.dossiersSettings(a),
            label: t('nav.dossiersSettings'),
            icon: <IconPencil />,
            active: pathname === paths.dossiersSettings(a),
          },
        ]
      : []),
  ];
  return <NavGroup label={t('nav.dossiers')} icon={<IconFolder />} items={items} />;
}
