import { Button, Center, Group } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLogout } from '../../app/session';
import { EmptyState } from '../../ui/states';

export function NotFoundPage({ noAdministration = false }: { noAdministration?: boolean }) {
  const { t } = useTranslation();
  const logout = useLogout();
  useDocumentTitle(`${noAdministration ? t('shell.noAdministration') : t('notFound.title')} — Pilotage`);
  if (noAdministration) {
    return (
      <Center mih="100vh" p="md">
        <EmptyState
          title={t('shell.noAdministration')}
          description={t('shell.noAdministrationHelp')}
          action={<Button onClick={() => logout.mutate()}>{t('shell.logout')}</Button>}
        />
      </Center>
    );
  }
  return (
    <EmptyState
      title={t('notFound.title')}
      description={t('notFound.description')}
      action={
        <Group>
          <Button component={Link} to="/">
            {t('notFound.home')}
          </Button>
        </Group>
      }
    />
  );
}
