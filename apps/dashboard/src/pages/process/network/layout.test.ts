import { actorSectors, enumLabels } from '@atlas/domain';
import { describe, expect, it } from 'vitest';
import { layoutRing, LAYOUT_SIZE, nodeRadius, SECTOR_ORDER } from './layout';
import { networkMessages } from './messages';

const node = (id: string, name: string, sector: (typeof SECTOR_ORDER)[number], degree = 1) => ({ id, name, sector, degree });

describe('ring layout', () => {
  it('numbers actors by sector, then name, and places each on the ring without overlaps', () => {
    const nodes = [node('a', 'Zeitung', 'MEDIA'), node('b', 'Amt', 'ADMINISTRATION', 9), node('c', 'Ärztebund', 'CIVIL_SOCIETY'), node('d', 'Bürgerverein', 'CIVIL_SOCIETY')];
    const layout = layoutRing(nodes, [{ id: 'e1', from: 'b', to: 'd' }]);
    expect(layout.nodes.map((p) => [p.number, p.node.name])).toEqual([
      [1, 'Amt'],
      [2, 'Ärztebund'],
      [3, 'Bürgerverein'],
      [4, 'Zeitung'],
    ]);
    // The first actor sits at the top centre.
    expect(layout.nodes[0]).toMatchObject({ x: LAYOUT_SIZE / 2, r: nodeRadius(9) });
    for (const a of layout.nodes) {
      expect(a.x - a.r).toBeGreaterThanOrEqual(0);
      expect(a.x + a.r).toBeLessThanOrEqual(LAYOUT_SIZE);
      for (const b of layout.nodes) {
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r);
      }
    }
    expect(layout.edges).toEqual([{ id: 'e1', path: expect.stringMatching(/^M300,30 Q[\d.]+,[\d.]+ [\d.]+,[\d.]+$/) }]);
  });

  it('keeps 60 well-linked actors apart and drops links to actors outside the view', () => {
    const nodes = Array.from({ length: 60 }, (_, i) => node(`n${i}`, `Akteur ${String(i).padStart(2, '0')}`, 'BUSINESS', 30));
    const layout = layoutRing(nodes, [{ id: 'x', from: 'n1', to: 'gone' }]);
    const [first, second] = layout.nodes;
    expect(Math.hypot(first!.x - second!.x, first!.y - second!.y)).toBeGreaterThan(first!.r + second!.r);
    expect(layout.edges).toEqual([]);
  });

  it('is the same every time', () => {
    const nodes = [node('a', 'A', 'CHURCH'), node('b', 'B', 'POLITICS')];
    expect(layoutRing(nodes, [])).toEqual(layoutRing([...nodes].reverse(), []));
  });

  it('covers every sector of the domain, with the domain labels', () => {
    expect([...SECTOR_ORDER].sort()).toEqual([...actorSectors].sort());
    for (const lang of ['de', 'en'] as const) {
      const fromDomain = Object.fromEntries(Object.entries(enumLabels.ActorSector).map(([value, text]) => [value, text[lang]]));
      expect(networkMessages[lang].sector).toEqual(fromDomain);
    }
  });
});
