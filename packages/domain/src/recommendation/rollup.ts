// Progress of a recommendation with sub-recommendations, rolled up from its children as Decidim's
// accountability component does: the weighted mean of the children's (rolled-up) progress.
import type { RecommendationStatus } from '../enums.js';

export interface RollUpNode {
  id: string;
  parentId: string | null;
  progress: number;
  /** Share in the parent's roll-up; 0 leaves the child out. */
  weight: number;
  status: RecommendationStatus;
  archived: boolean;
}

/**
 * Children that count towards their parent: not rejected, not archived, and not drafts either — a draft
 * is no commitment yet, and the public must not see a parent's progress move because of one.
 */
function countsForParent(node: RollUpNode): boolean {
  return node.status !== 'REJECTED' && node.status !== 'DRAFT' && !node.archived && node.weight > 0;
}

/**
 * The rolled-up progress of every node, rounded to whole percent: a node without counting children
 * keeps its own progress; otherwise it gets Σ(weight × child's rolled-up progress) / Σ weight,
 * recursively. A parent cycle (which the API refuses to create) is cut where it closes.
 */
export function rollUpProgress(nodes: readonly RollUpNode[]): Map<string, number> {
  const children = new Map<string, RollUpNode[]>();
  for (const node of nodes) {
    if (node.parentId === null || !countsForParent(node)) continue;
    const siblings = children.get(node.parentId) ?? [];
    siblings.push(node);
    children.set(node.parentId, siblings);
  }
  const exact = new Map<string, number>();
  const visiting = new Set<string>();

  const visit = (node: RollUpNode): number => {
    const known = exact.get(node.id);
    if (known !== undefined) return known;
    if (visiting.has(node.id)) return node.progress;
    visiting.add(node.id);
    const own = children.get(node.id) ?? [];
    let value = node.progress;
    if (own.length > 0) {
      const totalWeight = own.reduce((sum, child) => sum + child.weight, 0);
      value = own.reduce((sum, child) => sum + child.weight * visit(child), 0) / totalWeight;
    }
    visiting.delete(node.id);
    exact.set(node.id, value);
    return value;
  };

  const result = new Map<string, number>();
  for (const node of nodes) result.set(node.id, Math.round(visit(node)));
  return result;
}

/** True when making `parentId` the parent of `id` would close a cycle (or point at itself). */
export function wouldCreateCycle(
  id: string,
  parentId: string,
  parentOf: (id: string) => string | null | undefined,
): boolean {
  const seen = new Set<string>();
  for (let current: string | null | undefined = parentId; current; current = parentOf(current)) {
    if (current === id) return true;
    if (seen.has(current)) return false;
    seen.add(current);
  }
  return false;
}
