import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { DatabaseConfig } from './config.js';
import { lockDataDir } from './data-dir-lock.js';
import { PrismaClient } from './generated/prisma/client.js';

export type SqlRow = Record<string, unknown>;

/** One open database: the Prisma client for the app, plus raw SQL for health checks and benchmarks. */
export interface Database {
  readonly config: DatabaseConfig;
  readonly prisma: PrismaClient;
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Parameterised SQL outside Prisma ($1, $2, …), not reported to `onQuery`: health checks, infrastructure. */
  query<Row extends SqlRow = SqlRow>(sql: string, params?: unknown[]): Promise<Row[]>;
  /**
   * A hand-written read of application data for hot paths, where Prisma's per-statement cost would
   * dominate (the series loaders). Reported to `onQuery` like Prisma's statements, so tests that
   * count statements see it. Rows come as the driver gives them: select timestamps as `timestamptz`.
   */
  read<Row extends object = SqlRow>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Disconnects Prisma and closes PGlite or the pool; the process can exit afterwards. */
  close(): Promise<void>;
  /** Embedded PGlite only: the data folder as a tarball, to start copies of a seeded test database. */
  dumpDataDir?(): Promise<Blob>;
}

export interface OpenDatabaseOptions {
  /** Called with every SQL statement Prisma sends: used by tests that prove "no N+1". */
  onQuery?: (sql: string) => void;
}

function createPrisma(adapter: SqlMigrationAwareDriverAdapterFactory, options: OpenDatabaseOptions): PrismaClient {
  if (!options.onQuery) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  const onQuery = options.onQuery;
  prisma.$on('query', (event) => onQuery(event.query));
  return prisma;
}

// `object`, not SqlRow: rows are typed by interfaces, which have no index signature.
type Query = <Row extends object>(sql: string, params?: unknown[]) => Promise<Row[]>;

function loggedRead(query: Query, options: OpenDatabaseOptions): Query {
  const onQuery = options.onQuery;
  if (!onQuery) return query;
  return (sql, params) => {
    onQuery(sql);
    return query(sql, params);
  };
}

export async function openDatabase(config: DatabaseConfig, options: OpenDatabaseOptions = {}): Promise<Database> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // An idle connection the server ends (restart, failover, a dropped test database) would otherwise
    // be an uncaught error that stops the process; the pool replaces it on the next query.
    pool.on('error', (error) => console.warn(`PostgreSQL: idle connection lost (${error.message})`));
    const adapterFactory = new PrismaPg(pool);
    const prisma = createPrisma(adapterFactory, options);
    const query: Query = async <Row extends object>(sql: string, params: unknown[] = []) => {
      const result = await pool.query(sql, params);
      return result.rows as Row[];
    };
    return {
      config,
      prisma,
      adapterFactory,
      query,
      read: loggedRead(query, options),
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }

  const release = config.kind === 'pglite' ? lockDataDir(config.dataDir) : () => {};
  let client: PGlite;
  try {
    client =
      config.kind === 'pglite'
        ? await PGlite.create(config.dataDir)
        : await PGlite.create(config.snapshot ? { loadDataDir: config.snapshot } : {});
  } catch (error) {
    release();
    throw error;
  }
  const adapterFactory = new PrismaPGlite(client);
  const prisma = createPrisma(adapterFactory, options);
  const query: Query = async <Row extends object>(sql: string, params: unknown[] = []) => {
    const result = await client.query<Row>(sql, params);
    return result.rows;
  };
  return {
    config,
    prisma,
    adapterFactory,
    query,
    read: loggedRead(query, options),
    async close() {
      await prisma.$disconnect();
      await client.close();
      release();
    },
    dumpDataDir: () => client.dumpDataDir('none'),
  };
}
