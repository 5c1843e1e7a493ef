import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../../platform/files/attachments.js';
import { readUpload, registerUploads, uploadValidatorCompiler, ZUploadForm } from '../../platform/files/multipart.js';
import type { AppDeps } from '../../platform/http/deps.js';
import * as service from './directive-progress.service.js';
import {
  ZConfirm,
  ZDirectiveAttachmentParams,
  ZDirectiveDetail,
  ZDirectiveParams,
  ZProgressReport,
  ZReason,
  ZUpdateParams,
} from './directives.contract.js';
import { presentAttachment } from './directives.presenter.js';
import { ZAttachment } from './followup.contract.js';

const base = '/api/administrations/:administrationId/directives/:directiveId';

export const directiveProgressRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const tags = ['directives'];
  await registerUploads(app, deps.config.maxUploadBytes);

  app.post(`${base}/progress`, {
    config: { access: 'followup.report' },
    schema: {
      tags,
      summary: 'Report progress (assignees): status, percentage and text; the answer’s `updates` ends with this report',
      description:
        'Allowed: not_started → in_progress | blocked | done; in_progress ↔ blocked; → done (100 %); done (unconfirmed) → in_progress. ' +
        'A cancelled or confirmed item refuses reports (409, field `status`). Attach evidence afterwards to the report.',
      params: ZDirectiveParams,
      body: ZProgressReport,
      response: { 201: ZDirectiveDetail },
    },
    handler: async (req, reply) =>
      reply.status(201).send((await service.reportProgress(deps, req.access!, req.params.directiveId, req.body)).directive),
  });

  app.post(`${base}/progress/:updateId/attachments`, {
    config: { access: 'followup.report' },
    schema: {
      tags,
      summary: 'Attach evidence to a progress report (multipart/form-data, field "file")',
      description: 'The type is read from the content (PDF, images, Office and OpenDocument files, text); size limit MAX_UPLOAD_MB.',
      consumes: ['multipart/form-data'],
      body: ZUploadForm,
      params: ZUpdateParams,
      response: { 201: ZAttachment },
    },
    validatorCompiler: uploadValidatorCompiler as never,
    handler: async (req, reply) => {
      const upload = await readUpload(req);
      const row = await service.addEvidence(deps, req.access!, req.params.directiveId, req.params.updateId, upload);
      const url = `/api/administrations/${req.params.administrationId}/directives/${req.params.directiveId}/attachments/${row.id}`;
      return reply.status(201).send(presentAttachment(row, url));
    },
  });

  app.get(`${base}/attachments/:attachmentId`, {
    config: { access: 'followup.read' },
    schema: { tags, summary: 'Download evidence attached to a directive’s report', params: ZDirectiveAttachmentParams },
    handler: async (req, reply) => {
      const { attachment, stream } = await service.openDirectiveAttachment(
        deps,
        req.access!,
        req.params.directiveId,
        req.params.attachmentId,
      );
      return reply
        .header('content-type', attachment.mime)
        .header('content-disposition', contentDisposition(attachment.filename))
        .send(stream);
    },
  });

  app.post(`${base}/confirm`, {
    config: { access: 'followup.issue' },
    schema: {
      tags,
      summary: 'Confirm the completion reported by the assignee (the head, the DC or the issuer)',
      params: ZDirectiveParams,
      // the body may be left out
      body: ZConfirm.nullish(),
      response: { 200: ZDirectiveDetail },
    },
    handler: async (req) => (await service.confirmDone(deps, req.access!, req.params.directiveId, req.body?.comment ?? '')).directive,
  });

  app.post(`${base}/reopen`, {
    config: { access: 'followup.issue' },
    schema: {
      tags,
      summary: 'Reopen a done or cancelled item, with a reason (the issuer’s side)',
      params: ZDirectiveParams,
      body: ZReason,
      response: { 200: ZDirectiveDetail },
    },
    handler: async (req) => (await service.reopen(deps, req.access!, req.params.directiveId, req.body.reason)).directive,
  });

  app.post(`${base}/cancel`, {
    config: { access: 'followup.issue' },
    schema: {
      tags,
      summary: 'Cancel an item, with a reason (the issuer’s side)',
      params: ZDirectiveParams,
      body: ZReason,
      response: { 200: ZDirectiveDetail },
    },
    handler: async (req) => (await service.cancel(deps, req.access!, req.params.directiveId, req.body.reason)).directive,
  });
};
