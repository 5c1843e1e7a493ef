// Shared by the action forms of a dossier.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconAlert } from '../../ui/icons';
import { useStructures } from '../organisation/organisation.api';
import type { DossierDetail } from './dossiers.types';

export type Props = { a: string; dossier: DossierDetail };

export function useStructureOptions(a: string) {
  const structures = useStructures(a);
  return (structures.data?.items ?? []).map((s) => ({ value: s.id, label: s.acronym ? `${s.name} (${s.acronym})` : s.name }));
}

export function FormAlert({ message }: { message: string | null }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} role="alert" title={t('errors.saveFailed')}>
      {message}
    </Alert>
  );
}
