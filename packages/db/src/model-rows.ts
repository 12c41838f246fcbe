// Hand-written reads of a model's whole row, shaped as Prisma's query API returns it: for hot paths
// where Prisma's fixed cost per statement outweighs the statement (see Database.read). The column
// list comes from the datamodel, so a new column is read without anyone remembering to add it here.
import type { Prisma } from './generated/prisma/client.js';
import { getDatamodel } from './generated/pothos-types.js';

/** Field types whose driver value is what Prisma returns (enums arrive as their label text). */
const sameAsPrisma = new Set(['String', 'Int', 'Float', 'Boolean', 'Json']);

const columnLists = new Map<Prisma.ModelName, string>();

/**
 * The SELECT list of every scalar column of `model`, for `Database.read`. Timestamps and dates are
 * converted to `timestamptz` from UTC, as Prisma stores them: the drivers would read a plain
 * `timestamp` or `date` in the process's time zone. The schema has no `timestamptz` columns (a test
 * holds it so), which this conversion would shift. Types the drivers return differently from Prisma (Decimal, BigInt, Bytes,
 * lists) are refused, so such a model is read through Prisma instead of silently differing.
 */
export function modelColumns(model: Prisma.ModelName): string {
  const known = columnLists.get(model);
  if (known) return known;
  const fields = getDatamodel().datamodel.models[model]?.fields ?? [];
  const columns = fields
    .filter((field) => field.kind === 'scalar' || field.kind === 'enum')
    .map((field) => {
      const column = `"${field.name}"`;
      if (field.isList) throw new Error(`modelColumns(${model}): list column ${field.name} is not supported`);
      if (field.kind === 'enum' || sameAsPrisma.has(field.type)) return column;
      // ::timestamp first: a `date` column would otherwise go through the session's time zone.
      if (field.type === 'DateTime') return `${column}::timestamp AT TIME ZONE 'UTC' AS ${column}`;
      throw new Error(`modelColumns(${model}): column ${field.name} of type ${field.type} is not supported`);
    });
  if (columns.length === 0) throw new Error(`modelColumns: no model ${model}`);
  const list = columns.join(', ');
  columnLists.set(model, list);
  return list;
}
