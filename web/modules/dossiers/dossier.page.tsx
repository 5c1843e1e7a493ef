// A dossier: where it is (who holds it, since when, late or not), its circuit (assignment, opinions,
// decision), its attachments, the time spent at each step and its whole history; the actions of the caller.
import { Alert, Anchor, Badge, Button, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAdministration } from '../../app/administration';
import { paths } from '../../app/paths';
import { DetailList } from '../../ui/detail-list';
import { formatDate, intlLocale } from '../../ui/format';
import { IconDownload, IconHistory } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { ErrorState, PageSkeleton } from '../../ui/states';
import { DirectiveLinkBadge } from '../followup/directive-links';
import { StatusBadges } from './dossier-card';
import { DossierActions } from './dossier-actions';
import { DossierTimeline, StepsList } from './dossier-history';
import { dossierFiles, useDossier } from './dossiers.api';
import { deskLabel, verdictColors } from './dossiers.labels';
import type { DossierDetail } from './dossiers.types';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Title order={3} fz="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

export function DossierPage() {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const { dossierId = '' } = useParams();
  const dossier = useDossier(a, dossierId);
  const back = { to: paths.dossiers(a), label: t('dossiers.detail.back') };
  if (dossier.isPending) return <PageSkeleton rows={10} />;
  if (dossier.isError)
    return (
      <>
        <PageHeader title={t('dossiers.list.title')} back={back} />
        <ErrorState error={dossier.error} onRetry={() => void dossier.refetch()} />
      </>
    );
  const d = dossier.data;
  return (
    <>
      <PageHeader
        title={d.subject}
        description={
          <Text span ff="monospace" fw={600}>
            {d.reference}
          </Text>
        }
        back={back}
        actions={
          <Button component="a" href={dossierFiles.slip(a, d.id)} variant="default" leftSection={<IconDownload size={16} />}>
            {t('dossiers.detail.slip')}
          </Button>
        }
      />
      <Stack gap="md">
        <Group gap="sm">
          <StatusBadges dossier={d} />
        </Group>
        <HeldBy dossier={d} />
        <DossierActions a={a} dossier={d} />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="md">
              <Information dossier={d} />
              <Assignments dossier={d} />
              <Opinions dossier={d} />
              <Decisions dossier={d} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="md">
              <Attachments a={a} dossier={d} />
              <Section title={t('dossiers.detail.steps')}>
                <StepsList steps={d.steps} />
              </Section>
              <Section title={t('dossiers.detail.timeline')}>
                <DossierTimeline a={a} dossierId={d.id} />
              </Section>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}

function HeldBy({ dossier: d }: { dossier: DossierDetail }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return (
    <Alert
      color={d.isLate ? 'red' : 'pilotage'}
      variant="light"
      icon={<IconHistory />}
      title={t('dossiers.detail.heldBy')}
      aria-live="polite"
    >
      {d.holders.length === 0 ? (
        <Text size="sm">{t('dossiers.detail.nobody')}</Text>
      ) : (
        <Stack gap={2}>
          {d.holders.map((h, i) => (
            <Text key={i} size="sm" fw={600}>
              {deskLabel(t, h)}
            </Text>
          ))}
          {d.heldSince && <Text size="sm">{t('dossiers.detail.since', { date: formatDate(d.heldSince, 'datetime', locale) })}</Text>}
        </Stack>
      )}
      {d.isLate && d.deadline && (
        <Text size="sm" c="red" fw={600} mt={4}>
          {t('dossiers.detail.lateSince', { date: formatDate(d.deadline, 'long', locale) })}
        </Text>
      )}
    </Alert>
  );
}

function Information({ dossier: d }: { dossier: DossierDetail }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return (
    <Section title={t('dossiers.detail.info')}>
      <DetailList
        items={[
          { label: t('dossiers.form.kind'), value: t(`dossiers.kinds.${d.kind}`) },
          { label: t('dossiers.form.confidentiality'), value: t(`dossiers.confidentialities.${d.confidentiality}`) },
          {
            label: t('dossiers.form.receivedOn'),
            value: `${formatDate(d.receivedOn, 'long', locale)} — ${t(`dossiers.channels.${d.channel}`)}`,
          },
          { label: t('dossiers.form.deadline'), value: d.deadline ? formatDate(d.deadline, 'long', locale) : '—' },
          { label: t('dossiers.detail.sender'), value: `${d.senderName} (${t(`dossiers.senderTypes.${d.senderType}`)})` },
          { label: t('dossiers.detail.senderReference'), value: d.senderReference ?? '—' },
          { label: t('dossiers.detail.registeredBy'), value: [d.registeredByName, d.registeredByStructureName].filter(Boolean).join(', ') },
          { label: t('dossiers.detail.namedPersons'), value: d.namedPersons.map((p) => p.fullName).join(', ') || '—' },
        ]}
      />
    </Section>
  );
}

function Assignments({ dossier: d }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  return (
    <Section title={t('dossiers.detail.assignments')}>
      {d.assignments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dossiers.detail.noAssignment')}
        </Text>
      ) : (
        <Stack gap="xs">
          {d.assignments.map((x) => (
            <Stack key={x.id} gap={2}>
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {x.structureName}
                </Text>
                <Badge size="xs" variant="light" color={x.purpose === 'action' ? 'blue' : 'gray'}>
                  {t(`dossiers.purposes.${x.purpose}`)}
                </Badge>
              </Group>
              {x.instructions && (
                <Text size="sm">
                  {t('dossiers.detail.instructions')} : {x.instructions}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('dossiers.detail.by', { name: x.assignedByName })}
                {x.assignedByPostTitle ? `, ${x.assignedByPostTitle}` : ''}
                {x.isInterim ? ` (${t('dossiers.detail.interim')})` : ''}
              </Text>
            </Stack>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function Opinions({ dossier: d }: { dossier: DossierDetail }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const rounds = [...new Set(d.opinionRequests.map((r) => r.round))];
  return (
    <Section title={t('dossiers.detail.opinions')}>
      {d.opinionRequests.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dossiers.detail.noOpinion')}
        </Text>
      ) : (
        <Stack gap="sm">
          {rounds.map((round) => (
            <Stack key={round} gap="xs">
              {rounds.length > 1 && (
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t('dossiers.detail.round', { round })}
                </Text>
              )}
              {d.opinionRequests
                .filter((r) => r.round === round)
                .map((r) => (
                  <Stack key={r.id} gap={2} className="opinion" data-state={r.state}>
                    <Group gap={6}>
                      <Text size="sm" fw={600}>
                        {t(`dossiers.opinionTypes.${r.type}`)}
                        {r.structureName ? ` — ${r.structureName}` : ''}
                      </Text>
                      {r.opinion ? (
                        <Badge size="sm" color={verdictColors[r.opinion.verdict]}>
                          {t(`dossiers.verdicts.${r.opinion.verdict}`)}
                        </Badge>
                      ) : (
                        <Badge size="sm" variant="outline" color={r.state === 'open' ? 'orange' : 'gray'}>
                          {t(`dossiers.detail.opinionStates.${r.state}`)}
                        </Badge>
                      )}
                    </Group>
                    {r.opinion && (
                      <>
                        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                          {r.opinion.text}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {r.opinion.authorName}, {r.opinion.authorPostTitle}
                          {r.opinion.isInterim ? ` (${t('dossiers.detail.interim')})` : ''} —{' '}
                          {formatDate(r.opinion.createdAt, 'datetime', locale)}
                        </Text>
                      </>
                    )}
                  </Stack>
                ))}
            </Stack>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function Decisions({ dossier: d }: { dossier: DossierDetail }) {
  const { t, i18n } = useTranslation();
  const a = useAdministration().administrationId;
  const locale = intlLocale(i18n.language);
  return (
    <Section title={t('dossiers.detail.decisions')}>
      {d.decisions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dossiers.detail.noDecision')}
        </Text>
      ) : (
        <Stack gap="sm">
          {d.decisions.map((x) => (
            <Stack key={x.id} gap={4}>
              <Group gap={6}>
                <Badge color={x.outcome === 'approved' ? 'teal' : x.outcome === 'rejected' ? 'red' : 'yellow'}>
                  {t(`dossiers.outcomes.${x.outcome}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {x.decidedByName}, {x.decidedByPostTitle}
                  {x.isInterim ? ` (${t('dossiers.detail.interim')})` : ''} — {formatDate(x.createdAt, 'datetime', locale)}
                </Text>
              </Group>
              {x.comment && <Text size="sm">{x.comment}</Text>}
              {x.directives.length > 0 && (
                <>
                  <Text size="sm" fw={600}>
                    {t('dossiers.detail.directives')}
                  </Text>
                  <List size="sm" spacing={2}>
                    {x.directives.map((dir) => (
                      <List.Item key={dir.id}>
                        {dir.text} — {dir.leadStructureName}
                        {dir.dueDate ? `, ${t('dossiers.detail.directiveDue', { date: formatDate(dir.dueDate, 'short', locale) })}` : ''}
                        {dir.directive ? (
                          <>
                            {' '}
                            <DirectiveLinkBadge a={a} directive={dir.directive} />
                          </>
                        ) : (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            ({t(dir.directiveId ? 'dossiers.detail.directiveCreated' : 'dossiers.detail.directivePending')})
                          </Text>
                        )}
                      </List.Item>
                    ))}
                  </List>
                </>
              )}
            </Stack>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function Attachments({ a, dossier: d }: { a: string; dossier: DossierDetail }) {
  const { t } = useTranslation();
  return (
    <Section title={t('dossiers.detail.attachments')}>
      {d.attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dossiers.detail.noAttachment')}
        </Text>
      ) : (
        <Stack gap={6} component="ul" className="plain-list">
          {d.attachments.map((x) => (
            <Group key={x.id} gap="xs" component="li" wrap="nowrap" align="flex-start">
              <IconDownload size={16} />
              <Stack gap={0} miw={0}>
                <Anchor
                  href={dossierFiles.attachment(a, d.id, x.id)}
                  size="sm"
                  aria-label={t('dossiers.detail.download', { name: x.fileName })}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {x.fileName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('dossiers.form.kilobytes', { size: Math.max(1, Math.round(x.sizeBytes / 1024)) })}
                  {x.hasText ? ` · ${t('dossiers.detail.textIndexed')}` : ''} · SHA-256 {x.sha256.slice(0, 12)}…
                </Text>
              </Stack>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}
