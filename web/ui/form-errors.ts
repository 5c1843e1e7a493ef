// Server errors in forms: `fields` go next to the inputs they name; anything else becomes one message.
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../app/api/api-error';
import { i18n } from '../app/i18n';

export type FieldErrors = Record<string, string>;

// Splits an error into messages per known field and one general message (null when every field matched).
export function splitServerErrors(error: unknown, knownFields: readonly string[]): { fields: FieldErrors; general: string | null } {
  if (!isApiError(error)) return { fields: {}, general: i18n.t('errors.unexpected') };
  const fields: FieldErrors = {};
  let hasUnplaced = error.fields.length === 0;
  for (const f of error.fields) {
    // "attributions.2" is the third attribution; "attributions" alone names the list.
    const known = knownFields.find((name) => f.field === name || f.field.startsWith(`${name}.`));
    if (known) fields[f.field] = fields[f.field] ? `${fields[f.field]} ${f.message}` : f.message;
    else hasUnplaced = true;
  }
  return { fields, general: hasUnplaced ? error.message : null };
}

export function showErrorNotification(error: unknown) {
  notifications.show({
    color: 'red',
    title: i18n.t('errors.title'),
    message: isApiError(error) ? error.message : i18n.t('errors.unexpected'),
  });
}

// Field errors and the general message of a form; after a refused submission the first wrong field
// (or the message) gets the focus, so the user sees it even far down a long form.
export function useServerErrors(knownFields: readonly string[]) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const fieldsKey = knownFields.join('|');

  useEffect(() => {
    if (attempt === 0) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[role="alert"], [aria-invalid="true"]');
    if (!target) return;
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    // Focusing a select would open its list over the message; plain inputs take the focus.
    const isSelect = target.hasAttribute('aria-haspopup') || target.getAttribute('role') === 'combobox' || target.hasAttribute('readonly');
    if (target.getAttribute('aria-invalid') === 'true' && !isSelect) target.focus({ preventScroll: true });
  }, [attempt]);

  const apply = useCallback(
    (error: unknown) => {
      const { fields, general } = splitServerErrors(error, fieldsKey.split('|'));
      setFieldErrors(fields);
      setGeneralError(general);
      setAttempt((n) => n + 1);
    },
    [fieldsKey],
  );
  const clear = useCallback((field?: string) => {
    if (field === undefined) {
      setFieldErrors({});
      setGeneralError(null);
    } else
      setFieldErrors((current) => {
        if (!(field in current)) return current;
        const next = { ...current };
        delete next[field];
        return next;
      });
  }, []);
  return { fieldErrors, generalError, apply, clear, formRef };
}

// A required choice left empty is sent as missing, so the server answers "Champ obligatoire" next to it
// (an empty string would be "Identifiant invalide").
export function requiredChoice(value: string | null): string {
  return (value ?? undefined) as string;
}
