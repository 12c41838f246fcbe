import type { FastifyInstance } from 'fastify';
import { openSeededTestDatabase } from '@atlas/db/testing';
import type { TestDatabase } from '@atlas/db/testing';
import { UNTHROTTLED } from '../limits/index.js';
import { createServer } from '../server.js';
import type { ServerOptions } from '../server.js';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** A real server on a real port over a fresh, seeded database: what partners and the dashboard talk to. */
export interface TestServer {
  db: TestDatabase;
  app: FastifyInstance;
  url: string;
  /** SQL statements Prisma sent since the last reset. */
  statements: string[];
  graphql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data>>;
  /** Runs a query with one top-level field and returns that field's value; GraphQL errors fail the test. */
  singleField<Value>(query: string, variables: Record<string, unknown>, headers?: Record<string, string>): Promise<Value>;
  close(): Promise<void>;
}

export async function startTestServer(
  options: { kind?: 'pglite' | 'postgres'; demo?: boolean } & Omit<ServerOptions, 'db'> = {},
): Promise<TestServer> {
  const statements: string[] = [];
  const kind = options.kind ?? (process.env.DATABASE_URL ? 'postgres' : 'pglite');
  const db = await openSeededTestDatabase(kind, { demo: options.demo ?? true }, { onQuery: (sql) => statements.push(sql) });
  // Rate limits only where a test asks for them (src/limits/rate-limit.integration.test.ts).
  const limits = { ...options.limits, rateLimit: { ...UNTHROTTLED, ...options.limits?.rateLimit } };
  const app = await createServer({ ...options, limits, db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  const url = `http://127.0.0.1:${address.port}`;
  statements.length = 0;
  const graphql = async <Data,>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<Data>;
  };
  return {
    db,
    app,
    url,
    statements,
    graphql,
    async singleField<Value>(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
      const response = await graphql<Record<string, Value>>(query, variables, headers);
      if (response.errors?.length || !response.data) {
        throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
      }
      const [value] = Object.values(response.data);
      if (value === undefined) throw new Error('The response has no top-level field');
      return value;
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
