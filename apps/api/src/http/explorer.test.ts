import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerExplorer } from './explorer.js';

describe('GraphiQL explorer route', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-explorer-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>GraphQL-Explorer</title>');
    writeFileSync(path.join(dir, 'assets', 'index.js'), 'console.log(1)');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the build at /graphiql/ beside the dashboard, and redirects /graphiql there', async () => {
    const app = Fastify();
    // The dashboard registers @fastify/static first in createServer; the explorer must coexist with it.
    await app.register(fastifyStatic, { root: dir, wildcard: false, index: ['index.html'] });
    await registerExplorer(app, dir);
    try {
      const bare = await app.inject({ method: 'GET', url: '/graphiql' });
      expect(bare.statusCode).toBe(301);
      expect(bare.headers.location).toBe('/graphiql/');
      const page = await app.inject({ method: 'GET', url: '/graphiql/' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body).toContain('GraphQL-Explorer');
      const script = await app.inject({ method: 'GET', url: '/graphiql/assets/index.js' });
      expect(script.statusCode).toBe(200);
      expect(script.headers['content-type']).toMatch(/javascript/);
    } finally {
      await app.close();
    }
  });

  it('leaves /graphiql out when the explorer is not built', async () => {
    const app = Fastify();
    await registerExplorer(app, path.join(dir, 'missing'));
    try {
      expect((await app.inject({ method: 'GET', url: '/graphiql/' })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});
