// The session cookie: an HttpOnly, SameSite=Lax cookie holding a random token (see @atlas/db's
// sessions.ts for what the server stores). Secure when the request came over HTTPS; behind a proxy
// that terminates TLS, set TRUST_PROXY=true so X-Forwarded-Proto counts.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessionMaxMs, userOfSession } from '@atlas/db';
import type { Database } from '@atlas/db';
import type { SessionCookies, Viewer } from '../context.js';

export const sessionCookieName = 'atlas_session';

export async function viewerOfRequest(db: Database, request: FastifyRequest): Promise<{ viewer: Viewer | null; token: string | null }> {
  const token = request.cookies[sessionCookieName];
  if (!token) return { viewer: null, token: null };
  const viewer = await userOfSession(db.prisma, token);
  return viewer ? { viewer, token } : { viewer: null, token: null };
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
