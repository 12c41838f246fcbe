// Vitest global setup: gives one test run a place for its seeded database copies (see
// `seeded-database.ts`) and removes them when the run ends.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RUN_DIR_ENV, RUN_ID_ENV, templatePrefix } from './seeded-database.js';
import { withAdminClient } from './test-database.js';

export default async function setup(): Promise<() => Promise<void>> {
  const runDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-test-run-'));
  const runId = randomBytes(5).toString('hex');
  // Test files run in worker processes started after this: they inherit the environment.
  process.env[RUN_DIR_ENV] = runDir;
  process.env[RUN_ID_ENV] = runId;
  return async () => {
    await rm(runDir, { recursive: true, force: true });
    const serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) return;
    await withAdminClient(serverUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [templatePrefix(runId)]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    });
  };
}
