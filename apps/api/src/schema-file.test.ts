import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSchemaFile } from './schema-file.js';

describe('schema.graphql', () => {
  it('is the printed code-first schema (run "npm run generate" after changing the schema)', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printSchemaFile());
  });
});
