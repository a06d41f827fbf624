// The explorer's curation logic without a browser: audit lines and undo, what a record changes on
// the canvas (hide drops, merge leaves one node where the absorbed one was, undo reverses), unread alerts.
import { describe, expect, it } from 'vitest';
import type { AlertJson, CurationRecordJson } from '../../../web/shared/curation-types.ts';
import {
  applyCurationToGraph,
  canUndo,
  curationEffect,
  describeCuration,
  newestFirst,
  newestSeen,
  unreadAlerts,
} from '../../../web/src/core/curation/index.ts';
import { buildGraph } from '../../../web/src/core/graph/index.ts';
import type { ApiGraph } from '../../../web/src/core/graph/types.ts';

const meta = { who: 'analyst-1', when: '2024-05-01T08:00:00Z', why: '', undone: false };
const musk = { id: 'person:马斯克', name: '马斯克', type: 'Person' as const, aliases: ['马斯克'] };
const elon = { id: 'person:埃隆', name: '埃隆', type: 'Person' as const, aliases: ['埃隆'] };
const merge: CurationRecordJson = { ...meta, id: 'c1', seq: 1, operation: 'merge', args: { into: musk, absorbed: [elon] } };
const hide: CurationRecordJson = { ...meta, id: 'c2', seq: 2, operation: 'hide', args: { entity: 'organization:特斯拉' } };
const undoMerge: CurationRecordJson = { ...meta, id: 'c3', seq: 3, operation: 'undo', args: { curation: 'c1', operation: 'merge', args: merge.args } };
const split: CurationRecordJson = {
  ...meta,
  id: 'c4',
  seq: 4,
  operation: 'split',
  args: { entity: 'person:马斯克', aliases: ['马某'], target: { id: 'person:马某', name: '马某', type: 'Person' }, created: true },
};

const graphOf = (ids: string[], edges: [string, string][] = []): ApiGraph => ({
  nodes: ids.map((id) => ({ id, name: id.split(':')[1]!, type: 'Person', mentionCount: 1, x: ids.indexOf(id) * 10, y: 0 })),
  edges: edges.map(([source, target]) => ({ source, target, weight: 1 })),
});

describe('curation records in the audit list', () => {
  it('should list the newest first and allow undo only of records neither undone nor undos', () => {
    expect(newestFirst([merge, hide, undoMerge]).map((r) => r.id)).toEqual(['c3', 'c2', 'c1']);
    expect(canUndo(hide)).toBe(true);
    expect(canUndo({ ...merge, undone: true })).toBe(false);
    expect(canUndo(undoMerge)).toBe(false);
  });

  it('should say what each record did in Chinese and English', () => {
    expect(describeCuration(merge)).toBe('合并 Merge: 埃隆 → 马斯克');
    expect(describeCuration(hide)).toBe('隐藏 Hide: organization:特斯拉');
    expect(describeCuration(undoMerge)).toBe('撤销 Undo (合并 Merge: 埃隆 → 马斯克)');
    expect(describeCuration(split)).toBe('拆分 Split: person:马斯克 − 马某 → person:马某');
    expect(describeCuration({ operation: 'retype', args: { entity: 'place:特斯拉', type: 'Organization', previous: 'Place' } })).toBe(
      '改类型 Retype: place:特斯拉: 地点 Place → 机构 Organization',
    );
  });
});

describe('a curation on the canvas', () => {
  it('should drop a hidden entity and bring it back when the hide is undone', () => {
    const graph = buildGraph(graphOf(['person:马斯克', 'organization:特斯拉'], [['person:马斯克', 'organization:特斯拉']]));
    expect(applyCurationToGraph(graph, curationEffect(hide), null).dropped).toEqual(['organization:特斯拉']);
    expect(graph.hasNode('organization:特斯拉')).toBe(false);
    const undo = curationEffect({ operation: 'undo', args: { curation: 'c2', operation: 'hide', args: hide.args } });
    expect(undo).toEqual({ drop: [], show: ['organization:特斯拉'] });
    applyCurationToGraph(graph, undo, graphOf(['organization:特斯拉', 'person:马斯克'], [['person:马斯克', 'organization:特斯拉']]));
    expect(graph.hasNode('organization:特斯拉')).toBe(true);
    expect(graph.hasEdge('person:马斯克', 'organization:特斯拉')).toBe(true);
  });

  it('should leave one node for a merge, where the absorbed one was when the kept one was not shown, without adding the neighbours not shown', () => {
    const graph = buildGraph(graphOf(['person:埃隆', 'organization:特斯拉'], [['person:埃隆', 'organization:特斯拉']]));
    const at = { x: graph.getNodeAttribute('person:埃隆', 'x'), y: graph.getNodeAttribute('person:埃隆', 'y') };
    const data = graphOf(
      ['person:马斯克', 'organization:特斯拉', 'place:上海'],
      [
        ['person:马斯克', 'organization:特斯拉'],
        ['person:马斯克', 'place:上海'],
      ],
    );
    data.nodes[0]!.aliases = ['马斯克', '埃隆'];
    const change = applyCurationToGraph(graph, curationEffect(merge), data);
    expect(change).toEqual({ dropped: ['person:埃隆'], added: ['person:马斯克'], updated: [] });
    expect(graph.nodes().sort()).toEqual(['organization:特斯拉', 'person:马斯克']);
    expect(graph.getNodeAttributes('person:马斯克')).toMatchObject({ ...at, aliases: ['马斯克', '埃隆'] });
    expect(graph.hasEdge('person:马斯克', 'organization:特斯拉')).toBe(true);
  });

  it('should rename a node in place and bring back both entities when a merge is undone', () => {
    const graph = buildGraph(graphOf(['person:马斯克']));
    const renamed = {
      ...graphOf(['person:马斯克']),
      nodes: [{ id: 'person:马斯克', name: '埃隆·马斯克', type: 'Person', mentionCount: 3, aliases: ['马斯克'] }],
    };
    const change = applyCurationToGraph(
      graph,
      curationEffect({ operation: 'rename', args: { entity: 'person:马斯克', name: '埃隆·马斯克', previous: '马斯克' } }),
      renamed,
    );
    expect(change.updated).toEqual(['person:马斯克']);
    expect(graph.getNodeAttribute('person:马斯克', 'label')).toBe('埃隆·马斯克');
    expect(curationEffect(undoMerge)).toEqual({ drop: [], show: ['person:马斯克', 'person:埃隆'] });
    applyCurationToGraph(graph, curationEffect(undoMerge), graphOf(['person:马斯克', 'person:埃隆']));
    expect(graph.order).toBe(2);
  });

  it('should drop the entity a split created when the split is undone', () => {
    expect(curationEffect(split)).toEqual({ drop: [], show: ['person:马斯克', 'person:马某'] });
    expect(curationEffect({ operation: 'undo', args: { curation: 'c4', operation: 'split', args: split.args } })).toEqual({
      drop: ['person:马某'],
      show: ['person:马斯克'],
    });
  });
});

describe('unread alerts', () => {
  const alert = (id: string, at: string): AlertJson => ({
    id,
    at,
    entities: [],
    names: [],
    relation: 'CO_MENTIONED',
    watch: 'person:马斯克',
    articleId: null,
    title: null,
    url: null,
    sentence: null,
  });
  const alerts = [alert('a2', '2024-05-02T10:00:00.123456Z'), alert('a1', '2024-05-01T10:00:00Z')];

  it('should count every alert as unread before the list was ever opened, and only newer ones after', () => {
    expect(unreadAlerts(alerts, null)).toHaveLength(2);
    const seen = newestSeen(alerts, null);
    expect(seen).toBe('2024-05-02T10:00:00.123456Z');
    expect(unreadAlerts(alerts, seen)).toEqual([]);
    expect(unreadAlerts([alert('a3', '2024-05-03T00:00:00Z'), ...alerts], seen).map((a) => a.id)).toEqual(['a3']);
    expect(newestSeen([], seen)).toBe(seen);
  });
});
