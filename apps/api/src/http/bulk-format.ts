// CSV and JSON text of the bulk rows, produced piece by piece for a stream.
import type { BulkRow } from './bulk-rows.js';

export const BULK_CSV_HEADER = ['indicator', 'ags', 'unit', 'year', 'value', 'category', 'status', 'is_demo'] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(fields: ReadonlyArray<string | number | boolean | null>): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export async function* csvChunks(rows: AsyncIterable<BulkRow>): AsyncGenerator<string> {
  yield csvLine(BULK_CSV_HEADER);
  for await (const row of rows) {
    yield csvLine([row.indicator, row.ags, row.unit, row.year, row.value, row.category, row.status, row.isDemo]);
  }
}

/** A JSON array of row objects, one per line, so that even `head` on the file shows whole rows. */
export async function* jsonChunks(rows: AsyncIterable<BulkRow>): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const row of rows) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(row)}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}
