// The session cookie: an HttpOnly, SameSite=Lax cookie holding a random token (see @atlas/db's
// sessions.ts for what the server stores). Secure when the request came over HTTPS; behind a proxy
// that terminates TLS, set TRUST_PROXY=true so X-Forwarded-Proto counts.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessionMaxMs, userOfSession } from '@atlas/db';
import type { ApiKeyPrincipal, Database } from '@atlas/db';
import type { SessionCookies, Viewer } from '../context.js';
import { apiKeyOfRequest } from './api-key.js';

export const sessionCookieName = 'atlas_session';

/**
 * The account (session cookie) or API key (Bearer header, checked by api-key.ts's hook) of a request.
 * A request with a key ignores its cookies: it speaks for the key alone.
 */
export async function viewerOfRequest(
  db: Database,
  request: FastifyRequest,
): Promise<{ viewer: Viewer | null; token: string | null; apiKey: ApiKeyPrincipal | null }> {
  const apiKey = apiKeyOfRequest(request);
  if (apiKey) return { viewer: null, token: null, apiKey };
  const token = request.cookies[sessionCookieName];
  if (!token) return { viewer: null, token: null, apiKey: null };
  const viewer = await userOfSession(db.prisma, token);
  return viewer ? { viewer, token, apiKey: null } : { viewer: null, token: null, apiKey: null };
}

export function sessionCookies(request: FastifyRequest, reply: FastifyReply): SessionCookies {
  const options = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
  };
  return {
    // The server ends idle sessions after 12 hours; the cookie itself may live as long as a session can.
    set: (token) => void reply.setCookie(sessionCookieName, token, { ...options, maxAge: sessionMaxMs / 1000 }),
    clear: () => void reply.clearCookie(sessionCookieName, options),
  };
}
