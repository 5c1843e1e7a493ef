// The one place where errors become HTTP responses. No stack trace leaves the server.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from './errors.js';
import { translate } from './messages.js';
import { toFieldErrors } from './validation.js';
import { RequestValidationError } from './zod-compilers.js';

export type ErrorBody = { code: string; message: string; fields?: FieldError[]; details?: unknown };

const pgConstraintErrors: Record<string, AppError['code']> = { '23505': 'duplicate', '23503': 'conflict', '23514': 'bad_request' };

// Drizzle wraps driver errors; the PostgreSQL code is on the cause.
function findPgCode(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) => {
    const locale = req.locale;
    if (err instanceof RequestValidationError) {
      const fields = toFieldErrors(err.issues as never, locale, err.validationContext === 'body' ? '' : err.validationContext);
      return send(reply, 400, { code: 'validation_failed', message: translate(locale, 'validation_failed'), fields });
    }
    if (err instanceof AppError) {
      const body: ErrorBody = { code: err.code, message: translate(locale, err.messageKey, err.params) };
      if (err.field) body.fields = [{ field: err.field, message: body.message }];
      if (err.details !== undefined && err.status < 500) body.details = err.details;
      if (err.code === 'rate_limited' && err.params.seconds) reply.header('retry-after', String(err.params.seconds));
      return send(reply, err.status, body);
    }
    const pgCode = findPgCode(err);
    if (pgCode && pgConstraintErrors[pgCode]) {
      req.log.warn({ err }, 'constraint violation');
      const code = pgConstraintErrors[pgCode];
      return send(reply, 409, { code, message: translate(locale, code, { field: '', entity: '' }) });
    }
    const status = (err as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      // Fastify's own 4xx: malformed JSON, body too large, unsupported media type...
      const code = status === 429 ? 'rate_limited' : status === 404 ? 'not_found' : 'bad_request';
      return send(reply, status, { code, message: translate(locale, code, { seconds: 60, entity: '' }) });
    }
    req.log.error({ err }, 'unhandled error');
    return send(reply, 500, { code: 'internal', message: translate(locale, 'internal') });
  });

  app.setNotFoundHandler((req, reply) => {
    send(reply, 404, { code: 'not_found', message: translate(req.locale, 'not_found', { entity: req.url.split('?')[0] ?? '' }) });
  });
}

function send(reply: FastifyReply, status: number, body: ErrorBody) {
  return reply.status(status).type('application/json; charset=utf-8').send(JSON.stringify(body));
}
