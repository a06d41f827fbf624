import { describe, expect, it } from 'vitest';
import { decodeView, DEFAULT_VIEW, encodeView, type ViewState } from '../../../web/src/core/url/index.ts';

describe('view URL', () => {
  it('should encode the default view as an empty query', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(decodeView('')).toEqual(DEFAULT_VIEW);
  });

  it('should round-trip a selection, filters, window, switches, tab and size', () => {
    const view: ViewState = {
      selected: ['person:马斯克', 'organization:特斯拉'],
      filters: { types: ['Person', 'Organization'], minWeight: 3, minConfidence: 0.6, from: '2024-05-01', to: '2024-05-31', hideIsolated: true },
      sizeBy: 'pagerank',
      colorBy: 'community',
      tab: 'timeline',
      limit: 50,
    };
    expect(decodeView(`?${encodeView(view)}`)).toEqual(view);
  });

  it('should fall back to defaults on malformed values instead of failing', () => {
    const view = decodeView('?minWeight=-2&minConf=7&from=yesterday&tab=admin&size=huge&limit=0');
    expect(view.filters.minWeight).toBe(1);
    expect(view.filters.minConfidence).toBe(0);
    expect(view.filters.from).toBeUndefined();
    expect(view.tab).toBe('details');
    expect(view.sizeBy).toBe('mentions');
    expect(view.limit).toBe(300);
  });
});
