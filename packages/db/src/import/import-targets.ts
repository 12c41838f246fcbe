// The import of local targets (Zielwerte) from a targets CSV: like the observations import, a file
// imports completely or not at all, a re-import changes nothing, and every attempt is an ImportBatch.
// A target is identified by indicator, scope (municipality or region), unit and year.
import { createHash } from 'node:crypto';
import type { Polarity, TargetComparator } from '@atlas/domain';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { runAllOrNothing, storedErrorLimit } from './all-or-nothing.js';
import { decodeText } from './decode.js';
import type { TextEncoding } from './decode.js';
import type { ImportActor, ImportCounts, ImportPhase } from './import-observations.js';
import { rowError, sortRowErrors } from './row-errors.js';
import type { RowError } from './row-errors.js';
import { looksLikeTargetsFile, parseTargetsCsv } from './tidy-targets.js';
import type { TargetFileRow } from './tidy-targets.js';

export const targetsFormat = 'targets';

export interface TargetImportInput {
  fileName: string;
  content: Uint8Array;
  dryRun: boolean;
  actor: ImportActor;
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
}

export type TargetField = 'value' | 'comparator' | 'noteDe' | 'noteEn' | 'source';

/** A target the import creates or changes, as a dry run reports it. */
export interface TargetChange {
  line: number;
  kind: 'created' | 'updated';
  indicatorKey: string;
  /** Null for a target of the whole region. */
  ags: string | null;
  year: number;
  before: number | null;
  after: number;
  changedFields: TargetField[];
}

export interface TargetImportResult {
  batchId: string;
  status: 'SUCCEEDED' | 'FAILED' | 'DRY_RUN';
  fileName: string;
  fileSha256: string;
  format: typeof targetsFormat;
  encoding: TextEncoding;
  counts: ImportCounts;
  errors: RowError[];
  changes: TargetChange[];
  indicatorKeys: string[];
  sameFileImportedAt: Date | null;
}

/** True when the file's header marks it as a targets file (a comparator column); `--format targets` says so otherwise. */
export function isTargetsFile(content: Uint8Array): boolean {
  return looksLikeTargetsFile(decodeText(content).text);
}

/** The comparator a target gets when none is named: reach at least / at most, by the indicator's direction. */
export function defaultComparator(polarity: Polarity): TargetComparator | null {
  if (polarity === 'HIGHER_IS_BETTER') return 'AT_LEAST';
  if (polarity === 'LOWER_IS_BETTER') return 'AT_MOST';
  return null;
}

/** The identity of a local target: one value per indicator, unit (or region) and year. */
export function localTargetKey(target: {
  indicatorId: string;
  scope: string;
  municipalityId: string | null;
  regionId: string | null;
  year: number;
}): string {
  return [target.indicatorId, target.scope, target.municipalityId ?? target.regionId ?? '', target.year].join('|');
}

interface ResolvedTarget {
  line: number;
  indicatorId: string;
  indicatorKey: string;
  scope: 'MUNICIPALITY' | 'REGION';
  municipalityId: string | null;
  regionId: string | null;
  ags: string | null;
  year: number;
  value: number;
  comparator: TargetComparator;
  noteDe: string | null;
  noteEn: string | null;
  source: string | null;
}

interface TargetDiff {
  created: ResolvedTarget[];
  updated: Array<{ target: ResolvedTarget; id: string; before: number; changedFields: TargetField[] }>;
  unchanged: number;
}

const comparedFields: readonly TargetField[] = ['value', 'comparator', 'noteDe', 'noteEn', 'source'];

export async function importTargets(prisma: PrismaClient, input: TargetImportInput): Promise<TargetImportResult> {
  const fileSha256 = createHash('sha256').update(input.content).digest('hex');
  const { text, encoding } = decodeText(input.content);
  const parsed = parseTargetsCsv(text);
  const [indicators, municipalities, regions, previous] = await Promise.all([
    prisma.indicator.findMany({ select: { id: true, key: true, polarity: true } }),
    prisma.municipality.findMany({ select: { id: true, ags: true, regionId: true } }),
    prisma.region.findMany({ select: { id: true, isDefault: true } }),
    prisma.importBatch.findFirst({
      where: { fileSha256, status: 'SUCCEEDED' },
      orderBy: { startedAt: 'desc' },
      select: { finishedAt: true, startedAt: true },
    }),
  ]);
  const regionId = regions.length === 1 ? regions[0]?.id : regions.find((region) => region.isDefault)?.id;
  const resolved = resolveTargets(parsed.rows, {
    indicators: new Map(indicators.map((indicator) => [indicator.key, indicator])),
    municipalities: new Map(municipalities.map((municipality) => [municipality.ags, municipality])),
    regionId: regionId ?? null,
  });
  const errors = sortRowErrors([...parsed.errors, ...resolved.errors]);
  const base = {
    fileName: input.fileName,
    fileSha256,
    format: targetsFormat,
    encoding,
    indicatorKeys: [...new Set(resolved.targets.map((target) => target.indicatorKey))].sort(),
    sameFileImportedAt: previous ? (previous.finishedAt ?? previous.startedAt) : null,
  } as const;
  const counts = (diff: TargetDiff | undefined): ImportCounts => ({
    read: parsed.rowsRead,
    created: diff?.created.length ?? 0,
    updated: diff?.updated.length ?? 0,
    unchanged: diff?.unchanged ?? 0,
    skipped: 0,
    rejected: new Set(errors.map((error) => error.line)).size,
  });
  const batchData = (status: TargetImportResult['status'], result: ImportCounts, batchErrors: RowError[]) =>
    ({
      regionId: regionId ?? null,
      createdById: input.actor.userId ?? null,
      createdByLabel: input.actor.label,
      fileName: input.fileName,
      format: targetsFormat,
      fileSha256,
      status,
      rowsRead: result.read,
      rowsCreated: result.created,
      rowsUpdated: result.updated,
      rowsUnchanged: result.unchanged,
      rowsSkipped: 0,
      rowsRejected: result.rejected,
      errors: batchErrors.slice(0, storedErrorLimit) as unknown as Prisma.InputJsonValue,
      finishedAt: new Date(),
    }) satisfies Prisma.ImportBatchUncheckedCreateInput;

  const outcome = await runAllOrNothing(prisma, {
    errors,
    dryRun: input.dryRun,
    rowsToCheck: resolved.targets.length,
    onProgress: input.onProgress,
    diff: (client) => diffTargets(client, resolved.targets),
    write: (tx, diff, batchId) => writeTargets(tx, diff, batchId, (written, all) => input.onProgress?.('write', written, all)),
    counts,
    batchData,
    describeChanges,
  });
  return { ...base, ...outcome };
}

interface TargetCatalogue {
  indicators: Map<string, { id: string; key: string; polarity: Polarity }>;
  municipalities: Map<string, { id: string; ags: string; regionId: string }>;
  /** The region a "region" row means; null when the installation has several and none is the default. */
  regionId: string | null;
}

function resolveTargets(rows: readonly TargetFileRow[], catalogue: TargetCatalogue): { targets: ResolvedTarget[]; errors: RowError[] } {
  const targets: ResolvedTarget[] = [];
  const errors: RowError[] = [];
  const firstLines = new Map<string, number>();
  for (const row of rows) {
    const indicator = catalogue.indicators.get(row.indicatorKey);
    const municipality = row.ags === null ? null : catalogue.municipalities.get(row.ags);
    if (!indicator) errors.push(rowError('UNKNOWN_INDICATOR', row.line, 'indicator', { value: row.indicatorKey }));
    if (municipality === undefined) errors.push(rowError('UNKNOWN_AGS', row.line, 'ags', { value: row.ags ?? '' }));
    if (row.ags === null && catalogue.regionId === null) {
      errors.push(rowError('UNKNOWN_AGS', row.line, 'ags', { value: 'region' }));
    }
    const comparator = row.comparator ?? (indicator ? defaultComparator(indicator.polarity) : null);
    if (indicator && comparator === null) {
      errors.push(
        rowError('BAD_COMPARATOR', row.line, 'comparator', {
          value: '',
          detail: `indicator ${indicator.key} has no direction (NEUTRAL): name AT_LEAST, AT_MOST or EQUAL`,
        }),
      );
    }
    if (!indicator || municipality === undefined || comparator === null) continue;
    const regionId = municipality ? null : catalogue.regionId;
    if (!municipality && regionId === null) continue;
    const target: ResolvedTarget = {
      line: row.line,
      indicatorId: indicator.id,
      indicatorKey: indicator.key,
      scope: municipality ? 'MUNICIPALITY' : 'REGION',
      municipalityId: municipality?.id ?? null,
      regionId,
      ags: municipality?.ags ?? null,
      year: row.year,
      value: row.value,
      comparator,
      noteDe: row.noteDe,
      noteEn: row.noteEn,
      source: row.source,
    };
    const key = localTargetKey(target);
    const firstLine = firstLines.get(key);
    if (firstLine !== undefined) {
      errors.push(rowError('DUPLICATE_TARGET', row.line, null, { firstLine }));
      continue;
    }
    firstLines.set(key, row.line);
    targets.push(target);
  }
  return { targets, errors };
}

async function diffTargets(prisma: Pick<Prisma.TransactionClient, 'indicatorTarget'>, targets: readonly ResolvedTarget[]): Promise<TargetDiff> {
  const existing = await prisma.indicatorTarget.findMany({
    where: { indicatorId: { in: [...new Set(targets.map((target) => target.indicatorId))] }, scope: { in: ['MUNICIPALITY', 'REGION'] } },
    orderBy: { createdAt: 'asc' },
  });
  const byKey = new Map<string, (typeof existing)[number]>();
  for (const row of existing) if (!byKey.has(localTargetKey(row))) byKey.set(localTargetKey(row), row);
  const diff: TargetDiff = { created: [], updated: [], unchanged: 0 };
  for (const target of targets) {
    const stored = byKey.get(localTargetKey(target));
    if (!stored) {
      diff.created.push(target);
      continue;
    }
    const changedFields = comparedFields.filter((field) => stored[field] !== target[field]);
    if (changedFields.length === 0) diff.unchanged++;
    else diff.updated.push({ target, id: stored.id, before: stored.value, changedFields });
  }
  return diff;
}

async function writeTargets(
  tx: Prisma.TransactionClient,
  diff: TargetDiff,
  batchId: string,
  onProgress: (written: number, total: number) => void,
): Promise<void> {
  const total = diff.created.length + diff.updated.length;
  onProgress(0, total);
  const fields = (target: ResolvedTarget) => ({
    value: target.value,
    comparator: target.comparator,
    noteDe: target.noteDe,
    noteEn: target.noteEn,
    source: target.source,
    importBatchId: batchId,
  });
  await tx.indicatorTarget.createMany({
    data: diff.created.map((target) => ({
      ...fields(target),
      indicatorId: target.indicatorId,
      scope: target.scope,
      municipalityId: target.municipalityId,
      regionId: target.regionId,
      year: target.year,
    })),
  });
  let written = diff.created.length;
  onProgress(written, total);
  for (const { id, target } of diff.updated) {
    await tx.indicatorTarget.update({ where: { id }, data: fields(target) });
    onProgress(++written, total);
  }
}

function describeChanges(diff: TargetDiff): TargetChange[] {
  const describe = (target: ResolvedTarget, kind: TargetChange['kind'], before: number | null, changedFields: TargetField[]) => ({
    line: target.line,
    kind,
    indicatorKey: target.indicatorKey,
    ags: target.ags,
    year: target.year,
    before,
    after: target.value,
    changedFields,
  });
  return [
    ...diff.created.map((target) => describe(target, 'created', null, [...comparedFields])),
    ...diff.updated.map(({ target, before, changedFields }) => describe(target, 'updated', before, changedFields)),
  ].sort((a, b) => a.line - b.line);
}
