// The adjacency hint (web/src/core/graph/adjacency.ts) reaches into graphology's private node records:
// these tests fail on a graphology upgrade that moves them, and check that a prepared graph answers
// every neighbourhood question as an unprepared one does.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { prepareAdjacency } from '../../../web/src/core/graph/adjacency.ts';

function ring(n: number, prepared: boolean): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < n; i++) graph.addNode(`person:${i}`);
  if (prepared) prepareAdjacency(graph);
  for (let i = 0; i < n; i++) {
    graph.addEdge(`person:${i}`, `person:${(i + 1) % n}`);
    graph.addEdge(`person:${i}`, `person:${(i + 3) % n}`);
  }
  return graph;
}

describe('prepareAdjacency', () => {
  it('should leave a graph answering neighbours, edges and degrees as before', () => {
    const plain = ring(50, false);
    const prepared = ring(50, true);
    expect(prepared.size).toBe(plain.size);
    for (const node of plain.nodes()) {
      expect(prepared.neighbors(node).sort()).toEqual(plain.neighbors(node).sort());
      expect(prepared.degree(node)).toBe(plain.degree(node));
    }
    expect(prepared.hasEdge('person:0', 'person:1')).toBe(true);
    expect(prepared.hasEdge('person:1', 'person:0')).toBe(true);
    expect(prepared.hasEdge('person:0', 'person:2')).toBe(false);
    expect(() => prepared.addEdge('person:1', 'person:0')).toThrow(/already exist/);
    prepared.dropNode('person:1');
    expect(prepared.neighbors('person:0').sort()).toEqual(['person:3', 'person:49', 'person:47'].sort());
  });

  it('should leave no probe key behind in graphology node records', () => {
    const graph = ring(5, true);
    const records = (graph as unknown as { _nodes: Map<string, { undirected: object }> })._nodes;
    for (const [key, record] of records) expect(Object.keys(record.undirected).sort()).toEqual(graph.neighbors(key).sort());
  });

  it('should say where to look when graphology keeps its nodes elsewhere', () => {
    const graph = new Graph();
    (graph as unknown as { _nodes: unknown })._nodes = {};
    expect(() => prepareAdjacency(graph)).toThrow(/web\/src\/core\/graph\/adjacency: graphology no longer keeps its nodes in graph._nodes/);
  });
});
