// Runs `prisma generate` offline. Prisma's CLI insists on a schema-engine binary path even though
// generate never starts the engine, and would try to download one: point it at an existing file.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const result = spawnSync(
  process.execPath,
  [path.join(repoRoot, 'node_modules/prisma/build/index.js'), 'generate', '--schema', 'prisma/schema.prisma'],
  {
    cwd: repoRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      // The pothos generator is an npm bin that Prisma finds on PATH.
      PATH: `${path.join(repoRoot, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  },
);
process.exit(result.status ?? 1);
