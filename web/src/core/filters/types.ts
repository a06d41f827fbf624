// The explorer's filters: app state, applied to sigma as isHidden flags, never to graph attributes.
export interface Filters {
  /** Entity types shown; empty means all. */
  types: string[];
  minWeight: number;
  /**
   * Entities and edges whose calibrated confidence is below this are hidden (0 shows all); those
   * without a confidence (data stored before it existed) always show.
   */
  minConfidence: number;
  /** Inclusive day window, YYYY-MM-DD; undefined means open. */
  from?: string;
  to?: string;
  hideIsolated: boolean;
  /** Edge types switched off in the legend (core/graph/relations.ts EDGE_TYPES); absent or empty: all shown. */
  hiddenEdgeTypes?: string[];
}

export const DEFAULT_FILTERS: Filters = { types: [], minWeight: 1, minConfidence: 0, hideIsolated: false };

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

/**
 * What the server says lies inside the time window (the windowed home view): the entity ids
 * articles published in it name. Nodes carry no dates of their own in the API's graph shape, so the
 * window is decided where the article dates are; every edge the server sends carries the days of its
 * first and last article, which decide for it (computeVisibility).
 */
export interface TimeWindow {
  nodes: Set<string>;
}
