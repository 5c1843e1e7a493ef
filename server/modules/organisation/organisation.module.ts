// Placeholder until the organisation branch lands (app.ts already imports it); take that branch's file when merging.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/http/deps.js';

export async function registerOrganisationRoutes(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
