// npm run apikey:create -- --name <n> --role PARTNER [--region <slug>] [--expires <date>]
// npm run apikey:list
// npm run apikey:revoke -- <prefix or id>
// Manages the partners' API keys. Works on embedded PGlite (ATLAS_DATA_DIR) and PostgreSQL
// (DATABASE_URL). A running server holds the PGlite data folder: then this says so and exits 1
// instead of opening it twice.
import { parseArgs } from 'node:util';
import { NotFound, parseApiKeyExpiry, ValidationFailed } from '@atlas/domain';
import { createApiKey, listApiKeys, revokeApiKey } from '../apikey/api-keys.js';
import type { ApiKeyRecord } from '../apikey/api-keys.js';
import { databaseConfigFromEnv, describeDatabase } from '../config.js';
import { DataDirBusyError } from '../data-dir-lock.js';
import { openDatabase } from '../database.js';
import type { Database } from '../database.js';
import { deployMigrations } from '../migrations/migrator.js';
import { seedDatabase } from '../seed/seed-database.js';

export const apiKeyUsage = `Usage:
  npm run apikey:create -- --name "<name>" --role PARTNER
                           [--region <slug>]     only data of this region (default: every region)
                           [--expires <date>]    YYYY-MM-DD (end of that day, UTC) or an ISO time (default: never)
  npm run apikey:list
  npm run apikey:revoke -- <prefix or id>        e.g. atlas_Ab12Cd34 as apikey:list shows it`;

export type ApiKeyCommand = 'create' | 'list' | 'revoke';

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace('T', ' ') : '–');

function describeKey(key: ApiKeyRecord, now: Date): string {
  const state = key.revokedAt
    ? `widerrufen / revoked ${day(key.revokedAt)}`
    : key.expiresAt && key.expiresAt <= now
      ? `abgelaufen / expired ${day(key.expiresAt)}`
      : 'gültig / active';
  return [
    key.prefix,
    key.name,
    key.role,
    key.regionSlug ?? 'alle Regionen / all regions',
    `angelegt / created ${day(key.createdAt)}`,
    `läuft ab / expires ${day(key.expiresAt)}`,
    `zuletzt benutzt / last used ${day(key.lastUsedAt)}`,
    state,
  ].join(' · ');
}

/**
 * Runs one subcommand against `db`; returns the exit code (0 done, 1 unknown key, 2 bad input).
 * Separate from opening the database, so tests can run it against their own database.
 */
export async function runApiKeyCommand(command: string | undefined, args: string[], db: Pick<Database, 'prisma'>, print = console.log): Promise<number> {
  const now = new Date();
  try {
    switch (command) {
      case 'create': {
        const { values } = parseArgs({
          args,
          options: { name: { type: 'string' }, role: { type: 'string' }, region: { type: 'string' }, expires: { type: 'string' } },
        });
        let expiresAt: Date | null = null;
        if (values.expires !== undefined) {
          expiresAt = parseApiKeyExpiry(values.expires);
          if (!expiresAt) throw ValidationFailed.of('expires', `„${values.expires}“ ist kein Datum (JJJJ-MM-TT)`, `"${values.expires}" is not a date (YYYY-MM-DD)`);
        }
        const { key, record } = await createApiKey(db.prisma, {
          name: values.name ?? '',
          role: (values.role ?? '').toUpperCase(),
          regionSlug: values.region ?? null,
          expiresAt,
        });
        print(`API-Schlüssel angelegt / API key created: ${describeKey(record, now)}`);
        print('Der Schlüssel wird nur dieses eine Mal angezeigt / the key is shown this once only:');
        print(key);
        print('Senden als / send as: Authorization: Bearer <key>');
        return 0;
      }
      case 'list': {
        const keys = await listApiKeys(db.prisma);
        if (keys.length === 0) print('Keine API-Schlüssel / no API keys');
        for (const key of keys) print(describeKey(key, now));
        return 0;
      }
      case 'revoke': {
        const target = args[0];
        if (!target || args.length > 1) {
          print('Genau einen Schlüssel angeben (Präfix oder ID) / name exactly one key (prefix or id)');
          print(apiKeyUsage);
          return 2;
        }
        const { record, alreadyRevoked } = await revokeApiKey(db.prisma, target, now);
        print(
          alreadyRevoked
            ? `War schon widerrufen / was already revoked: ${describeKey(record, now)}`
            : `Widerrufen, gilt ab sofort nicht mehr / revoked, refused from now on: ${describeKey(record, now)}`,
        );
        return 0;
      }
      default:
        print(apiKeyUsage);
        return 2;
    }
  } catch (error) {
    if (error instanceof NotFound) {
      print(`${error.text.de} / ${error.text.en}`);
      return 1;
    }
    if (error instanceof ValidationFailed) {
      for (const problem of error.problems) print(`--${problem.field === 'expiresAt' ? 'expires' : problem.field}: ${problem.reason.de} / ${problem.reason.en}`);
      print(apiKeyUsage);
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      print(error.message);
      print(apiKeyUsage);
      return 2;
    }
    throw error;
  }
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (command !== 'create' && command !== 'list' && command !== 'revoke') {
    console.log(apiKeyUsage);
    return 2;
  }
  const config = databaseConfigFromEnv();
  console.log(`Database: ${describeDatabase(config)}`);
  const db = await openDatabase(config);
  try {
    // On a fresh database (before the first start), prepare it as the server's start would.
    const migrations = await deployMigrations(db.adapterFactory);
    if (migrations.length) console.log(`Applied migrations: ${migrations.join(', ')}`);
    if ((await db.prisma.region.count()) === 0) {
      console.log('Neue Datenbank: Grunddaten werden angelegt / new database: seeding reference data …');
      await seedDatabase(db.prisma, { demo: process.env.ATLAS_DEMO_DATA !== 'false' });
    }
    return await runApiKeyCommand(command, args, db);
  } finally {
    await db.close();
  }
}

// Run only as a script, not when a test imports runApiKeyCommand.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof DataDirBusyError) {
        console.error(
          `${error.message}\nSchlüssel bei laufendem Server verwalten / while the server runs: sign in as ADMIN and use the workspace page /arbeitsbereich/schluessel (GraphQL createApiKey, revokeApiKey).`,
        );
      } else {
        console.error(error instanceof Error ? error.message : error);
      }
      process.exit(1);
    },
  );
}
