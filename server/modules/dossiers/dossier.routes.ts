// One dossier: its page, timeline and transmission slip, and the steps of its circuit.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAssignBody, ZDecisionBody, ZDossierDetail, ZDossierParams, ZOpinionBody, ZTimeline } from './dossiers.contract.js';
import { getDossier, getTimeline } from './dossier-detail.service.js';
import { binary, dossiersBase, tags } from './dossiers.routes.js';
import { renderSlip } from './slip.service.js';
import { assignDossier, decideDossier, fileDossier, giveOpinion } from './workflow.service.js';

const one = `${dossiersBase}/:dossierId`;

export const dossierRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, clock }) => {
  app.get(one, {
    config: { access: 'dossiers.read' },
    schema: {
      tags,
      summary: 'A dossier: assignments, opinions, decisions, attachments, who holds it, time per step, what the caller may do',
      params: ZDossierParams,
      response: { 200: ZDossierDetail },
    },
    handler: async (req) => getDossier(db, req.access!, req.params.dossierId),
  });

  app.get(`${one}/timeline`, {
    config: { access: 'dossiers.read' },
    schema: {
      tags,
      summary: 'Every event of the dossier in order, with its hash, and the time spent at each step',
      params: ZDossierParams,
      response: { 200: ZTimeline },
    },
    handler: async (req) => getTimeline(db, req.access!, req.params.dossierId),
  });

  app.get(`${one}/slip.pdf`, {
    config: { access: 'dossiers.read' },
    schema: {
      tags,
      summary: 'Transmission slip (fiche de transmission) as PDF',
      params: ZDossierParams,
      response: { 200: binary('application/pdf', 'The slip') },
    },
    handler: async (req, reply) => {
      const slip = await renderSlip(db, req.access!, req.params.dossierId);
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${slip.fileName}"`).send(slip.pdf);
    },
  });

  app.post(`${one}/assignments`, {
    config: { access: 'dossiers.assign' },
    schema: {
      tags,
      summary: 'Assign (imputer) the dossier to structures for action or information, with instructions; starts its circuit',
      params: ZDossierParams,
      body: ZAssignBody,
      response: { 200: ZDossierDetail },
    },
    handler: async (req) => assignDossier(db, req.access!, req.params.dossierId, req.body),
  });

  app.post(`${one}/opinions`, {
    config: { access: 'dossiers.opinion' },
    schema: {
      tags,
      summary: 'Give the opinion (avis) expected from the caller at this step (409 when none is expected, e.g. once decided)',
      params: ZDossierParams,
      body: ZOpinionBody,
      response: { 200: ZDossierDetail },
    },
    handler: async (req) => giveOpinion(db, req.access!, req.params.dossierId, req.body),
  });

  app.post(`${one}/decision`, {
    config: { access: 'dossiers.decide' },
    schema: {
      tags,
      summary: 'Decide (the head, or whoever acts for the head today), optionally asking for directives in the same act',
      params: ZDossierParams,
      body: ZDecisionBody,
      response: { 200: ZDossierDetail },
    },
    handler: async (req) => decideDossier(db, req.access!, req.params.dossierId, req.body, clock),
  });

  app.post(`${one}/file`, {
    config: { access: 'dossiers.register' },
    schema: { tags, summary: 'File (classer) a decided dossier', params: ZDossierParams, response: { 200: ZDossierDetail } },
    handler: async (req) => fileDossier(db, req.access!, req.params.dossierId),
  });
};
