// The GraphiQL explorer (apps/explorer, built by Vite) served by the product itself at /graphiql/,
// so partners try queries without any CDN or third-party request.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const EXPLORER_PATH = '/graphiql/';

export async function registerExplorer(app: FastifyInstance, explorerDir: string | null | undefined): Promise<void> {
  if (!explorerDir) return;
  if (!existsSync(path.join(explorerDir, 'index.html'))) {
    app.log.warn(`No built explorer in ${explorerDir}: run "npm run build" to serve GraphiQL at ${EXPLORER_PATH}.`);
    return;
  }
  await app.register(fastifyStatic, {
    root: explorerDir,
    prefix: EXPLORER_PATH,
    // The dashboard's registration owns reply.sendFile; a second one must not decorate again.
    decorateReply: false,
    wildcard: false,
    index: ['index.html'],
  });
  // The documented address works with or without the trailing slash.
  app.get('/graphiql', (_request, reply) => reply.redirect(EXPLORER_PATH, 301));
}
