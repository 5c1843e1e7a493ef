// Links between the follow-up and the acts that issue directives: a directive's reference and status as a
// link (on a dossier's decision, on an agenda event's decisions), and a directive's origin (its dossier or
// agenda event, only when the viewer may see it: the API leaves it out otherwise).
import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { formatDate, intlLocale } from '../../ui/format';
import { statusColors } from './followup-parts';
import type { DirectiveDetail } from './followup.types';

type DirectiveLink = { id: string; reference: string; status: keyof typeof statusColors };

export function DirectiveLinkBadge({ a, directive }: { a: string; directive: DirectiveLink }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} component="span" wrap="nowrap" display="inline-flex">
      <Anchor component={Link} to={paths.directive(a, directive.id)} size="sm" fw={600}>
        {t('followup.links.directive', { reference: directive.reference })}
      </Anchor>
      <Badge size="xs" variant="light" color={statusColors[directive.status]}>
        {t(`followup.status.${directive.status}`)}
      </Badge>
    </Group>
  );
}

export function DirectiveSource({ a, directive: d }: { a: string; directive: DirectiveDetail }) {
  const { t, i18n } = useTranslation();
  const source = [t(`followup.source.${d.sourceType}`), d.sourceDocument].filter(Boolean).join(' — ');
  if (d.meeting)
    return (
      <Anchor component={Link} to={paths.meeting(a, d.meeting.id)}>
        {d.meeting.title}
      </Anchor>
    );
  if (!d.origin) return <>{source}</>;
  return (
    <Text span size="sm">
      {source} —{' '}
      {d.origin.type === 'dossier' ? (
        <Anchor component={Link} to={paths.dossier(a, d.origin.id)}>
          {t('followup.links.dossier', { reference: d.origin.reference, subject: d.origin.subject })}
        </Anchor>
      ) : (
        <Anchor component={Link} to={paths.agendaEvent(a, d.origin.id)}>
          {t('followup.links.event', {
            title: d.origin.title,
            date: formatDate(d.origin.startsAt, 'long', intlLocale(i18n.language)),
          })}
        </Anchor>
      )}
    </Text>
  );
}
