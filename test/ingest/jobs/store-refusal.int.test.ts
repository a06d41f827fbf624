// A document the store refuses for what it holds, not for an outage (here an article whose URL is
// too long for the article id's index): that document fails with Neo4j's reason recorded, and the
// run goes on with the next, whether the refused write was part of a larger batch or a batch alone.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_OPTIONS, runIngest } from '../../../ingest/jobs/ingest-engine.ts';
import { DEFAULT_SOURCE_OPTIONS } from '../../../ingest/sources/index.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { graphStats } from '../../../ingest/store/queries/index.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

let store: Store;
let dir: string;
const record = (n: number, url: string) =>
  JSON.stringify({
    title: `青岚市第${n}次发布会`,
    text: `青岚市政府今天举行第${n}次新闻发布会，市长李明远出席。`,
    url,
    publishedAt: '2024-03-01T09:00:00+08:00',
  });
// Longer than Neo4j's index key limit for the article id (8 KB).
const tooLong = `https://news.example.cn/a?${'q=1&'.repeat(2_500)}`;

beforeAll(() => {
  store = openTestStore();
  dir = mkdtempSync(join(tmpdir(), 'kg-store-refusal-'));
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a document the store refuses', () => {
  // batchSize 2: each file is a batch of its own; 50: both files are one batch, written again one by one.
  it.each([2, 50])('should fail that document with the reason and go on with the next (batch size %i)', { timeout: 120_000 }, async (batchSize) => {
    await resetDatabase(store);
    writeFileSync(join(dir, 'a-bad.jsonl'), [record(1, 'https://news.example.cn/1'), record(2, tooLong)].join('\n'));
    writeFileSync(join(dir, 'b-good.jsonl'), [record(3, 'https://news.example.cn/3'), record(4, 'https://news.example.cn/4')].join('\n'));
    const result = await runIngest(store, [dir], { ...DEFAULT_ENGINE_OPTIONS, batchSize, source: { ...DEFAULT_SOURCE_OPTIONS } });
    expect(result.storeDown).toBeUndefined();
    expect(result.counts).toMatchObject({ seen: 2, new: 1, failed: 1 });
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]!.key.endsWith('a-bad.jsonl')).toBe(true);
    expect(result.failures[0]!.message).toMatch(/too large to index.*Neo4j refused it for what it holds/);
    expect((await graphStats(store)).labels.Article).toBe(2);
  });
});
