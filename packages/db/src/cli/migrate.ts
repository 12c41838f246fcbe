// npm run db:migrate -- --name <name> | db:deploy | db:status | db:reset
// Works on embedded PGlite (ATLAS_DATA_DIR) and on PostgreSQL (DATABASE_URL) alike.
import { parseArgs } from 'node:util';
import { databaseConfigFromEnv, describeDatabase } from '../config.js';
import { DataDirBusyError } from '../data-dir-lock.js';
import { openDatabase } from '../database.js';
import type { Database } from '../database.js';
import { createMigration, deployMigrations, migrationStatus, resetDatabase } from '../migrations/migrator.js';

const USAGE = `Usage:
  npm run db:migrate -- --name <name>   create a migration from the schema change, then apply it
  npm run db:deploy                     apply pending migrations
  npm run db:status                     show applied and pending migrations
  npm run db:reset -- --yes             drop all data and apply every migration again`;

async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const config = databaseConfigFromEnv();
  console.log(`Database: ${describeDatabase(config)}`);
  const db = await openDatabase(config);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

async function deploy(db: Database): Promise<void> {
  const applied = await deployMigrations(db.adapterFactory);
  console.log(applied.length ? `Applied ${applied.length}: ${applied.join(', ')}` : 'No pending migrations.');
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: { name: { type: 'string' }, yes: { type: 'boolean', default: false } },
  });
  switch (command) {
    case 'create': {
      if (!values.name) {
        console.error('Missing --name: npm run db:migrate -- --name add_due_dates');
        return 2;
      }
      const created = await createMigration(values.name);
      if (!created) {
        console.log('The schema matches the migrations: nothing to create.');
      } else {
        console.log(`Created ${created.filePath}`);
      }
      try {
        await withDatabase(deploy);
      } catch (error) {
        if (!(error instanceof DataDirBusyError)) throw error;
        console.log(`Not applied now: ${error.message} The server applies it at its next start.`);
      }
      return 0;
    }
    case 'deploy':
      await withDatabase(deploy);
      return 0;
    case 'status':
      return withDatabase(async (db) => {
        const status = await migrationStatus(db.adapterFactory);
        if (status.upToDate) console.log('Database schema is up to date.');
        if (status.pending.length) console.log(`Pending: ${status.pending.join(', ')}`);
        if (status.unknown.length) console.log(`Applied but not in prisma/migrations: ${status.unknown.join(', ')}`);
        if (status.edited.length) console.log(`Edited after being applied: ${status.edited.join(', ')}`);
        if (status.failed.length) console.log(`Failed: ${status.failed.join(', ')}`);
        return status.upToDate ? 0 : 1;
      });
    case 'reset':
      if (!values.yes && process.env.CI !== 'true') {
        console.error('db:reset deletes every row. Run it again with --yes to confirm: npm run db:reset -- --yes');
        return 2;
      }
      return withDatabase(async (db) => {
        const applied = await resetDatabase(db.adapterFactory);
        console.log(`Reset. Applied ${applied.length} migration(s).`);
        return 0;
      });
    default:
      console.error(USAGE);
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
