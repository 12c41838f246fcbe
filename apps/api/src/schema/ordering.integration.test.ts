// Ordering arguments: one shape on every list (`orderBy: { field, direction }`), a total order (the
// ID breaks ties), and cursor paging that neither skips nor repeats under any order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

type Page<Node> = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Node }> };

describe.each(testDatabaseKinds())('orderBy on %s', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ kind });
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Every node of a list, fetched page by page with the given order. */
  async function pageThrough<Node>(list: string, selection: string, orderBy: unknown, pageSize: number): Promise<Node[]> {
    const query = `query ($orderBy: ${list.charAt(0).toUpperCase()}${list.slice(1, -1)}Order, $first: Int, $after: String) {
      ${list}(orderBy: $orderBy, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`;
    const nodes: Node[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const page: Page<Node> = await server.singleField<Page<Node>>(query, { orderBy, first: pageSize, after });
      nodes.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) {
        expect(nodes).toHaveLength(page.totalCount);
        return nodes;
      }
      after = page.pageInfo.endCursor;
    }
    throw new Error(`${list} did not end after 50 pages`);
  }

  it('orders recommendations by progress, ties broken by ID, and pages through them without gaps', async () => {
    type Rec = { id: string; progress: number };
    const descending = await pageThrough<Rec>('recommendations', 'id progress', { field: 'PROGRESS', direction: 'DESC' }, 3);
    expect(descending.length).toBeGreaterThan(5);
    const progress = descending.map((node) => node.progress);
    expect(progress).toEqual([...progress].sort((a, b) => b - a));
    expect(new Set(progress).size).toBeLessThan(progress.length); // the demo data has ties to break
    expect(new Set(descending.map((node) => node.id)).size).toBe(descending.length);
    // One page of everything gives the same sequence as many small pages.
    expect(await pageThrough<Rec>('recommendations', 'id progress', { field: 'PROGRESS', direction: 'DESC' }, 100)).toEqual(descending);
  });

  it('orders events by start, latest first, and leaves the default order when omitted', async () => {
    type Ev = { id: string; startsAt: string };
    const latestFirst = await pageThrough<Ev>('events', 'id startsAt', { field: 'STARTS_AT', direction: 'DESC' }, 4);
    const times = latestFirst.map((node) => Date.parse(node.startsAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const byDefault = await pageThrough<Ev>('events', 'id startsAt', null, 4);
    expect(byDefault.map((node) => Date.parse(node.startsAt))).toEqual([...times].reverse());
  });

  it('gives the exact reverse for DESC of a unique field: actors by name, indicators by key', async () => {
    const names = (await pageThrough<{ name: string }>('actors', 'name', { field: 'NAME' }, 7)).map((node) => node.name);
    const namesDesc = (await pageThrough<{ name: string }>('actors', 'name', { field: 'NAME', direction: 'DESC' }, 7)).map((node) => node.name);
    expect(namesDesc).toEqual([...names].reverse());
    const keys = (await pageThrough<{ key: string }>('indicators', 'key', { field: 'KEY' }, 100)).map((node) => node.key);
    const keysDesc = (await pageThrough<{ key: string }>('indicators', 'key', { field: 'KEY', direction: 'DESC' }, 100)).map((node) => node.key);
    expect(keys.length).toBeGreaterThan(100);
    expect(keysDesc).toEqual([...keys].reverse());
  });

  it('refuses an unknown order field, naming it', async () => {
    const response = await server.graphql('{ recommendations(orderBy: { field: POPULARITY }) { totalCount } }');
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.message).toMatch(/POPULARITY/);
  });
});
