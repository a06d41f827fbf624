import { describe, expect, it } from 'vitest';
import { computeVisibility, dayAt, dayIndex, DEFAULT_FILTERS } from '../../../web/src/core/filters/index.ts';
import { buildGraph } from '../../../web/src/core/graph/index.ts';

const graph = () =>
  buildGraph({
    nodes: [
      { id: 'p:马斯克', name: '马斯克', type: 'Person', mentionCount: 12, firstSeen: '2024-05-05T09:38:55Z', lastSeen: '2024-06-10T01:00:00Z' },
      { id: 'o:特斯拉', name: '特斯拉', type: 'Organization', mentionCount: 20, firstSeen: '2024-05-05', lastSeen: '2024-06-10' },
      { id: 'p:雷军', name: '雷军', type: 'Person', mentionCount: 2, firstSeen: '2024-06-10', lastSeen: '2024-06-10' },
      { id: 'l:北京', name: '北京', type: 'Place', mentionCount: 5, firstSeen: '2024-05-05', lastSeen: '2024-05-05' },
    ],
    edges: [
      { source: 'p:马斯克', target: 'o:特斯拉', weight: 3, firstSeen: '2024-05-05', lastSeen: '2024-06-10' },
      { source: 'p:雷军', target: 'o:特斯拉', weight: 2, firstSeen: '2024-06-10', lastSeen: '2024-06-10' },
      { source: 'l:北京', target: 'p:马斯克', weight: 1, firstSeen: '2024-05-05', lastSeen: '2024-05-05' },
    ],
  });

describe('filters', () => {
  it('should hide nothing with the default filters', () => {
    const v = computeVisibility(graph(), DEFAULT_FILTERS);
    expect(v.hiddenNodes.size + v.hiddenEdges.size).toBe(0);
  });

  it('should hide entities first seen after the window ends, and their edges', () => {
    const g = graph();
    const v = computeVisibility(g, { ...DEFAULT_FILTERS, to: '2024-05-31' });
    expect([...v.hiddenNodes]).toEqual(['p:雷军']);
    expect(v.hiddenEdges.has(g.edge('p:雷军', 'o:特斯拉')!)).toBe(true);
    expect(v.hiddenEdges.has(g.edge('p:马斯克', 'o:特斯拉')!)).toBe(false);
  });

  it('should follow the server window when one is given', () => {
    const g = graph();
    const v = computeVisibility(g, { ...DEFAULT_FILTERS, to: '2024-05-31' }, { nodes: new Set(['p:马斯克', 'o:特斯拉']) });
    expect([...v.hiddenNodes].sort()).toEqual(['l:北京', 'p:雷军']);
  });

  it('should decide every edge in a server window by its own days, a pair of typed relations only by all of theirs', () => {
    const g = buildGraph({
      nodes: ['p:布林肯', 'l:北京', 'p:王毅', 'l:上海'].map((id) => ({ id, name: id.slice(2), type: id[0] === 'p' ? 'Person' : 'Place', mentionCount: 3 })),
      edges: [
        { source: 'p:布林肯', target: 'l:北京', weight: 4, firstSeen: '2024-04-24', lastSeen: '2024-04-26' },
        { source: 'p:王毅', target: 'l:上海', weight: 2, firstSeen: '2024-06-01', lastSeen: '2024-06-02' },
        {
          source: 'p:王毅',
          target: 'l:北京',
          weight: 1,
          type: 'VISITS',
          firstDate: '2024-06-01',
          lastDate: '2024-06-01',
          firstSeen: '2024-06-01',
          lastSeen: '2024-06-01',
        },
        // Two typed relations on one pair with no co-mention: seen from the first's day to the second's.
        {
          source: 'p:布林肯',
          target: 'p:王毅',
          weight: 1,
          type: 'MEETS',
          firstDate: '2024-03-01',
          lastDate: '2024-03-01',
          firstSeen: '2024-03-02',
          lastSeen: '2024-03-02',
        },
        {
          source: 'p:布林肯',
          target: 'p:王毅',
          weight: 1,
          type: 'CALLS',
          firstDate: '2024-04-28',
          lastDate: '2024-04-28',
          firstSeen: '2024-04-28',
          lastSeen: '2024-04-28',
        },
      ],
    });
    const window = { nodes: new Set(g.nodes()) };
    const v = computeVisibility(g, { ...DEFAULT_FILTERS, from: '2024-04-26', to: '2024-04-30' }, window);
    expect(v.hiddenNodes.size).toBe(0);
    expect(v.hiddenEdges.has(g.edge('p:布林肯', 'l:北京')!)).toBe(false);
    expect(v.hiddenEdges.has(g.edge('p:王毅', 'l:上海')!)).toBe(true);
    expect(v.hiddenEdges.has(g.edge('p:王毅', 'l:北京')!)).toBe(true);
    expect(v.hiddenEdges.has(g.edge('p:布林肯', 'p:王毅')!)).toBe(false);
    expect(computeVisibility(g, { ...DEFAULT_FILTERS, from: '2024-04-29' }, window).hiddenEdges.has(g.edge('p:布林肯', 'p:王毅')!)).toBe(true);
  });

  it('should hide by type and weight, then hide nodes left isolated', () => {
    const v = computeVisibility(graph(), { ...DEFAULT_FILTERS, types: ['Person', 'Place'], minWeight: 2, hideIsolated: true });
    expect([...v.hiddenNodes].sort()).toEqual(['l:北京', 'o:特斯拉', 'p:雷军', 'p:马斯克']);
  });

  it('should hide entities and edges less sure than the minimum confidence, and show those without one', () => {
    const g = buildGraph({
      nodes: [
        { id: 'p:张伟', name: '张伟', type: 'Person', mentionCount: 4, confidence: 0.92 },
        { id: 'o:长江电力', name: '长江电力', type: 'Organization', mentionCount: 3, confidence: 0.41 },
        { id: 'l:宜昌', name: '宜昌', type: 'Place', mentionCount: 2 },
      ],
      edges: [
        { source: 'p:张伟', target: 'l:宜昌', weight: 2, confidence: 0.35 },
        { source: 'p:张伟', target: 'o:长江电力', weight: 2, confidence: 0.8 },
      ],
    });
    const v = computeVisibility(g, { ...DEFAULT_FILTERS, minConfidence: 0.5 });
    // 长江电力 is unsure, 宜昌 has no confidence (stored before it existed) and stays.
    expect([...v.hiddenNodes]).toEqual(['o:长江电力']);
    expect(v.hiddenEdges.has(g.edge('p:张伟', 'l:宜昌')!)).toBe(true);
    // The edge itself is sure enough, but one of its ends is hidden.
    expect(v.hiddenEdges.has(g.edge('p:张伟', 'o:长江电力')!)).toBe(true);
    expect(computeVisibility(g, DEFAULT_FILTERS).hiddenNodes.size).toBe(0);
  });

  it('should convert days to slider indices and back', () => {
    expect(dayIndex('2024-06-10', '2024-05-05')).toBe(36);
    expect(dayAt(36, '2024-05-05')).toBe('2024-06-10');
  });
});
