// How the explorer looks, declared once for sigma 4: rules over data attributes and state flags.
// Why sigma 4 (not v3): hover, selection, search hits, path and filters are state flags that these
// rules read (`customNodeState`, `whenState`), so no reducer rebuilds display data by hand and no UI
// flag is ever written into the graph; labels are drawn in WebGL (one canvas, which also makes PNG
// export a single read-back); and it draws 10k nodes / 50k edges at the same cost as bare sigma
// because the app adds rules, not programs. The @sigma/* v3 add-ons are not needed.
import type { StylesDeclaration } from 'sigma/types';
import { COMMUNITY_COLORS, typeColor, type EdgeAttributes, type NodeAttributes } from './types.ts';

export interface NodeState {
  /** In the focused subgraph: the hovered or selected node, its neighbours, a path, a search hit. */
  isFocus: boolean;
  isSelected: boolean;
  isPath: boolean;
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
}

export const INITIAL_NODE_STATE: NodeState = { isFocus: false, isSelected: false, isPath: false };
export const INITIAL_EDGE_STATE: EdgeState = { isFocus: false, isPath: false };
export const INITIAL_GRAPH_STATE: GraphState = { hasFocus: false, sizeBy: 'mentions', colorBy: 'type' };

export const LABEL_FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const FADED_NODE = '#d9dde3';
const FADED_EDGE = '#eef0f3';
const EDGE = '#c3cad3';
const FOCUS_EDGE = '#6b7785';
const PATH = '#d62728';

export const EXPLORER_STYLES: StylesDeclaration<NodeAttributes, EdgeAttributes, NodeState, EdgeState, GraphState> = {
  nodes: [
    {
      x: { attribute: 'x' },
      y: { attribute: 'y' },
      label: { attribute: 'label' },
      labelFont: LABEL_FONT,
      labelColor: '#1f2933',
      color: (a, _s, g) => (g.colorBy === 'community' ? COMMUNITY_COLORS[a.community % COMMUNITY_COLORS.length]! : typeColor(a.entityType)),
      size: (a, _s, g) => (g.sizeBy === 'pagerank' ? a.rankSize : a.mentionSize),
      visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
      depth: 'nodes',
      labelVisibility: 'auto',
      backdropVisibility: 'hidden',
      backdropColor: '#ffffff',
      backdropShadowColor: 'rgba(0, 0, 0, 0.35)',
      backdropShadowBlur: 10,
      backdropPadding: 5,
      cursor: 'pointer',
    },
    { when: (_a, s, g) => g.hasFocus && !s.isFocus && !s.isHovered, then: { color: FADED_NODE, labelVisibility: 'hidden' } },
    { whenState: 'isFocus', then: { depth: 'topNodes', labelVisibility: 'visible' } },
    { whenState: 'isHighlighted', then: { depth: 'topNodes', labelVisibility: 'visible', backdropVisibility: 'visible' } },
    {
      whenState: 'isPath',
      then: { depth: 'topNodes', labelVisibility: 'visible', backdropVisibility: 'visible', backdropBorderColor: PATH, backdropBorderWidth: 2 },
    },
    {
      whenState: 'isSelected',
      then: { depth: 'topNodes', labelVisibility: 'visible', backdropVisibility: 'visible', backdropBorderColor: '#1f2933', backdropBorderWidth: 2 },
    },
    { whenState: 'isHovered', then: { depth: 'topNodes', labelVisibility: 'visible', backdropVisibility: 'visible' } },
  ],
  edges: [
    {
      size: { attribute: 'size' },
      color: EDGE,
      visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
      depth: 'edges',
    },
    { when: (_a, s, g) => g.hasFocus && !s.isFocus && !s.isHovered, then: { color: FADED_EDGE } },
    { whenState: 'isFocus', then: { color: FOCUS_EDGE, depth: 'topEdges' } },
    { whenState: 'isHovered', then: { color: '#1f2933', depth: 'topEdges' } },
    { whenState: 'isPath', then: { color: PATH, depth: 'topEdges' } },
  ],
};
