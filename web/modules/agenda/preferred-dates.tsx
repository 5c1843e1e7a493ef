// Up to three preferred days for an audience, typed "24/11/2026" or picked in a calendar.
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../ui/form-errors';
import { DayField } from './date-fields';

export const MAX_PREFERRED_DATES = 3;

export function PreferredDatesField({
  values,
  onChange,
  errors,
}: {
  values: (string | null)[];
  onChange: (values: (string | null)[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const listError = errors.preferredDates;
  return (
    <Stack gap={4}>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        {Array.from({ length: MAX_PREFERRED_DATES }, (_, i) => (
          <DayField
            key={i}
            label={i === 0 ? t('audience.form.preferredDate1') : t('audience.form.preferredDateN', { number: i + 1 })}
            value={values[i] ?? null}
            onChange={(value) => onChange(Array.from({ length: MAX_PREFERRED_DATES }, (_, j) => (j === i ? value : (values[j] ?? null))))}
            required={i === 0}
            error={errors[`preferredDates.${i}`] ?? (i === 0 ? listError : undefined)}
          />
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('audience.form.preferredDatesHelp')}
      </Text>
    </Stack>
  );
}

// The days chosen, in order, without gaps: the server names errors by their position in this list.
export const chosenDates = (values: (string | null)[]) => values.filter((v): v is string => Boolean(v));
