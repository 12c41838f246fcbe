import type { Database, PrismaClient, SessionUser } from '@atlas/db';
import type { Language } from '@atlas/domain';

/** The signed-in account of a request; null for the anonymous public. */
export type Viewer = SessionUser;

/** What every resolver gets: one per request. */
export interface Context {
  db: Database;
  prisma: PrismaClient;
  /** From Accept-Language; a field's `lang` argument overrides it. */
  lang: Language;
  viewer: Viewer | null;
  /** The session cookie's token, when the request had a valid one (logout ends it). */
  sessionToken: string | null;
  /** Sets and clears the session cookie (login, logout). */
  cookies: SessionCookies;
}

export interface SessionCookies {
  set(token: string): void;
  clear(): void;
}
