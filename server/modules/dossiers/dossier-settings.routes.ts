// Settings of the dossiers: reference numbering, circuits per kind, and the check of the events' hash chains.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import {
  ZCircuit,
  ZCircuitBody,
  ZCircuitList,
  ZCircuitParams,
  ZDossierSettings,
  ZDossierSettingsBody,
  ZIntegrityReport,
} from './dossiers.contract.js';
import { getSettings, listCircuits, setCircuit, updateSettings } from './dossier-settings.service.js';
import { checkIntegrity } from './integrity.service.js';
import { dossiersBase, tags } from './dossiers.routes.js';

export const dossierSettingsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(`${dossiersBase}/settings`, {
    config: { access: 'dossiers.read' },
    schema: {
      tags,
      summary: 'How dossiers are numbered, and the next reference',
      params: ZAdministrationParams,
      response: { 200: ZDossierSettings },
    },
    handler: async (req) => getSettings(db, req.access!),
  });

  app.put(`${dossiersBase}/settings`, {
    config: { access: 'dossiers.configure' },
    schema: {
      tags,
      summary: 'Set the reference format ({year}, {month}, {code}, {seq} or {seq:N}) and code',
      params: ZAdministrationParams,
      body: ZDossierSettingsBody,
      response: { 200: ZDossierSettings },
    },
    handler: async (req) => updateSettings(db, req.access!, req.body),
  });

  app.get(`${dossiersBase}/circuits`, {
    config: { access: 'dossiers.read' },
    schema: {
      tags,
      summary: 'The opinion circuit of each kind of dossier (the default where none is set)',
      params: ZAdministrationParams,
      response: { 200: ZCircuitList },
    },
    handler: async (req) => listCircuits(db, req.access!),
  });

  app.put(`${dossiersBase}/circuits/:kind`, {
    config: { access: 'dossiers.configure' },
    schema: {
      tags,
      summary: 'Set the circuit of a kind of dossier: its opinions, sequential or parallel (sensitive and reserved ones add the cabinet’s)',
      params: ZCircuitParams,
      body: ZCircuitBody,
      response: { 200: ZCircuit },
    },
    handler: async (req) => setCircuit(db, req.access!, req.params.kind, req.body),
  });

  app.get(`${dossiersBase}/integrity`, {
    config: { access: 'dossiers.verify' },
    schema: {
      tags,
      summary: 'Check the hash chains of every dossier’s events; names the first broken link',
      params: ZAdministrationParams,
      response: { 200: ZIntegrityReport },
    },
    handler: async (req) => checkIntegrity(db, req.access!),
  });
};
