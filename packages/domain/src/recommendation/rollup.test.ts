import { describe, expect, it } from 'vitest';
import { rollUpProgress, wouldCreateCycle } from './rollup.js';
import type { RollUpNode } from './rollup.js';

const node = (id: string, parentId: string | null, progress: number, weight = 1, extra: Partial<RollUpNode> = {}): RollUpNode => ({
  id,
  parentId,
  progress,
  weight,
  status: progress === 100 ? 'IMPLEMENTED' : progress > 0 ? 'IN_PROGRESS' : 'PUBLISHED',
  archived: false,
  ...extra,
});

describe('progress roll-up', () => {
  it('keeps the own progress of a recommendation without children', () => {
    expect(rollUpProgress([node('a', null, 30)]).get('a')).toBe(30);
  });

  it('averages the children by weight, ignoring the parent\'s own value', () => {
    const result = rollUpProgress([node('parent', null, 5), node('a', 'parent', 100, 3), node('b', 'parent', 20, 1)]);
    // (3 × 100 + 1 × 20) / 4 = 80
    expect(result.get('parent')).toBe(80);
    expect(result.get('a')).toBe(100);
  });

  it('rolls up recursively through grandchildren, rounding only at the end', () => {
    const result = rollUpProgress([
      node('root', null, 0),
      node('mid', 'root', 0, 2),
      node('leaf', 'root', 50, 1),
      node('x', 'mid', 33, 1),
      node('y', 'mid', 34, 1),
    ]);
    // mid = 33.5; root = (2 × 33.5 + 50) / 3 = 39
    expect(result.get('mid')).toBe(34);
    expect(result.get('root')).toBe(39);
  });

  it('leaves out rejected, draft, archived and zero-weight children', () => {
    const result = rollUpProgress([
      node('parent', null, 0),
      node('done', 'parent', 100),
      node('rejected', 'parent', 0, 5, { status: 'REJECTED' }),
      node('archived', 'parent', 0, 5, { archived: true }),
      node('ignored', 'parent', 0, 0),
      node('draft', 'parent', 0, 5, { status: 'DRAFT' }),
    ]);
    expect(result.get('parent')).toBe(100);
  });

  it('falls back to the own progress when no child counts', () => {
    const result = rollUpProgress([node('parent', null, 40), node('rejected', 'parent', 0, 1, { status: 'REJECTED' })]);
    expect(result.get('parent')).toBe(40);
  });

  it('survives a cycle in stored data', () => {
    const result = rollUpProgress([node('a', 'b', 10), node('b', 'a', 20)]);
    expect(result.size).toBe(2);
  });

  it('detects a parent choice that would close a cycle', () => {
    const parents = new Map<string, string | null>([
      ['a', null],
      ['b', 'a'],
      ['c', 'b'],
    ]);
    const parentOf = (id: string) => parents.get(id);
    expect(wouldCreateCycle('a', 'c', parentOf)).toBe(true);
    expect(wouldCreateCycle('a', 'a', parentOf)).toBe(true);
    expect(wouldCreateCycle('c', 'a', parentOf)).toBe(false);
  });
});
