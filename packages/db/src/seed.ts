// Seeds the database from the command line, after applying pending migrations:
//   npx tsx --conditions=@atlas/source src/seed.ts [--demo]
// Works on embedded PGlite (ATLAS_DATA_DIR) and PostgreSQL (DATABASE_URL). A running server holds the
// PGlite data folder; then this stops with a message instead of opening the folder twice.
import { parseArgs } from 'node:util';
import { databaseConfigFromEnv, describeDatabase } from './config.js';
import { DataDirBusyError } from './data-dir-lock.js';
import { openDatabase } from './database.js';
import { deployMigrations } from './migrations/migrator.js';
import { seedDatabase } from './seed/seed-database.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { demo: { type: 'boolean', default: false } } });
  const config = databaseConfigFromEnv();
  console.log(`Database: ${describeDatabase(config)}`);
  const db = await openDatabase(config);
  try {
    const migrations = await deployMigrations(db.adapterFactory);
    if (migrations.length) console.log(`Applied migrations: ${migrations.join(', ')}`);
    const report = await seedDatabase(db.prisma, { demo: values.demo, log: (message) => console.log(message) });
    console.log(`Seed: ${report.applied.length} step(s) applied, ${report.skipped.length} already present.`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DataDirBusyError) console.error(`${error.message} Stop the server, or seed through it.`);
    else console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
