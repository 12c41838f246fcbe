import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Database } from '@atlas/db';
import { languageFromAcceptLanguage } from '@atlas/domain';
import { clientFor } from './authz/region-binding.js';
import type { Context } from './context.js';
import { registerBulkDownloads } from './http/bulk-downloads.js';
import { registerApiKeyAuthentication } from './http/api-key.js';
import { registerConsentExports } from './http/consent-export.js';
import { corsOriginsFromEnv, registerCors } from './http/cors.js';
import { registerExplorer } from './http/explorer.js';
import { registerRecommendationCsvExport } from './http/recommendation-csv.js';
import { registerRecommendationFeed } from './http/recommendation-feed.js';
import { sessionCookies, viewerOfRequest } from './http/session.js';
import { isInternalError, limitsPlugin, maskInternalError, RateLimiter, rateLimitStoreFor, rememberClientAddress, resolveLimits } from './limits/index.js';
import type { LimitOverrides } from './limits/index.js';
import { errorExtensions } from './schema/errors.js';
import { schema } from './schema/index.js';

export interface ServerOptions {
  db: Database;
  /** Folder of the built dashboard; null serves the API alone. */
  dashboardDir?: string | null;
  /** Folder of the built GraphiQL explorer (apps/explorer/dist), served at /graphiql/; null leaves it out. */
  explorerDir?: string | null;
  logger?: FastifyServerOptions['logger'];
  /** Hides stack traces and internal messages from error responses. */
  production?: boolean;
  /**
   * Trust X-Forwarded-* headers (protocol, client address) from a reverse proxy: only then does a
   * request that reached the proxy over HTTPS get Secure cookies. Default: TRUST_PROXY=true.
   */
  trustProxy?: boolean;
  /** Origins whose pages may call the API (CORS, without credentials). Default: ATLAS_CORS_ORIGINS, comma-separated; none. */
  corsOrigins?: readonly string[];
  /** Query limits and rate-limit budgets (defaults and reasons in src/limits/README.md; RATE_LIMIT_* env). */
  limits?: LimitOverrides;
}

/**
 * `Cache-Control: no-store` on every GraphQL response, as Apollo's default cache-control plugin
 * answers for a schema without cache hints (this one has none). That plugin is disabled because it
 * wraps every field resolver of the schema to collect hints, a per-field cost on every request for
 * a header that never changes. A header Apollo set itself (e.g. on PERSISTED_QUERY_NOT_FOUND) stays.
 */
const noStorePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/** Builds the whole product as one Fastify app (GraphQL, health, dashboard) without listening. */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const { db } = options;
  const app = Fastify({ logger: options.logger ?? false, trustProxy: options.trustProxy ?? process.env.TRUST_PROXY === 'true' });
  await app.register(fastifyCookie);
  await registerCors(app, options.corsOrigins ?? corsOriginsFromEnv());
  registerApiKeyAuthentication(app, db);
  const limits = resolveLimits(options.limits);
  const rateLimiter = new RateLimiter(rateLimitStoreFor(db), limits.rateLimit, {
    onStoreError: (error) => app.log.warn({ err: error }, 'rate limit: writing the points of a request failed'),
  });
  // Points still being written in the background must reach the database before it is closed.
  app.addHook('onClose', () => rateLimiter.settle());

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    // Batched (array) requests stay off (Apollo's default): each operation is limited and charged alone.
    // Automatic persisted queries are on (default), kept in Apollo's bounded in-memory LRU cache.
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
      limitsPlugin(limits, rateLimiter),
    ],
    // Errors outside the typed mutation results (e.g. a query only admins may run) still carry a code.
    formatError: (formatted, error) => {
      const extensions = errorExtensions((error as { originalError?: unknown }).originalError);
      if (extensions) return { ...formatted, extensions: { ...formatted.extensions, ...extensions } };
      if (options.production && isInternalError(formatted, error)) {
        app.log.error({ err: error }, 'internal error in a GraphQL request');
        return maskInternalError(formatted);
      }
      return formatted;
    },
  });
  await apollo.start();

  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    context: async (request, reply) => {
      const session = await viewerOfRequest(db, request);
      return rememberClientAddress(request.ip, {
        db,
        // A region-bound partner key reads through a client bound to its region (authz/region-binding.ts).
        prisma: clientFor(db.prisma, session.viewer ?? session.apiKey),
        lang: languageFromAcceptLanguage(request.headers['accept-language']),
        viewer: session.viewer,
        sessionToken: session.token,
        apiKey: session.apiKey,
        cookies: sessionCookies(request, reply),
      });
    },
  });

  registerRecommendationFeed(app, db);
  registerRecommendationCsvExport(app, db);
  registerConsentExports(app, db);
  registerBulkDownloads(app, db, { rateLimit: { limiter: rateLimiter, windowSeconds: limits.rateLimit.windowSeconds } });
  await registerExplorer(app, options.explorerDir);

  app.get('/healthz', async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok', database: db.config.kind };
    } catch (error) {
      app.log.error({ err: error }, 'health check failed');
      return reply.code(503).send({ status: 'unavailable', database: db.config.kind });
    }
  });

  const dashboardDir = options.dashboardDir;
  if (dashboardDir && existsSync(path.join(dashboardDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: dashboardDir, wildcard: false, index: ['index.html'] });
    // Client-side routes (/kommune/05124000) load the app shell; unknown API paths stay 404.
    app.setNotFoundHandler((request, reply) => {
      const wantsPage = request.method === 'GET' && !request.url.startsWith('/graphql') && !path.extname(request.url.split('?')[0] ?? '');
      if (wantsPage) return reply.type('text/html').sendFile('index.html');
      return reply.code(404).send({ error: 'Not Found', path: request.url });
    });
  } else if (dashboardDir) {
    app.log.warn(`No built dashboard in ${dashboardDir}: run "npm run build" to serve it at /.`);
  }

  return app;
}
