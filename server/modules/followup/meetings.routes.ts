import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../../platform/files/attachments.js';
import { readUpload, registerUploads, uploadValidatorCompiler, ZUploadForm } from '../../platform/files/multipart.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { ZDirectiveCreated } from './directives.contract.js';
import { presentAttachment } from './directives.presenter.js';
import { exportMinutes } from './exports.service.js';
import { ZAttachment } from './followup.contract.js';
import {
  ZChair,
  ZChairQuery,
  ZDecisionsBody,
  ZMeetingAttachmentParams,
  ZMeetingCreate,
  ZMeetingDetail,
  ZMeetingListQuery,
  ZMeetingPage,
  ZMeetingParams,
  ZMeetingUpdate,
  ZMinutesQuery,
} from './meetings.contract.js';
import { addMeetingAttachment, deleteMeetingAttachment, openMeetingAttachment } from './meeting-files.service.js';
import * as service from './meetings.service.js';

const base = '/api/administrations/:administrationId/meetings';

export const meetingsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const tags = ['meetings'];
  await registerUploads(app, deps.config.maxUploadBytes);

  app.get(base, {
    config: { access: 'followup.read' },
    schema: {
      tags,
      summary: 'Meetings, newest first',
      params: ZAdministrationParams,
      querystring: ZMeetingListQuery,
      response: { 200: ZMeetingPage },
    },
    handler: async (req) => service.listMeetings(deps, req.access!, req.query),
  });

  app.get(`${base}/chair`, {
    config: { access: 'followup.read' },
    schema: {
      tags,
      summary: 'Who would chair a meeting of this kind on this date, and on what basis (seed 000 rule for the CODIR)',
      params: ZAdministrationParams,
      querystring: ZChairQuery,
      response: { 200: ZChair },
    },
    handler: async (req) => service.previewChair(deps, req.access!, req.query),
  });

  app.post(base, {
    config: { access: 'followup.issue' },
    schema: {
      tags,
      summary: 'Record a meeting (chair resolved from the date unless designated); attendees, agenda and minutes optional',
      params: ZAdministrationParams,
      body: ZMeetingCreate,
      response: { 201: ZMeetingDetail },
    },
    handler: async (req, reply) => reply.status(201).send(await service.createMeeting(deps, req.access!, req.body)),
  });

  app.get(`${base}/:meetingId`, {
    config: { access: 'followup.read' },
    schema: {
      tags,
      summary: 'A meeting with its agenda, decisions, attachments and the status of the previous meeting’s decisions',
      params: ZMeetingParams,
      response: { 200: ZMeetingDetail },
    },
    handler: async (req) => service.getMeeting(deps, req.access!, req.params.meetingId),
  });

  app.patch(`${base}/:meetingId`, {
    config: { access: 'followup.issue' },
    schema: {
      tags,
      summary: 'Change a meeting: date, chair, attendees, agenda, minutes',
      params: ZMeetingParams,
      body: ZMeetingUpdate,
      response: { 200: ZMeetingDetail },
    },
    handler: async (req) => service.updateMeeting(deps, req.access!, req.params.meetingId, req.body),
  });

  app.post(`${base}/:meetingId/decisions`, {
    config: { access: 'followup.issue' },
    schema: {
      tags,
      summary: 'Turn decisions of the minutes into tracked directives or recommendations, in one action',
      params: ZMeetingParams,
      body: ZDecisionsBody,
      response: { 201: ZDirectiveCreated },
    },
    handler: async (req, reply) => reply.status(201).send(await service.addDecisions(deps, req.access!, req.params.meetingId, req.body)),
  });

  app.get(`${base}/:meetingId/minutes`, {
    config: { access: 'followup.read' },
    schema: {
      tags,
      summary: 'The minutes as a DOCX or PDF file, in the administration’s layout',
      description: 'Answers the file (Content-Disposition: attachment). Decisions the caller may not see are left out.',
      params: ZMeetingParams,
      querystring: ZMinutesQuery,
    },
    handler: async (req, reply) => {
      const file = await exportMinutes(deps, req.access!, req.params.meetingId, req.query.format, req.locale);
      return reply.header('content-type', file.mime).header('content-disposition', contentDisposition(file.filename)).send(file.content);
    },
  });

  app.post(`${base}/:meetingId/attachments`, {
    config: { access: 'followup.issue' },
    schema: {
      tags,
      summary: 'Attach a file to a meeting (multipart/form-data, field "file")',
      description: 'The type is read from the content (PDF, images, Office and OpenDocument files, text); size limit MAX_UPLOAD_MB.',
      consumes: ['multipart/form-data'],
      body: ZUploadForm,
      params: ZMeetingParams,
      response: { 201: ZAttachment },
    },
    validatorCompiler: uploadValidatorCompiler as never,
    handler: async (req, reply) => {
      const upload = await readUpload(req);
      const row = await addMeetingAttachment(deps, req.access!, req.params.meetingId, upload);
      return reply.status(201).send(presentAttachment(row, `${req.url}/${row.id}`));
    },
  });

  app.get(`${base}/:meetingId/attachments/:attachmentId`, {
    config: { access: 'followup.read' },
    schema: { tags, summary: 'Download an attachment of a meeting', params: ZMeetingAttachmentParams },
    handler: async (req, reply) => {
      const { attachment, stream } = await openMeetingAttachment(deps, req.access!, req.params.meetingId, req.params.attachmentId);
      return reply
        .header('content-type', attachment.mime)
        .header('content-disposition', contentDisposition(attachment.filename))
        .send(stream);
    },
  });

  app.delete(`${base}/:meetingId/attachments/:attachmentId`, {
    config: { access: 'followup.issue' },
    schema: {
      tags,
      summary: 'Remove an attachment of a meeting',
      params: ZMeetingAttachmentParams,
      response: { 200: z.object({ ok: z.literal(true) }) },
    },
    handler: async (req) => {
      await deleteMeetingAttachment(deps, req.access!, req.params.meetingId, req.params.attachmentId);
      return { ok: true as const };
    },
  });
};
