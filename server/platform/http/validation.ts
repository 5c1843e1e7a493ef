// Turns zod issues into field errors worded in the caller's language.
import { z } from 'zod';
import type { FieldError } from './errors.js';
import { hasMessage, translate, type Locale } from './messages.js';

type RawIssue = { code: string; path: PropertyKey[]; message: string; [k: string]: unknown };

const zodLocales = { fr: z.locales.fr(), en: z.locales.en() };

export function describeIssue(issue: RawIssue, locale: Locale): string {
  if (hasMessage(issue.message)) return translate(locale, issue.message, issue.params as Record<string, string>);
  if (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null || issue.received === 'undefined'))
    return translate(locale, 'field.required');
  if (issue.code === 'too_small' && issue.origin === 'string') {
    if (issue.minimum === 1) return translate(locale, 'field.required');
    return translate(locale, 'field.too_small_string', { minimum: Number(issue.minimum) });
  }
  if (issue.code === 'too_big' && issue.origin === 'string')
    return translate(locale, 'field.too_big_string', { maximum: Number(issue.maximum) });
  if (issue.code === 'invalid_format' && issue.format === 'email') return translate(locale, 'field.invalid_email');
  if (issue.code === 'invalid_format' && issue.format === 'date') return translate(locale, 'field.invalid_date');
  if (issue.code === 'invalid_format' && issue.format === 'datetime') return translate(locale, 'field.invalid_datetime');
  if (issue.code === 'invalid_format' && issue.format === 'uuid') return translate(locale, 'field.invalid_uuid');
  if (issue.code === 'invalid_value') return translate(locale, 'field.invalid_value');
  const described = zodLocales[locale].localeError(issue as never);
  if (typeof described === 'string') return described;
  return described?.message ?? issue.message;
}

export function toFieldErrors(issues: RawIssue[], locale: Locale, prefix = ''): FieldError[] {
  return issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: describeIssue(issue, locale),
  }));
}
