import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/http/deps.js';
import { FileStore } from '../../platform/files/staged-file-store.js';
import { dossierAttachmentsRoutes } from './dossier-attachments.routes.js';
import { dossierRoutes } from './dossier.routes.js';
import { dossierSettingsRoutes } from './dossier-settings.routes.js';
import { dossiersRoutes } from './dossiers.routes.js';

// Registers every route file of the dossiers module.
export async function registerDossiersRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(dossiersRoutes, deps);
  await app.register(dossierSettingsRoutes, deps);
  await app.register(dossierRoutes, deps);
  await app.register(dossierAttachmentsRoutes, { ...deps, store: new FileStore(deps.config.filesDir) });
}
