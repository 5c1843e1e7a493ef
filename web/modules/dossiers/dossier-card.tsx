// One dossier in a list: reference, badges, subject, who holds it and since when; search extracts when given.
import { Anchor, Badge, Group, Mark, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { formatDate, intlLocale } from '../../ui/format';
import { confidentialityColors, deskLabel, statusColors } from './dossiers.labels';
import type { DossierListItem, Extract } from './dossiers.types';

export function StatusBadges({ dossier }: { dossier: Pick<DossierListItem, 'status' | 'confidentiality' | 'isLate'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge color={statusColors[dossier.status]} variant="light" size="sm">
        {t(`dossiers.statuses.${dossier.status}`)}
      </Badge>
      {dossier.confidentiality !== 'normal' && (
        <Badge color={confidentialityColors[dossier.confidentiality]} variant="filled" size="sm">
          {t(`dossiers.confidentialities.${dossier.confidentiality}`)}
        </Badge>
      )}
      {dossier.isLate && (
        <Badge color="red" variant="outline" size="sm">
          {t('dossiers.list.lateBadge')}
        </Badge>
      )}
    </Group>
  );
}

export function ExtractText({ extract }: { extract: Extract }) {
  return (
    <Text size="sm" c="dimmed" className="dossier-extract">
      …{extract.map((part, i) => (part.isMatch ? <Mark key={i}>{part.text}</Mark> : <span key={i}>{part.text}</span>))}…
    </Text>
  );
}

export function DossierCard({ a, dossier, extracts }: { a: string; dossier: DossierListItem; extracts?: Extract[] }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return (
    <Paper withBorder p="sm" radius="md" component="li" className="dossier-card">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={700} size="sm" ff="monospace">
            {dossier.reference}
          </Text>
          <StatusBadges dossier={dossier} />
        </Group>
        <Anchor component={Link} to={paths.dossier(a, dossier.id)} fw={600} lh={1.3}>
          {dossier.subject}
        </Anchor>
        {extracts?.map((extract, i) => (
          <ExtractText key={i} extract={extract} />
        ))}
        <Text size="sm" c="dimmed">
          {dossier.senderName} · {t('dossiers.list.receivedOn')} {formatDate(dossier.receivedOn, 'short', locale)}
          {dossier.deadline && (
            <>
              {' · '}
              <Text span size="sm" c={dossier.isLate ? 'red' : 'dimmed'} fw={dossier.isLate ? 600 : undefined}>
                {t('dossiers.list.deadline')} {formatDate(dossier.deadline, 'short', locale)}
              </Text>
            </>
          )}
        </Text>
        {dossier.holders.length > 0 && (
          <Text size="sm">
            <Text span fw={600} size="sm">
              {t('dossiers.list.heldByLabel')}{' '}
            </Text>
            {dossier.holders.map((h) => deskLabel(t, h)).join(' · ')}
            {dossier.heldSince && (
              <Text span c="dimmed" size="sm">
                {' '}
                — {t('dossiers.detail.since', { date: formatDate(dossier.heldSince, 'short', locale) })}
              </Text>
            )}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
