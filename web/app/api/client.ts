// The typed API client. Types come from schema.d.ts, generated from the server's zod contracts
// (`npm run openapi`). Every failed call throws an ApiError; callers never check `error` themselves.
import createClient, { type Middleware } from 'openapi-fetch';
import { i18n } from '../i18n';
import { ApiError, toApiError } from './api-error';
import type { paths } from './schema';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// Given by GET /api/auth/me; the server refuses any state-changing call without it.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    // Before sign-in the server reads the language from this header (login errors).
    request.headers.set('accept-language', i18n.language || 'fr');
    if (!SAFE_METHODS.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  async onResponse({ response }) {
    if (!response.ok) throw await toApiError(response, i18n.t('errors.unexpected'));
    return undefined;
  },
  onError({ error }) {
    if (error instanceof ApiError) return error;
    return new ApiError(0, 'network', i18n.t('errors.network'));
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(sessionMiddleware);

// openapi-fetch returns `{ data }`; errors were already thrown by the middleware.
export async function unwrap<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data } = await call;
  return data as T;
}

// For calls the generated types do not describe (file uploads, routes not yet in schema.d.ts):
// same headers and same errors as `api`.
export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  options: { json?: unknown; body?: BodyInit; contentType?: string } = {},
): Promise<T> {
  const headers = new Headers({ 'accept-language': i18n.language || 'fr' });
  if (!SAFE_METHODS.has(method) && csrfToken) headers.set('x-csrf-token', csrfToken);
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers.set('content-type', 'application/json');
  } else if (options.contentType) headers.set('content-type', options.contentType);
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  if (!response.ok) throw await toApiError(response, i18n.t('errors.unexpected'));
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
