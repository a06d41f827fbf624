// Neo4j's disk filling up mid-run: the database panics and refuses every transaction until it is
// restarted. The run must stop at the first refused batch, saying what happened and what to do,
// and blame no document; once space is freed and Neo4j restarted, the next run writes the rest,
// each article once, and the graph is the one a clean run writes. The disk is real and small (a
// tmpfs of its own: test/setup/small-disk.ts), and Neo4j's page cache is small too, so the store
// files grow on disk within the first batches. The explorer's API says the same while it lasts. It starts its own Neo4j, so it runs in the jvm
// project (vitest.config.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewsCorpus } from '../../../bench/corpus/news-corpus.ts';
import { writeJsonl } from '../../../bench/corpus/write-corpus.ts';
import { DEFAULT_ENGINE_OPTIONS, runIngest } from '../../../ingest/jobs/ingest-engine.ts';
import { DEFAULT_SOURCE_OPTIONS } from '../../../ingest/sources/index.ts';
import { openStore, type Store } from '../../../ingest/store/client.ts';
import { graphStats } from '../../../ingest/store/queries/index.ts';
import { applySchema } from '../../../ingest/store/schema.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../../neo4j/launcher.ts';
import { createApp } from '../../../web/server/app.ts';
import { createAvailability } from '../../../web/server/availability.ts';
import { smallDisk, type SmallDisk } from '../../setup/small-disk.ts';
import { resetDatabase } from '../../setup/store.ts';
import { dumpGraph } from '../store/dump.ts';

const ARTICLES = 400;
let disk: SmallDisk;
let neo4j: LocalNeo4j | undefined;
let store: Store | undefined;
let dir: string;
let input: string;

/** Neo4j on the small disk (an empty database takes ~520 MB of it: two preallocated transaction logs). */
async function start(): Promise<Store> {
  neo4j = await startLocalNeo4j({ dataDir: disk.dir, runUnder: disk.runUnder, heap: '512m', pageCache: '8m' });
  store = openStore({ uri: neo4j.uri, neo4jUser: 'neo4j', neo4jPassword: 'neo4j' });
  await applySchema(store);
  return store;
}

async function stop(): Promise<void> {
  await store?.close();
  await neo4j?.stop();
  store = undefined;
  neo4j = undefined;
}

beforeAll(async () => {
  disk = await smallDisk(640);
  dir = mkdtempSync(join(tmpdir(), 'kg-disk-full-'));
  input = join(dir, 'articles.jsonl');
  await writeJsonl(new NewsCorpus({ seed: 11 }), 0, ARTICLES, input);
}, 240_000);

afterAll(async () => {
  await stop();
  disk?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Four documents (parts of 100 lines), written 50 articles per transaction.
const ingest = (s: Store) => runIngest(s, [input], { ...DEFAULT_ENGINE_OPTIONS, batchSize: 50, source: { ...DEFAULT_SOURCE_OPTIONS } });

describe('Neo4j out of disk mid-run', () => {
  it('should stop the run at the first refused batch with what to do, then write the rest once after a restart', { timeout: 600_000 }, async () => {
    let s = await start();
    disk.fill(1);
    const first = await ingest(s);
    expect(disk.freeMb()).toBeLessThan(1);
    expect(first.storeDown?.message).toMatch(/Neo4j can no longer commit anything; the run stops here/);
    expect(first.storeDown?.message).toMatch(/disk is full.*debug\.log.*Free space on that disk and restart Neo4j, then run again/s);
    expect(first.storeDown?.message).toMatch(/Neo4j said: .*transaction/);
    // No document is blamed for the disk, and none after the refused batch was tried.
    expect(first.failures).toEqual([]);
    expect(first.counts.failed).toBe(0);
    expect(first.counts.new).toBeLessThan(4);
    // A run started while Neo4j is in that state stops before its first document, saying the same.
    const early = await ingest(s);
    expect(early.storeDown?.message).toMatch(/Neo4j can no longer commit anything; the run stops here/);
    expect(early.counts).toMatchObject({ new: 0, failed: 0 });
    // The explorer over the same database says so too, rather than "internal error".
    const response = await createApp({ store: s, availability: createAvailability() }).request('/api/search?q=%E4%B8%AD%E5%9B%BD');
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: string }).error).toMatch(
      /can no longer start transactions and must be restarted\. Most often its disk is full/,
    );

    await stop();
    disk.unfill();
    s = await start();
    const second = await ingest(s);
    expect(second.storeDown).toBeUndefined();
    expect(second.counts).toMatchObject({ failed: 0 });
    expect(second.counts.new + second.counts.unchanged).toBe(4);
    expect((await graphStats(s)).labels.Article).toBe(ARTICLES);
    const resumed = await dumpGraph(s);

    await resetDatabase(s);
    const clean = await ingest(s);
    expect(clean.counts).toMatchObject({ new: 4, failed: 0 });
    expect(resumed).toEqual(await dumpGraph(s));
  });
});
