// The explorer's graph state (hasFocus, sizeBy, colorBy, hiddenEdgeTypes), set so that only its own
// changes restyle the whole graph. Sigma cannot tell which graph state a style function reads, so with
// function rules it restyles every node and edge whenever any graph state changes, its own hover and
// camera flags included: hasHovered flips on every hover, and restyling 10k nodes and 50k edges was
// most of a hover frame. Our rules read only the explorer's state, so sigma is told they depend on item
// state, and setExplorerGraphState asks for the full restyle on the next frame itself.
import { INITIAL_GRAPH_STATE, type GraphState } from '../core/graph/styles.ts';
import type { ExplorerRenderer } from './graph-view.ts';

type StyleDependency = 'static' | 'item-state' | 'graph-state';
interface StyleAnalysis {
  dependency: StyleDependency;
}
/** Where sigma 4 keeps its classification of the style declarations (sigma.ts, refreshState). */
interface SigmaStyleAnalyses {
  internals?: { nodeStyleAnalysis?: StyleAnalysis };
  edgeStyleAnalysis?: StyleAnalysis;
}

function analyses(renderer: ExplorerRenderer): [StyleAnalysis, StyleAnalysis] {
  const s = renderer as unknown as SigmaStyleAnalyses;
  const nodes = s.internals?.nodeStyleAnalysis;
  const edges = s.edgeStyleAnalysis;
  if (!nodes || !edges || typeof nodes.dependency !== 'string' || typeof edges.dependency !== 'string') {
    throw new Error(
      'web/src/views/graph-state: sigma no longer keeps internals.nodeStyleAnalysis and edgeStyleAnalysis; a sigma upgrade moved them, update this module',
    );
  }
  return [nodes, edges];
}

/** Called once on a new renderer: its style rules are restyled per item, and in full only through setExplorerGraphState. */
export function restyleOnExplorerStateOnly(renderer: ExplorerRenderer): void {
  for (const a of analyses(renderer)) a.dependency = 'item-state';
}

const same = (a: unknown, b: unknown): boolean => (Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b);

/** Sets the explorer's graph state; when something changed, every node and edge is restyled on the next frame. */
export function setExplorerGraphState(renderer: ExplorerRenderer, change: Partial<GraphState>): void {
  const current = renderer.getGraphState();
  const changed = (Object.keys(change) as (keyof GraphState)[]).filter((k) => k in INITIAL_GRAPH_STATE && !same(current[k], change[k]));
  if (!changed.length) return;
  const all = analyses(renderer);
  for (const a of all) a.dependency = 'graph-state';
  renderer.once('afterRender', () => {
    for (const a of all) a.dependency = 'item-state';
  });
  renderer.setGraphState(Object.fromEntries(changed.map((k) => [k, change[k]])) as Partial<GraphState>);
}
