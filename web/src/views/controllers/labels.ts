// Controller (renders nothing): decides which node labels sigma draws, as the `hasLabel` state flag.
// Candidates in priority order — hovered, selected, path and highlighted nodes, the selection's
// neighbours, then the rest by size — go through core/layout pickLabels, which keeps a label only
// where it overlaps no label and no labelled disc already kept. Runs once per frame at most after a
// focus or layout change, and once the camera rests (a pan moves every label together, so the
// kept set stays free of overlaps while it moves).
import { pickLabels, rightLabelBox, type LabelCandidate } from '../../core/layout/index.ts';
import { LABEL_FONT, NODE_LABEL_MARGIN, NODE_LABEL_SIZE } from '../../core/graph/styles.ts';
import type { ExplorerRenderer } from '../graph-view.ts';

/** Nodes whose labels come first, most important first (each list already in the order wanted). */
export type LabelPriorities = () => string[][];

const CAMERA_REST_MS = 120;
/** Extra room around a label: a little for glyph metrics, more where a backdrop is drawn. */
const PAD = 2;
const BACKDROP_PAD = 8;
const LINE_HEIGHT = 1.25;

export class LabelsController {
  private shown = new Set<string>();
  private frame = 0;
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  private bySize: string[] | null = null;
  private sizedBy = '';
  private readonly widths = new Map<string, number>();
  private readonly measure = document.createElement('canvas').getContext('2d');
  private readonly onCamera = () => {
    clearTimeout(this.restTimer);
    this.restTimer = setTimeout(() => this.schedule(), CAMERA_REST_MS);
  };
  private readonly onGraph = () => {
    this.bySize = null;
    this.schedule();
  };
  private beforeRender = false;
  private inFrame = 0;
  private readonly onBeforeRender = () => {
    if (!this.beforeRender) return;
    this.beforeRender = false;
    this.update();
  };

  constructor(
    private readonly renderer: ExplorerRenderer,
    private readonly priorities: LabelPriorities,
  ) {
    renderer.getCamera().on('updated', this.onCamera);
    const graph = renderer.getGraph();
    for (const event of ['nodeAdded', 'nodeDropped', 'cleared', 'eachNodeAttributesUpdated', 'nodeAttributesUpdated'] as const) graph.on(event, this.onGraph);
    renderer.on('resize', this.onGraph);
    renderer.on('beforeRender', this.onBeforeRender);
    if (this.measure) this.measure.font = `${NODE_LABEL_SIZE}px ${LABEL_FONT}`;
    this.schedule();
  }

  /** Recomputes the labels before the next frame (many calls in one frame cost one pass). */
  schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  }

  /**
   * Recomputes the labels in the frame that draws a focus change (hover, selection): the frame sigma
   * renders for the change picks them first, so the hovered node's label comes with its highlight
   * instead of one frame later, at the cost of a second whole frame. Positions must be as drawn
   * already: graph and camera changes go through schedule().
   */
  scheduleInFrame(): void {
    this.beforeRender = true;
    // Should the change draw nothing (no render was asked for), the next frame picks anyway; when a
    // render was asked for, its frame callback ran first and this one finds nothing left to do.
    this.inFrame ||= requestAnimationFrame(() => {
      this.inFrame = 0;
      this.onBeforeRender();
    });
  }

  /** The labels drawn now. */
  get labelled(): ReadonlySet<string> {
    return this.shown;
  }

  update(): void {
    const r = this.renderer;
    const { width, height } = r.getDimensions();
    if (!width || !height) return;
    const keep = new Set(pickLabels(this.candidates(), { width, height }));
    // Compared with sigma's state, not only with the last pass: a node dropped and added again
    // (the console's "replace canvas", a new time window) starts with its label off.
    const on = [...keep].filter((k) => !r.getNodeState(k).hasLabel);
    const graph = r.getGraph();
    const off = [...this.shown].filter((k) => !keep.has(k) && graph.hasNode(k));
    if (on.length) r.setNodesState(on, { hasLabel: true });
    if (off.length) r.setNodesState(off, { hasLabel: false });
    this.shown = keep;
  }

  private textWidth(label: string): number {
    let w = this.widths.get(label);
    if (w === undefined) {
      // Without a 2D context, a CJK character is about one em wide.
      w = this.measure ? this.measure.measureText(label).width : label.length * NODE_LABEL_SIZE;
      this.widths.set(label, w);
    }
    return w;
  }

  private *candidates(): Generator<LabelCandidate> {
    const r = this.renderer;
    const graph = r.getGraph();
    const faded = r.getGraphState().hasFocus;
    const seen = new Set<string>();
    const ratio = r.getCamera().ratio;
    const candidate = (key: string, forced: boolean): LabelCandidate | null => {
      if (seen.has(key) || !graph.hasNode(key)) return null;
      seen.add(key);
      const d = r.getNodeDisplayData(key);
      if (!d || !d.label || d.visibility === 'hidden') return null;
      const state = r.getNodeState(key);
      if (state.isHidden || (faded && !state.isFocus && !state.isHovered)) return null;
      const p = r.framedGraphToViewport(d);
      const radius = r.scaleSize(d.size, ratio);
      const backdrop = state.isHovered || state.isSelected || state.isHighlighted || state.isPath;
      const box = rightLabelBox(p.x, p.y, radius, this.textWidth(d.label), NODE_LABEL_SIZE * LINE_HEIGHT, NODE_LABEL_MARGIN, backdrop ? BACKDROP_PAD : PAD);
      return { key, x: p.x, y: p.y, r: radius, box, forced };
    };
    for (const list of this.priorities()) {
      for (const key of list) {
        const c = candidate(key, true);
        if (c) yield c;
      }
    }
    if (this.sizedBy !== r.getGraphState().sizeBy) this.bySize = null;
    this.sizedBy = r.getGraphState().sizeBy;
    this.bySize ??= graph.nodes().sort((a, b) => (r.getNodeDisplayData(b)?.size ?? 0) - (r.getNodeDisplayData(a)?.size ?? 0) || (a < b ? -1 : 1));
    for (const key of this.bySize) {
      const c = candidate(key, false);
      if (c) yield c;
    }
  }

  kill(): void {
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.inFrame);
    clearTimeout(this.restTimer);
    this.renderer.getCamera().off('updated', this.onCamera);
    const graph = this.renderer.getGraph();
    for (const event of ['nodeAdded', 'nodeDropped', 'cleared', 'eachNodeAttributesUpdated', 'nodeAttributesUpdated'] as const) graph.off(event, this.onGraph);
    this.renderer.off('resize', this.onGraph);
    this.renderer.off('beforeRender', this.onBeforeRender);
  }
}
