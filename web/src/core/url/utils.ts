// Pure: the view a link reproduces (selection, filters, window, edge types, sizing, colouring, tab) to and from
// URL search parameters.
import { DEFAULT_FILTERS, type Filters } from '../filters/types.ts';
import { EDGE_TYPES } from '../graph/relations.ts';

export type Tab = 'details' | 'timeline' | 'console' | 'jobs' | 'audit' | 'alerts';
export const TABS: readonly Tab[] = ['details', 'timeline', 'console', 'jobs', 'audit', 'alerts'];

export interface ViewState {
  selected: string[];
  filters: Filters;
  sizeBy: 'mentions' | 'pagerank';
  colorBy: 'type' | 'community';
  tab: Tab;
  /** How many top entities the home view loads. */
  limit: number;
}

export const DEFAULT_VIEW: ViewState = { selected: [], filters: DEFAULT_FILTERS, sizeBy: 'mentions', colorBy: 'type', tab: 'details', limit: 300 };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function encodeView(view: ViewState): string {
  const p = new URLSearchParams();
  if (view.selected.length) p.set('sel', view.selected.join(','));
  if (view.filters.types.length) p.set('types', view.filters.types.join(','));
  if (view.filters.minWeight > 1) p.set('minWeight', String(view.filters.minWeight));
  if (view.filters.minConfidence > 0) p.set('minConf', String(view.filters.minConfidence));
  if (view.filters.from) p.set('from', view.filters.from);
  if (view.filters.to) p.set('to', view.filters.to);
  if (view.filters.hideIsolated) p.set('isolated', 'hide');
  if (view.filters.hiddenEdgeTypes?.length) p.set('hideEdges', view.filters.hiddenEdgeTypes.join(','));
  if (view.sizeBy !== 'mentions') p.set('size', view.sizeBy);
  if (view.colorBy !== 'type') p.set('color', view.colorBy);
  if (view.tab !== 'details') p.set('tab', view.tab);
  if (view.limit !== DEFAULT_VIEW.limit) p.set('limit', String(view.limit));
  return p.toString();
}

export function decodeView(search: string): ViewState {
  const p = new URLSearchParams(search);
  const list = (key: string) => (p.get(key) ?? '').split(',').filter((s) => s.length > 0);
  const day = (key: string) => {
    const v = p.get(key);
    return v && DAY.test(v) ? v : undefined;
  };
  const minWeight = Number.parseInt(p.get('minWeight') ?? '1', 10);
  const minConfidence = Number(p.get('minConf') ?? '0');
  const tab = p.get('tab') as Tab | null;
  const limit = Number.parseInt(p.get('limit') ?? '', 10);
  return {
    selected: list('sel'),
    filters: {
      types: list('types'),
      minWeight: Number.isFinite(minWeight) && minWeight >= 1 ? minWeight : 1,
      minConfidence: Number.isFinite(minConfidence) && minConfidence > 0 && minConfidence <= 1 ? minConfidence : 0,
      from: day('from'),
      to: day('to'),
      hideIsolated: p.get('isolated') === 'hide',
      ...(p.has('hideEdges') ? { hiddenEdgeTypes: list('hideEdges').filter((t) => (EDGE_TYPES as readonly string[]).includes(t)) } : {}),
    },
    sizeBy: p.get('size') === 'pagerank' ? 'pagerank' : 'mentions',
    colorBy: p.get('color') === 'community' ? 'community' : 'type',
    tab: tab && TABS.includes(tab) ? tab : 'details',
    limit: Number.isFinite(limit) && limit >= 1 && limit <= 20_000 ? limit : DEFAULT_VIEW.limit,
  };
}
