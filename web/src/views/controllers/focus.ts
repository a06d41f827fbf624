// Controller (renders nothing): hover, selection, search/event highlights and the shortest path,
// turned into sigma state flags. Only the nodes and edges whose flags change are touched, so hovering
// a 10k-node graph costs as much as the hovered neighbourhood.
import { setExplorerGraphState } from '../graph-state.ts';
import type { ExplorerRenderer } from '../graph-view.ts';

export interface FocusInput {
  hovered: string | null;
  selected: string[];
  highlighted: string[];
  pathNodes: string[];
  pathEdges: string[];
}

export class FocusController {
  private input: FocusInput = { hovered: null, selected: [], highlighted: [], pathNodes: [], pathEdges: [] };
  private focusNodes = new Set<string>();
  private focusEdges = new Set<string>();
  private flagged = { selected: new Set<string>(), highlighted: new Set<string>(), pathNodes: new Set<string>(), pathEdges: new Set<string>() };
  /** Called after every change (the labels controller re-picks labels). */
  onChange: () => void = () => undefined;
  private readonly onEnter = ({ node }: { node: string }) => this.update({ hovered: node });
  private readonly onLeave = () => this.update({ hovered: null });

  constructor(private readonly renderer: ExplorerRenderer) {
    renderer.on('enterNode', this.onEnter);
    renderer.on('leaveNode', this.onLeave);
  }

  get state(): Readonly<FocusInput> {
    return this.input;
  }

  update(change: Partial<FocusInput>): void {
    this.input = { ...this.input, ...change };
    const graph = this.renderer.getGraph();
    const keep = (ids: string[]) => ids.filter((id) => graph.hasNode(id));
    this.input.selected = keep(this.input.selected);
    this.input.highlighted = keep(this.input.highlighted);
    this.input.pathNodes = keep(this.input.pathNodes);
    this.input.pathEdges = this.input.pathEdges.filter((e) => graph.hasEdge(e));
    if (this.input.hovered && !graph.hasNode(this.input.hovered)) this.input.hovered = null;

    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const centre of [...this.input.selected, ...(this.input.hovered ? [this.input.hovered] : [])]) {
      nodes.add(centre);
      graph.forEachEdge(centre, (edge, _a, source, target) => {
        if (this.renderer.getEdgeState(edge).isHidden) return;
        edges.add(edge);
        nodes.add(source === centre ? target : source);
      });
    }
    for (const id of [...this.input.highlighted, ...this.input.pathNodes]) nodes.add(id);
    for (const id of this.input.pathEdges) edges.add(id);

    this.applySet(this.focusNodes, nodes, (ids, v) => this.renderer.setNodesState(ids, { isFocus: v }));
    this.applySet(this.focusEdges, edges, (ids, v) => this.renderer.setEdgesState(ids, { isFocus: v }));
    this.applySet(this.flagged.selected, new Set(this.input.selected), (ids, v) => this.renderer.setNodesState(ids, { isSelected: v }));
    this.applySet(this.flagged.highlighted, new Set(this.input.highlighted), (ids, v) => this.renderer.setNodesState(ids, { isHighlighted: v }));
    this.applySet(this.flagged.pathNodes, new Set(this.input.pathNodes), (ids, v) => this.renderer.setNodesState(ids, { isPath: v }));
    this.applySet(this.flagged.pathEdges, new Set(this.input.pathEdges), (ids, v) => this.renderer.setEdgesState(ids, { isPath: v }));
    this.focusNodes = nodes;
    this.focusEdges = edges;
    // Only a selection, a highlight or a path fades the rest. Hover just lifts the neighbourhood:
    // a graph-state change restyles all 60k items of a large graph, a node-state change a few.
    const hasFocus = this.input.selected.length + this.input.highlighted.length + this.input.pathNodes.length + this.input.pathEdges.length > 0;
    setExplorerGraphState(this.renderer, { hasFocus });
    this.onChange();
  }

  /** Sets `v=true` on what entered and `false` on what left; `current` is replaced by the caller. */
  private applySet(current: Set<string>, next: Set<string>, set: (ids: string[], value: boolean) => void): void {
    const entered = [...next].filter((id) => !current.has(id));
    const left = [...current].filter((id) => !next.has(id) && (this.renderer.getGraph().hasNode(id) || this.renderer.getGraph().hasEdge(id)));
    if (entered.length) set(entered, true);
    if (left.length) set(left, false);
    current.clear();
    next.forEach((id) => current.add(id));
  }

  kill(): void {
    this.renderer.off('enterNode', this.onEnter);
    this.renderer.off('leaveNode', this.onLeave);
  }
}
