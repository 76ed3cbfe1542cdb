/**
 * `buildServer({ store })`: the Pathways HTTP API as a Fastify instance (not listening; call `listen`).
 * Order matters: error handling and access control are installed before any route, and every route
 * must name a permission or the server refuses to start.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { LAW_VERSION } from '@pathways/law';
import type { PathwaysStore } from '@pathways/store';
import { clientErrorHandler } from './http/client-error.ts';
import { frameworkErrors, installErrorHandling } from './http/error-handler.ts';
import { installUtf8JsonParser } from './http/json-body.ts';
import { installTextGuard } from './http/text-guard.ts';
import { loggerOptions, type LoggerOption } from './http/logging.ts';
import { actionReviewRoutes } from './routes/action-reviews.ts';
import { auditRoutes } from './routes/audit.ts';
import { checklistRoutes } from './routes/checklists.ts';
import { docsRoutes } from './routes/docs.ts';
import { documentRoutes } from './routes/documents.ts';
import { healthRoutes } from './routes/health.ts';
import { importRoutes } from './routes/imports.ts';
import { lawReferenceRoutes } from './routes/law-reference.ts';
import { noteRoutes } from './routes/notes.ts';
import { peopleRoutes } from './routes/people.ts';
import { directoryRoutes } from './routes/portal/directories.ts';
import { outboxRoutes } from './routes/portal/outbox.ts';
import { portalRoutes } from './routes/portal/portal.ts';
import { portalProfileRoutes } from './routes/portal/profile.ts';
import { sessionRoutes } from './routes/session.ts';
import { statsRoutes } from './routes/stats.ts';
import { unitOutcomeRoutes } from './routes/unit-outcomes.ts';
import { violationRoutes } from './routes/violations.ts';
import { voicesRoutes } from './routes/voices/index.ts';
import { webAppRoutes } from './routes/web-app.ts';
import { installAccessControl } from './security/access-control.ts';
import { LoginLimiter } from './security/login-limiter.ts';
import { isPermissionName, PERMISSIONS, type PermissionName } from './security/permissions.ts';
import { TotpVerifier } from './security/totp.ts';

export interface BuildServerOptions {
  /** A store opened by `openStore()` (the contract's Store with notes and the outcome queries). */
  store: PathwaysStore;
  /** The clock (tests move it to expire locks and sessions). */
  now?: () => Date;
  /** true: JSON logs to stdout; `{ stream }`: to that stream (tests read it). Default: no logs. */
  logger?: LoggerOption;
  /** Sign-in attempts allowed per address per window (default 20 per 5 minutes). */
  loginLimit?: { maxAttempts: number; windowMs: number };
  /** Largest import upload in bytes (default 256 MiB; tests lower it). */
  importBodyLimit?: number;
  /** The built workspace (packages/web/dist): served at `/` when given and present; otherwise only the API answers. */
  webRoot?: string;
  /** The law reference's pages by file name (index.html, us-ca.html …), served at /law/ when given. */
  lawReference?: ReadonlyMap<string, string>;
}

export interface RouteEntry {
  method: string;
  url: string;
  permission: PermissionName;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its permission, as registered (the permission matrix test walks it). */
    routeCatalog: RouteEntry[];
  }
}

export const BODY_LIMIT = 1024 * 1024;

/** Refuses (throws while the route is being added) any route without a known `config.permission`; returns the catalog it fills. */
export function installPermissionGuard(app: FastifyInstance): RouteEntry[] {
  const catalog: RouteEntry[] = [];
  app.decorate('routeCatalog', catalog);
  app.addHook('onRoute', (route) => {
    const permission = route.config?.permission;
    if (!isPermissionName(permission)) {
      throw new Error(`Route ${String(route.method)} ${route.url} names no permission (config.permission): refusing to start.`);
    }
    // The HEAD twin Fastify adds to every GET route shares its config and permission: not a route of its own.
    for (const method of [route.method].flat()) if (method !== 'HEAD') catalog.push({ method, url: route.url, permission });
  });
  return catalog;
}

export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: BODY_LIMIT,
    // The routes' schemas bound their path parameters (400, naming the field), not the router: a parameter
    // longer than the router's bound left the path unmatched, so a long id answered 414, or 404 or 405
    // where the workspace's catch-all took the path, depending on its length. Node's parser still bounds
    // the request line (431, client-error.ts).
    routerOptions: { maxParamLength: Number.MAX_SAFE_INTEGER },
    frameworkErrors,
    clientErrorHandler,
    // HEAD answers wherever GET does (RFC 9110 § 9.3.2), with the same permission.
    exposeHeadRoutes: true,
    // Never echo a client's request id; generate our own.
    requestIdHeader: false,
  });

  const catalog = installPermissionGuard(app);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installUtf8JsonParser(app);
  installTextGuard(app);

  await app.register(helmet, {
    // An API answers JSON: nothing in it may load or run anything. The docs page sets its own, equally strict, policy.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Pathways API', version: '0.1.0', description: `Law: ${LAW_VERSION}` },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pathways_session' } } },
    },
    transform: jsonSchemaTransform,
    // Each operation carries its permission as `x-permission`, from the same catalog the server enforces.
    transformObject: (document) => {
      const result = jsonSchemaTransformObject(document) as { paths?: Record<string, Record<string, Record<string, unknown>>> };
      for (const entry of catalog) {
        const path = entry.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
        const operation = result.paths?.[path]?.[entry.method.toLowerCase()];
        if (!operation) continue;
        operation['x-permission'] = entry.permission;
        if (entry.permission !== 'public') {
          operation.security = [{ session: [] }];
          operation['x-roles'] = PERMISSIONS[entry.permission].roles;
        }
      }
      return result as ReturnType<typeof jsonSchemaTransformObject>;
    },
  });

  installAccessControl(app, store, now);
  // Personal data must not sit in shared or browser caches. Only the workspace's hashed assets, which
  // hold none, say otherwise (routes/web-app.ts).
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  const limiter = new LoginLimiter(options.loginLimit?.maxAttempts, options.loginLimit?.windowMs);
  healthRoutes(app, { store });
  sessionRoutes(app, { store, now, limiter, totp: new TotpVerifier() });
  peopleRoutes(app, { store, now });
  violationRoutes(app, { store, now });
  checklistRoutes(app, { store, now });
  noteRoutes(app, { store, now });
  actionReviewRoutes(app, { store });
  documentRoutes(app, { store, now });
  await app.register(async (scope) =>
    importRoutes(scope, { store, now, ...(options.importBodyLimit ? { bodyLimit: options.importBodyLimit } : {}) }),
  );
  auditRoutes(app, { store });
  statsRoutes(app, { store });
  unitOutcomeRoutes(app, { store, now });
  portalRoutes(app, { store, now });
  portalProfileRoutes(app, { store, now });
  outboxRoutes(app, { store, now });
  directoryRoutes(app, { store, now });
  voicesRoutes(app, { store, now });
  docsRoutes(app);
  if (options.lawReference) lawReferenceRoutes(app, { pages: options.lawReference });
  if (options.webRoot && existsSync(join(options.webRoot, 'index.html'))) await webAppRoutes(app, { webRoot: options.webRoot });

  await app.ready();
  return app;
}
