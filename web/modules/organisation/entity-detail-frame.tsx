// The frame shared by the detail pages of a structure and of a post: header with edit and delete,
// the duplicate warnings passed by the form right after saving, and the details / history tabs.
import { Box, Button, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { ConfirmButton } from '../../ui/confirm-button';
import { showErrorNotification } from '../../ui/form-errors';
import { IconHistory, IconPencil, IconTrash } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { ErrorState, PageSkeleton } from '../../ui/states';
import { AuditHistory } from '../audit/audit-history';
import { DuplicateWarning } from './duplicate-warning';
import type { Warnings } from './organisation.types';
import { useNameResolver } from './use-name-resolver';

type Back = { to: string; label: string };

type Removal = {
  title: string;
  message: string;
  doneMessage: string;
  isPending: boolean;
  // runs the deletion; the frame shows the outcome and goes to `afterTo`
  mutate: (options: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
  afterTo: string;
};

export function EntityDetailFrame({
  title,
  description,
  back,
  editTo,
  removal,
  extraActions,
  audit,
  detailsLabel,
  children,
}: {
  title: string;
  description?: ReactNode;
  back: Back;
  editTo: string;
  removal: Removal;
  extraActions?: ReactNode;
  audit: { entityType: 'post' | 'structure'; entityId: string };
  detailsLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const canManage = useCan('organisation.manage');
  const canReadAudit = useCan('audit.read');
  const navigate = useNavigate();
  const resolveName = useNameResolver(a);
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = searchParams.get('onglet') === 'historique' && canReadAudit ? 'history' : 'details';
  // Right after saving, the form passes the duplicate warnings of the saved attributions.
  const savedWarnings = (useLocation().state as { warnings?: Warnings } | null)?.warnings;
  const [isWarningOpen, setWarningOpen] = useState(true);

  return (
    <Box maw={1100}>
      <PageHeader
        title={title}
        description={description}
        back={back}
        actions={
          (extraActions || canManage) && (
            <>
              {extraActions}
              {canManage && (
                <>
                  <Button component={Link} to={editTo} leftSection={<IconPencil size={16} />}>
                    {t('common.edit')}
                  </Button>
                  <ConfirmButton
                    variant="default"
                    color="red"
                    leftSection={<IconTrash size={16} />}
                    title={removal.title}
                    message={removal.message}
                    confirmLabel={t('common.delete')}
                    loading={removal.isPending}
                    onConfirm={() =>
                      removal.mutate({
                        onSuccess: () => {
                          notifications.show({ color: 'green', message: removal.doneMessage });
                          void navigate(removal.afterTo);
                        },
                        onError: showErrorNotification,
                      })
                    }
                  >
                    {t('common.delete')}
                  </ConfirmButton>
                </>
              )}
            </>
          )
        }
      />

      {savedWarnings && isWarningOpen && (
        <Box mb="md">
          <DuplicateWarning
            administrationId={a}
            duplicates={savedWarnings.duplicates}
            title={t('org.duplicates.afterSave')}
            onClose={() => setWarningOpen(false)}
          />
        </Box>
      )}

      <Tabs
        value={tab}
        onChange={(value) => setSearchParams(value === 'history' ? { onglet: 'historique' } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="details">{detailsLabel}</Tabs.Tab>
          {canReadAudit && (
            <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
              {t('audit.tab')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="details">{children}</Tabs.Panel>
        {canReadAudit && (
          <Tabs.Panel value="history">
            <AuditHistory administrationId={a} entityType={audit.entityType} entityId={audit.entityId} resolveName={resolveName} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Box>
  );
}

// The loading and error states of a detail page, before its entity is known.
export function DetailPending({
  query,
  title,
  back,
}: {
  query: { isPending: boolean; error: unknown; refetch: () => unknown };
  title: string;
  back: Back;
}) {
  if (query.isPending) return <PageSkeleton rows={8} />;
  return (
    <>
      <PageHeader title={title} back={back} />
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    </>
  );
}
