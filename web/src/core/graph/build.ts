// Pure: API JSON → graphology graph with data attributes (label, type, size, colour from type) and
// a deterministic circular start layout. UI state is never stored here.
import Graph from 'graphology';
import { TYPE_COLORS, type ApiGraph } from './types.ts';

export function buildGraph(data: ApiGraph): Graph {
  const graph = new Graph({ type: 'undirected', multi: false });
  const maxMentions = Math.max(1, ...data.nodes.map((n) => n.mentionCount));
  data.nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, data.nodes.length);
    graph.addNode(node.id, {
      label: node.name,
      entityType: node.type,
      mentionCount: node.mentionCount,
      color: TYPE_COLORS[node.type] ?? '#888',
      size: 4 + 16 * Math.sqrt(node.mentionCount / maxMentions),
      x: Math.cos(angle) * 100,
      y: Math.sin(angle) * 100,
    });
  });
  const maxWeight = Math.max(1, ...data.edges.map((e) => e.weight));
  for (const edge of data.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.source, edge.target)) continue;
    graph.addEdge(edge.source, edge.target, {
      weight: edge.weight,
      size: 0.5 + 4 * (edge.weight / maxWeight),
      color: '#c3cad3',
    });
  }
  return graph;
}
