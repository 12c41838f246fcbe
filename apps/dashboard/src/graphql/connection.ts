// Nested lists of the API are Relay connections (docs/api.md, "Pagination and order"): pages ask
// for one page big enough for realistic data and show "and N more" when totalCount says there are more.
// Documents that nest a page inside another page select `nodes` instead of `edges { node }`: one level
// less, which keeps them under half the depth limit (dashboard-documents.test.ts in the API).

/** One page of a connection as a document selects it: through `edges { node }` or `nodes`. */
export type PageOf<Node> = { readonly edges: ReadonlyArray<{ readonly node: Node }> } | { readonly nodes: ReadonlyArray<Node> };

/** The nodes of one connection page, in the list's order. */
export function nodesOf<Node>(connection: PageOf<Node>): Node[] {
  return 'nodes' in connection ? [...connection.nodes] : connection.edges.map((edge) => edge.node);
}

/** What counting a page needs: its totalCount and the items it shows (as edges or as nodes). */
export type CountedPage = { readonly totalCount: number } & ({ readonly edges: ReadonlyArray<unknown> } | { readonly nodes: ReadonlyArray<unknown> });

/** How many items of the connection this page left out (0 when it shows all of them). */
export function hiddenCount(connection: CountedPage): number {
  const shown = 'nodes' in connection ? connection.nodes.length : connection.edges.length;
  return Math.max(0, connection.totalCount - shown);
}
