// Create or edit a post (poste). Attributions are checked for duplicates while they are typed.
import { Alert, Card, Checkbox, NumberInput, Select, SimpleGrid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useAdministration } from '../../app/administration';
import { paths } from '../../app/paths';
import { requiredChoice, useServerErrors } from '../../ui/form-errors';
import { IconAlert } from '../../ui/icons';
import { functionLabel, postFunctions, type PostFunction } from './organisation.labels';
import { FormPageGate } from './form-page-gate';
import { AttributionsAndActions, NameAndAcronym } from './org-form-parts';
import { usePost, useSavePost, useTree } from './organisation.api';
import type { PostBody, PostDetail, Tree } from './organisation.types';
import { postOptions, rankOptions, structureOptions } from './select-options';

const FIELDS = ['structureId', 'title', 'acronym', 'rankId', 'reportsToId', 'function', 'isHeadOfStructure', 'sortOrder', 'attributions'];

type Values = {
  structureId: string | null;
  title: string;
  acronym: string;
  rankId: string | null;
  reportsToId: string | null;
  function: PostFunction;
  isHeadOfStructure: boolean;
  sortOrder: number;
  attributions: string[];
};

function initialValues(post: PostDetail | undefined, structureId: string | null): Values {
  if (!post)
    return {
      structureId,
      title: '',
      acronym: '',
      rankId: null,
      reportsToId: null,
      function: 'member',
      isHeadOfStructure: false,
      sortOrder: 0,
      attributions: [''],
    };
  return {
    structureId: post.structureId,
    title: post.title,
    acronym: post.acronym ?? '',
    rankId: post.rankId,
    reportsToId: post.reportsToId,
    function: post.function,
    isHeadOfStructure: post.isHeadOfStructure,
    sortOrder: post.sortOrder,
    attributions: [...post.attributions].sort((x, y) => x.position - y.position).map((x) => x.text),
  };
}

export function PostFormPage() {
  const { t } = useTranslation();
  const { postId } = useParams();
  const [searchParams] = useSearchParams();
  const a = useAdministration().administrationId;
  const post = usePost(a, postId);
  const tree = useTree(a);
  const isEdit = Boolean(postId);
  const title = isEdit ? t('org.post.editTitle') : t('org.post.newTitle');
  const back =
    isEdit && postId
      ? { to: paths.post(a, postId), label: t('org.post.backToPost') }
      : { to: paths.posts(a), label: t('org.post.backToList') };

  return (
    <FormPageGate title={title} description={isEdit ? post.data?.title : undefined} back={back} queries={isEdit ? [post, tree] : [tree]}>
      {() => (
        <PostForm
          key={postId ?? 'new'}
          a={a}
          postId={postId}
          tree={tree.data!}
          initial={initialValues(post.data, searchParams.get('structure'))}
          cancelTo={back.to}
        />
      )}
    </FormPageGate>
  );
}

function PostForm({ a, postId, tree, initial, cancelTo }: { a: string; postId?: string; tree: Tree; initial: Values; cancelTo: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(initial);
  const errors = useServerErrors(FIELDS);
  const save = useSavePost(a, postId);

  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    errors.clear(field);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const body: PostBody = {
      structureId: requiredChoice(values.structureId),
      title: values.title,
      acronym: values.acronym.trim() || null,
      rankId: values.rankId,
      reportsToId: values.reportsToId,
      function: values.function,
      isHeadOfStructure: values.isHeadOfStructure,
      sortOrder: values.sortOrder,
      attributions: values.attributions.map((x) => x.trim()).filter(Boolean),
    };
    save.mutate(body, {
      onSuccess: (result) => {
        notifications.show({ color: 'green', message: t('org.post.saved', { title: result.title }) });
        void navigate(paths.post(a, result.id), { state: { warnings: result.warnings, saved: true } });
      },
      onError: errors.apply,
    });
  }

  const functionOptions = postFunctions.map((fn) => ({ value: fn, label: functionLabel(t, fn) }));

  return (
    <form ref={errors.formRef} onSubmit={submit} noValidate aria-label={postId ? t('org.post.editTitle') : t('org.post.newTitle')}>
      <Stack gap="md" maw={900}>
        {errors.generalError && (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert" title={t('errors.saveFailed')}>
            {errors.generalError}
          </Alert>
        )}
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Select
              label={t('org.post.structure')}
              placeholder={t('org.post.structurePlaceholder')}
              data={structureOptions(tree)}
              value={values.structureId}
              onChange={(v) => set('structureId', v)}
              searchable
              required
              nothingFoundMessage={t('common.nothingFound')}
              error={errors.fieldErrors.structureId}
              comboboxProps={{ withinPortal: true }}
            />
            <NameAndAcronym
              label={{ name: t('org.post.titleLabel'), acronym: t('org.post.acronym') }}
              name={values.title}
              acronym={values.acronym}
              onName={(v) => set('title', v)}
              onAcronym={(v) => set('acronym', v)}
              nameError={errors.fieldErrors.title}
              acronymError={errors.fieldErrors.acronym}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('org.post.rank')}
                placeholder={t('org.post.noRank')}
                data={rankOptions(tree)}
                value={values.rankId}
                onChange={(v) => set('rankId', v)}
                clearable
                error={errors.fieldErrors.rankId}
              />
              <Select
                label={t('org.post.reportsTo')}
                placeholder={t('org.post.reportsToNone')}
                data={postOptions(tree, postId)}
                value={values.reportsToId}
                onChange={(v) => set('reportsToId', v)}
                searchable
                clearable
                nothingFoundMessage={t('common.nothingFound')}
                error={errors.fieldErrors.reportsToId}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('org.post.function')}
                description={t('org.post.functionHelp')}
                data={functionOptions}
                value={values.function}
                onChange={(v) => set('function', (v as PostFunction | null) ?? 'member')}
                allowDeselect={false}
                error={errors.fieldErrors.function}
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
            <Checkbox
              label={t('org.post.isHeadOfStructure')}
              checked={values.isHeadOfStructure}
              onChange={(e) => set('isHeadOfStructure', e.currentTarget.checked)}
              error={errors.fieldErrors.isHeadOfStructure}
            />
          </Stack>
        </Card>

        <AttributionsAndActions
          a={a}
          exclude={{ postId }}
          attributions={values.attributions}
          onAttributions={(v) => set('attributions', v)}
          errors={errors.fieldErrors}
          cancelTo={cancelTo}
          isSaving={save.isPending}
          submitLabel={postId ? t('common.save') : t('org.post.create')}
        />
      </Stack>
    </form>
  );
}
