// Pure: a curation's effect on the explorer's graph. The entities it removes from view go (a hidden
// entity, those merged away); the ones it changed are read again from the server's neighbourhood of
// them (`data`) and put back with their new name, type and aliases, joined only to nodes already on
// the canvas, so an edit redraws what changed without expanding the view. A node that takes the
// place of removed ones (the entity a merge kept) starts where the first of them was.
import { mergeGraph, type ExplorerGraph } from '../graph/index.ts';
import type { ApiGraph } from '../graph/types.ts';
import type { CurationEffect } from './records.ts';

export interface CanvasChange {
  dropped: string[];
  added: string[];
  updated: string[];
}

/** Drops `effect.drop`; adds or updates `effect.show` from `data` (null: nothing to read). */
export function applyCurationToGraph(graph: ExplorerGraph, effect: CurationEffect, data: ApiGraph | null): CanvasChange {
  const change: CanvasChange = { dropped: [], added: [], updated: [] };
  let place: { x: number; y: number } | null = null;
  for (const id of effect.drop) {
    if (!graph.hasNode(id)) continue;
    place ??= { x: graph.getNodeAttribute(id, 'x'), y: graph.getNodeAttribute(id, 'y') };
    graph.dropNode(id);
    change.dropped.push(id);
  }
  if (!data) return change;
  const show = new Set(effect.show);
  const kept = { nodes: data.nodes.filter((n) => show.has(n.id) || graph.hasNode(n.id)), edges: data.edges };
  const anchor = effect.show.find((id) => graph.hasNode(id));
  const added = mergeGraph(graph, kept, anchor);
  change.added = added.nodes;
  if (place && added.nodes.length) graph.mergeNodeAttributes(added.nodes[0]!, place);
  for (const node of data.nodes) {
    if (!show.has(node.id) || !graph.hasNode(node.id) || added.nodes.includes(node.id)) continue;
    graph.mergeNodeAttributes(node.id, { label: node.name, entityType: node.type, aliases: node.aliases ?? [], mentionCount: node.mentionCount });
    change.updated.push(node.id);
  }
  return change;
}
