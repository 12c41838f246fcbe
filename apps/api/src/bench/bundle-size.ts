// The JavaScript a browser loads before the dashboard's first paint: the entry scripts and module
// preloads that index.html references, gzip-compressed as a server would send them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  files: Array<{ file: string; bytes: number; gzipBytes: number }>;
  gzipBytes: number;
}

/** Null when the dashboard has not been built. */
export function firstLoadJavaScript(distDir: string): BundleSize | null {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) return null;
  const html = readFileSync(indexFile, 'utf8');
  const references = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  const files = [...new Set(references)]
    .filter((reference) => reference.endsWith('.js') && !/^https?:/.test(reference))
    .map((reference) => {
      const content = readFileSync(path.join(distDir, reference.replace(/^\//, '')));
      return { file: reference, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    });
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}
