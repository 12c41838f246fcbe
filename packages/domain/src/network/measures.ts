// Simple measures of the actor network, as network-mapping tools (Kumu) show them: how many ties an
// actor has (degree) and how much it bridges otherwise separate parts (betweenness). Links count as
// undirected ties: a cooperation connects both sides, whoever entered it.

export interface NetworkEdge {
  from: string;
  to: string;
}

export interface NodeMeasures {
  /** Number of distinct neighbours (several links between the same two actors count once). */
  degree: number;
  /**
   * Normalised betweenness centrality, 0–1: the share of shortest paths between two other actors that
   * pass through this one (Brandes' algorithm). 1 for the centre of a star, 0 for a leaf.
   */
  bridging: number;
}

/** Neighbour lists by node index; links to nodes outside the set (filtered away) and self-loops do not count. */
function adjacency(nodeIds: readonly string[], edges: readonly NetworkEdge[]): number[][] {
  const indexOf = new Map(nodeIds.map((id, index) => [id, index]));
  const neighbours = nodeIds.map(() => new Set<number>());
  for (const { from, to } of edges) {
    const a = indexOf.get(from);
    const b = indexOf.get(to);
    if (a === undefined || b === undefined || a === b) continue;
    neighbours[a]?.add(b);
    neighbours[b]?.add(a);
  }
  return neighbours.map((set) => [...set]);
}

/** Brandes' algorithm for unweighted graphs: the summed dependency of every source on each node. */
function rawBetweenness(neighbours: readonly number[][]): number[] {
  const n = neighbours.length;
  const betweenness = new Array<number>(n).fill(0);
  for (let source = 0; source < n; source++) {
    const order: number[] = [];
    const predecessors: number[][] = neighbours.map(() => []);
    const pathCount = new Array<number>(n).fill(0);
    const distance = new Array<number>(n).fill(-1);
    pathCount[source] = 1;
    distance[source] = 0;
    const queue = [source];
    for (let head = 0; head < queue.length; head++) {
      const current = queue[head] ?? source;
      order.push(current);
      const next = (distance[current] ?? 0) + 1;
      for (const neighbour of neighbours[current] ?? []) {
        if (distance[neighbour] === -1) {
          distance[neighbour] = next;
          queue.push(neighbour);
        }
        if (distance[neighbour] === next) {
          pathCount[neighbour] = (pathCount[neighbour] ?? 0) + (pathCount[current] ?? 0);
          predecessors[neighbour]?.push(current);
        }
      }
    }
    const dependency = new Array<number>(n).fill(0);
    for (let i = order.length - 1; i >= 0; i--) {
      const node = order[i] ?? source;
      for (const predecessor of predecessors[node] ?? []) {
        const share = ((pathCount[predecessor] ?? 0) / (pathCount[node] ?? 1)) * (1 + (dependency[node] ?? 0));
        dependency[predecessor] = (dependency[predecessor] ?? 0) + share;
      }
      if (node !== source) betweenness[node] = (betweenness[node] ?? 0) + (dependency[node] ?? 0);
    }
  }
  return betweenness;
}

/** Degree and bridging score of every node; edges to unknown nodes and self-loops are ignored. */
export function networkMeasures(nodeIds: readonly string[], edges: readonly NetworkEdge[]): Map<string, NodeMeasures> {
  const neighbours = adjacency(nodeIds, edges);
  const betweenness = rawBetweenness(neighbours);
  // Each unordered pair was counted from both ends; normalise by the (n-1)(n-2)/2 pairs of others.
  const n = nodeIds.length;
  const pairs = ((n - 1) * (n - 2)) / 2;
  return new Map(
    nodeIds.map((id, index) => {
      const raw = (betweenness[index] ?? 0) / 2;
      return [id, { degree: neighbours[index]?.length ?? 0, bridging: pairs > 0 ? Math.round((raw / pairs) * 1e6) / 1e6 : 0 }];
    }),
  );
}
