import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../ingest/extract/pipeline.ts';
import type { ParsedArticle } from '../../../ingest/model.ts';
import { ExtractFailedError, ExtractPool } from '../../../ingest/workers/extract-pool.ts';
import { seedText } from '../../setup/shared-data.ts';

const article = (n: number, text: string): ParsedArticle => ({
  id: `url:https://news.example.cn/pool/${n}.html`,
  url: `https://news.example.cn/pool/${n}.html`,
  title: `第${n}篇`,
  publishedAt: '2024-05-05T09:00:00+00:00',
  source: '测试网',
  authors: [],
  text,
});

const CRASHING = new URL('../../fixtures/workers/crashing-extract-worker.ts', import.meta.url);
import { readFileSync } from 'node:fs';
/** The process's OS threads (Linux): each worker thread is one, so a leaked worker shows here. */
const threads = (): number => Number(/^Threads:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))![1]);

let pool: ExtractPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('ExtractPool: extraction in worker threads', () => {
  it('should extract the seed article in a worker exactly as the main thread does', async () => {
    pool = await ExtractPool.start({ size: 1 });
    const seed = article(1, seedText());
    const { own } = await pool.extract(seed);
    expect(own).toEqual(extractArticle(seed));
    expect(own.entities.map((e) => e.name)).toContain('马斯克');
  });

  it('should fail only the article a worker dies on, with the reason recorded, and extract the others in a fresh worker', async () => {
    const before = threads();
    pool = await ExtractPool.start({ size: 1, workerModule: CRASHING });
    expect(threads()).toBeGreaterThan(before);
    const texts = ['国务院总理李强在北京会见特斯拉首席执行官马斯克。', '这篇稿件〔崩溃〕让工作线程退出。', '美国国务卿布林肯访华。'];
    const results = await Promise.allSettled(texts.map((t, i) => pool!.extract(article(i, t))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const failure = (results[1] as PromiseRejectedResult).reason as ExtractFailedError;
    expect(failure).toBeInstanceOf(ExtractFailedError);
    expect(failure.reason).toBe('worker-crashed');
    expect(failure.message).toMatch(/died on this article \(exit code 70\)/);
    const third = (results[2] as PromiseFulfilledResult<{ own: { entities: { name: string }[] } }>).value.own;
    expect(third.entities.map((e) => e.name)).toContain('布林肯');
    // Handed in together, the three went as one batch: the worker died on it, then again on the
    // article it dies on when each went alone.
    expect(pool.restarts).toBe(2);
    expect(pool.size).toBe(1);
    await pool.close();
    // No worker outlives the pool: the crashed one is gone, its replacement terminated.
    expect(threads()).toBe(before);
  });

  it('should extract a batch of articles handed in at once as extractArticle does each, in order', async () => {
    pool = await ExtractPool.start({ size: 2 });
    const texts = ['国务院总理李强在北京会见特斯拉首席执行官马斯克。', '', '美国国务卿布林肯访华。', seedText(), '日本首相岸田文雄抵达华盛顿。'];
    const articles = [...texts, ...texts].map((t, i) => article(i, t));
    const results = await Promise.all(articles.map((a) => pool!.extract(a)));
    results.forEach(({ own }, i) => expect(own, articles[i]!.id).toEqual(extractArticle(articles[i]!)));
  });

  it('should refuse a pool of no workers with a clear error', async () => {
    await expect(ExtractPool.start({ size: 0 })).rejects.toThrow(/size must be a whole number ≥ 1, got 0/);
  });
});
