// `npm run bench`: times the municipality-profile and indicator-series queries over HTTP against the
// same data fetched by hand-written SQL, on the embedded database (and on PostgreSQL when
// DATABASE_URL is set), and prints the dashboard's first-load JavaScript size. Speed is reported
// here, never asserted in tests. Everything runs on localhost with bounded loops. The server runs as
// deployed: `npm run bench` sets NODE_ENV=production (graphql-js skips its development checks).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDatabase } from '@atlas/db';
import { openTestDatabase } from '@atlas/db/testing';
import { UNTHROTTLED } from '../limits/index.js';
import { createServer } from '../server.js';
import { firstLoadJavaScript } from './bundle-size.js';
import { fetchClient, leanClient } from './http-client.js';
import {
  busiestIndicator,
  indicatorSeriesBySql,
  indicatorSeriesQuery,
  municipalityProfileBySql,
  municipalityProfileQuery,
} from './scenarios.js';
import { measureInTurns, type Summary } from './stats.js';

const ITERATIONS = boundedInteger(process.env.BENCH_ITERATIONS, 50, 1, 1000);
const WARMUP = Math.min(10, ITERATIONS);
const WUPPERTAL = '05124000';

function boundedInteger(text: string | undefined, fallback: number, min: number, max: number): number {
  const value = Number(text ?? fallback);
  return Number.isInteger(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

interface Row {
  database: string;
  scenario: string;
  /** GraphQL over HTTP with the lean keep-alive client, the ratio aim's measure. */
  graphql: Summary;
  /** The same request with Node's fetch, reported beside it. */
  graphqlFetch: Summary;
  sql: Summary;
}

async function benchDatabase(kind: 'pglite' | 'postgres'): Promise<Row[]> {
  const db = await openTestDatabase(kind);
  try {
    const seedStart = performance.now();
    await seedDatabase(db.prisma, { demo: false });
    console.error(`${db.label}: seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    // Unthrottled, so no request is refused; the rate limit is still charged, as in production.
    const app = await createServer({ db, dashboardDir: null, production: true, limits: { rateLimit: UNTHROTTLED } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = app.server.address();
      if (!address || typeof address === 'string') throw new Error('server has no TCP address');
      const url = `http://127.0.0.1:${address.port}/graphql`;
      const lean = leanClient(url);
      const viaFetch = fetchClient(url);
      const key = await busiestIndicator(db);
      console.error(`${db.label}: series of "${key}", profile of ${WUPPERTAL}; ${ITERATIONS} runs in turns after ${WARMUP} warm-up rounds`);
      try {
        const rows: Row[] = [];
        const scenarios = [
          { scenario: `municipality profile (${WUPPERTAL})`, query: municipalityProfileQuery, variables: { ags: WUPPERTAL }, bySql: () => municipalityProfileBySql(db, WUPPERTAL) },
          { scenario: `indicator series (${key})`, query: indicatorSeriesQuery, variables: { key }, bySql: () => indicatorSeriesBySql(db, key) },
        ];
        for (const { scenario, query, variables, bySql } of scenarios) {
          const [graphql, graphqlFetch, sql] = await measureInTurns(
            [() => lean.post(query, variables), () => viaFetch(query, variables), bySql],
            ITERATIONS,
            WARMUP,
          );
          if (!graphql || !graphqlFetch || !sql) throw new Error('measureInTurns returns one summary per kind of work');
          rows.push({ database: db.label, scenario, graphql, graphqlFetch, sql });
        }
        return rows;
      } finally {
        lean.close();
      }
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
  }
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main(): Promise<void> {
  const kinds: Array<'pglite' | 'postgres'> = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  const rows: Row[] = [];
  for (const kind of kinds) rows.push(...(await benchDatabase(kind)));

  console.log('\nGraphQL over HTTP vs. hand-written SQL (same data, same progress maths; the three timed in turns)');
  console.log('GraphQL: keep-alive node:http client; "fetch" columns: the same requests through Node\'s fetch\n');
  console.table(
    rows.map((row) => ({
      database: row.database,
      scenario: row.scenario,
      'GraphQL median': ms(row.graphql.median),
      'GraphQL p95': ms(row.graphql.p95),
      'SQL median': ms(row.sql.median),
      'SQL p95': ms(row.sql.p95),
      'ratio median': (row.graphql.median / row.sql.median).toFixed(2),
      'ratio p95': (row.graphql.p95 / row.sql.p95).toFixed(2),
      'fetch median': ms(row.graphqlFetch.median),
      'fetch ratio median': (row.graphqlFetch.median / row.sql.median).toFixed(2),
      'fetch ratio p95': (row.graphqlFetch.p95 / row.sql.p95).toFixed(2),
    })),
  );

  const distDir = fileURLToPath(new URL('../../../dashboard/dist', import.meta.url));
  const bundle = firstLoadJavaScript(distDir);
  if (!bundle) {
    console.log(`\nDashboard first-load JavaScript: not built (no ${path.join(distDir, 'index.html')}; run npm run build).`);
    return;
  }
  console.log(`\nDashboard first-load JavaScript (entry chunks of index.html): ${(bundle.gzipBytes / 1024).toFixed(1)} KB gzip`);
  for (const file of bundle.files) {
    console.log(`  ${file.file}: ${(file.bytes / 1024).toFixed(1)} KB, ${(file.gzipBytes / 1024).toFixed(1)} KB gzip`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
