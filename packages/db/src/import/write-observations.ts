// Comparing resolved observations with the database and writing the difference. An observation is
// identified by indicator, municipality, year and disaggregation key (the table's unique key).
import type { Prisma } from '../generated/prisma/client.js';
import type { ResolvedObservation } from './resolve.js';

type Client = Pick<Prisma.TransactionClient, 'observation'>;

export interface ObservationChange {
  kind: 'created' | 'updated';
  line: number;
  indicatorKey: string;
  ags: string;
  year: number;
  disaggregationKey: string;
  /** The stored value before; null for a new observation. */
  before: number | null;
  after: number;
  /** What differs from the stored observation; [] for a new one. */
  changedFields: ChangedField[];
}

export type ChangedField = 'value' | 'status' | 'source' | 'isDemo';

export interface ObservationDiff {
  created: ResolvedObservation[];
  updated: Array<{ id: string; before: number; changedFields: ChangedField[]; observation: ResolvedObservation }>;
  unchanged: number;
}

const identity = (o: { indicatorId: string; municipalityId: string; year: number; disaggregationKey: string }) =>
  `${o.indicatorId}|${o.municipalityId}|${o.year}|${o.disaggregationKey}`;

/** Values read from text and stored as double precision may differ in the last bits. */
function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export async function diffObservations(prisma: Client, observations: readonly ResolvedObservation[]): Promise<ObservationDiff> {
  const diff: ObservationDiff = { created: [], updated: [], unchanged: 0 };
  if (observations.length === 0) return diff;
  const unique = <T>(values: T[]) => [...new Set(values)];
  const existing = await prisma.observation.findMany({
    where: {
      indicatorId: { in: unique(observations.map((o) => o.indicatorId)) },
      municipalityId: { in: unique(observations.map((o) => o.municipalityId)) },
      year: { in: unique(observations.map((o) => o.year)) },
    },
    select: {
      id: true,
      indicatorId: true,
      municipalityId: true,
      year: true,
      disaggregationKey: true,
      value: true,
      status: true,
      source: true,
      isDemo: true,
    },
  });
  const stored = new Map(existing.map((row) => [identity(row), row]));
  for (const observation of observations) {
    const row = stored.get(identity(observation));
    if (!row) {
      diff.created.push(observation);
      continue;
    }
    const changedFields: ChangedField[] = [];
    if (!sameValue(row.value, observation.value)) changedFields.push('value');
    if (row.status !== observation.status) changedFields.push('status');
    if (row.source !== observation.source) changedFields.push('source');
    // A real value replaces a demo value even when the numbers agree.
    if (row.isDemo) changedFields.push('isDemo');
    if (changedFields.length === 0) diff.unchanged++;
    else diff.updated.push({ id: row.id, before: row.value, changedFields, observation });
  }
  return diff;
}

export function describeChanges(diff: ObservationDiff): ObservationChange[] {
  const change = (
    kind: ObservationChange['kind'],
    o: ResolvedObservation,
    before: number | null,
    changedFields: ChangedField[],
  ): ObservationChange => ({
    kind,
    line: o.line,
    indicatorKey: o.indicatorKey,
    ags: o.ags,
    year: o.year,
    disaggregationKey: o.disaggregationKey,
    before,
    after: o.value,
    changedFields,
  });
  return [
    ...diff.created.map((o) => change('created', o, null, [])),
    ...diff.updated.map(({ before, changedFields, observation }) => change('updated', observation, before, changedFields)),
  ].sort((a, b) => a.line - b.line);
}

const createChunkSize = 500;

/** Writes the diff; `onWritten` is called with the number of observations written so far. */
export async function writeObservations(
  tx: Client,
  diff: ObservationDiff,
  importBatchId: string,
  onWritten: (written: number) => void = () => {},
): Promise<void> {
  let written = 0;
  for (let start = 0; start < diff.created.length; start += createChunkSize) {
    const chunk = diff.created.slice(start, start + createChunkSize);
    await tx.observation.createMany({
      data: chunk.map((o) => ({
        indicatorId: o.indicatorId,
        municipalityId: o.municipalityId,
        year: o.year,
        value: o.value,
        disaggregation: o.disaggregation,
        disaggregationKey: o.disaggregationKey,
        status: o.status,
        source: o.source,
        importBatchId,
      })),
    });
    written += chunk.length;
    onWritten(written);
  }
  for (const { id, observation } of diff.updated) {
    await tx.observation.update({
      where: { id },
      data: {
        value: observation.value,
        status: observation.status,
        source: observation.source,
        isDemo: false,
        importBatchId,
      },
    });
    onWritten(++written);
  }
}
