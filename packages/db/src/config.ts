import path from 'node:path';
import { repoRoot } from './paths.js';

/**
 * Where the data lives. Without DATABASE_URL the product runs on embedded PGlite in a data folder;
 * with it, on a PostgreSQL server. `memory` is for tests: a fresh database that vanishes on close.
 */
export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string }
  /** `snapshot`: start from a dumped data folder (a seeded test database) instead of an empty one. */
  | { kind: 'pglite-memory'; snapshot?: Blob }
  | { kind: 'postgres'; url: string };

export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(repoRoot, env.ATLAS_DATA_DIR ?? '.data');
}

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`DATABASE_URL must start with postgresql:// (got "${url.split(':')[0]}:…")`);
    }
    return { kind: 'postgres', url };
  }
  return { kind: 'pglite', dataDir: path.join(dataDirFromEnv(env), 'pglite') };
}

export function describeDatabase(config: DatabaseConfig): string {
  switch (config.kind) {
    case 'pglite':
      return `embedded PGlite in ${config.dataDir}`;
    case 'pglite-memory':
      return 'embedded PGlite in memory';
    case 'postgres':
      return `PostgreSQL at ${redactUrl(config.url)}`;
  }
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgresql://…';
  }
}
