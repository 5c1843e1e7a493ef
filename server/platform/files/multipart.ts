// Multipart uploads, registered only in the route scopes that take files (one file per request).
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { AppError } from '../http/errors.js';

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
