import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { currentLanguage, languages } from '../i18n';
import { errorMessage } from '../../ui/states';
import { IconLanguage } from '../../ui/icons';
import { useChangeLanguage } from '../session';

// FR / EN; when signed in the server remembers the choice for the user.
export function LanguageMenu() {
  const { t } = useTranslation();
  const change = useChangeLanguage();
  const language = currentLanguage();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="compact-sm"
          leftSection={<IconLanguage size={16} />}
          aria-label={t('language.label', { language: t(`language.names.${language}`) })}
          loading={change.isPending}
        >
          {language.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.menu')}</Menu.Label>
        {languages.map((code) => (
          <Menu.Item
            key={code}
            lang={code}
            aria-current={code === language ? 'true' : undefined}
            fw={code === language ? 700 : undefined}
            onClick={() =>
              change.mutate(code, {
                onError: (error) => notifications.show({ color: 'red', message: errorMessage(error, t('errors.unexpected')) }),
              })
            }
          >
            {t(`language.names.${code}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
