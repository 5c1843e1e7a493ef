// Parts shared by the structure and post forms: the name and acronym row, and the attributions with their
// live duplicate check followed by the form's buttons.
import { Button, Card, Grid, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AttributionsEditor } from './attributions-editor';
import { DuplicateWarning } from './duplicate-warning';
import { useDuplicateCheck } from './organisation.api';

type FieldErrors = Record<string, string>;

export function NameAndAcronym({
  label,
  name,
  acronym,
  onName,
  onAcronym,
  nameError,
  acronymError,
}: {
  label: { name: string; acronym: string };
  name: string;
  acronym: string;
  onName: (value: string) => void;
  onAcronym: (value: string) => void;
  nameError: string | undefined;
  acronymError: string | undefined;
}) {
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput label={label.name} value={name} onChange={(e) => onName(e.currentTarget.value)} required error={nameError} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput label={label.acronym} value={acronym} onChange={(e) => onAcronym(e.currentTarget.value)} error={acronymError} />
      </Grid.Col>
    </Grid>
  );
}

export function AttributionsAndActions({
  a,
  exclude,
  attributions,
  onAttributions,
  errors,
  cancelTo,
  isSaving,
  submitLabel,
}: {
  a: string;
  // the object being edited, left out of its own duplicate check
  exclude: { postId?: string; structureId?: string };
  attributions: string[];
  onAttributions: (value: string[]) => void;
  errors: FieldErrors;
  cancelTo: string;
  isSaving: boolean;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const check = useDuplicateCheck(a, attributions, exclude);
  return (
    <>
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <AttributionsEditor value={attributions} onChange={onAttributions} errors={errors} />
          <DuplicateWarning administrationId={a} duplicates={check.data?.warnings.duplicates ?? []} isChecking={check.isFetching} />
        </Stack>
      </Card>

      <Group justify="flex-end">
        <Button variant="default" component={Link} to={cancelTo}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={isSaving}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
