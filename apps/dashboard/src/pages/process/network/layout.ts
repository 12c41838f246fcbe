// A deterministic ring layout for the network graph: actors sit on one circle, grouped by sector
// (a gap between groups), links run as curves through the inside. Deterministic so the picture is
// the same on every visit, in print and in tests; a ring keeps every actor's number readable
// without overlaps at any size, which a force layout cannot promise for dense clusters.
import type { ActorSector } from '@atlas/domain';

/** Sector order of the legend and the ring (the domain's order). */
export const SECTOR_ORDER: readonly ActorSector[] = [
  'ADMINISTRATION',
  'POLITICS',
  'CIVIL_SOCIETY',
  'BUSINESS',
  'SCIENCE_EDUCATION',
  'CHURCH',
  'MIGRANT_ORGANISATION',
  'MEDIA',
  'OTHER',
];

/**
 * One colour per sector: the Okabe–Ito palette (distinguishable with colour-vision deficiencies),
 * plus grey for "other". The legend and the table name the sector too, so colour is never the only cue.
 */
export const SECTOR_COLORS: Readonly<Record<ActorSector, string>> = {
  ADMINISTRATION: '#0072B2',
  POLITICS: '#D55E00',
  CIVIL_SOCIETY: '#009E73',
  BUSINESS: '#E69F00',
  SCIENCE_EDUCATION: '#56B4E9',
  CHURCH: '#CC79A7',
  MIGRANT_ORGANISATION: '#F0E442',
  MEDIA: '#000000',
  OTHER: '#999999',
};

export interface LayoutInput {
  id: string;
  name: string;
  sector: ActorSector;
  degree: number;
}

export interface PlacedNode<Node extends LayoutInput> {
  node: Node;
  /** 1-based number shown in the circle and in the table. */
  number: number;
  x: number;
  y: number;
  r: number;
}

export interface PlacedEdge {
  id: string;
  /** SVG path from one actor to the other, bending towards the centre. */
  path: string;
}

export interface NetworkLayout<Node extends LayoutInput> {
  size: number;
  nodes: PlacedNode<Node>[];
  edges: PlacedEdge[];
}

/** The side of the square viewBox; the SVG scales it to the available width. */
export const LAYOUT_SIZE = 600;

const sectorRank = (sector: ActorSector) => SECTOR_ORDER.indexOf(sector);

/** Actors in ring order: by sector, then by name (German collation). */
export function ringOrder<Node extends LayoutInput>(nodes: readonly Node[]): Node[] {
  return [...nodes].sort((a, b) => sectorRank(a.sector) - sectorRank(b.sector) || a.name.localeCompare(b.name, 'de') || a.id.localeCompare(b.id));
}

/** Circle radius from the number of links: more links, larger circle, within a readable range. */
export function nodeRadius(degree: number): number {
  return Math.min(24, 13 + 2.5 * Math.sqrt(degree));
}

export function layoutRing<Node extends LayoutInput>(
  nodes: readonly Node[],
  edges: ReadonlyArray<{ id: string; from: string; to: string }>,
  size = LAYOUT_SIZE,
): NetworkLayout<Node> {
  const ordered = ringOrder(nodes);
  const centre = size / 2;
  const ring = size / 2 - 30;
  // One empty slot between sectors makes the groups visible.
  const groups = new Set(ordered.map((node) => node.sector)).size;
  const slots = ordered.length + (groups > 1 ? groups : 0);
  // Large networks: circles shrink so neighbours on the ring never overlap.
  const maxRadius = slots <= 1 ? Infinity : (Math.PI * ring) / slots - 1;
  const placed: PlacedNode<Node>[] = [];
  let slot = 0;
  let previous: ActorSector | undefined;
  ordered.forEach((node, index) => {
    if (previous !== undefined && node.sector !== previous) slot += 1;
    previous = node.sector;
    // Start at the top and go clockwise.
    const angle = slots <= 1 ? -Math.PI / 2 : -Math.PI / 2 + (2 * Math.PI * slot) / slots;
    const x = slots <= 1 ? centre : centre + ring * Math.cos(angle);
    const y = slots <= 1 ? centre : centre + ring * Math.sin(angle);
    placed.push({ node, number: index + 1, x: round(x), y: round(y), r: round(Math.min(nodeRadius(node.degree), maxRadius)) });
    slot += 1;
  });

  const byId = new Map(placed.map((p) => [p.node.id, p]));
  const placedEdges: PlacedEdge[] = [];
  for (const edge of edges) {
    const a = byId.get(edge.from);
    const b = byId.get(edge.to);
    if (!a || !b || a === b) continue;
    // The control point moves from the chord's middle towards the centre, the further the more
    // distant the two actors are: neighbours get a slight bow, distant ones a clear curve, and
    // every curve stays inside the ring.
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    const pull = (0.5 * Math.hypot(a.x - b.x, a.y - b.y)) / (2 * ring);
    const cx = round(mx + (centre - mx) * pull);
    const cy = round(my + (centre - my) * pull);
    placedEdges.push({ id: edge.id, path: `M${a.x},${a.y} Q${cx},${cy} ${b.x},${b.y}` });
  }
  return { size, nodes: placed, edges: placedEdges };
}

const round = (value: number) => Math.round(value * 10) / 10;
