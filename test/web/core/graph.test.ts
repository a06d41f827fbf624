import { describe, expect, it } from 'vitest';
import { resultToGraph } from '../../../web/src/core/console/index.ts';
import { assignMetrics, buildGraph, edgesNotLoaded, graphStatus, mergeGraph, toApiGraph, unmerge } from '../../../web/src/core/graph/index.ts';
import { confidenceInk } from '../../../web/src/core/graph/styles.ts';
import { ExpansionHistory } from '../../../web/src/core/history/index.ts';
import { distanceToSegment, nearestSegment } from '../../../web/src/core/geometry/index.ts';

const home = {
  nodes: [
    { id: 'a', name: '马斯克', type: 'Person', mentionCount: 10 },
    { id: 'b', name: '特斯拉', type: 'Organization', mentionCount: 5 },
  ],
  edges: [{ source: 'a', target: 'b', weight: 3 }],
};

describe('explorer graph', () => {
  it('should build data attributes only, never UI flags', () => {
    const g = buildGraph(home);
    expect(Object.keys(g.getNodeAttributes('a')).sort()).toEqual([
      'aliases',
      'community',
      'confidence',
      'entityType',
      'firstSeen',
      'label',
      'lastSeen',
      'mentionCount',
      'mentionSize',
      'rankSize',
      'x',
      'y',
    ]);
    expect(g.getNodeAttribute('a', 'mentionSize')).toBeGreaterThan(g.getNodeAttribute('b', 'mentionSize'));
  });

  it('should carry confidence from the API, keep the surer link of a pair, and draw weak edges fainter', () => {
    const g = buildGraph({
      nodes: [
        { id: 'a', name: '马斯克', type: 'Person', mentionCount: 10, confidence: 0.97 },
        { id: 'b', name: '特斯拉', type: 'Organization', mentionCount: 5, confidence: 7 },
      ],
      edges: [
        { source: 'a', target: 'b', weight: 3, confidence: 0.4 },
        { source: 'a', target: 'b', weight: 1, type: 'HOLDS_ROLE', title: 'CEO', confidence: 0.9 },
      ],
    });
    expect(g.getNodeAttribute('a', 'confidence')).toBe(0.97);
    // Outside [0, 1]: unknown, not guessed.
    expect(g.getNodeAttribute('b', 'confidence')).toBeNull();
    expect(g.getEdgeAttribute(g.edge('a', 'b')!, 'confidence')).toBe(0.9);
    expect(confidenceInk('#2e86ab', null)).toBe('#2e86ab');
    expect(confidenceInk('#2e86ab', 1)).toBe('#2e86ab');
    // Sure edges keep their colour exactly; only doubtful ones fade.
    expect(confidenceInk('#2e86ab', 0.85)).toBe('#2e86ab');
    // Fainter means closer to the white background on every channel.
    const faint = confidenceInk('#2e86ab', 0.2);
    const channels = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    channels(faint).forEach((c, i) => expect(c).toBeGreaterThan(channels('#2e86ab')[i]!));
    expect(toApiGraph(g).nodes[0]!.confidence).toBe(0.97);
  });

  it('should merge an expansion around its anchor and undo exactly it', () => {
    const g = buildGraph(home);
    const history = new ExpansionHistory();
    const added = mergeGraph(
      g,
      {
        nodes: [...home.nodes, { id: 'c', name: '上海', type: 'Place', mentionCount: 2 }],
        edges: [
          { source: 'b', target: 'c', weight: 1 },
          { source: 'a', target: 'b', weight: 3 },
        ],
      },
      'b',
    );
    expect(added.nodes).toEqual(['c']);
    expect(added.edges).toHaveLength(1);
    history.push({ anchor: 'b', added });
    unmerge(g, history.pop()!.added);
    expect(toApiGraph(g).nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(g.size).toBe(1);
  });

  it('should assign the same communities for the same seed', () => {
    const data = {
      nodes: Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, name: `n${i}`, type: 'Person', mentionCount: 1 })),
      edges: Array.from({ length: 60 }, (_, i) => ({ source: `n${i % 30}`, target: `n${(i * 7 + 3) % 30}`, weight: 1 })),
    };
    const a = buildGraph(data);
    const b = buildGraph(data);
    assignMetrics(a, 42);
    assignMetrics(b, 42);
    expect(a.mapNodes((_id, x) => x.community)).toEqual(b.mapNodes((_id, x) => x.community));
  });

  it('should turn console results into graph data keyed by entity id', () => {
    const g = resultToGraph({
      columns: ['p', 'r', 'o'],
      rows: [],
      truncated: false,
      elapsedMs: 1,
      graph: {
        nodes: [
          { id: '4:x:1', labels: ['Entity', 'Person'], properties: { id: 'person:马斯克', name: '马斯克', type: 'Person', mentionCount: 12 } },
          { id: '4:x:2', labels: ['Article'], properties: { title: '<img src=x onerror=alert(1)>' } },
        ],
        relationships: [{ id: '5:x:1', type: 'X', source: '4:x:1', target: '4:x:2', properties: {} }],
      },
    });
    expect(g.nodes.map((n) => [n.id, n.name, n.type])).toEqual([
      ['person:马斯克', '马斯克', 'Person'],
      ['neo4j:4:x:2', '<img src=x onerror=alert(1)>', 'Article'],
    ]);
    expect(g.edges).toEqual([{ source: 'person:马斯克', target: 'neo4j:4:x:2', weight: 1, articleCount: 0 }]);
  });

  it('should pick the nearest edge within the tolerance', () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    const segments = [
      { key: 'e1', a: { x: 0, y: 0 }, b: { x: 10, y: 0 } },
      { key: 'e2', a: { x: 0, y: 5 }, b: { x: 10, y: 5 } },
    ];
    expect(nearestSegment({ x: 5, y: 4 }, segments, 4)).toBe('e2');
    expect(nearestSegment({ x: 5, y: 40 }, segments, 4)).toBeNull();
  });
});

describe('explorer graph from repeated pairs', () => {
  it('should keep one edge when a pair is listed in both directions', () => {
    const g = buildGraph({ ...home, edges: [...home.edges, { source: 'b', target: 'a', weight: 9 }] });
    expect(g.size).toBe(1);
    expect(g.getEdgeAttribute(g.edge('a', 'b')!, 'weight')).toBe(3);
  });
});

describe('graphStatus', () => {
  it('should count what the graph shows, and say how many weaker edges the home view left out', () => {
    expect(graphStatus(300, 2500, edgesNotLoaded({}))).toBe('300 个实体 entities · 2500 条边 edges');
    expect(graphStatus(300, 2500, edgesNotLoaded({ edgesNotShown: 0 }))).toBe('300 个实体 entities · 2500 条边 edges');
    const capped = graphStatus(300, 3000, edgesNotLoaded({ edgesNotShown: 41_250 }));
    expect(capped).toContain('300 个实体 entities · 3000 条边 edges');
    expect(capped).toContain('另有 41250 条较弱的边未载入 41250 weaker edges not loaded');
  });

  it('should say how weak the left-out edges are when a large graph did not count them', () => {
    const walked = graphStatus(300, 3000, edgesNotLoaded({ maxWeightNotShown: 57 }));
    expect(walked).toContain('300 个实体 entities · 3000 条边 edges');
    expect(walked).toContain('权重不超过 57 的较弱的边可能未全部载入 weaker edges of weight 57 or less may not all be loaded');
    expect(walked).not.toContain('另有');
  });

  it('should say how many typed edges were left out, with or without co-mentions left out', () => {
    expect(graphStatus(40, 90, edgesNotLoaded({ typedEdgesNotShown: 12 }))).toBe(
      '40 个实体 entities · 90 条边 edges · 另有 12 条陈述较少的关系未载入 12 typed edges stated by fewer articles not loaded',
    );
    const both = graphStatus(300, 6000, edgesNotLoaded({ maxWeightNotShown: 9, typedEdgesNotShown: 5 }));
    expect(both).toContain('weaker edges of weight 9 or less may not all be loaded');
    expect(both).toContain('5 typed edges stated by fewer articles not loaded');
  });
});
