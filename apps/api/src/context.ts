import type { Database, PrismaClient } from '@atlas/db';
import type { Language } from '@atlas/domain';

/** What every resolver gets: one per request. */
export interface Context {
  db: Database;
  prisma: PrismaClient;
  /** From Accept-Language; a field's `lang` argument overrides it. */
  lang: Language;
}
