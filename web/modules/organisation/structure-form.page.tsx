// Create or edit a structure. Attributions are checked for duplicates while they are typed.
import { Alert, Card, NumberInput, Select, SimpleGrid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useAdministration } from '../../app/administration';
import { paths } from '../../app/paths';
import { requiredChoice, useServerErrors } from '../../ui/form-errors';
import { IconAlert } from '../../ui/icons';
import { buildOrgTree, descendantIds, flattenTree } from './org-tree';
import { kindLabel, structureKinds, type StructureKind } from './organisation.labels';
import { FormPageGate } from './form-page-gate';
import { AttributionsAndActions, NameAndAcronym } from './org-form-parts';
import { useSaveStructure, useStructure, useTree } from './organisation.api';
import type { StructureBody, StructureDetail, Tree } from './organisation.types';
import { structureOptions } from './select-options';

const FIELDS = ['kind', 'name', 'acronym', 'parentId', 'attachedToId', 'sortOrder', 'attributions'];

type Values = {
  kind: StructureKind | null;
  name: string;
  acronym: string;
  parentId: string | null;
  attachedToId: string | null;
  sortOrder: number;
  attributions: string[];
};

function initialValues(s: StructureDetail | undefined): Values {
  if (!s) return { kind: null, name: '', acronym: '', parentId: null, attachedToId: null, sortOrder: 0, attributions: [''] };
  return {
    kind: s.kind,
    name: s.name,
    acronym: s.acronym ?? '',
    parentId: s.parentId,
    attachedToId: s.attachedToId,
    sortOrder: s.sortOrder,
    attributions: [...s.attributions].sort((x, y) => x.position - y.position).map((x) => x.text),
  };
}

export function StructureFormPage() {
  const { t } = useTranslation();
  const { structureId } = useParams();
  const a = useAdministration().administrationId;
  const structure = useStructure(a, structureId);
  const tree = useTree(a);
  const isEdit = Boolean(structureId);
  const title = isEdit ? t('org.structure.editTitle') : t('org.structure.newTitle');
  const back =
    isEdit && structureId
      ? { to: paths.structure(a, structureId), label: t('org.structure.backToStructure') }
      : { to: paths.structures(a), label: t('org.structure.backToList') };

  return (
    <FormPageGate
      title={title}
      description={isEdit ? structure.data?.name : undefined}
      back={back}
      queries={isEdit ? [structure, tree] : [tree]}
    >
      {() => (
        <StructureForm
          key={structureId ?? 'new'}
          a={a}
          structureId={structureId}
          tree={tree.data!}
          initial={initialValues(structure.data)}
          cancelTo={back.to}
        />
      )}
    </FormPageGate>
  );
}

function StructureForm({
  a,
  structureId,
  tree,
  initial,
  cancelTo,
}: {
  a: string;
  structureId?: string;
  tree: Tree;
  initial: Values;
  cancelTo: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(initial);
  const errors = useServerErrors(FIELDS);
  const save = useSaveStructure(a, structureId);

  // A structure cannot be placed under itself or one of its own sub-structures.
  const parentOptions = useMemo(() => {
    if (!structureId) return structureOptions(tree);
    const node = flattenTree(buildOrgTree(tree.structures, []).roots).find((n) => n.structure.id === structureId);
    return structureOptions(tree, node ? descendantIds(node) : new Set([structureId]));
  }, [tree, structureId]);
  const attachOptions = useMemo(() => structureOptions(tree, new Set(structureId ? [structureId] : [])), [tree, structureId]);

  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    errors.clear(field);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const body: StructureBody = {
      kind: requiredChoice(values.kind) as StructureKind,
      name: values.name,
      acronym: values.acronym.trim() || null,
      parentId: values.parentId,
      attachedToId: values.attachedToId,
      sortOrder: values.sortOrder,
      attributions: values.attributions.map((x) => x.trim()).filter(Boolean),
    };
    save.mutate(body, {
      onSuccess: (result) => {
        notifications.show({ color: 'green', message: t('org.structure.saved', { name: result.name }) });
        void navigate(paths.structure(a, result.id), { state: { warnings: result.warnings } });
      },
      onError: errors.apply,
    });
  }

  return (
    <form
      ref={errors.formRef}
      onSubmit={submit}
      noValidate
      aria-label={structureId ? t('org.structure.editTitle') : t('org.structure.newTitle')}
    >
      <Stack gap="md" maw={900}>
        {errors.generalError && (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert" title={t('errors.saveFailed')}>
            {errors.generalError}
          </Alert>
        )}
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <NameAndAcronym
              label={{ name: t('org.structure.name'), acronym: t('org.structure.acronym') }}
              name={values.name}
              acronym={values.acronym}
              onName={(v) => set('name', v)}
              onAcronym={(v) => set('acronym', v)}
              nameError={errors.fieldErrors.name}
              acronymError={errors.fieldErrors.acronym}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('org.structure.kind')}
                placeholder={t('org.structure.kindPlaceholder')}
                data={structureKinds.map((k) => ({ value: k, label: kindLabel(t, k) }))}
                value={values.kind}
                onChange={(v) => set('kind', v as StructureKind | null)}
                required
                error={errors.fieldErrors.kind}
              />
              <NumberInput
                label={t('org.post.sortOrder')}
                description={t('org.post.sortOrderHelp')}
                value={values.sortOrder}
                onChange={(v) => set('sortOrder', typeof v === 'number' ? v : 0)}
                min={0}
                max={100000}
                allowDecimal={false}
                error={errors.fieldErrors.sortOrder}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('org.structure.parent')}
                description={t('org.structure.parentHelp')}
                placeholder={t('org.structure.noParent')}
                data={parentOptions}
                value={values.parentId}
                onChange={(v) => set('parentId', v)}
                searchable
                clearable
                nothingFoundMessage={t('common.nothingFound')}
                error={errors.fieldErrors.parentId}
              />
              <Select
                label={t('org.structure.attachedTo')}
                description={t('org.structure.attachedToHelp')}
                placeholder={t('common.none')}
                data={attachOptions}
                value={values.attachedToId}
                onChange={(v) => set('attachedToId', v)}
                searchable
                clearable
                nothingFoundMessage={t('common.nothingFound')}
                error={errors.fieldErrors.attachedToId}
              />
            </SimpleGrid>
          </Stack>
        </Card>

        <AttributionsAndActions
          a={a}
          exclude={{ structureId }}
          attributions={values.attributions}
          onAttributions={(v) => set('attributions', v)}
          errors={errors.fieldErrors}
          cancelTo={cancelTo}
          isSaving={save.isPending}
          submitLabel={structureId ? t('common.save') : t('org.structure.create')}
        />
      </Stack>
    </form>
  );
}
