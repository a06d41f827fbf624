// The explorer's status line for what the graph shows, and what the home view left out.

/** What the home view left out of the co-mentions among its entities (GET /api/home). */
export interface EdgesNotLoaded {
  /** How many, when the server counted them. */
  count: number;
  /** When it did not (a large graph): every one left out weighs at most this. */
  maxWeight: number | null;
  /** Typed edges (roles, relations) left out as stated by fewer articles than those sent. */
  typed: number;
}

export const NOTHING_LEFT_OUT: EdgesNotLoaded = { count: 0, maxWeight: null, typed: 0 };

export function edgesNotLoaded(view: { edgesNotShown?: number; maxWeightNotShown?: number; typedEdgesNotShown?: number }): EdgesNotLoaded {
  return { count: view.edgesNotShown ?? 0, maxWeight: view.maxWeightNotShown ?? null, typed: view.typedEdgesNotShown ?? 0 };
}

/** " · weaker edges of weight W or less may not all be loaded" when a view bounded what it may have left out (the home view certainly did; a neighbourhood may have), else nothing. */
export function weakerNotLoaded(maxWeight: number | null | undefined): string {
  return maxWeight === null || maxWeight === undefined
    ? ''
    : ` · 权重不超过 ${maxWeight} 的较弱的边可能未全部载入 weaker edges of weight ${maxWeight} or less may not all be loaded`;
}

/** " · N typed edges not loaded" when a view left typed edges out, else nothing. */
export function typedNotLoaded(typed: number | undefined): string {
  return typed ? ` · 另有 ${typed} 条陈述较少的关系未载入 ${typed} typed edges stated by fewer articles not loaded` : '';
}

/**
 * "N entities · M edges", and when the home view left weaker co-mentions among its entities out,
 * how many or how weak: the graph must not look complete when it is not.
 */
export function graphStatus(visibleNodes: number, visibleEdges: number, left: EdgesNotLoaded): string {
  const shown = `${visibleNodes} 个实体 entities · ${visibleEdges} 条边 edges`;
  const expand = '(展开实体可见 expand an entity to see its own)';
  const typed = typedNotLoaded(left.typed);
  if (left.maxWeight !== null) {
    return `${shown}${weakerNotLoaded(left.maxWeight)} ${expand}${typed}`;
  }
  if (left.count <= 0) return shown + typed;
  return `${shown} · 另有 ${left.count} 条较弱的边未载入 ${left.count} weaker edges not loaded ${expand}${typed}`;
}
