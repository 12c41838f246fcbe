// The flow every import shares: a file with row errors is recorded as FAILED and writes nothing; a
// dry run computes the changes and records DRY_RUN; otherwise changes are computed and written in one
// transaction with the SUCCEEDED batch. A transaction that fails is rolled back and still recorded.
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { ImportCounts, ImportPhase } from './import-observations.js';
import { rowError } from './row-errors.js';
import type { RowError } from './row-errors.js';

export type ImportOutcome = 'FAILED' | 'DRY_RUN' | 'SUCCEEDED';
type Client = PrismaClient | Prisma.TransactionClient;

/** Errors kept in ImportBatch.errors; the count of all is in rowsRejected. */
export const storedErrorLimit = 1000;
// Large files are thousands of statements; PGlite in WebAssembly needs more than Prisma's 5 s default.
const transactionOptions = { maxWait: 30_000, timeout: 600_000 };

export interface AllOrNothingImport<Diff, Change> {
  /** Row errors found while reading and resolving the file: any one of them means nothing is written. */
  errors: RowError[];
  dryRun: boolean;
  /** How many rows the change check looks at, for the progress bar. */
  rowsToCheck: number;
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
  /** What the file would change, read inside the transaction when writing. */
  diff(client: Client): Promise<Diff>;
  write(tx: Prisma.TransactionClient, diff: Diff, batchId: string): Promise<void>;
  counts(diff: Diff | undefined): ImportCounts;
  batchData(status: ImportOutcome, counts: ImportCounts, errors: RowError[]): Prisma.ImportBatchUncheckedCreateInput;
  /** The created and updated rows of a diff, as the result reports them. */
  describeChanges(diff: Diff): Change[];
}

export interface ImportOutcomeReport<Change> {
  status: ImportOutcome;
  batchId: string;
  counts: ImportCounts;
  errors: RowError[];
  changes: Change[];
}

export async function runAllOrNothing<Diff, Change>(
  prisma: PrismaClient,
  work: AllOrNothingImport<Diff, Change>,
): Promise<ImportOutcomeReport<Change>> {
  const record = async (client: Client, status: ImportOutcome, counts: ImportCounts, errors: RowError[]) =>
    (await client.importBatch.create({ data: work.batchData(status, counts, errors), select: { id: true } })).id;

  if (work.errors.length > 0) {
    const counts = work.counts(undefined);
    const batchId = await record(prisma, 'FAILED', counts, work.errors);
    return { status: 'FAILED', batchId, counts, errors: work.errors, changes: [] };
  }

  work.onProgress?.('check', 0, work.rowsToCheck);
  if (work.dryRun) {
    const diff = await work.diff(prisma);
    work.onProgress?.('check', work.rowsToCheck, work.rowsToCheck);
    const counts = work.counts(diff);
    const batchId = await record(prisma, 'DRY_RUN', counts, []);
    return { status: 'DRY_RUN', batchId, counts, errors: [], changes: work.describeChanges(diff) };
  }

  try {
    return await prisma.$transaction(async (tx) => {
      const diff = await work.diff(tx);
      work.onProgress?.('check', work.rowsToCheck, work.rowsToCheck);
      const counts = work.counts(diff);
      const batchId = await record(tx, 'SUCCEEDED', counts, []);
      await work.write(tx, diff, batchId);
      const report: ImportOutcomeReport<Change> = {
        status: 'SUCCEEDED',
        batchId,
        counts,
        errors: [],
        changes: work.describeChanges(diff),
      };
      return report;
    }, transactionOptions);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failure = [rowError('WRITE_FAILED', 0, null, { detail: message.split('\n')[0] })];
    await record(prisma, 'FAILED', work.counts(undefined), failure);
    throw error;
  }
}
