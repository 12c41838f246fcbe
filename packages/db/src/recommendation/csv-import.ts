// CSV import of recommendations: all or nothing. Every row is checked first (format, municipality,
// parent, version, workflow); any problem refuses the whole file with line, column and reason, and
// nothing is written. Then all rows are written in one transaction.
import { AtlasError, initialStateProblems, planStatusChange, readRecommendationCsv, VersionConflict } from '@atlas/domain';
import type { CsvProblem, RecommendationCsvColumn, RecommendationCsvRow, RecommendationStatus } from '@atlas/domain';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { assertCanEdit } from './access.js';
import type { Editor } from './access.js';
import { commitChange } from './commit-change.js';

/** The file was refused; `problems` says where and why. */
export class CsvImportFailed extends AtlasError {
  readonly code = 'VALIDATION';
  constructor(readonly problems: readonly CsvProblem[]) {
    super({
      de: `Die Datei wurde nicht importiert: ${problems.length} Problem(e), nichts wurde gespeichert`,
      en: `The file was not imported: ${problems.length} problem(s), nothing was saved`,
    });
    this.name = 'CsvImportFailed';
  }
}

export interface CsvImportReport {
  dryRun: boolean;
  created: number;
  updated: number;
  /** Ids of the created and updated recommendations, in file order. */
  ids: string[];
}

type Existing = { id: string; regionId: string; status: RecommendationStatus; progress: number; version: number; archivedAt: Date | null };

interface PlannedRow {
  row: RecommendationCsvRow;
  municipalityId: string | null;
  existing: Existing | null;
  status: RecommendationStatus;
  progress: number;
}

const bad = (line: number, column: string | null, de: string, en: string): CsvProblem => ({ line, column, reason: { de, en } });

export async function importRecommendationsCsv(
  prisma: PrismaClient,
  editor: Editor | null,
  regionId: string,
  csv: string,
  options: { dryRun?: boolean } = {},
): Promise<CsvImportReport> {
  assertCanEdit(editor, regionId);
  const read = readRecommendationCsv(csv);
  // Rows that parsed are checked against the database even when others did not, so one answer lists everything.
  const plan = await planRows(prisma, regionId, read.rows);
  const problems = [...(read.ok ? [] : read.problems), ...(plan.ok ? [] : plan.problems)];
  if (!read.ok || !plan.ok) throw new CsvImportFailed(problems.sort((a, b) => a.line - b.line));
  const { columns } = read;
  const report: CsvImportReport = {
    dryRun: options.dryRun ?? false,
    created: plan.rows.filter((row) => !row.existing).length,
    updated: plan.rows.filter((row) => row.existing).length,
    ids: [],
  };
  if (report.dryRun) return report;

  report.ids = await prisma.$transaction(
    async (tx) => {
      const ids: string[] = [];
      for (const planned of plan.rows) ids.push(await writeRow(tx, editor.userId, regionId, planned, columns));
      return ids;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  return report;
}

async function planRows(
  prisma: PrismaClient,
  regionId: string,
  rows: RecommendationCsvRow[],
): Promise<{ ok: true; rows: PlannedRow[] } | { ok: false; problems: CsvProblem[] }> {
  const problems: CsvProblem[] = [];
  const [municipalities, recommendations] = await Promise.all([
    prisma.municipality.findMany({ where: { regionId }, select: { id: true, ags: true } }),
    prisma.recommendation.findMany({
      where: { id: { in: rows.flatMap((row) => [row.id, row.parentId]).filter((id): id is string => !!id) } },
      select: { id: true, regionId: true, status: true, progress: true, version: true, archivedAt: true },
    }),
  ]);
  const municipalityByAgs = new Map(municipalities.map((m) => [m.ags, m.id]));
  const recommendationById = new Map(recommendations.map((r) => [r.id, r]));
  const planned: PlannedRow[] = [];

  for (const row of rows) {
    const before = problems.length;
    const municipalityId = row.municipalityAgs ? (municipalityByAgs.get(row.municipalityAgs) ?? null) : null;
    if (row.municipalityAgs && !municipalityId) {
      problems.push(bad(row.line, 'municipality_ags', `${row.municipalityAgs} ist keine Kommune dieser Region`, `${row.municipalityAgs} is not a municipality of this region`));
    }
    if (row.parentId) {
      const parent = recommendationById.get(row.parentId);
      if (!parent || parent.regionId !== regionId || parent.archivedAt) {
        problems.push(bad(row.line, 'parent_id', `„${row.parentId}“ ist keine Empfehlung dieser Region`, `"${row.parentId}" is not a recommendation of this region`));
      } else if (parent.id === row.id) {
        problems.push(bad(row.line, 'parent_id', 'darf nicht die Empfehlung selbst sein', 'must not be the recommendation itself'));
      }
    }
    let existing: Existing | null = null;
    let status: RecommendationStatus = row.status ?? 'DRAFT';
    let progress = row.progress ?? 0;
    if (row.id) {
      existing = recommendationById.get(row.id) ?? null;
      if (!existing || existing.regionId !== regionId) {
        problems.push(bad(row.line, 'id', `„${row.id}“ ist keine Empfehlung dieser Region`, `"${row.id}" is not a recommendation of this region`));
      } else if (existing.archivedAt) {
        problems.push(bad(row.line, 'id', 'ist archiviert', 'is archived'));
      } else if (row.version !== existing.version) {
        const conflict = new VersionConflict(row.version ?? 0, existing.version);
        problems.push({ line: row.line, column: 'version', reason: conflict.text });
      } else {
        status = row.status ?? existing.status;
        const changesState = status !== existing.status || (row.progress !== null && row.progress !== existing.progress);
        if (changesState) {
          const change = planStatusChange({ from: existing.status, fromProgress: existing.progress, to: status, progress: row.progress, note: 'CSV-Import' });
          if (change.ok) progress = change.progress;
          else for (const issue of change.problems) problems.push({ line: row.line, column: issue.field === 'progress' ? 'progress' : 'status', reason: issue.reason });
        } else {
          progress = existing.progress;
        }
      }
    } else {
      if (row.progress === null) progress = status === 'IMPLEMENTED' ? 100 : status === 'IN_PROGRESS' ? 1 : 0;
      for (const issue of initialStateProblems(status, progress)) problems.push({ line: row.line, column: 'progress', reason: issue.reason });
    }
    if (problems.length === before) planned.push({ row, municipalityId, existing, status, progress });
  }
  return problems.length ? { ok: false, problems } : { ok: true, rows: planned };
}

async function writeRow(
  tx: Prisma.TransactionClient,
  authorId: string,
  regionId: string,
  { row, municipalityId, existing, status, progress }: PlannedRow,
  columns: readonly RecommendationCsvColumn[],
): Promise<string> {
  const has = (column: RecommendationCsvColumn) => columns.includes(column);
  const fields = {
    ...(has('municipality_ags') ? { municipalityId } : {}),
    ...(has('parent_id') ? { parentId: row.parentId } : {}),
    titleDe: row.titleDe,
    ...(has('title_en') ? { titleEn: row.titleEn } : {}),
    textDe: row.textDe,
    ...(has('text_en') ? { textEn: row.textEn } : {}),
    ...(has('weight') ? { weight: row.weight } : {}),
    ...(has('due_date') ? { dueDate: row.dueDate ? new Date(row.dueDate) : null } : {}),
  };
  let id: string;
  if (existing) {
    id = existing.id;
    await commitChange(tx, existing, existing.version, fields, { authorId, toStatus: status, toProgress: progress, note: 'CSV-Import' });
    if (has('sdg_targets')) await tx.recommendationSdgTarget.deleteMany({ where: { recommendationId: id, targetCode: { notIn: row.sdgTargets } } });
  } else {
    const created = await tx.recommendation.create({
      data: { ...fields, regionId, status, progress, version: 1, createdById: authorId },
      select: { id: true },
    });
    id = created.id;
    await tx.recommendationChange.create({
      data: { recommendationId: id, authorId, toStatus: status, toProgress: progress, note: 'CSV-Import', version: 1 },
    });
  }
  await tx.recommendationSdgTarget.createMany({
    data: row.sdgTargets.map((targetCode) => ({ recommendationId: id, targetCode })),
    skipDuplicates: true,
  });
  return id;
}
