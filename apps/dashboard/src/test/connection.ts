/** A one-page connection of these nodes, as the API answers a nested list in tests' fixtures. */
export function pageOf<Node>(nodes: Node[], totalCount = nodes.length) {
  return { totalCount, edges: nodes.map((node) => ({ node })) };
}

/** The same page as a document that selects `nodes` instead of `edges { node }` answers it. */
export function nodesPageOf<Node>(nodes: Node[], totalCount = nodes.length) {
  return { totalCount, nodes };
}
