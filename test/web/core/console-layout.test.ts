import { describe, expect, it } from 'vitest';
import { placeResult, RING_SPACING, ringLayout, type Point } from '../../../web/src/core/console/index.ts';
import { buildGraph, MAX_NODE_SIZE } from '../../../web/src/core/graph/index.ts';
import type { ApiGraph } from '../../../web/src/core/graph/types.ts';

const closest = (points: Point[]) => {
  let best = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) best = Math.min(best, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  return best;
};

const node = (id: string, mentionCount = 1) => ({ id, name: id, type: 'Person', mentionCount, aliases: [], firstSeen: null, lastSeen: null });
const edge = (source: string, target: string) => ({ source, target, weight: 1, articleCount: 1 });

/** 马斯克 and the four entities a `MATCH (p)-[r]-(o) RETURN p, r, o LIMIT 4` returns with it. */
const HUB = ['马斯克', '特斯拉', '上海', '李强', '北京'];
const HUB_EDGES: [string, string][] = [
  ['马斯克', '特斯拉'],
  ['马斯克', '上海'],
  ['马斯克', '李强'],
  ['马斯克', '北京'],
];

describe('console result layout', () => {
  it('should put the node linked to all the others in the middle of a ring of the rest, evenly spaced', () => {
    const at = ringLayout(HUB, HUB_EDGES);
    expect(at.get('马斯克')).toEqual({ x: 0, y: 0 });
    const ring = HUB.slice(1).map((id) => at.get(id)!);
    for (const p of ring) expect(Math.hypot(p.x, p.y)).toBeCloseTo(1, 9);
    // Four on a unit ring: neighbours √2 apart, nobody nearer.
    expect(closest(ring)).toBeCloseTo(Math.SQRT2, 9);
  });

  it('should draw a path on a ring in its order, so linked nodes sit side by side', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const at = ringLayout(ids, [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
    ]);
    const step = Math.hypot(at.get('a')!.x - at.get('b')!.x, at.get('a')!.y - at.get('b')!.y);
    for (const [s, t] of [
      ['b', 'c'],
      ['c', 'd'],
    ] as const)
      expect(Math.hypot(at.get(s)!.x - at.get(t)!.x, at.get(s)!.y - at.get(t)!.y)).toBeCloseTo(step, 9);
    expect([...at.values()].every((p) => Math.abs(Math.hypot(p.x, p.y) - 1) < 1e-9)).toBe(true);
  });

  it('should give the same picture for the same result, whatever order its rows came in', () => {
    expect(ringLayout([...HUB].reverse(), [...HUB_EDGES].reverse())).toEqual(ringLayout(HUB, HUB_EDGES));
  });

  it('should put a single node in the middle and two side by side', () => {
    expect([...ringLayout(['x'], []).values()]).toEqual([{ x: 0, y: 0 }]);
    expect(closest([...ringLayout(['x', 'y'], [['x', 'y']]).values()])).toBeCloseTo(2, 9);
  });

  it('should lay out a replaced canvas as the ring, and leave a large result to ForceAtlas2', () => {
    const data: ApiGraph = { nodes: HUB.map((id) => node(id)), edges: HUB_EDGES.map(([s, t]) => edge(s, t)) };
    const graph = buildGraph(data);
    expect(placeResult(graph, HUB, new Set(HUB))?.sort()).toEqual([...HUB].sort());
    expect(graph.getNodeAttributes('马斯克')).toMatchObject({ x: 0, y: 0 });
    // Sizes are graph units to sigma: the discs (radius MAX_NODE_SIZE at most) far apart, not a unit ring of giants.
    expect(closest(HUB.map((id) => graph.getNodeAttributes(id)))).toBeGreaterThanOrEqual(RING_SPACING);
    expect(RING_SPACING).toBeGreaterThan(4 * MAX_NODE_SIZE);
    const big = Array.from({ length: 41 }, (_, i) => `n${i}`);
    const large = buildGraph({ nodes: big.map((id) => node(id)), edges: [] });
    expect(placeResult(large, big, new Set(big))).toBeNull();
  });

  it('should add new nodes beside the drawing, apart from each other, and move nothing already drawn', () => {
    const drawn = ['甲', '乙', '丙'];
    const graph = buildGraph({ nodes: drawn.map((id) => node(id)), edges: [edge('甲', '乙')] });
    graph.updateEachNodeAttributes((_id, a) => a);
    const before = drawn.map((id) => ({ ...graph.getNodeAttributes(id) }));
    const added = ['丁', '戊', '己'];
    for (const id of added) graph.addNode(id, { ...graph.getNodeAttributes('甲'), label: id });
    expect(placeResult(graph, added, new Set(added))?.sort()).toEqual([...added].sort());
    expect(drawn.map((id) => ({ ...graph.getNodeAttributes(id) }))).toEqual(before);
    const maxX = Math.max(...before.map((a) => a.x));
    for (const id of added) expect(graph.getNodeAttribute(id, 'x')).toBeGreaterThan(maxX);
    expect(closest(added.map((id) => graph.getNodeAttributes(id)))).toBeGreaterThanOrEqual(RING_SPACING);
  });

  it('should ring new nodes around the result’s nodes already drawn', () => {
    const graph = buildGraph({ nodes: ['甲', '乙', '丙'].map((id) => node(id)), edges: [] });
    const anchor = graph.getNodeAttributes('乙');
    for (const id of ['丁', '戊']) graph.addNode(id, { ...anchor, label: id });
    placeResult(graph, ['乙', '丁', '戊'], new Set(['丁', '戊']));
    const d = (id: string) => Math.hypot(graph.getNodeAttribute(id, 'x') - anchor.x, graph.getNodeAttribute(id, 'y') - anchor.y);
    expect(d('丁')).toBeGreaterThan(0);
    expect(d('丁')).toBeCloseTo(d('戊'), 9);
  });
});
