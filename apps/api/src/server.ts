import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Database } from '@atlas/db';
import { languageFromAcceptLanguage } from '@atlas/domain';
import type { Context } from './context.js';
import { schema } from './schema/index.js';

export interface ServerOptions {
  db: Database;
  /** Folder of the built dashboard; null serves the API alone. */
  dashboardDir?: string | null;
  logger?: FastifyServerOptions['logger'];
  /** Hides stack traces and internal messages from error responses. */
  production?: boolean;
}

/** Builds the whole product as one Fastify app (GraphQL, health, dashboard) without listening. */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const { db } = options;
  const app = Fastify({ logger: options.logger ?? false });

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    plugins: [fastifyApolloDrainPlugin(app), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    context: async (request) => ({
      db,
      prisma: db.prisma,
      lang: languageFromAcceptLanguage(request.headers['accept-language']),
    }),
  });

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
