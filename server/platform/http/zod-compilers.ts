import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';

// Keeps zod's raw issues so the error handler can word them in the caller's language.
export class RequestValidationError extends Error {
  readonly issues: z.core.$ZodIssue[];
  validationContext?: string;
  statusCode = 400;
  constructor(issues: z.core.$ZodIssue[]) {
    super('validation_failed');
    this.issues = issues;
  }
}

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues) };
  };
