import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema/index.js';

/** The SDL as committed in schema.graphql: sorted, so diffs show real changes only. */
export function printSchemaFile(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
