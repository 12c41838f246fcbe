import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { analyzeOperation, LIST_FACTOR } from './analysis.js';

// A small schema with the shapes that matter: objects, a plain list, a relay connection.
const schema = buildSchema(`
  type Query { goal(number: Int!): Goal, goals: [Goal!]!, items(first: Int, last: Int, after: String): ItemConnection!, node(id: ID!): Node }
  interface Node { id: ID! }
  type Goal implements Node { id: ID!, number: Int!, title: String!, targets: [Target!]!, items(first: Int): ItemConnection! }
  type Target { code: String!, goal: Goal! }
  type ItemConnection { edges: [ItemEdge!]!, nodes: [Item!]!, pageInfo: PageInfo!, totalCount: Int! }
  type ItemEdge { cursor: String!, node: Item! }
  type Item implements Node { id: ID!, name: String!, goal: Goal }
  type PageInfo { hasNextPage: Boolean!, endCursor: String }
`);

function analyze(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return analyzeOperation(schema, document, operation, variables);
}

describe('analyzeOperation', () => {
  it('counts one point per object field, none for scalars, and the depth of the nesting', () => {
    expect(analyze('{ goal(number: 11) { number title } }')).toEqual({ depth: 2, aliases: 0, cost: 1, oversizedPages: [] });
    expect(analyze('{ goal(number: 11) { targets { goal { number } } } }')).toMatchObject({ depth: 4, cost: 1 + 1 + LIST_FACTOR });
  });

  it('multiplies a plain list by the list factor', () => {
    expect(analyze('{ goals { number targets { code } } }').cost).toBe(1 + LIST_FACTOR * 1);
    expect(analyze('{ goals { targets { goal { number } } } }').cost).toBe(1 + LIST_FACTOR * (1 + LIST_FACTOR * 1));
  });

  it('counts a connection page per item: first, last, or the default 20; pageInfo once', () => {
    const page = '{ edges { cursor node { id name goal { number } } } pageInfo { hasNextPage } totalCount }';
    // items 1 + edges (1 + n × node (1 + goal 1)) + pageInfo 1; scalars (cursor, totalCount) 0.
    const cost = (n: number) => 1 + (1 + n * (1 + 1)) + 1;
    expect(analyze(`{ items(first: 5) ${page} }`).cost).toBe(cost(5));
    expect(analyze(`{ items(last: 50) ${page} }`).cost).toBe(cost(50));
    expect(analyze(`{ items ${page} }`).cost).toBe(cost(20));
  });

  it('charges a `nodes` page like an `edges` page: its selection once per item of the page', () => {
    // `nodes { … }` is `edges { node { … } }` without the edge object: the same multiplier, minus the
    // edge's own `node` point per item, and one level less deep.
    const viaNodes = (args: string) => analyze(`{ items${args} { nodes { id goal { number } } pageInfo { hasNextPage } totalCount } }`);
    const viaEdges = (args: string) => analyze(`{ items${args} { edges { node { id goal { number } } } pageInfo { hasNextPage } totalCount } }`);
    const cost = (n: number) => 1 + (1 + n * 1) + 1;
    for (const [args, n] of [['(first: 5)', 5], ['(last: 50)', 50], ['', 20]] as const) {
      expect(viaNodes(args).cost).toBe(cost(n));
      expect(viaEdges(args).cost - viaNodes(args).cost).toBe(n);
      expect(viaNodes(args).depth).toBe(viaEdges(args).depth - 1);
    }
    // Nested pages multiply through `nodes` as through `edges`, and oversized ones are reported.
    const nested = analyze('{ items(first: 10) { nodes { goal { items(first: 10) { nodes { id } } } } } }');
    expect(nested.cost).toBe(1 + (1 + 10 * (1 + (1 + (1 + 10 * 0)))));
    expect(analyze('{ items(first: 10) { nodes { goal { items(first: 10) { nodes { goal { number } } } } } } }').cost).toBe(
      1 + (1 + 10 * (1 + (1 + (1 + 10 * 1)))),
    );
    expect(analyze('{ items(first: 1000) { nodes { id } } }').oversizedPages).toEqual([{ path: 'items', argument: 'first', size: 1000 }]);
  });

  it('reads page sizes from variables and variable defaults', () => {
    const query = 'query Q($n: Int = 7) { items(first: $n) { edges { node { id } } } }';
    const cost = (n: number) => 1 + (1 + n * 1);
    expect(analyze(query).cost).toBe(cost(7));
    expect(analyze(query, { n: 40 }).cost).toBe(cost(40));
  });

  it('reports connections asked for more than 100 items, with their path', () => {
    const result = analyze('query Q($n: Int) { goal(number: 1) { items(first: $n) { totalCount } } big: items(last: 1000) { totalCount } }', { n: 101 });
    expect(result.oversizedPages).toEqual([
      { path: 'goal.items', argument: 'first', size: 101 },
      { path: 'big', argument: 'last', size: 1000 },
    ]);
  });

  it('multiplies nested connections, also through fragments on the connection type', () => {
    const direct = analyze('{ items(first: 10) { edges { node { goal { items(first: 10) { edges { node { id } } } } } } } }');
    const viaFragment = analyze(`
      query { items(first: 10) { ...Page } }
      fragment Page on ItemConnection { edges { node { goal { items(first: 10) { ... on ItemConnection { edges { node { id } } } } } } } }
    `);
    expect(direct.cost).toBe(1 + (1 + 10 * (1 + (1 + (1 + (1 + 10 * 1))))));
    expect(viaFragment.cost).toBe(direct.cost);
    expect(viaFragment.depth).toBe(direct.depth);
    expect(direct.depth).toBe(8);
  });

  it('counts aliases, each use of a fragment again', () => {
    const result = analyze(`
      { a: goal(number: 1) { ...G } b: goal(number: 2) { ...G } goals { number } }
      fragment G on Goal { t: title n: number }
    `);
    expect(result.aliases).toBe(2 + 2 * 2);
  });

  it('measures depth through fragments and inline fragments', () => {
    const result = analyze(`
      { node(id: "x") { ... on Goal { targets { goal { ...Deep } } } } }
      fragment Deep on Goal { targets { goal { number } } }
    `);
    expect(result.depth).toBe(6);
  });

  it('ignores __typename and introspection', () => {
    const result = analyze('{ __typename __schema { types { name fields { name type { ofType { ofType { name } } } } } } goal(number: 1) { __typename number } }');
    expect(result).toMatchObject({ depth: 2, cost: 1 });
  });

  it('stays fast on fragments spread into fragments many times (linear, not exponential)', () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Goal { targets { code } }` : `fragment F${i} on Goal { ...F${i + 1} ...F${i + 1} }`,
    );
    const result = analyze(`{ goal(number: 1) { ...F0 } } ${fragments.join(' ')}`);
    expect(result.cost).toBe(1 + 2 ** (levels - 1));
    expect(result.depth).toBe(3);
  });
});
