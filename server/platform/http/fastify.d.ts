import 'fastify';
import type { JobRunner } from '../jobs/job-runner.js';
import type { Access, Actor, RouteAccess } from './access.js';
import type { Locale } from './messages.js';

/* eslint-disable @typescript-eslint/consistent-type-definitions -- module augmentation needs interfaces */
declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionTokenHash: string | null;
    locale: Locale;
    // set on routes that declare a permission, for the administration in the path
    access: Access | null;
  }
  interface FastifyInstance {
    // background jobs of this instance; main.ts starts them, tests may run a pass with runOnce()
    jobs: JobRunner;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
