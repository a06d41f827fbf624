// The explorer's status line for what the graph shows, and what the home view left out.

/**
 * "N entities · M edges", and when the home view left weaker co-mentions among its entities out
 * (GET /api/home's edgesNotShown), how many: the graph must not look complete when it is not.
 */
export function graphStatus(visibleNodes: number, visibleEdges: number, edgesNotLoaded: number): string {
  const shown = `${visibleNodes} 个实体 entities · ${visibleEdges} 条边 edges`;
  if (edgesNotLoaded <= 0) return shown;
  return `${shown} · 另有 ${edgesNotLoaded} 条较弱的边未载入 ${edgesNotLoaded} weaker edges not loaded (展开实体可见 expand an entity to see its own)`;
}
