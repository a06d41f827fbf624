// Pure: which nodes and edges the filters hide. An entity is hidden when the window ends before it
// was first seen or starts after it was last seen (so moving the slider's end back hides what later
// articles brought in), or when it is less sure than the minimum confidence; an edge is hidden by
// weight, confidence, its own dates or with either end.
import type { ExplorerGraph } from '../graph/build.ts';
import type { Filters, TimeWindow, Visibility } from './types.ts';

/** YYYY-MM-DD of an ISO date or date-time; null when absent. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  return value.slice(0, 10);
}

export function outsideWindow(first: string | null, last: string | null, from?: string, to?: string): boolean {
  const f = dayOf(first);
  const l = dayOf(last) ?? f;
  if (to && f && f > to) return true;
  if (from && l && l < from) return true;
  return false;
}

/**
 * Entities: with `inWindow` from the server, membership decides; without one, dates on the
 * attributes do (graphs built from data that carries firstSeen/lastSeen, such as console results).
 * Edges: their own first/last seen days (every edge the server sends carries them).
 */
export function computeVisibility(graph: ExplorerGraph, filters: Filters, inWindow?: TimeWindow | null): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const types = new Set(filters.types);
  const unsure = (confidence: number | null) => confidence !== null && confidence < filters.minConfidence;
  graph.forEachNode((id, a) => {
    if (types.size > 0 && !types.has(a.entityType)) hiddenNodes.add(id);
    else if (unsure(a.confidence)) hiddenNodes.add(id);
    else if (inWindow ? !inWindow.nodes.has(id) : outsideWindow(a.firstSeen, a.lastSeen, filters.from, filters.to)) hiddenNodes.add(id);
  });
  graph.forEachEdge((id, a, source, target) => {
    const outside = outsideWindow(a.firstSeen, a.lastSeen, filters.from, filters.to);
    if (hiddenNodes.has(source) || hiddenNodes.has(target) || a.weight < filters.minWeight || unsure(a.confidence) || outside) {
      hiddenEdges.add(id);
    }
  });
  if (filters.hideIsolated) {
    graph.forEachNode((id) => {
      if (hiddenNodes.has(id)) return;
      const visibleEdge = graph.someEdge(id, (edge) => !hiddenEdges.has(edge));
      if (!visibleEdge) hiddenNodes.add(id);
    });
  }
  return { hiddenNodes, hiddenEdges };
}

/** The span of days the graph's data covers, for the time slider. */
export function dateExtent(graph: ExplorerGraph, extra: string[] = []): { min: string; max: string } | null {
  let min: string | null = null;
  let max: string | null = null;
  const see = (v: string | null | undefined) => {
    const d = dayOf(v);
    if (!d) return;
    if (!min || d < min) min = d;
    if (!max || d > max) max = d;
  };
  graph.forEachNode((_id, a) => {
    see(a.firstSeen);
    see(a.lastSeen);
  });
  extra.forEach(see);
  return min && max ? { min, max } : null;
}

/** Days between two YYYY-MM-DD dates (UTC), and the inverse, so a slider can work on integers. */
export function dayIndex(day: string, origin: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${origin}T00:00:00Z`)) / 86_400_000);
}

export function dayAt(index: number, origin: string): string {
  return new Date(Date.parse(`${origin}T00:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10);
}
