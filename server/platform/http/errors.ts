// One error type for the whole server; translated to HTTP and to the user's language in error-handler.ts.
export const errorStatus = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  account_locked: 423,
  csrf_invalid: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  duplicate: 409,
  has_dependents: 409,
  cycle: 409,
  import_refused: 422,
  file_too_large: 413,
  unsupported_file_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof errorStatus;

export type FieldError = { field: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  // a key in messages.ts, with values to put in it
  readonly messageKey: string;
  readonly params: Record<string, string | number>;
  readonly field: string | undefined;
  readonly details: unknown;

  constructor(
    code: ErrorCode,
    options: { messageKey?: string; params?: Record<string, string | number>; field?: string; details?: unknown } = {},
  ) {
    super(options.messageKey ?? code);
    this.code = code;
    this.status = errorStatus[code];
    this.messageKey = options.messageKey ?? code;
    this.params = options.params ?? {};
    this.field = options.field;
    this.details = options.details;
  }
}

export const notFound = (entity: string) => new AppError('not_found', { params: { entity } });
export const forbidden = () => new AppError('forbidden');
