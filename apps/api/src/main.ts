// The product's entry point: one process that migrates, seeds on first run and serves everything.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DataDirBusyError,
  demoAccountNotice,
  databaseConfigFromEnv,
  deployMigrations,
  describeDatabase,
  openDatabase,
  seedDatabase,
} from '@atlas/db';
import { createServer } from './server.js';

const dashboardDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dashboard/dist');
const explorerDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../explorer/dist');

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = databaseConfigFromEnv();
  const production = process.env.NODE_ENV === 'production';
  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.HOST ?? '0.0.0.0';
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);

  const db = await openDatabase(config);
  const app = await createServer({ db, dashboardDir, explorerDir, production, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  const log = app.log;
  log.info(`Database: ${describeDatabase(config)}`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    try {
      await app.close();
    } finally {
      await db.close();
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const applied = await deployMigrations(db.adapterFactory);
  log.info(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema up to date');
  const seed = await seedDatabase(db.prisma, {
    demo: process.env.ATLAS_DEMO_DATA !== 'false',
    log: (message) => log.info(message),
  });
  log.info({ applied: seed.applied, skipped: seed.skipped }, 'seed checked');

  await app.listen({ port, host });
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const address = `http://${shownHost}:${port}`;
  log.info(`Agenda Atlas ready in ${seconds} s`);
  // A plain line people and scripts can read, beside the JSON log.
  console.log(`\nAgenda Atlas läuft / is running: ${address}  (GraphQL: ${address}/graphql)\n`);
  const demoNotice = await demoAccountNotice(db.prisma);
  if (demoNotice) console.log(`${demoNotice}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof DataDirBusyError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
