// The contract, with the real commands as processes: `npm run apikey:create` prints a key;
// with it `{ viewer { role } }` says PARTNER; after `npm run apikey:revoke` the same request is refused.
// On PostgreSQL the commands run while the server runs (another process, same database); embedded
// PGlite allows one process per data folder, so there the server stops while a command runs.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { deployMigrations, openDatabase } from '@atlas/db';
import type { Database } from '@atlas/db';
import { openTestDatabase } from '@atlas/db/testing';
import { createServer } from '../server.js';

const repoRoot = path.resolve(fileURLToPath(import.meta.url), '../../../../..');

interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

function npmRun(script: string, args: string[], env: Record<string, string>): Promise<CommandResult> {
  const { DATABASE_URL: _ignored, ATLAS_DATA_DIR: _ignored2, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile('npm', ['run', '-s', script, '--', ...args], { cwd: repoRoot, env: { ...inherited, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The key is the one output line that is nothing but the key. */
function keyOf(output: string): string {
  const lines = output.split('\n').filter((line) => /^atlas_[0-9A-Za-z]{36}$/.test(line));
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

async function viewerRole(db: Database, key: string): Promise<{ status: number; body: unknown }> {
  const app = await createServer({ db, corsOrigins: [] });
  try {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      payload: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    return { status: response.statusCode, body: response.json() };
  } finally {
    await app.close();
  }
}

describe('npm run apikey:create / apikey:revoke on embedded PGlite', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'atlas-apikey-cli-'));
  const env = { ATLAS_DATA_DIR: dataDir, ATLAS_DEMO_DATA: 'false' };
  const open = () => openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates a partner key that works until it is revoked', async () => {
    const setup = await open();
    await deployMigrations(setup.adapterFactory);
    // A region makes the command skip seeding the reference data, which this test does not need.
    await setup.prisma.region.create({ data: { slug: 'bergisches-land', nameDe: 'Bergisches Land', nameEn: 'Bergisches Land', isDefault: true } });
    await setup.close();

    const refused = await npmRun('apikey:create', ['--name', 'test', '--role', 'ADMIN'], env);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('--role: Schlüssel gibt es nur mit der Rolle PARTNER');

    const created = await npmRun('apikey:create', ['--name', 'test', '--role', 'PARTNER'], env);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('nur dieses eine Mal angezeigt / the key is shown this once only');
    const key = keyOf(created.stdout);

    let db = await open();
    try {
      expect(await viewerRole(db, key)).toMatchObject({ status: 200, body: { data: { viewer: { role: 'PARTNER' } } } });
      // While a process holds the data folder, the command says so instead of opening it twice.
      const busy = await npmRun('apikey:list', [], env);
      expect(busy.code).toBe(1);
      expect(busy.stderr).toContain('/arbeitsbereich/schluessel');
    } finally {
      await db.close();
    }

    const listed = await npmRun('apikey:list', [], env);
    expect(listed.stdout).toContain(`${key.slice(0, 14)} · test · PARTNER`);
    expect(listed.stdout).not.toContain(key);
    const revoked = await npmRun('apikey:revoke', [key.slice(0, 14)], env);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain('revoked, refused from now on');
    expect((await npmRun('apikey:revoke', ['atlas_00000000'], env)).code).toBe(1);

    db = await open();
    try {
      expect(await viewerRole(db, key)).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED', reason: 'revoked' } }] } });
    } finally {
      await db.close();
    }
  }, 600_000);
});

describe.runIf(process.env.DATABASE_URL)('npm run apikey:create / apikey:revoke on PostgreSQL, while the server runs', () => {
  it('refuses the key in the running server as soon as another process revoked it', async () => {
    const db = await openTestDatabase('postgres');
    try {
      if (db.config.kind !== 'postgres') throw new Error('expected PostgreSQL');
      const env = { DATABASE_URL: db.config.url };
      await db.prisma.region.create({ data: { slug: 'bergisches-land', nameDe: 'Bergisches Land', nameEn: 'Bergisches Land', isDefault: true } });
      const created = await npmRun('apikey:create', ['--name', 'test', '--role', 'PARTNER'], env);
      expect(created.code, created.stderr).toBe(0);
      const key = keyOf(created.stdout);
      expect(await viewerRole(db, key)).toMatchObject({ status: 200, body: { data: { viewer: { role: 'PARTNER' } } } });
      const app = await createServer({ db, corsOrigins: [] });
      try {
        const ask = () =>
          app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, payload: '{"query":"{ viewer { role } }"}' });
        expect((await ask()).json()).toMatchObject({ data: { viewer: { role: 'PARTNER' } } });
        const id = (await db.prisma.apiKey.findFirstOrThrow({ where: { prefix: key.slice(0, 14) } })).id;
        expect((await npmRun('apikey:revoke', [id], env)).code).toBe(0);
        const refused = await ask();
        expect(refused.statusCode).toBe(401);
        expect(refused.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED', reason: 'revoked' } }] });
      } finally {
        await app.close();
      }
    } finally {
      await db.close();
    }
  }, 300_000);
});
