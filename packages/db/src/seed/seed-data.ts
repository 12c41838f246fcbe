// Reads the data files under ./data at run time (the JSON files are imported instead). The folder is found
// from the repository root, so the compiled package (dist/) reads the same files as the source.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { repoRoot } from '../paths.js';

const seedDataDir = path.join(repoRoot, 'packages', 'db', 'src', 'seed', 'data');

/** The text of a file in seed/data, unzipped when its name ends in .gz. */
export function readSeedDataFile(relativePath: string): string {
  const bytes = readFileSync(path.join(seedDataDir, relativePath));
  return (relativePath.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/**
 * Rows of a comma-separated file whose fields never contain commas or quotes (codes and numbers), as
 * objects keyed by the header. Throws for a row with the wrong number of fields, naming file and line.
 */
export function parsePlainCsv(text: string, fileName: string): Array<Record<string, string>> {
  const lines = text.split(/\r?\n/).filter((line) => line !== '');
  const header = (lines[0] ?? '').split(',');
  return lines.slice(1).map((line, index) => {
    const fields = line.split(',');
    if (fields.length !== header.length || line.includes('"')) {
      throw new Error(`${fileName} line ${index + 2}: expected ${header.length} plain fields, got "${line}"`);
    }
    return Object.fromEntries(header.map((column, columnIndex) => [column, fields[columnIndex] ?? '']));
  });
}
