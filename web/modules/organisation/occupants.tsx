// Who occupies a post: "Mme A. Dossou", "Intérim : M. K. Agbo", or "Vacant".
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Holder } from './organisation.types';

export function personName(h: Pick<Holder, 'civility' | 'fullName'>): string {
  return h.civility ? `${h.civility} ${h.fullName}` : h.fullName;
}

export function Occupants({ holders, acting, size = 'sm' }: { holders: Holder[]; acting: Holder[]; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  if (holders.length === 0 && acting.length === 0) {
    return (
      <Badge color="orange" variant="light" size={size === 'md' ? 'md' : 'sm'}>
        {t('org.occupancy.vacant')}
      </Badge>
    );
  }
  return (
    <Stack gap={2} align="flex-start">
      {holders.map((h) => (
        <Group key={`h-${h.personId}`} gap={6} wrap="nowrap">
          <Text size={size} fw={500}>
            {personName(h)}
          </Text>
          {h.isAbsent && (
            <Badge color="gray" variant="light" size="xs">
              {t('org.occupancy.absent')}
            </Badge>
          )}
        </Group>
      ))}
      {acting.map((h) => (
        <Text key={`i-${h.personId}`} size={size} c="blue.8" fw={500}>
          {t('org.occupancy.interim', { name: personName(h) })}
        </Text>
      ))}
    </Stack>
  );
}
