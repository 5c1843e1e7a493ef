// The server's error body `{ code, message, fields?, details? }`, as a thrown value. `message` is already
// worded in the user's language by the server.
export type FieldError = { field: string; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  readonly details: unknown;

  constructor(status: number, code: string, message: string, fields: FieldError[] = [], details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.details = details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type ErrorBody = { code?: unknown; message?: unknown; fields?: unknown; details?: unknown };

// Builds an ApiError from a failed response; `fallbackMessage` is used when the body is not ours (proxy page...).
export async function toApiError(response: Response, fallbackMessage: string): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.clone().json()) as ErrorBody;
  } catch {
    // not JSON: keep the fallback
  }
  const code = typeof body.code === 'string' ? body.code : `http_${response.status}`;
  const message = typeof body.message === 'string' && body.message ? body.message : fallbackMessage;
  const fields = Array.isArray(body.fields)
    ? body.fields.filter((f): f is FieldError => typeof f?.field === 'string' && typeof f?.message === 'string')
    : [];
  return new ApiError(response.status, code, message, fields, body.details);
}
