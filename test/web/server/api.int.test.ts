import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../ingest/store/client.ts';
import type { ApiGraph, EntityDetail, EvidenceItem, Page, SearchHit } from '../../../web/shared/api-types.ts';
import { createApp } from '../../../web/server/app.ts';
import { openTestStore } from '../../setup/store.ts';
import { HOSTILE_ID, HOSTILE_NAME, seedExplorerData } from '../fixtures/explorer-data.ts';

let store: Store;
const app = () => createApp({ store });
async function get<T>(path: string, status = 200): Promise<T> {
  const response = await app().request(path);
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(status);
  return (await response.json()) as T;
}

beforeAll(async () => {
  store = openTestStore();
  await seedExplorerData(store);
});
afterAll(async () => {
  await store.close();
});

describe('explorer API over the real Neo4j', () => {
  it('should draw a home view that holds 马斯克 and 特斯拉', async () => {
    const home = await get<ApiGraph>('/api/home?limit=300');
    const names = home.nodes.map((n) => n.name);
    expect(names).toContain('马斯克');
    expect(names).toContain('特斯拉');
    expect(home.edges.length).toBeGreaterThan(5);
  });

  it('should send the strongest edgeLimit co-mentions and count the rest, and refuse an edgeLimit out of range', async () => {
    const capped = await get<ApiGraph>('/api/home?limit=300&edgeLimit=2');
    expect(capped.edges.filter((e) => !('type' in e))).toHaveLength(2);
    // Counted, or (the weight index walked) how heavy what was left out may be: either says the graph is not complete.
    if (capped.maxWeightNotShown === undefined) expect(capped.edgesNotShown).toBeGreaterThan(0);
    else {
      const all = await get<ApiGraph>('/api/home?limit=300&edgeLimit=100000');
      const weights = all.edges
        .filter((e) => !('type' in e))
        .map((e) => e.weight)
        .sort((a, b) => b - a);
      expect(weights.length).toBeGreaterThan(2);
      expect(capped.maxWeightNotShown).toBe(weights[1]);
    }
    for (const bad of ['edgeLimit=-1', 'edgeLimit=100001', 'edgeLimit=many']) {
      const body = await get<{ error: string }>(`/api/home?${bad}`, 400);
      expect(body.error).toContain('edgeLimit');
      expect((await get<{ error: string }>(`/api/graph?${bad}`, 400)).error).toContain('edgeLimit');
    }
    expect((await get<{ error: string }>('/api/graph?edgeLimit=0', 400)).error).toContain('edgeLimit');
    // The time filter's question: which entities a window holds, no edge read.
    for (const window of ['', '&from=2024-01-01&to=2024-12-31']) {
      const nodesOnly = await get<ApiGraph>(`/api/home?limit=300&edgeLimit=0${window}`);
      expect(nodesOnly.edges).toEqual([]);
      expect(nodesOnly.nodes).toEqual((await get<ApiGraph>(`/api/home?limit=300${window}`)).nodes);
      expect(nodesOnly.nodes.length).toBeGreaterThan(5);
    }
  });

  it('should leave the June-only entity out of a window that ends in May', async () => {
    const all = await get<ApiGraph>('/api/home?limit=1000');
    const may = await get<ApiGraph>('/api/home?limit=1000&to=2024-05-31');
    expect(all.nodes.some((n) => n.id === HOSTILE_ID)).toBe(true);
    expect(may.nodes.some((n) => n.id === HOSTILE_ID)).toBe(false);
    expect(may.nodes.some((n) => n.name === '马斯克')).toBe(true);
  });

  it.each([['马斯克'], ['mask'], ['masike'], ['msk'], ['mskr'], ['Elon Musk']])('should find 马斯克 first when searching %s', async (q) => {
    const { results } = await get<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}`);
    expect(results[0]?.name).toBe('马斯克');
  });

  it('should answer an empty search with 400 naming q', async () => {
    const body = await get<{ error: string }>('/api/search?q=', 400);
    expect(body.error).toMatch(/q/);
  });

  it('should describe 马斯克 with 特斯拉 among its strongest co-mentions', async () => {
    const detail = await get<EntityDetail>(`/api/entities/${encodeURIComponent('person:马斯克')}`);
    expect(detail.entity.name).toBe('马斯克');
    expect(detail.coMentions.map((c) => c.name)).toContain('特斯拉');
  });

  it('should page the sentences that mention 马斯克, with highlight offsets on the name', async () => {
    const first = await get<Page<EvidenceItem>>(`/api/entities/${encodeURIComponent('person:马斯克')}/mentions?limit=3`);
    const second = await get<Page<EvidenceItem>>(`/api/entities/${encodeURIComponent('person:马斯克')}/mentions?limit=3&skip=3`);
    expect(first.total).toBeGreaterThan(3);
    expect(first.items).toHaveLength(3);
    expect(second.items[0]?.text).not.toBe(first.items[0]?.text);
    const item = first.items[0]!;
    const h = item.highlights![0]!;
    expect(['马斯克', '埃隆•马斯克', 'Elon Musk']).toContain(item.text.slice(h.start, h.end));
  });

  it('should show evidence for the 马斯克–特斯拉 edge in sentences holding both', async () => {
    const page = await get<Page<EvidenceItem>>(
      `/api/evidence?source=${encodeURIComponent('person:马斯克')}&target=${encodeURIComponent('organization:特斯拉')}&limit=50`,
    );
    expect(page.total).toBeGreaterThan(0);
    for (const item of page.items) expect(item.text).toMatch(/特斯拉/);
  });

  it('should expand 马斯克 to its neighbours and report hub-capped nodes', async () => {
    const hood = await get<ApiGraph>(`/api/neighbourhood?ids=${encodeURIComponent('person:马斯克')}&hubCap=2`);
    expect(hood.nodes.length).toBeGreaterThanOrEqual(3);
    expect(hood.truncated?.[0]?.hidden).toBeGreaterThan(0);
  });

  it('should find a path from 布林肯 to 特斯拉', async () => {
    const body = await get<ApiGraph & { found: boolean }>(
      `/api/path?source=${encodeURIComponent('person:布林肯')}&target=${encodeURIComponent('organization:特斯拉')}`,
    );
    expect(body.found).toBe(true);
    expect(body.nodes[0]?.id === 'person:布林肯' || body.nodes.at(-1)?.id === 'person:布林肯').toBe(true);
  });

  it('should list the timeline and a day histogram covering both articles', async () => {
    const { buckets } = await get<{ buckets: { date: string; count: number }[] }>('/api/histogram?bucket=day');
    expect(buckets.map((b) => b.date)).toEqual(expect.arrayContaining(['2024-05-05', '2024-06-10']));
    const { events } = await get<{ events: unknown[] }>('/api/timeline');
    expect(Array.isArray(events)).toBe(true);
  });

  it('should return the hostile name verbatim as JSON data', async () => {
    const detail = await get<EntityDetail>(`/api/entities/${encodeURIComponent(HOSTILE_ID)}`);
    expect(detail.entity.name).toBe(HOSTILE_NAME);
  });

  it('should answer an unknown entity with 404 and bad numbers with 400', async () => {
    await get(`/api/entities/${encodeURIComponent('person:nobody')}`, 404);
    const body = await get<{ error: string }>('/api/neighbourhood?ids=x&hubCap=0', 400);
    expect(body.error).toMatch(/hubCap/);
  });
});
