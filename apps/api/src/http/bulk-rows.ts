// The observations of a bulk download, read in keyset-paged queries so that memory stays at one page
// however large the download (an OFFSET would also get slower page by page).
import type { Database } from '@atlas/db';
import type { BulkRequest } from './bulk-params.js';

/** Rows per query: large enough that a whole region takes a handful of round trips. */
export const BULK_PAGE_SIZE = 1000;

export interface BulkRow {
  indicator: string;
  ags: string;
  unit: string;
  year: number;
  value: number;
  /** Canonical disaggregation key such as "age=18-25"; null for the total. */
  category: string | null;
  status: string;
  isDemo: boolean;
}

interface SqlRow {
  [column: string]: unknown;
  indicator: string;
  ags: string;
  unit: string;
  year: number;
  value: number;
  category: string;
  status: string;
  isDemo: boolean;
}

const SELECT = `
  SELECT i."key" AS "indicator", m."ags" AS "ags", m."name" AS "unit", o."year" AS "year", o."value" AS "value",
         o."disaggregationKey" AS "category", o."status"::text AS "status", o."isDemo" AS "isDemo"
  FROM "Observation" o
  JOIN "Indicator" i ON i."id" = o."indicatorId"
  JOIN "Municipality" m ON m."id" = o."municipalityId"
  WHERE o."indicatorId" = ANY($1::text[]) AND o."municipalityId" = ANY($2::text[])
    AND ($3::boolean OR o."disaggregationKey" = '')
    AND ($4::integer IS NULL OR o."year" >= $4::integer) AND ($5::integer IS NULL OR o."year" <= $5::integer)`;
// The sort order is the keyset: (indicator key, AGS, year, category) is unique per observation.
const ORDER = `ORDER BY i."key", m."ags", o."year", o."disaggregationKey" LIMIT $6`;
const AFTER = `AND (i."key", m."ags", o."year", o."disaggregationKey") > ($7::text, $8::text, $9::integer, $10::text)`;

/** Every matching observation in the order indicator key, AGS, year, category. */
export async function* bulkRows(db: Database, request: BulkRequest, pageSize = BULK_PAGE_SIZE): AsyncGenerator<BulkRow> {
  const base = [
    request.indicators.map((indicator) => indicator.id),
    request.units.map((unit) => unit.id),
    request.disaggregated,
    request.fromYear,
    request.toYear,
    pageSize,
  ];
  let last: SqlRow | null = null;
  for (;;) {
    const page: SqlRow[] = last
      ? await db.query<SqlRow>(`${SELECT} ${AFTER} ${ORDER}`, [...base, last.indicator, last.ags, last.year, last.category])
      : await db.query<SqlRow>(`${SELECT} ${ORDER}`, base);
    for (const row of page) {
      yield { ...row, year: Number(row.year), value: Number(row.value), category: row.category === '' ? null : row.category };
    }
    if (page.length < pageSize) return;
    last = page[page.length - 1] ?? null;
  }
}
