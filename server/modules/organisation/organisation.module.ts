import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/http/deps.js';
import { interimsRoutes } from './interims.routes.js';
import { organisationIoRoutes } from './organisation-io.routes.js';
import { peopleRoutes } from './people.routes.js';
import { postsRoutes } from './posts.routes.js';
import { structuresRoutes } from './structures.routes.js';

// Registers every route file of the organisation module.
export async function registerOrganisationRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(structuresRoutes, deps);
  await app.register(postsRoutes, deps);
  await app.register(peopleRoutes, deps);
  await app.register(interimsRoutes, deps);
  await app.register(organisationIoRoutes, deps);
}
