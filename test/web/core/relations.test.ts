// Typed edges in the explorer's graph (issue 16): the API's typed edges ride on their pair's one
// edge beside its co-mention, the edge shows its first type the user has not switched off, the
// legend lists the types present, and a link keeps the switched-off types.
import { describe, expect, it } from 'vitest';
import { resultToGraph } from '../../../web/src/core/console/index.ts';
import { buildGraph, edgesHiddenByType, edgeTypeLabel, edgeTypesPresent, mergeGraph, shownEdgeType, toApiGraph } from '../../../web/src/core/graph/index.ts';
import { decodeView, DEFAULT_VIEW, encodeView } from '../../../web/src/core/url/index.ts';
import { EDGE_TYPE_COLORS, EDGE_TYPE_LABELS, EDGE_TYPES } from '../../../web/src/core/graph/index.ts';
import { RELATION_TYPES } from '../../../ingest/model.ts';

const data = {
  nodes: [
    { id: 'person:李强', name: '李强', type: 'Person', mentionCount: 8 },
    { id: 'person:马斯克', name: '马斯克', type: 'Person', mentionCount: 10 },
    { id: 'place:北京', name: '北京', type: 'Place', mentionCount: 6 },
    { id: 'organization:特斯拉', name: '特斯拉', type: 'Organization', mentionCount: 5 },
  ],
  edges: [
    { source: 'person:李强', target: 'person:马斯克', weight: 3 },
    { source: 'person:马斯克', target: 'place:北京', weight: 2 },
    { source: 'person:李强', target: 'person:马斯克', weight: 1, type: 'MEETS', firstDate: '2024-04-28', lastDate: '2024-04-28' },
    { source: 'person:马斯克', target: 'place:北京', weight: 2, type: 'VISITS', firstDate: '2024-04-28', lastDate: '2024-11' },
    // A typed relation with no co-mention edge in the view gets an edge of its own.
    { source: 'person:马斯克', target: 'organization:特斯拉', weight: 1, type: 'HOLDS_ROLE', title: 'CEO' },
  ],
};

describe('typed edges in the explorer graph', () => {
  it('should know every relation type of the model (the browser cannot import it), each with a label and a colour', () => {
    expect(EDGE_TYPES.filter((t) => t !== 'CO_MENTIONED')).toEqual([...RELATION_TYPES]);
    for (const t of EDGE_TYPES) {
      expect(EDGE_TYPE_LABELS[t]?.en).toBe(t);
      expect(EDGE_TYPE_COLORS[t]).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(new Set(Object.values(EDGE_TYPE_COLORS)).size).toBe(EDGE_TYPES.length);
  });

  it('should put typed relations on their pair’s one edge, keeping the co-mention weight', () => {
    const g = buildGraph(data);
    expect(g.size).toBe(3);
    const meets = g.getEdgeAttributes(g.edge('person:马斯克', 'person:李强')!);
    expect(meets).toMatchObject({ weight: 3, coMentioned: true });
    expect(meets.relations).toEqual([
      { type: 'MEETS', source: 'person:李强', target: 'person:马斯克', articleCount: 1, firstDate: '2024-04-28', lastDate: '2024-04-28', title: null },
    ]);
    const role = g.getEdgeAttributes(g.edge('person:马斯克', 'organization:特斯拉')!);
    expect(role).toMatchObject({ coMentioned: false, relations: [{ type: 'HOLDS_ROLE', title: 'CEO' }] });
  });

  it('should show an edge’s first type still switched on, and hide it when none is', () => {
    const g = buildGraph(data);
    const visit = g.getEdgeAttributes(g.edge('person:马斯克', 'place:北京')!);
    expect(shownEdgeType(visit, [])).toBe('VISITS');
    expect(shownEdgeType(visit, ['VISITS'])).toBe('CO_MENTIONED');
    expect(shownEdgeType(visit, ['VISITS', 'CO_MENTIONED'])).toBeNull();
    const hidden = edgesHiddenByType(g, ['VISITS', 'CO_MENTIONED']);
    expect([...hidden].map((e) => g.extremities(e).sort().join(' '))).toEqual(['person:马斯克 place:北京']);
    expect(edgesHiddenByType(g, ['HOLDS_ROLE']).size).toBe(1);
  });

  it('should list the types present in display order, labelled in Chinese with the type beside it', () => {
    expect(edgeTypesPresent(buildGraph(data))).toEqual(['HOLDS_ROLE', 'MEETS', 'VISITS', 'CO_MENTIONED']);
    expect(edgeTypeLabel('MEETS')).toBe('会见 MEETS');
    expect(edgeTypeLabel('CO_MENTIONED')).toBe('共现 CO_MENTIONED');
  });

  it('should add a typed relation to an existing edge when an expansion brings it, once', () => {
    const g = buildGraph({ nodes: data.nodes, edges: data.edges.slice(0, 2) });
    const added = mergeGraph(g, data);
    expect(added.edges).toHaveLength(1);
    mergeGraph(g, data);
    expect(g.getEdgeAttribute(g.edge('person:马斯克', 'place:北京')!, 'relations')).toHaveLength(1);
  });

  it('should export typed edges with their type and direction beside the co-mentions', () => {
    const out = toApiGraph(buildGraph(data));
    expect(out.edges.filter((e) => e.type === undefined)).toHaveLength(2);
    expect(out.edges.filter((e) => e.type !== undefined).map((e) => [e.type, e.source, e.target])).toEqual(
      expect.arrayContaining([
        ['MEETS', 'person:李强', 'person:马斯克'],
        ['VISITS', 'person:马斯克', 'place:北京'],
        ['HOLDS_ROLE', 'person:马斯克', 'organization:特斯拉'],
      ]),
    );
    expect(buildGraph(out).size).toBe(3);
  });

  it('should draw a VISITS relationship from the console as a typed edge', () => {
    const g = buildGraph(
      resultToGraph({
        columns: ['p', 'v', 'b'],
        rows: [],
        graph: {
          nodes: [
            { id: '1', labels: ['Entity', 'Person'], properties: { id: 'person:马斯克', name: '马斯克', type: 'Person' } },
            { id: '2', labels: ['Entity', 'Place'], properties: { id: 'place:北京', name: '北京', type: 'Place' } },
          ],
          relationships: [
            { id: 'r', type: 'VISITS', source: '1', target: '2', properties: { articleCount: 2, firstDate: '2024-04-28', lastDate: '2024-04-28' } },
          ],
        },
        truncated: false,
        elapsedMs: 1,
      }),
    );
    expect(g.getEdgeAttribute(g.edge('person:马斯克', 'place:北京')!, 'relations')).toMatchObject([{ type: 'VISITS', articleCount: 2 }]);
  });

  it('should keep the switched-off edge types in the link, and drop unknown ones', () => {
    const view = { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, hiddenEdgeTypes: ['CO_MENTIONED', 'MEETS'] } };
    expect(encodeView(view)).toBe('hideEdges=CO_MENTIONED%2CMEETS');
    expect(decodeView(encodeView(view)).filters.hiddenEdgeTypes).toEqual(['CO_MENTIONED', 'MEETS']);
    expect(decodeView('?hideEdges=MEETS,<script>').filters.hiddenEdgeTypes).toEqual(['MEETS']);
    expect(decodeView('').filters.hiddenEdgeTypes).toBeUndefined();
  });
});
