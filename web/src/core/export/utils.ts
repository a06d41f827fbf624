// Exports of the current view: GEXF (opens in Gephi, with viz colour, size and position) and JSON.
// Only what is visible is exported; colours and sizes come from what sigma displays. GEXF is written
// as version 1.3 (namespaces http://gexf.net/1.3 and http://gexf.net/1.3/viz): graphology-gexf's 1.2
// writer declares its viz namespace as http:///www.gexf.net/1.1draft/viz, three slashes, which XML
// tools reject. Colours go out as r, g, b (every Gephi reads those; 1.3's hex is newer).
import write from 'graphology-gexf/browser/writer';
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
    out.addNode(id, {
      label: a.label,
      type: a.entityType,
      mentionCount: a.mentionCount,
      x: a.x,
      y: a.y,
      size: display.size(id),
      color: rgb(display.color(id)),
    });
  });
  graph.forEachEdge((_e, a, s, t) => {
    if (out.hasNode(s) && out.hasNode(t) && !out.hasEdge(s, t)) out.addEdge(s, t, { weight: a.weight, articleCount: a.articleCount });
  });
  // The default writer maps label, x, y, size and color to GEXF's label and viz elements.
  return write(out, { version: GEXF_VERSION });
}

export const GEXF_VERSION = '1.3';

/** #rgb or #rrggbb as rgb(r,g,b), so the writer emits r, g and b; any other CSS colour as it is. */
export function rgb(color: string): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return color;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
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
