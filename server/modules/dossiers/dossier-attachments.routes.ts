// Attachments: uploaded as multipart/form-data (one or more parts named "files"), downloaded as they were given.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import type { FileStore } from '../../platform/files/staged-file-store.js';
import { ZAttachmentList, ZAttachmentParams, ZDossierParams } from './dossiers.contract.js';
import { addAttachments, MAX_FILES_PER_UPLOAD, openAttachment, type IncomingFile } from './attachments.service.js';
import { binary, dossiersBase, tags } from './dossiers.routes.js';

export const dossierAttachmentsRoutes: FastifyPluginAsyncZod<AppDeps & { store: FileStore }> = async (app, { db, config, store }) => {
  const deps = { store, maxUploadBytes: config.maxUploadBytes };
  // this plugin only; one byte over the limit is enough to know a file is too large
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.maxUploadBytes + 1, files: MAX_FILES_PER_UPLOAD + 1, fields: 5, parts: MAX_FILES_PER_UPLOAD + 6 },
  });

  app.post(`${dossiersBase}/:dossierId/attachments`, {
    config: { access: 'dossiers.register' },
    schema: {
      tags,
      summary:
        'Attach files (multipart/form-data, parts named "files"): PDF, PNG, JPEG, GIF, WebP, DOCX, XLSX, recognised by content; all or nothing',
      consumes: ['multipart/form-data'],
      params: ZDossierParams,
      response: { 201: ZAttachmentList },
    },
    handler: async (req, reply) => {
      async function* files(): AsyncGenerator<IncomingFile> {
        for await (const part of req.parts()) {
          if (part.type === 'file') yield { filename: part.filename, file: part.file };
        }
      }
      return reply.code(201).send(await addAttachments(db, deps, req.access!, req.params.dossierId, files()));
    },
  });

  app.get(`${dossiersBase}/:dossierId/attachments/:attachmentId`, {
    config: { access: 'dossiers.read' },
    schema: {
      tags,
      summary: 'Download an attachment',
      params: ZAttachmentParams,
      response: { 200: binary('application/octet-stream', 'The file as uploaded') },
    },
    handler: async (req, reply) => {
      const file = await openAttachment(db, deps, req.access!, req.params.dossierId, req.params.attachmentId);
      const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      return reply
        .type(file.mimeType)
        .header('content-length', String(file.sizeBytes))
        .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.stream);
    },
  });
};
