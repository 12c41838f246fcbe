// The query string of the bulk downloads, checked before anything is streamed: every problem is a
// 400 naming the parameter, so a partner's script fails loudly instead of receiving a partial file.
import type { Database } from '@atlas/db';

/** Most indicator keys one download may name. */
export const BULK_MAX_INDICATORS = 100;
/** Most units (AGS) one download may name. */
export const BULK_MAX_UNITS = 60;

export type BulkParameter = 'indicators' | 'units' | 'disaggregated' | 'from' | 'to';

export class BulkParameterError extends Error {
  constructor(
    readonly parameter: BulkParameter,
    message: string,
  ) {
    super(message);
    this.name = 'BulkParameterError';
  }
}

export interface BulkIndicator {
  id: string;
  key: string;
}

export interface BulkUnit {
  id: string;
  ags: string;
  name: string;
}

export interface BulkRequest {
  indicators: BulkIndicator[];
  units: BulkUnit[];
  /** Categories (age, sex, …) as well as the totals; totals only by default, like GraphQL. */
  disaggregated: boolean;
  /** First and last year to include (inclusive); null: no bound. */
  fromYear: number | null;
  toYear: number | null;
}

type Query = Record<string, unknown>;

/** Comma-separated values of one parameter, trimmed, without empties and duplicates, in the given order. */
export function listParameter(query: Query, name: BulkParameter): string[] | null {
  const raw = query[name];
  if (raw === undefined) return null;
  if (typeof raw !== 'string') throw new BulkParameterError(name, `"${name}" must be given once, as a comma-separated list.`);
  return [...new Set(raw.split(',').map((part) => part.trim()).filter((part) => part !== ''))];
}

export function booleanParameter(query: Query, name: BulkParameter): boolean {
  const raw = query[name];
  if (raw === undefined || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new BulkParameterError(name, `"${name}" must be true or false, got ${JSON.stringify(raw)}.`);
}

/** A year such as 2015; the plausible range keeps a typo (215, 20155) from silently matching nothing. */
export function yearParameter(query: Query, name: 'from' | 'to'): number | null {
  const raw = query[name];
  if (raw === undefined) return null;
  if (typeof raw !== 'string' || !/^\d{4}$/.test(raw.trim()) || Number(raw) < 1900 || Number(raw) > 2100) {
    throw new BulkParameterError(name, `"${name}" must be a year from 1900 to 2100, got ${JSON.stringify(raw)}.`);
  }
  return Number(raw);
}

/** Checks the parameters against the database: unknown keys and AGS are named in the error. */
export async function parseBulkRequest(db: Database, query: Query): Promise<BulkRequest> {
  const keys = listParameter(query, 'indicators');
  if (!keys || keys.length === 0) {
    throw new BulkParameterError('indicators', '"indicators" is required: one or more indicator keys, comma-separated.');
  }
  if (keys.length > BULK_MAX_INDICATORS) {
    throw new BulkParameterError('indicators', `"indicators" names ${keys.length} indicators; at most ${BULK_MAX_INDICATORS} per download.`);
  }
  const agsList = listParameter(query, 'units');
  if (agsList && agsList.length === 0) {
    throw new BulkParameterError('units', '"units" is empty: leave it out for every unit, or list AGS codes, comma-separated.');
  }
  if (agsList && agsList.length > BULK_MAX_UNITS) {
    throw new BulkParameterError('units', `"units" names ${agsList.length} units; at most ${BULK_MAX_UNITS} per download.`);
  }
  const malformed = agsList?.filter((ags) => !/^\d{8}$/.test(ags)) ?? [];
  if (malformed.length > 0) {
    throw new BulkParameterError('units', `"units" must be 8-digit AGS codes; not one: ${malformed.join(', ')}.`);
  }
  const disaggregated = booleanParameter(query, 'disaggregated');
  const fromYear = yearParameter(query, 'from');
  const toYear = yearParameter(query, 'to');
  if (fromYear !== null && toYear !== null && fromYear > toYear) {
    throw new BulkParameterError('to', `"to" (${toYear}) is before "from" (${fromYear}).`);
  }

  const indicators = await db.prisma.indicator.findMany({ where: { key: { in: keys } }, select: { id: true, key: true }, orderBy: { key: 'asc' } });
  const unknownKeys = keys.filter((key) => !indicators.some((indicator) => indicator.key === key));
  if (unknownKeys.length > 0) {
    throw new BulkParameterError('indicators', `Unknown indicator key${unknownKeys.length > 1 ? 's' : ''}: ${unknownKeys.join(', ')}.`);
  }

  const units = await db.prisma.municipality.findMany({
    where: agsList ? { ags: { in: agsList } } : {},
    select: { id: true, ags: true, name: true },
    orderBy: { ags: 'asc' },
  });
  if (units.length > BULK_MAX_UNITS) {
    throw new BulkParameterError('units', `There are ${units.length} units; name at most ${BULK_MAX_UNITS} in "units".`);
  }
  const unknownAgs = agsList?.filter((ags) => !units.some((unit) => unit.ags === ags)) ?? [];
  if (unknownAgs.length > 0) {
    throw new BulkParameterError('units', `Unknown unit${unknownAgs.length > 1 ? 's' : ''} (AGS): ${unknownAgs.join(', ')}.`);
  }
  return { indicators, units, disaggregated, fromYear, toYear };
}
