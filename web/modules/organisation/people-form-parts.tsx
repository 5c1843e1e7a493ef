// Pieces shared by the small forms of the people and interims tabs: the form frame with its general
// error and buttons, the post picker and the pair of dates.
import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useTree } from './organisation.api';
import { postOptions } from './select-options';

type Errors = { formRef: RefObject<HTMLFormElement | null>; generalError: string | null; fieldErrors: Record<string, string | undefined> };

export function ModalForm({
  errors,
  onSubmit,
  onCancel,
  submitLabel,
  isSubmitting,
  children,
}: {
  errors: Errors;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
  submitLabel: string;
  isSubmitting: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {errors.generalError && (
          <Text c="red" size="sm" role="alert">
            {errors.generalError}
          </Text>
        )}
        {children}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PostField({
  a,
  label,
  value,
  onChange,
  error,
}: {
  a: string;
  label: string;
  value: string | null;
  onChange: (postId: string | null) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const tree = useTree(a);
  return (
    <Select
      label={label}
      placeholder={t('org.assignment.postPlaceholder')}
      data={postOptions(tree.data)}
      value={value}
      onChange={onChange}
      searchable
      required
      nothingFoundMessage={t('common.nothingFound')}
      error={error}
      disabled={tree.isPending}
    />
  );
}

export function DateRangeFields({
  labels,
  start,
  end,
  onStart,
  onEnd,
  isEndRequired,
  errors,
}: {
  labels: { start: string; end: string; endHelp?: string };
  start: string;
  end: string;
  onStart: (value: string) => void;
  onEnd: (value: string) => void;
  isEndRequired: boolean;
  errors: Errors;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        label={labels.start}
        type="date"
        value={start}
        onChange={(e) => onStart(e.currentTarget.value)}
        required
        error={errors.fieldErrors.startDate}
      />
      <TextInput
        label={labels.end}
        description={labels.endHelp}
        type="date"
        value={end}
        onChange={(e) => onEnd(e.currentTarget.value)}
        required={isEndRequired}
        error={errors.fieldErrors.endDate}
      />
    </SimpleGrid>
  );
}
