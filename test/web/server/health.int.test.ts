// /api/health says what extraction runs on: the NER model, or (EXTRACTOR=jieba-fallback) degraded on
// jieba POS tags with the reason, which the explorer turns into a banner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExtractor } from '../../../ingest/extract/extractor.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { createApp } from '../../../web/server/app.ts';
import { openTestStore } from '../../setup/store.ts';

let store: Store;
beforeAll(() => {
  store = openTestStore();
});
afterAll(() => store.close());

describe('GET /api/health and the extractor', () => {
  it('should report a degraded extractor with its model and the reason it did not load', async () => {
    const { status } = loadExtractor({ mode: 'jieba-fallback', modelPath: '/nonexistent/ner-model.bin' });
    const response = await createApp({ store, extractor: status }).request('/api/health');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; extractor: Record<string, unknown> };
    expect(body.status).toBe('ok');
    expect(body.extractor).toMatchObject({ name: 'jieba-pos', model: '/nonexistent/ner-model.bin', degraded: true });
    expect(body.extractor.reason).toMatch(/cannot read the NER model at \/nonexistent\/ner-model\.bin/);
  });

  it('should report the NER model, not degraded, when it loaded', async () => {
    const { status } = loadExtractor({ mode: 'ner' });
    const body = (await (await createApp({ store, extractor: status }).request('/api/health')).json()) as { extractor: unknown };
    expect(body.extractor).toEqual({ name: 'ner-tagger', model: 'ingest/extract/ner/model/ner-model.bin', degraded: false });
  });

  it('should say null when the server loaded no extractor (nothing to extract)', async () => {
    const body = (await (await createApp({ store }).request('/api/health')).json()) as { extractor: unknown };
    expect(body.extractor).toBeNull();
  });
});
