// Nested lists of the API are Relay connections (docs/api.md, "Pagination and order"): pages ask
// for one page big enough for realistic data and show "and N more" when totalCount says there are more.

/** The nodes of one connection page, in the list's order. */
export function nodesOf<Node>(connection: { readonly edges: ReadonlyArray<{ readonly node: Node }> }): Node[] {
  return connection.edges.map((edge) => edge.node);
}

/** How many items of the connection this page left out (0 when it shows all of them). */
export function hiddenCount(connection: { readonly totalCount: number; readonly edges: ReadonlyArray<unknown> }): number {
  return Math.max(0, connection.totalCount - connection.edges.length);
}
