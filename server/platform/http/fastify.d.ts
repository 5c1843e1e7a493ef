import 'fastify';
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
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
