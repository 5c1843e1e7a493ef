// Builds the Fastify application. main.ts and the tests build it the same way.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import scalar from '@scalar/fastify-api-reference';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { sessionPlugin } from './platform/auth/session-plugin.js';
import type { Database } from './platform/db/client.js';
import { installErrorHandler } from './platform/http/error-handler.js';
import { healthRoutes } from './platform/http/health.routes.js';
import { validatorCompiler } from './platform/http/zod-compilers.js';
import { createFileStore } from './platform/files/file-store.js';
import { systemClock, type Clock } from './platform/jobs/clock.js';
import { createJobRunner } from './platform/jobs/job-runner.js';
import { createMailer, type Mailer } from './platform/mail/mailer.js';
import { resolveAccess } from './modules/administrations/administrations.service.js';
import { administrationsRoutes } from './modules/administrations/administrations.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { findActorBySession } from './modules/auth/auth.service.js';
import { registerOrganisationRoutes } from './modules/organisation/organisation.module.js';
import { registerResultsRoutes } from './modules/results.module.js';
import { registerFollowupModule } from './modules/followup/followup.module.js';
import { notificationsRoutes } from './modules/notifications/notifications.routes.js';
import { registerAgendaRoutes } from './modules/agenda/agenda.module.js';
import { registerReportsModule } from './modules/reports/reports.module.js';
import { registerDossiersRoutes } from './modules/dossiers/dossiers.module.js';

export const webDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'web');

export type BuildAppOptions = {
  config: Config;
  db: Database;
  logger?: Logger | false;
  serveWeb?: boolean;
  // tests move time and count mail; main.ts uses the system clock and SMTP_URL
  clock?: Clock;
  mailer?: Mailer;
};

export async function buildApp({
  config,
  db,
  logger,
  serveWeb = false,
  clock = systemClock,
  mailer,
}: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: (logger || undefined) as FastifyBaseLogger | undefined,
    genReqId: () => crypto.randomUUID(),
    // a number of hops becomes proxy-addr's own rule: trust the nearest n proxies
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"], // Mantine and ECharts set inline styles
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  await app.register(sessionPlugin, {
    findActor: (tokenHash) => findActorBySession(db, tokenHash),
    resolveAccess: (actor, administrationId, requestId) => resolveAccess(db, actor, administrationId, requestId, clock.now()),
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Pilotage API',
        version: '0.1.0',
        description:
          'API of Pilotage. Sign in with `POST /api/auth/login`; the session cookie then authenticates every call. ' +
          'State-changing calls must carry the `x-csrf-token` header given by `GET /api/auth/me`. ' +
          'Errors are `{ code, message, fields? }` with the message in the user’s language.',
      },
      tags: [
        { name: 'platform', description: 'Health and API description' },
        { name: 'auth', description: 'Sign-in, session and preferences' },
        { name: 'administrations', description: 'Administrations (tenants) and memberships' },
        { name: 'organisation', description: 'Structures, posts, ranks, attributions, people, assignments and interims' },
        { name: 'audit', description: 'History of changes' },
        {
          name: 'planning',
          description: 'Results chain: strategic plans, axes, objectives, expected results, programmes, actions, annual plans, activities',
        },
        { name: 'indicators', description: 'Indicators, targets, measurements and their validation workflow, results settings' },
        {
          name: 'dashboards',
          description: 'Dashboards of the head, of a programme, of a structure and of an oversight body; their charts',
        },
        { name: 'meetings', description: 'Meetings (CODIR, cabinet, dialogues de gestion): chair, attendees, agenda, minutes, decisions' },
        {
          name: 'directives',
          description: 'Directives and recommendations: assignment, progress reports, confirmation, reminders, views, indicators, exports',
        },
        { name: 'notifications', description: 'In-app notifications of the signed-in user' },
        {
          name: 'agenda',
          description: 'The head’s agenda: events, clashes, search, iCalendar feeds, briefing notes and decisions',
        },
        { name: 'audiences', description: 'Audience requests: public form, tracking link, triage by the private office' },
        {
          name: 'reports',
          description:
            'Reports generated from live data (cabinet quarterly and annual, RAP, dialogue de gestion), then finalised and frozen',
        },
        { name: 'dossiers', description: 'Dossiers (courrier and parapheur): registration, assignment, opinions, decision, search' },
      ],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pilotage_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  const appLogger = logger || undefined;
  const deps = {
    config,
    db,
    clock,
    logger: appLogger,
    mailer: mailer ?? createMailer(config, appLogger),
    files: createFileStore(config.filesDir),
  };
  // Jobs are created with the app but run only when started (main.ts) or asked (tests: app.jobs.runOnce()).
  const jobs = createJobRunner({ db, clock, logger: appLogger, intervalSeconds: config.jobIntervalSeconds });
  app.decorate('jobs', jobs);
  app.addHook('onClose', async () => {
    await jobs.stop();
    deps.mailer.close();
  });

  await app.register(healthRoutes, deps);
  await app.register(authRoutes, deps);
  await app.register(administrationsRoutes, deps);
  await app.register(auditRoutes, deps);
  await registerOrganisationRoutes(app, deps);
  await registerResultsRoutes(app, deps);
  await app.register(notificationsRoutes, deps);
  await registerFollowupModule(app, deps);
  await registerAgendaRoutes(app, deps);
  await registerReportsModule(app, deps);
  await registerDossiersRoutes(app, deps);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  await app.register(async (docs) => {
    // The reference page runs its own inline script: a looser policy on this prefix only.
    docs.addHook('onSend', async (_req, reply) => {
      reply.header(
        'content-security-policy',
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'",
      );
    });
    await docs.register(scalar, {
      routePrefix: '/api/docs',
      configuration: { url: '/api/openapi.json', hideClientButton: true } as never,
      logLevel: 'warn',
    });
  });

  if (serveWeb) await serveWebApp(app);
  return app;
}

// The built single-page app; unknown non-API paths get index.html so client routes survive a reload.
async function serveWebApp(app: FastifyInstance) {
  if (!fs.existsSync(path.join(webDistDir, 'index.html'))) return;
  await app.register(fastifyStatic, { root: webDistDir, wildcard: false, maxAge: '1h', index: false });
  const indexHtml = fs.readFileSync(path.join(webDistDir, 'index.html'));
  const sendIndex = (reply: import('fastify').FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
  app.get('/', { config: { access: 'public' } }, (_req, reply) => sendIndex(reply));
  app.get('/*', { config: { access: 'public' } }, (req, reply) => {
    if (req.url.startsWith('/api/')) return reply.callNotFound();
    const file = req.url.split('?')[0]!.slice(1);
    if (file && fs.existsSync(path.join(webDistDir, file)) && !file.includes('..')) return reply.sendFile(file);
    return sendIndex(reply);
  });
}

function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}
