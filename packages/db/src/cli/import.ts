// npm run import -- <file> [--dry-run] [--indicator <key>] [--format tidy|genesis|targets]
// Imports observations from a tidy CSV or a GENESIS table, or local targets from a targets CSV, (docs/data-format.md) into the database of
// ATLAS_DATA_DIR (embedded) or DATABASE_URL. Exit code 0: imported or dry run; 1: rejected or failed; 2: usage.
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { databaseConfigFromEnv, describeDatabase } from '../config.js';
import { DataDirBusyError } from '../data-dir-lock.js';
import { openDatabase } from '../database.js';
import { importObservations } from '../import/import-observations.js';
import type { ImportPhase, ImportResult } from '../import/import-observations.js';
import { importTargets, isTargetsFile } from '../import/import-targets.js';
import type { TargetImportResult } from '../import/import-targets.js';
import { deployMigrations } from '../migrations/migrator.js';
import type { RequestedFormat } from '../import/types.js';

const USAGE = `Usage: npm run import -- <file> [--dry-run] [--indicator <key>] [--format tidy|genesis|targets]
  --dry-run          check the file and show what would change, write no observations
  --indicator <key>  import into this indicator (GENESIS tables; tidy files without an indicator column)
  --format <format>  tidy, genesis (classic or ffcsv), targets (local targets); detected from the file when left out`;

type CliFormat = RequestedFormat | 'targets';
const formats: readonly CliFormat[] = ['tidy', 'genesis', 'tidy-csv', 'genesis-classic', 'genesis-ffcsv', 'targets'];
const printedErrorLimit = 200;
const printedChangeLimit = 20;

class UsageError extends Error {}

function readArguments() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      indicator: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) throw new UsageError('');
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('Name exactly one file.');
  const format = values.format as CliFormat | undefined;
  if (format !== undefined && !formats.includes(format)) throw new UsageError(`Unknown --format "${format}".`);
  // npm runs the script in packages/db; a relative path means the folder the user typed it in.
  const filePath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  return { filePath, dryRun: values['dry-run'], indicatorKey: values.indicator, format };
}

/** A progress bar on stderr; cli-progress draws nothing when stderr is not a terminal. */
function createProgress() {
  const bar = new SingleBar({
    stream: process.stderr,
    format: '{phase} [{bar}] {value}/{total}',
    hideCursor: true,
    clearOnComplete: true,
  });
  let current: ImportPhase | undefined;
  const labels: Record<ImportPhase, string> = { check: 'checking', write: 'writing ' };
  return {
    update(phase: ImportPhase, done: number, total: number) {
      if (phase !== current) {
        if (current) bar.stop();
        current = phase;
        bar.start(Math.max(total, 1), done, { phase: labels[phase] });
      } else bar.update(done);
    },
    stop() {
      if (current) bar.stop();
      current = undefined;
    },
  };
}

function printSummary(result: ImportResult): void {
  const { counts, skipped } = result;
  const title = {
    SUCCEEDED: 'Imported',
    DRY_RUN: 'Dry run, nothing written',
    FAILED: 'Rejected, nothing written',
  }[result.status];
  console.log(`${title}: ${result.fileName} (${result.format}${result.tableCode ? ` ${result.tableCode}` : ''}, ${result.encoding})`);
  console.log(
    `  read ${counts.read} · created ${counts.created} · updated ${counts.updated} · unchanged ${counts.unchanged}` +
      ` · skipped ${counts.skipped} · rejected ${counts.rejected}`,
  );
  const special = Object.entries(skipped.specialValues).map(([sign, count]) => `"${sign || '(empty)'}" ${count}`);
  if (counts.skipped > 0) {
    console.log(
      `  skipped: ${skipped.notInRegion} for units outside the region, ${skipped.unmappedColumns} in columns without indicator` +
        (special.length ? `, special values ${special.join(', ')}` : ''),
    );
  }
  if (result.indicatorKeys.length) console.log(`  indicators: ${result.indicatorKeys.join(', ')}`);
  if (result.sameFileImportedAt) console.log(`  this file was imported before, on ${result.sameFileImportedAt.toISOString()}`);
  if (result.status === 'DRY_RUN') {
    for (const change of result.changes.slice(0, printedChangeLimit)) {
      const others = change.changedFields.filter((field) => field !== 'value');
      const what =
        change.kind === 'created'
          ? `new ${change.after}`
          : `${change.changedFields.includes('value') ? `${change.before} → ` : ''}${change.after}` +
            (others.length ? ` (${others.join(', ')} changed)` : '');
      const breakdown = change.disaggregationKey ? ` [${change.disaggregationKey}]` : '';
      console.log(`  line ${change.line}: ${change.indicatorKey} ${change.ags} ${change.year}${breakdown}: ${what}`);
    }
    if (result.changes.length > printedChangeLimit) console.log(`  … and ${result.changes.length - printedChangeLimit} more changes`);
  }
  for (const error of result.errors.slice(0, printedErrorLimit)) {
    console.log(`  line ${error.line}${error.column ? `, column ${error.column}` : ''}: ${error.reason}`);
  }
  if (result.errors.length > printedErrorLimit) console.log(`  … and ${result.errors.length - printedErrorLimit} more errors`);
  console.log(`  batch ${result.batchId}`);
}

function printTargetSummary(result: TargetImportResult): void {
  const { counts } = result;
  const title = { SUCCEEDED: 'Imported targets', DRY_RUN: 'Dry run, nothing written', FAILED: 'Rejected, nothing written' }[result.status];
  console.log(`${title}: ${result.fileName} (${result.format}, ${result.encoding})`);
  console.log(
    `  read ${counts.read} · created ${counts.created} · updated ${counts.updated} · unchanged ${counts.unchanged} · rejected ${counts.rejected}`,
  );
  if (result.indicatorKeys.length) console.log(`  indicators: ${result.indicatorKeys.join(', ')}`);
  if (result.sameFileImportedAt) console.log(`  this file was imported before, on ${result.sameFileImportedAt.toISOString()}`);
  if (result.status === 'DRY_RUN') {
    for (const change of result.changes.slice(0, printedChangeLimit)) {
      const what = change.kind === 'created' ? `new ${change.after}` : `${change.before} → ${change.after} (${change.changedFields.join(', ')} changed)`;
      console.log(`  line ${change.line}: ${change.indicatorKey} ${change.ags ?? 'region'} ${change.year}: ${what}`);
    }
    if (result.changes.length > printedChangeLimit) console.log(`  … and ${result.changes.length - printedChangeLimit} more changes`);
  }
  for (const error of result.errors.slice(0, printedErrorLimit)) {
    console.log(`  line ${error.line}${error.column ? `, column ${error.column}` : ''}: ${error.reason}`);
  }
  if (result.errors.length > printedErrorLimit) console.log(`  … and ${result.errors.length - printedErrorLimit} more errors`);
  console.log(`  batch ${result.batchId}`);
}

async function main(): Promise<number> {
  const args = readArguments();
  const content = await readFile(args.filePath).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read ${args.filePath}: ${error.code ?? error.message}`);
  });
  const config = databaseConfigFromEnv();
  console.error(`Database: ${describeDatabase(config)}`);
  const db = await openDatabase(config);
  const progress = createProgress();
  try {
    const migrations = await deployMigrations(db.adapterFactory);
    if (migrations.length) console.error(`Applied migrations: ${migrations.join(', ')}`);
    if (args.format === 'targets' || (args.format === undefined && isTargetsFile(content))) {
      const targets = await importTargets(db.prisma, {
        fileName: path.basename(args.filePath),
        content,
        dryRun: args.dryRun,
        actor: { label: `cli:${userInfo().username}` },
        onProgress: progress.update,
      });
      progress.stop();
      printTargetSummary(targets);
      return targets.status === 'FAILED' ? 1 : 0;
    }
    const result = await importObservations(db.prisma, {
      fileName: path.basename(args.filePath),
      content,
      format: args.format,
      indicatorKey: args.indicatorKey,
      dryRun: args.dryRun,
      actor: { label: `cli:${userInfo().username}` },
      onProgress: progress.update,
    });
    progress.stop();
    printSummary(result);
    return result.status === 'FAILED' ? 1 : 0;
  } finally {
    progress.stop();
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      if (error.message) console.error(error.message);
      console.error(USAGE);
      process.exit(2);
    }
    if (error instanceof DataDirBusyError) console.error(`${error.message} Stop the server, then run the import again.`);
    else console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
