// The import behind `npm run import` and the staff upload: a file imports completely or not at all,
// and every attempt (rejected, dry run, written) is recorded as an ImportBatch.
import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { runAllOrNothing, storedErrorLimit } from './all-or-nothing.js';
import { loadImportCatalogue } from './catalogue.js';
import type { TextEncoding } from './decode.js';
import { parseImportFile } from './parse-file.js';
import { regionUnitFilter, resolveGenesisTable, resolveTidyRows, withUnmapped } from './resolve.js';
import type { ImportCatalogue, Resolution } from './resolve.js';
import { sortRowErrors } from './row-errors.js';
import type { RowError } from './row-errors.js';
import { emptySkipCounts, totalSkipped } from './types.js';
import type { ImportFormat, ParsedFile, RequestedFormat, SkipCounts } from './types.js';
import { describeChanges, diffObservations, writeObservations } from './write-observations.js';
import type { ObservationChange, ObservationDiff } from './write-observations.js';

/** Who started the import: a signed-in user, or a label such as "cli:alice". */
export interface ImportActor {
  userId?: string | null;
  label: string;
}

export type ImportPhase = 'check' | 'write';

export interface ImportInput {
  fileName: string;
  content: Uint8Array;
  /** Detected from the content when left out. */
  format?: RequestedFormat;
  /** Import every value into this indicator (GENESIS), or use it for rows without indicator column (tidy). */
  indicatorKey?: string;
  dryRun: boolean;
  actor: ImportActor;
  /** Progress for a progress bar: `done` of `total` steps of the phase. */
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
}

export interface ImportCounts {
  /** Values read from the file (GENESIS: every cell, including special values and other units). */
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Lines with at least one error. */
  rejected: number;
}

export interface ImportResult {
  batchId: string;
  status: 'SUCCEEDED' | 'FAILED' | 'DRY_RUN';
  fileName: string;
  fileSha256: string;
  format: ImportFormat;
  encoding: TextEncoding;
  /** GENESIS table code; null for tidy files. */
  tableCode: string | null;
  counts: ImportCounts;
  skipped: SkipCounts;
  errors: RowError[];
  /** Created and updated observations in file order (what a dry run would change). */
  changes: ObservationChange[];
  /** Keys of the indicators the file has values for. */
  indicatorKeys: string[];
  /** When a file with the same sha256 was last imported successfully before, if ever. */
  sameFileImportedAt: Date | null;
}


export async function importObservations(prisma: PrismaClient, input: ImportInput): Promise<ImportResult> {
  const fileSha256 = createHash('sha256').update(input.content).digest('hex');
  const catalogue = await loadImportCatalogue(prisma);
  const parsed = parseImportFile(input.content, {
    format: input.format,
    indicatorKey: input.indicatorKey,
    fileName: input.fileName,
    isRegionUnit: regionUnitFilter(catalogue),
  });
  const resolution = resolve(parsed, catalogue, input.indicatorKey);
  const errors = sortRowErrors([...parsed.errors, ...resolution.errors]);
  const skipped = withUnmapped(parsed.format === 'tidy-csv' ? emptySkipCounts() : parsed.skipped, resolution);
  const previous = await prisma.importBatch.findFirst({
    where: { fileSha256, status: 'SUCCEEDED' },
    orderBy: { startedAt: 'desc' },
    select: { finishedAt: true, startedAt: true },
  });
  const base = {
    fileName: input.fileName,
    fileSha256,
    format: parsed.format,
    encoding: parsed.encoding,
    tableCode: parsed.format === 'tidy-csv' ? null : parsed.tableCode || null,
    skipped,
    indicatorKeys: [...new Set(resolution.observations.map((o) => o.indicatorKey))].sort(),
    sameFileImportedAt: previous ? (previous.finishedAt ?? previous.startedAt) : null,
  };
  const counts = (diff: ObservationDiff | undefined): ImportCounts => ({
    read: parsed.rowsRead,
    created: diff?.created.length ?? 0,
    updated: diff?.updated.length ?? 0,
    unchanged: diff?.unchanged ?? 0,
    skipped: totalSkipped(skipped),
    rejected: new Set(errors.map((error) => error.line)).size,
  });
  const batchData = (status: ImportResult['status'], result: ImportCounts, batchErrors: RowError[]) =>
    ({
      regionId: singleRegion(catalogue, resolution),
      createdById: input.actor.userId ?? null,
      createdByLabel: input.actor.label,
      fileName: input.fileName,
      format: parsed.format,
      fileSha256,
      status,
      rowsRead: result.read,
      rowsCreated: result.created,
      rowsUpdated: result.updated,
      rowsUnchanged: result.unchanged,
      rowsSkipped: result.skipped,
      rowsRejected: result.rejected,
      errors: batchErrors.slice(0, storedErrorLimit) as unknown as Prisma.InputJsonValue,
      finishedAt: new Date(),
    }) satisfies Prisma.ImportBatchUncheckedCreateInput;

  const outcome = await runAllOrNothing(prisma, {
    errors,
    dryRun: input.dryRun,
    rowsToCheck: resolution.observations.length,
    onProgress: input.onProgress,
    diff: (client) => diffObservations(client, resolution.observations),
    async write(tx, diff, batchId) {
      const changed = diff.created.length + diff.updated.length;
      input.onProgress?.('write', 0, changed);
      await writeObservations(tx, diff, batchId, (written) => input.onProgress?.('write', written, changed));
    },
    counts,
    batchData,
    describeChanges,
  });
  return { ...base, ...outcome };
}

function resolve(parsed: ParsedFile, catalogue: ImportCatalogue, indicatorKey: string | undefined): Resolution {
  if (parsed.format === 'tidy-csv') return resolveTidyRows(parsed, catalogue);
  // A table whose structure is broken has no columns to map; its parse errors say why.
  if (parsed.errors.some((error) => error.code === 'BAD_FILE' || error.code === 'MISSING_COLUMN')) {
    return { observations: [], errors: [], unmappedColumns: 0 };
  }
  return resolveGenesisTable(parsed, catalogue, indicatorKey);
}

/** The region of the batch: the only region the installation has, or the only one the file touches. */
function singleRegion(catalogue: ImportCatalogue, resolution: Resolution): string | null {
  const all = new Set(catalogue.municipalities.map((m) => m.regionId));
  if (all.size === 1) return [...all][0] ?? null;
  const touched = new Set(resolution.observations.map((o) => o.regionId));
  return touched.size === 1 ? ([...touched][0] ?? null) : null;
}
