// npm run user:create -- --email <e> --password <p> --role STAFF|ADMIN|PARTNER [--region <slug>] [--name "…"]
// Creates a sign-in account. Works on embedded PGlite (ATLAS_DATA_DIR) and PostgreSQL (DATABASE_URL).
// A running server holds the PGlite data folder: then this says so and exits 1 instead of opening it twice.
import { parseArgs } from 'node:util';
import { ValidationFailed } from '@atlas/domain';
import { createUser } from '../auth/users.js';
import { databaseConfigFromEnv, describeDatabase } from '../config.js';
import { DataDirBusyError } from '../data-dir-lock.js';
import { openDatabase } from '../database.js';
import type { Database } from '../database.js';
import { deployMigrations } from '../migrations/migrator.js';
import { seedDatabase } from '../seed/seed-database.js';

export const usage = `Usage:
  npm run user:create -- --email <address> --password <at least 10 characters> --role STAFF|ADMIN|PARTNER
                         [--region <slug>]   region of the account (default: the installation's default region;
                                             an ADMIN without --region administers every region)
                         [--name "<name>"]   display name (default: the part of the address before @)`;

/**
 * Creates the account described by the command-line arguments in `db`; returns the exit code.
 * Separate from opening the database, so tests can run it against their own database.
 */
export async function runUserCreate(args: string[], db: Pick<Database, 'prisma'>, print = console.log): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      region: { type: 'string' },
      name: { type: 'string' },
    },
  });
  try {
    const user = await createUser(db.prisma, {
      email: values.email ?? '',
      password: values.password ?? '',
      role: (values.role ?? '').toUpperCase(),
      regionSlug: values.region ?? null,
      displayName: values.name ?? null,
    });
    print(`Konto angelegt / account created: ${user.email} (${user.role}${user.regionId ? '' : ', alle Regionen / all regions'})`);
    return 0;
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    for (const problem of error.problems) print(`--${problem.field === 'displayName' ? 'name' : problem.field}: ${problem.reason.de}`);
    print(usage);
    return 2;
  }
}

async function main(): Promise<number> {
  const config = databaseConfigFromEnv();
  console.log(`Database: ${describeDatabase(config)}`);
  const db = await openDatabase(config);
  try {
    // On a fresh database (user:create before the first start), prepare it as the server's start would.
    const migrations = await deployMigrations(db.adapterFactory);
    if (migrations.length) console.log(`Applied migrations: ${migrations.join(', ')}`);
    if ((await db.prisma.region.count()) === 0) {
      console.log('Neue Datenbank: Grunddaten werden angelegt / new database: seeding reference data …');
      await seedDatabase(db.prisma, { demo: process.env.ATLAS_DEMO_DATA !== 'false' });
    }
    return await runUserCreate(process.argv.slice(2), db);
  } finally {
    await db.close();
  }
}

// Run only as a script, not when a test imports runUserCreate.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof DataDirBusyError) {
        console.error(`${error.message}\nKonten bei laufendem Server anlegen / while the server runs: sign in as ADMIN and use the user administration (GraphQL createUser).`);
      } else {
        console.error(error instanceof Error ? error.message : error);
      }
      process.exit(1);
    },
  );
}
