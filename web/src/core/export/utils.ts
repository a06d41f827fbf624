// Exports of the current view: GEXF (opens in Gephi, with viz colour, size and position) and JSON.
// Only what is visible is exported; colours and sizes come from what sigma displays.
import { write } from 'graphology-gexf/browser';
import Graph from 'graphology';
import type { ExplorerGraph } from '../graph/build.ts';
import { toApiGraph } from '../graph/build.ts';

export interface Display {
  isVisible(node: string): boolean;
  color(node: string): string;
  size(node: string): number;
}

export function viewToGexf(graph: ExplorerGraph, display: Display): string {
  const out = new Graph({ type: 'undirected' });
  graph.forEachNode((id, a) => {
    if (!display.isVisible(id)) return;
    out.addNode(id, { label: a.label, type: a.entityType, mentionCount: a.mentionCount, x: a.x, y: a.y, size: display.size(id), color: display.color(id) });
  });
  graph.forEachEdge((_e, a, s, t) => {
    if (out.hasNode(s) && out.hasNode(t) && !out.hasEdge(s, t)) out.addEdge(s, t, { weight: a.weight, articleCount: a.articleCount });
  });
  // The default writer maps label, x, y, size and color to GEXF's label and viz elements.
  return write(out);
}

export function viewToJson(graph: ExplorerGraph, display: Display): string {
  return JSON.stringify(
    toApiGraph(graph, (id) => display.isVisible(id)),
    null,
    2,
  );
}

export function download(filename: string, content: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
