// Runs the real command in a child process against an embedded database in a temporary folder.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import type { Database } from '../database.js';
import { createImportTestData } from '../import/test-support/import-test-data.js';
import { deployMigrations } from '../migrations/migrator.js';
import { repoRoot } from '../paths.js';

const packageDir = path.resolve(fileURLToPath(import.meta.url), '../../..');
const fixturesDir = path.join(packageDir, 'src/import/fixtures');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

function runImport(dataDir: string, args: string[]): Promise<CommandResult> {
  // Without DATABASE_URL the command uses the embedded database in ATLAS_DATA_DIR.
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(
      tsx,
      ['--conditions=@atlas/source', 'src/cli/import.ts', ...args],
      { cwd: packageDir, env: { ...env, ATLAS_DATA_DIR: dataDir, INIT_CWD: fixturesDir } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run import', () => {
  let dataDir: string;
  const pgliteDir = () => path.join(dataDir, 'pglite');

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'atlas-import-cli-'));
    const db = await openDatabase({ kind: 'pglite', dataDir: pgliteDir() });
    try {
      await deployMigrations(db.adapterFactory);
      await createImportTestData(db.prisma);
    } finally {
      await db.close();
    }
  });

  afterAll(() => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('rejects a malformed file with exit code 1 and lists the row errors', async () => {
    const result = await runImport(dataDir, ['tidy-bad.csv']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Rejected, nothing written: tidy-bad.csv');
    expect(result.stdout).toContain('line 3, column year: bad year "20x1"');
    expect(result.stdout).toContain('line 4, column value: value "abc" is not a number');
    expect(result.stdout).toContain('line 5: duplicate row');
  });

  it('shows what a dry run would change, with exit code 0', async () => {
    const dry = await runImport(dataDir, ['tidy-good.csv', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run, nothing written');
    expect(dry.stdout).toContain('created 5 · updated 0');
    expect(dry.stdout).toContain('line 2: import_test_rate 05124000 2020: new 12.5');
  });

  it('imports a good file with exit code 0', async () => {
    const first = await runImport(dataDir, ['tidy-good.csv']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Imported: tidy-good.csv (tidy-csv, utf-8)');
    expect(first.stdout).toContain('created 5 · updated 0 · unchanged 0');
  });

  it('finds nothing to change when the same file is imported again', async () => {
    const again = await runImport(dataDir, ['tidy-good.csv']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('created 0 · updated 0 · unchanged 5');
    expect(again.stdout).toContain('this file was imported before');
  });

  it('reports usage errors with exit code 2', async () => {
    const result = await runImport(dataDir, ['missing.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cannot read');
    expect(result.stderr).toContain('Usage: npm run import');
  });

  describe('while another process holds the embedded database', () => {
    let holder: Database;

    beforeAll(async () => {
      holder = await openDatabase({ kind: 'pglite', dataDir: pgliteDir() });
    });

    afterAll(async () => {
      await holder?.close();
    });

    it('says the server holds the database and exits 1 without opening it', async () => {
      const result = await runImport(dataDir, ['tidy-good.csv']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`is open in another process (pid ${process.pid})`);
      expect(result.stderr).toContain('Stop the server, then run the import again.');
      expect(result.stdout).toBe('');
    });
  });
});
