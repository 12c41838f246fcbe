import type { ApiKeyPrincipal, Database, PrismaClient, SessionUser } from '@atlas/db';
import type { Language } from '@atlas/domain';

/** The signed-in account of a request; null for the anonymous public and for API-key requests. */
export type Viewer = SessionUser;

/**
 * Who a request speaks for, for authorization: a signed-in account or an API key. A key is a
 * principal with a role and a region but no account (GraphQL `viewer` answers an `ApiKeyViewer`).
 */
export type Principal = { role: Viewer['role']; regionId: string | null };

/** What every resolver gets: one per request. */
export interface Context {
  db: Database;
  prisma: PrismaClient;
  /** From Accept-Language; a field's `lang` argument overrides it. */
  lang: Language;
  viewer: Viewer | null;
  /**
   * The API key of a request sent with `Authorization: Bearer <key>` (then `viewer` is null: a key
   * has no account). Its role and region count like an account's; see principalOf.
   */
  apiKey: ApiKeyPrincipal | null;
  /** The session cookie's token, when the request had a valid one (logout ends it). */
  sessionToken: string | null;
  /** Sets and clears the session cookie (login, logout). */
  cookies: SessionCookies;
}

export interface SessionCookies {
  set(token: string): void;
  clear(): void;
}

/** The account or API key a request speaks for; null for the anonymous public. */
export function principalOf(ctx: Pick<Context, 'viewer' | 'apiKey'>): Principal | null {
  return ctx.viewer ?? ctx.apiKey ?? null;
}
