// How the explorer looks, declared once for sigma 4: rules over data attributes and state flags.
// Why sigma 4 (not v3): hover, selection, search hits, path and filters are state flags that these
// rules read (`customNodeState`, `whenState`), so no reducer rebuilds display data by hand and no UI
// flag is ever written into the graph; labels are drawn in WebGL (one canvas, which also makes PNG
// export a single read-back); and it draws 10k nodes / 50k edges at the same cost as bare sigma
// because the app adds rules, not programs. The @sigma/* v3 add-ons are not needed.
import type { StylesDeclaration } from 'sigma/types';
import { CO_MENTIONED, EDGE_TYPE_LABELS, edgeTypeColor, shownEdgeType } from './relations.ts';
import { COMMUNITY_COLORS, typeColor, type EdgeAttributes, type NodeAttributes } from './types.ts';

export interface NodeState {
  /** In the focused subgraph: the hovered or selected node, its neighbours, a path, a search hit. */
  isFocus: boolean;
  isSelected: boolean;
  isPath: boolean;
  /** Its label is drawn: picked by views/controllers/labels.ts, never two overlapping. */
  hasLabel: boolean;
}
export interface EdgeState {
  isFocus: boolean;
  isPath: boolean;
}
export interface GraphState {
  /** Something is focused: everything outside the focus fades. */
  hasFocus: boolean;
  sizeBy: 'mentions' | 'pagerank';
  colorBy: 'type' | 'community';
  /** Edge types the legend has switched off (relations.ts): an edge shows its first type still on. */
  hiddenEdgeTypes: string[];
}

export const INITIAL_NODE_STATE: NodeState = { isFocus: false, isSelected: false, isPath: false, hasLabel: false };
export const INITIAL_EDGE_STATE: EdgeState = { isFocus: false, isPath: false };
export const INITIAL_GRAPH_STATE: GraphState = { hasFocus: false, sizeBy: 'mentions', colorBy: 'type', hiddenEdgeTypes: [] };

/** Node label size in pixels, and the gap from the disc's edge to the text (sigma's default margin). */
export const NODE_LABEL_SIZE = 14;
export const NODE_LABEL_MARGIN = 5;
export const LABEL_FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const FADED_NODE = '#d9dde3';
const FADED_EDGE = '#eef0f3';

/** The type an edge shows, null for a plain co-mention (neutral grey, no label). */
function typedShown(a: EdgeAttributes, g: GraphState): string | null {
  if (a.relations.length === 0) return null;
  const t = shownEdgeType(a, g.hiddenEdgeTypes);
  return t === CO_MENTIONED ? null : t;
}
const FOCUS_EDGE = '#6b7785';

const PATH = '#d62728';

/** From this confidence up an edge is drawn in full ink: most edges stay crisp, only doubtful ones fade. */
export const SURE_EDGE = 0.8;

/**
 * A colour drawn fainter the less sure the edge is: below SURE_EDGE it is blended toward the white
 * background, down to 30% ink at confidence 0. Unknown confidence (null) draws in full ink, as before.
 */
export function confidenceInk(hex: string, confidence: number | null): string {
  if (confidence === null || confidence >= SURE_EDGE || !/^#[0-9a-f]{6}$/i.test(hex)) return hex;
  const ink = 0.3 + 0.7 * (Math.max(0, confidence) / SURE_EDGE);
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16);
    return Math.round(255 - (255 - c) * ink)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

export const EXPLORER_STYLES: StylesDeclaration<NodeAttributes, EdgeAttributes, NodeState, EdgeState, GraphState> = {
  nodes: [
    {
      x: { attribute: 'x' },
      y: { attribute: 'y' },
      label: { attribute: 'label' },
      labelFont: LABEL_FONT,
      labelSize: NODE_LABEL_SIZE,
      labelColor: '#1f2933',
      color: (a, _s, g) => (g.colorBy === 'community' ? COMMUNITY_COLORS[a.community % COMMUNITY_COLORS.length]! : typeColor(a.entityType)),
      size: (a, _s, g) => (g.sizeBy === 'pagerank' ? a.rankSize : a.mentionSize),
      visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
      depth: 'nodes',
      // Sigma's label grid lets neighbouring labels overlap; the labels controller picks instead.
      labelVisibility: { whenState: 'hasLabel', then: 'visible', else: 'hidden' },
      backdropVisibility: 'hidden',
      backdropColor: '#ffffff',
      backdropShadowColor: 'rgba(0, 0, 0, 0.35)',
      backdropShadowBlur: 10,
      backdropPadding: 5,
      cursor: 'pointer',
    },
    { when: (_a, s, g) => g.hasFocus && !s.isFocus && !s.isHovered, then: { color: FADED_NODE, labelVisibility: 'hidden' } },
    { whenState: 'isFocus', then: { depth: 'topNodes' } },
    { whenState: 'isHighlighted', then: { depth: 'topNodes', backdropVisibility: 'visible' } },
    { whenState: 'isPath', then: { depth: 'topNodes', backdropVisibility: 'visible', backdropBorderColor: PATH, backdropBorderWidth: 2 } },
    { whenState: 'isSelected', then: { depth: 'topNodes', backdropVisibility: 'visible', backdropBorderColor: '#1f2933', backdropBorderWidth: 2 } },
    { whenState: 'isHovered', then: { depth: 'topNodes', backdropVisibility: 'visible' } },
  ],
  edges: [
    {
      size: { attribute: 'size' },
      // Co-mentions neutral grey as always; a typed edge in its type's colour, labelled 会见 and the like.
      // Weak edges fainter (issue 17 §5): a reader sees at a glance which links the extractor doubts.
      color: (a, _s, g) => confidenceInk(edgeTypeColor(typedShown(a, g) ?? CO_MENTIONED), a.confidence),
      label: (a, _s, g) => {
        const t = typedShown(a, g);
        return t === null ? '' : (EDGE_TYPE_LABELS[t]?.zh ?? t);
      },
      labelFont: LABEL_FONT,
      labelColor: (a, _s, g) => edgeTypeColor(typedShown(a, g) ?? CO_MENTIONED),
      labelSize: 11,
      labelVisibility: 'auto',
      visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
      depth: 'edges',
    },
    { when: (a, _s, g) => typedShown(a, g) !== null, then: { size: (a) => Math.max(2, a.size) } },
    { when: (_a, s, g) => g.hasFocus && !s.isFocus && !s.isHovered, then: { color: FADED_EDGE, labelVisibility: 'hidden' } },
    { when: (a, s, g) => s.isFocus && typedShown(a, g) === null, then: { color: (a) => confidenceInk(FOCUS_EDGE, a.confidence) } },
    { whenState: 'isFocus', then: { depth: 'topEdges' } },
    { whenState: 'isHovered', then: { color: '#1f2933', depth: 'topEdges' } },
    { whenState: 'isPath', then: { color: PATH, depth: 'topEdges' } },
  ],
};
