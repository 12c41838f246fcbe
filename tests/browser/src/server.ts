import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { startTestServer } from '@atlas/api/testing';
import type { TestServer } from '@atlas/api/testing';

const dashboardDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../apps/dashboard/dist');

/** The real product (API + built dashboard) on a fresh seeded database, on a free port. */
export async function startProduct(): Promise<TestServer> {
  if (!existsSync(path.join(dashboardDir, 'index.html'))) {
    throw new Error(`The dashboard is not built (${dashboardDir}): run "npm run build" first (npm test does).`);
  }
  return startTestServer({ dashboardDir });
}
