// "Présidée par X (au titre de …)": who chairs a meeting, and on what basis (holder, interim, succession).
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Chair } from './followup.types';

export function ChairLine({ chair }: { chair: Chair }) {
  const { t } = useTranslation();
  if (!chair.name) {
    return (
      <Text size="sm" c="orange.8">
        {t('followup.meeting.noChair', { post: chair.postTitle })}
        {chair.note ? ` — ${chair.note}` : ''}
      </Text>
    );
  }
  return (
    <Text size="sm" data-testid="chair">
      {t('followup.meeting.chairedBy', { name: chair.name, post: chair.postTitle })}
      {chair.note ? ` — ${chair.note}` : ''}
    </Text>
  );
}
