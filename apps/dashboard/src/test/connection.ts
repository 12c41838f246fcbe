/** A one-page connection of these nodes, as the API answers a nested list in tests' fixtures. */
export function pageOf<Node>(nodes: Node[], totalCount = nodes.length) {
  return { totalCount, edges: nodes.map((node) => ({ node })) };
}
