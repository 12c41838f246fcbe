// Cross-origin access for partners' web tools: only the origins in ATLAS_CORS_ORIGINS (none by
// default) may call the API from a browser, with an API key in the Authorization header. Never with
// credentials: a foreign page must not ride on a staff member's session cookie.
import fastifyCors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/**
 * Reads ATLAS_CORS_ORIGINS: comma-separated origins such as `https://daten.example.org`. Throws,
 * naming the entry, for anything that is not a bare http(s) origin (a path or a trailing slash
 * would never match what browsers send).
 */
export function corsOriginsFromEnv(value: string | undefined = process.env.ATLAS_CORS_ORIGINS): string[] {
  if (!value?.trim()) return [];
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      let url: URL | null = null;
      try {
        url = new URL(entry);
      } catch {
        // Reported below.
      }
      if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry) {
        throw new Error(`ATLAS_CORS_ORIGINS: "${entry}" is not an origin like https://daten.example.org (scheme and host, optional port, no path or trailing slash)`);
      }
      return entry;
    });
}

/** Answers preflights and adds CORS headers for the given origins; with none, adds nothing. */
export async function registerCors(app: FastifyInstance, origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  await app.register(fastifyCors, {
    origin: [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    // Partners' scripts may read their remaining rate-limit budget.
    exposedHeaders: ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'],
    credentials: false,
    maxAge: 600,
  });
}
