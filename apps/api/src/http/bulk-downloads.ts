// GET /api/bulk/observations.csv and /api/bulk/observations.json: observations of one or more
// indicators for one or more units, streamed page by page (see bulk-rows.ts). Same authentication as
// /graphql (session cookie or API key); charged to the same rate limit when the server has one.
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '@atlas/db';
import type { RateLimiter } from '../limits/rate-limit.js';
import type { RateLimitClient } from '../limits/rate-limit.js';
import { rateLimitHeaders } from '../limits/refusals.js';
import { csvChunks, jsonChunks } from './bulk-format.js';
import { BulkParameterError, parseBulkRequest } from './bulk-params.js';
import type { BulkRequest } from './bulk-params.js';
import { bulkRows } from './bulk-rows.js';
import { viewerOfRequest } from './session.js';

export const BULK_CSV_PATH = '/api/bulk/observations.csv';
export const BULK_JSON_PATH = '/api/bulk/observations.json';

/** Rate-limit points of a download: one per series (indicator × unit), like one list item in GraphQL. */
export function bulkCost(request: BulkRequest): number {
  return Math.max(1, request.indicators.length * request.units.length);
}

export interface BulkDownloadOptions {
  /** The server's rate limiter (the one /graphql charges); without one downloads are not charged. */
  rateLimit?: { limiter: RateLimiter; windowSeconds: number } | null;
}

export function registerBulkDownloads(app: FastifyInstance, db: Database, options: BulkDownloadOptions = {}): void {
  const download = (format: 'csv' | 'json') => async (request: FastifyRequest, reply: FastifyReply) => {
    const session = await viewerOfRequest(db, request);
    let bulk: BulkRequest;
    try {
      bulk = await parseBulkRequest(db, request.query as Record<string, unknown>);
    } catch (error) {
      if (!(error instanceof BulkParameterError)) throw error;
      return reply.code(400).send({ error: 'Bad Request', code: 'VALIDATION', parameter: error.parameter, message: error.message });
    }

    if (options.rateLimit) {
      const { limiter, windowSeconds } = options.rateLimit;
      const budget = await limiter.consume(clientOf(session, request.ip), bulkCost(bulk));
      for (const [name, value] of rateLimitHeaders(budget)) reply.header(name, value);
      if (!budget.allowed) {
        return reply.code(429).header('retry-after', String(budget.resetSeconds)).send({
          error: 'Too Many Requests',
          code: 'RATE_LIMITED',
          message: `Rate limit exceeded: ${budget.limit} cost points per ${windowSeconds} seconds are used up; retry after ${budget.resetSeconds} seconds.`,
        });
      }
    }

    const rows = bulkRows(db, bulk);
    const body = Readable.from(format === 'csv' ? csvChunks(rows) : jsonChunks(rows), { objectMode: false });
    const date = new Date().toISOString().slice(0, 10);
    return reply
      .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="observations-${date}.${format}"`)
      .header('cache-control', 'private, no-store')
      .send(body);
  };

  app.get(BULK_CSV_PATH, download('csv'));
  app.get(BULK_JSON_PATH, download('json'));
}

/** The same payer as for /graphql: the API key, else the signed-in account, else the address. */
function clientOf(session: Awaited<ReturnType<typeof viewerOfRequest>>, address: string): RateLimitClient {
  if (session.apiKey) return { kind: 'apiKey', id: session.apiKey.id };
  if (session.viewer) return { kind: 'user', id: session.viewer.id };
  return { kind: 'anonymous', address };
}
