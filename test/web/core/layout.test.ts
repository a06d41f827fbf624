// Layout helpers (issue 18 §1): the label picker keeps no two overlapping labels and puts the
// selection first; the no-overlap pass leaves no two discs closer than the sum of their radii.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../web/src/core/graph/index.ts';
import { boxesOverlap, overlappingPairs, pickLabels, rightLabelBox, separateNodes, type LabelCandidate } from '../../../web/src/core/layout/index.ts';
import { seededRandom } from '../../../web/src/core/graph/metrics.ts';

const label = (key: string, x: number, y: number, forced = false, width = 42): LabelCandidate => ({
  key,
  x,
  y,
  r: 4,
  box: rightLabelBox(x, y, 4, width, 17, 5, 2),
  forced,
});

describe('pickLabels', () => {
  it('should keep the first of two labels that would overlap and the far one', () => {
    const kept = pickLabels([label('华为', 100, 100), label('香港', 110, 104), label('北京', 300, 300)], { width: 800, height: 600 });
    expect(kept).toEqual(['华为', '北京']);
  });

  it('should put a forced label (the selection) before a larger node it would overlap', () => {
    const kept = pickLabels([label('马斯克', 110, 104, true), label('特斯拉', 100, 100)], { width: 800, height: 600 });
    expect(kept).toEqual(['马斯克']);
  });

  it('should never keep a label cut by the canvas edge', () => {
    expect(pickLabels([label('华盛集团', 780, 100)], { width: 800, height: 600 })).toEqual([]);
  });

  it('should keep no two overlapping labels among a thousand random ones, and stop at the density cap', () => {
    const rand = seededRandom(3);
    const candidates = Array.from({ length: 1000 }, (_, i) => label(`n${i}`, rand() * 760, rand() * 580));
    const kept = new Set(pickLabels(candidates, { width: 800, height: 600, pixelsPerLabel: 9_000 }));
    expect(kept.size).toBeGreaterThan(20);
    expect(kept.size).toBeLessThanOrEqual(Math.floor((800 * 600) / 9_000));
    const boxes = candidates.filter((c) => kept.has(c.key)).map((c) => c.box);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
  });
});

describe('separateNodes', () => {
  it('should leave no two discs closer than the sum of their radii, even two on the same spot', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => ({
      id: `n${i}`,
      name: `n${i}`,
      type: 'Person' as const,
      mentionCount: 1 + (i % 17),
      x: (i % 30) * 0.5,
      y: Math.floor(i / 30) * 0.5,
    }));
    nodes.push({ id: 'twin', name: 'twin', type: 'Person', mentionCount: 3, x: 0, y: 0 });
    const graph = buildGraph({ nodes, edges: [] });
    const radius = (n: string) => graph.getNodeAttribute(n, 'mentionSize');
    // A fixed 4 px per unit: the graph is cramped to start with.
    const left = separateNodes(graph, { radius, pixelsPerUnit: () => 4 });
    expect(left).toBe(0);
    const discs = graph.mapNodes((key, a) => ({ key, x: a.x * 4, y: a.y * 4, r: a.mentionSize }));
    expect(overlappingPairs(discs)).toEqual([]);
  });

  it('should not move a pinned node', () => {
    const graph = buildGraph({
      nodes: [
        { id: 'a', name: 'a', type: 'Person', mentionCount: 5, x: 0, y: 0 },
        { id: 'b', name: 'b', type: 'Person', mentionCount: 5, x: 0.1, y: 0 },
      ],
      edges: [],
    });
    graph.setNodeAttribute('a', 'fixed', true);
    separateNodes(graph, { radius: () => 10, pixelsPerUnit: () => 1 });
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 0, y: 0 });
    expect(Math.abs(graph.getNodeAttribute('b', 'x'))).toBeGreaterThanOrEqual(20);
  });
});
