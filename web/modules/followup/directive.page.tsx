// One directive or recommendation: what was asked, by whom, to whom, by when; its progress reports with
// evidence; the reminders sent; and the actions the API says the caller may take.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAdministration } from '../../app/administration';
import { paths } from '../../app/paths';
import { DetailList } from '../../ui/detail-list';
import { formatDate, intlLocale } from '../../ui/format';
import { useServerErrors } from '../../ui/form-errors';
import { IconAlert, IconPaperclip } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { ErrorState, PageSkeleton } from '../../ui/states';
import {
  followupFiles,
  useCancelDirective,
  useConfirmDirective,
  useDirective,
  useReminders,
  useReopenDirective,
  useReportProgress,
} from './followup.api';
import {
  statusColors,
  ConfidentialityBadge,
  DueDate,
  LateBadge,
  PriorityBadge,
  ProgressBar,
  StatusBadge,
  assigneeLabel,
} from './followup-parts';
import { DirectiveSource } from './directive-links';
import type { DirectiveDetail, ProgressBody } from './followup.types';
import { EditLink } from './edit-link';

export function DirectivePage() {
  const { t, i18n } = useTranslation();
  const { directiveId } = useParams();
  const { administrationId: a } = useAdministration();
  const directive = useDirective(a, directiveId);
  const locale = intlLocale(i18n.language);

  if (directive.isPending) return <PageSkeleton rows={8} />;
  if (directive.isError) return <ErrorState error={directive.error} onRetry={() => void directive.refetch()} />;
  const d = directive.data;

  return (
    <Stack gap="md" maw={1000}>
      <PageHeader
        title={`${t(`followup.kind.${d.kind}`)} ${d.reference}`}
        back={{ to: paths.directives(a), label: t('nav.directives') }}
        actions={<DirectiveActions a={a} directive={d} />}
      />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Text size="lg" style={{ whiteSpace: 'pre-wrap' }}>
            {d.text}
          </Text>
          <Group gap="xs">
            <StatusBadge directive={d} />
            <LateBadge directive={d} />
            <PriorityBadge priority={d.priority} />
            <ConfidentialityBadge confidentiality={d.confidentiality} />
          </Group>
          <ProgressBar directive={d} />
          <DetailList
            items={[
              {
                label: t('followup.directive.source'),
                value: <DirectiveSource a={a} directive={d} />,
              },
              ...(d.agendaItem ? [{ label: t('followup.directive.agendaItem'), value: d.agendaItem.title }] : []),
              { label: t('followup.directive.issuedBy'), value: `${d.issuedBy.title} — ${formatDate(d.issuedOn, 'long', locale)}` },
              { label: t('followup.directive.lead'), value: assigneeLabel(d.lead) },
              {
                label: t('followup.directive.coAssignees'),
                value: d.coAssignees.length ? d.coAssignees.map(assigneeLabel).join(' ; ') : t('common.none'),
              },
              {
                label: t('followup.directive.due'),
                value: (
                  <Group gap="xs">
                    <DueDate directive={d} />
                    {d.isBehind && (
                      <Text size="xs" c="dimmed">
                        {t('followup.directive.expected', { value: d.expectedProgress })}
                      </Text>
                    )}
                  </Group>
                ),
              },
              ...(d.confirmedAt
                ? [
                    {
                      label: t('followup.directive.confirmed'),
                      value: `${d.confirmedByName ?? ''} — ${formatDate(d.confirmedAt, 'datetime', locale)}`,
                    },
                  ]
                : []),
            ]}
          />
        </Stack>
      </Card>

      <Title order={3} size="h4">
        {t('followup.timeline.title')}
      </Title>
      {d.updates.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('followup.timeline.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={d.updates.length - 1}>
          {d.updates.map((u) => (
            <Timeline.Item
              key={u.id}
              title={
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    {t(`followup.updateKind.${u.kind}`)}
                    {u.progress !== null && u.kind === 'progress' ? ` — ${u.progress} %` : ''}
                  </Text>
                  {u.statusAfter !== u.statusBefore && (
                    <Badge size="xs" variant="light" color={statusColors[u.statusAfter]}>
                      {t(`followup.status.${u.statusAfter}`)}
                    </Badge>
                  )}
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {u.authorName} — {formatDate(u.at, 'datetime', locale)}
              </Text>
              {u.text && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {u.text}
                </Text>
              )}
              {u.attachments.map((f) => (
                <Anchor key={f.id} href={followupFiles.directiveAttachment(a, d.id, f.id)} download={f.filename} size="sm">
                  <Group gap={4} component="span" wrap="nowrap">
                    <IconPaperclip size={14} />
                    {f.filename}
                  </Group>
                </Anchor>
              ))}
            </Timeline.Item>
          ))}
        </Timeline>
      )}

      <Reminders a={a} directiveId={d.id} />
    </Stack>
  );
}

function Reminders({ a, directiveId }: { a: string; directiveId: string }) {
  const { t, i18n } = useTranslation();
  const reminders = useReminders(a, directiveId);
  const locale = intlLocale(i18n.language);
  return (
    <Stack gap="xs" component="section" aria-labelledby="reminders-title">
      <Title order={3} size="h4" id="reminders-title">
        {t('followup.reminders.title')}
      </Title>
      {reminders.isPending ? (
        <PageSkeleton rows={2} />
      ) : reminders.isError ? (
        <ErrorState error={reminders.error} onRetry={() => void reminders.refetch()} />
      ) : reminders.data.items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('followup.reminders.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('followup.reminders.when')}</Table.Th>
                <Table.Th>{t('followup.reminders.kind')}</Table.Th>
                <Table.Th>{t('followup.reminders.recipients')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reminders.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{formatDate(r.plannedOn, 'short', locale)}</Table.Td>
                  <Table.Td>
                    {t(`followup.reminders.kinds.${r.kind}`)}
                    {r.step > 0 ? ` (${t('followup.reminders.step', { step: r.step })})` : ''}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {r.deliveries.map((delivery, i) => (
                        <Text key={i} size="sm">
                          {delivery.recipientName} — {t(`followup.reminders.delivery.${delivery.status}`)}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

type Dialog = 'report' | 'confirm' | 'reopen' | 'cancel' | null;

function DirectiveActions({ a, directive: d }: { a: string; directive: DirectiveDetail }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <>
      {d.can.report && <Button onClick={() => setDialog('report')}>{t('followup.actions.report')}</Button>}
      {d.can.edit && <EditLink to={paths.directiveEdit(a, d.id)} label={t('common.edit')} />}
      {d.can.confirm && d.isAwaitingConfirmation && (
        <Button color="green" onClick={() => setDialog('confirm')}>
          {t('followup.actions.confirm')}
        </Button>
      )}
      {d.can.reopen && (
        <Button variant="default" onClick={() => setDialog('reopen')}>
          {t('followup.actions.reopen')}
        </Button>
      )}
      {d.can.cancel && (
        <Button variant="subtle" color="red" onClick={() => setDialog('cancel')}>
          {t('followup.actions.cancel')}
        </Button>
      )}
      <Modal opened={dialog === 'report'} onClose={close} title={t('followup.actions.report')} centered size="lg">
        {dialog === 'report' && <ReportForm a={a} directive={d} onDone={close} />}
      </Modal>
      <Modal opened={dialog === 'confirm'} onClose={close} title={t('followup.actions.confirm')} centered>
        {dialog === 'confirm' && <ConfirmForm a={a} id={d.id} onDone={close} />}
      </Modal>
      <Modal
        opened={dialog === 'reopen' || dialog === 'cancel'}
        onClose={close}
        title={dialog === 'cancel' ? t('followup.actions.cancel') : t('followup.actions.reopen')}
        centered
      >
        {(dialog === 'reopen' || dialog === 'cancel') && <ReasonForm a={a} id={d.id} action={dialog} onDone={close} />}
      </Modal>
    </>
  );
}

function ReportForm({ a, directive: d, onDone }: { a: string; directive: DirectiveDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ProgressBody['status']>(
    d.status === 'not_started' ? 'in_progress' : (d.status as ProgressBody['status']),
  );
  const [progress, setProgress] = useState<number>(d.progress);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const errors = useServerErrors(['status', 'progress', 'text']);
  const report = useReportProgress(a, d.id);
  const statuses: ProgressBody['status'][] = ['not_started', 'in_progress', 'blocked', 'done'];

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    report.mutate(
      { body: { status, progress: status === 'done' ? 100 : progress, text }, files: file ? [file] : [] },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('followup.actions.reported') });
          onDone();
        },
        onError: errors.apply,
      },
    );
  }
  return (
    <form ref={errors.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {errors.generalError && (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
            {errors.generalError}
          </Alert>
        )}
        <Select
          label={t('followup.report.status')}
          data={statuses.map((s) => ({ value: s, label: t(`followup.status.${s}`) }))}
          value={status}
          onChange={(value) => value && setStatus(value as ProgressBody['status'])}
          allowDeselect={false}
          error={errors.fieldErrors.status}
          comboboxProps={{ withinPortal: true }}
        />
        <NumberInput
          label={t('followup.report.progress')}
          value={status === 'done' ? 100 : progress}
          onChange={(value) => setProgress(typeof value === 'number' ? value : Number(value) || 0)}
          min={0}
          max={100}
          suffix=" %"
          disabled={status === 'done'}
          error={errors.fieldErrors.progress}
        />
        <Textarea
          label={t('followup.report.text')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          required
          autosize
          minRows={3}
          error={errors.fieldErrors.text}
        />
        <FileInput
          label={t('followup.report.evidence')}
          description={t('followup.report.evidenceHelp')}
          value={file}
          onChange={setFile}
          clearable
          leftSection={<IconPaperclip size={16} />}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={report.isPending}>
            {t('followup.report.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ConfirmForm({ a, id, onDone }: { a: string; id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const errors = useServerErrors(['comment']);
  const confirm = useConfirmDirective(a, id);
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    confirm.mutate(comment, { onSuccess: onDone, onError: errors.apply });
  }
  return (
    <form ref={errors.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {errors.generalError && (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
            {errors.generalError}
          </Alert>
        )}
        <Textarea label={t('followup.actions.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize />
        <Group justify="flex-end">
          <Button type="submit" color="green" loading={confirm.isPending}>
            {t('followup.actions.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ReasonForm({ a, id, action, onDone }: { a: string; id: string; action: 'reopen' | 'cancel'; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const errors = useServerErrors(['reason']);
  const reopen = useReopenDirective(a, id);
  const cancel = useCancelDirective(a, id);
  const mutation = action === 'reopen' ? reopen : cancel;
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    mutation.mutate(reason, { onSuccess: onDone, onError: errors.apply });
  }
  return (
    <form ref={errors.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {errors.generalError && (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
            {errors.generalError}
          </Alert>
        )}
        <Textarea
          label={t('followup.actions.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          error={errors.fieldErrors.reason}
        />
        <Group justify="flex-end">
          <Button type="submit" color={action === 'cancel' ? 'red' : undefined} loading={mutation.isPending}>
            {action === 'cancel' ? t('followup.actions.cancel') : t('followup.actions.reopen')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
