// Prints the code-first schema to schema.graphql, the reviewed contract partners and the dashboard build against.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchemaFile } from '../src/schema-file.js';

const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
writeFileSync(target, printSchemaFile());
console.log(`Wrote ${target}`);
