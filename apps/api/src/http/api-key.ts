// `Authorization: Bearer <key>`: partners' tools authenticate with an API key instead of a cookie.
// A hook checks the key before any route runs, so a malformed, unknown, revoked or expired key gets
// the same clear 401 on /graphql and on every download. The key's row is read on every request, so
// a revocation holds at once in every API process. Bearer requests ignore cookies: a browser never
// adds this header by itself, so they need no CSRF protection; cookie sessions keep Apollo's.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticateApiKey } from '@atlas/db';
import type { ApiKeyPrincipal, ApiKeyRefusal, Database } from '@atlas/db';
import { languageFromAcceptLanguage } from '@atlas/domain';
import type { LocalizedText } from '@atlas/domain';

const principals = new WeakMap<FastifyRequest, ApiKeyPrincipal>();

const refusals: Record<ApiKeyRefusal | 'scheme', LocalizedText> = {
  invalid: {
    de: 'API-Schlüssel ungültig: unbekannt, falsch abgeschrieben oder kein Schlüssel des Agenda Atlas.',
    en: 'Invalid API key: unknown, mistyped, or not an Agenda Atlas key.',
  },
  revoked: {
    de: 'API-Schlüssel widerrufen: er gilt nicht mehr. Einen neuen Schlüssel vergibt die Geschäftsstelle.',
    en: 'API key revoked: it no longer works. Ask the regional office for a new key.',
  },
  expired: {
    de: 'API-Schlüssel abgelaufen: er gilt nicht mehr. Einen neuen Schlüssel vergibt die Geschäftsstelle.',
    en: 'API key expired: it no longer works. Ask the regional office for a new key.',
  },
  scheme: {
    de: 'Authorization-Header nicht verstanden: erwartet wird „Bearer <API-Schlüssel>“.',
    en: 'Authorization header not understood: expected "Bearer <API key>".',
  },
};

/** The key a request authenticated with, once the hook accepted it; null without a key. */
export function apiKeyOfRequest(request: FastifyRequest): ApiKeyPrincipal | null {
  return principals.get(request) ?? null;
}

/** Adds the hook to `app`; register it before the routes it protects. */
export function registerApiKeyAuthentication(app: FastifyInstance, db: Database): void {
  app.addHook('preHandler', async (request, reply) => {
    const header = request.headers.authorization;
    if (header === undefined) return;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const result = match?.[1] ? await authenticateApiKey(db.prisma, match[1]) : ({ ok: false, reason: 'scheme' } as const);
    if (result.ok) {
      principals.set(request, result.principal);
      return;
    }
    const message = refusals[result.reason][languageFromAcceptLanguage(request.headers['accept-language'])];
    // The answer has the shape of a GraphQL error, so GraphQL clients show it like any other.
    return reply
      .code(401)
      .header('www-authenticate', `Bearer realm="agenda-atlas", error="invalid_token"`)
      .header('cache-control', 'no-store')
      .send({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED', reason: result.reason === 'scheme' ? 'invalid' : result.reason } }] });
  });
}
