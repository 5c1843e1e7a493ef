// "Attributions en doublon possible": close matches among the attributions of other structures and posts
// (seed 003: a new post must not duplicate the duties of existing services).
import { Alert, Anchor, List, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { formatPercent, intlLocale } from '../../ui/format';
import { IconAlert } from '../../ui/icons';
import type { Duplicate } from './organisation.types';

export function DuplicateWarning({
  administrationId,
  duplicates,
  isChecking = false,
  title,
  onClose,
}: {
  administrationId: string;
  duplicates: Duplicate[];
  isChecking?: boolean;
  title?: string;
  onClose?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  if (duplicates.length === 0) return null;
  const sorted = [...duplicates].sort((x, y) => y.score - x.score);
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlert />}
      title={title ?? t('org.duplicates.title')}
      role="alert"
      withCloseButton={Boolean(onClose)}
      onClose={onClose}
      closeButtonLabel={t('common.close')}
    >
      <Stack gap={6}>
        <Text size="sm">{t('org.duplicates.help')}</Text>
        <List size="sm" spacing={6}>
          {sorted.map((d, index) => (
            <List.Item key={`${d.owner.id}-${index}`}>
              <Text size="sm" fw={600} span>
                <Anchor
                  component={Link}
                  to={d.owner.type === 'post' ? paths.post(administrationId, d.owner.id) : paths.structure(administrationId, d.owner.id)}
                  size="sm"
                  fw={600}
                >
                  {d.owner.name}
                </Anchor>
                {' — '}
                {formatPercent(d.score, locale)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('org.duplicates.matched', { text: d.matchedText })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('org.duplicates.yours', { text: d.attribution })}
              </Text>
            </List.Item>
          ))}
        </List>
        {isChecking && <Loader size="xs" aria-label={t('org.duplicates.checking')} />}
      </Stack>
    </Alert>
  );
}
