// Multipart uploads, registered only in the route scopes that take files (one file per request).
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';
import type { Readable } from 'node:stream';
import { AppError } from '../http/errors.js';
import { validatorCompiler } from '../http/zod-compilers.js';

export async function registerUploads(app: FastifyInstance, maxUploadBytes: number) {
  // one byte over our own limit, so that the store's meter reports it with our message
  await app.register(fastifyMultipart, { limits: { fileSize: maxUploadBytes + 1, files: 1, fields: 20, fieldSize: 10_000, parts: 21 } });
}

export type Upload = { filename: string; stream: Readable; fields: Record<string, string> };

// Text fields must come before the file in the form so they are read with it.
export async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) throw new AppError('validation_failed', { field: 'file', messageKey: 'field.file_required' });
  const file = await req.file();
  if (!file) throw new AppError('validation_failed', { field: 'file', messageKey: 'field.file_required' });
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(file.fields)) {
    const part = Array.isArray(value) ? value[0] : value;
    if (part && part.type === 'field' && typeof part.value === 'string') fields[name] = part.value;
  }
  return { filename: file.filename, stream: file.file, fields };
}

// The form of an upload, for the API description only: readUpload reads and checks the body itself.
export const ZUploadForm = z.object({ file: z.string().describe('the file (binary)') });

// Params and query are validated as usual; the multipart body is left to readUpload.
export const uploadValidatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) =>
  route.httpPart === 'body' ? (data) => ({ value: data }) : validatorCompiler(route);
