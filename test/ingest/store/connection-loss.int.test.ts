// A connection to Neo4j dropped in the middle of a write transaction (a cluster leader change, an
// Aura restart, a network cut): the batch's transaction function is retried on a new connection, so
// the run completes with nothing lost and nothing doubled — the graph is the one a run without the
// cut writes. The cut is made from inside the transaction (after its third statement), through a
// loopback TCP proxy in front of the test Neo4j, so it lands mid-batch whatever the machine's speed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewsCorpus } from '../../../bench/corpus/news-corpus.ts';
import { writeJsonl } from '../../../bench/corpus/write-corpus.ts';
import { DEFAULT_ENGINE_OPTIONS, runIngest } from '../../../ingest/jobs/ingest-engine.ts';
import { DEFAULT_SOURCE_OPTIONS } from '../../../ingest/sources/index.ts';
import { openStore, type Store } from '../../../ingest/store/client.ts';
import { cypher } from '../../../ingest/store/cypher-registry.ts';
import { graphStats } from '../../../ingest/store/queries/index.ts';
import { startTcpProxy, type TcpProxy } from '../../setup/tcp-proxy.ts';
import { openTestStore, resetDatabase, testNeo4jUri } from '../../setup/store.ts';
import { dumpGraph } from './dump.ts';

const ARTICLES = 12;
let direct: Store;
let proxy: TcpProxy;
let dir: string;
let input: string;

beforeAll(async () => {
  direct = openTestStore();
  proxy = await startTcpProxy(Number(new URL(testNeo4jUri()).port));
  dir = mkdtempSync(join(tmpdir(), 'kg-connection-loss-'));
  input = join(dir, 'articles.jsonl');
  await writeJsonl(new NewsCorpus({ seed: 7 }), 0, ARTICLES, input);
});
afterAll(async () => {
  await direct.close();
  await proxy.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The store through the proxy, whose second writer batch (the transaction that starts with
 * articles-lock) loses its connection after its third statement, once. */
function cuttingStore(store: Store): { store: Store; cuts: () => number } {
  let batches = 0;
  let cuts = 0;
  return {
    cuts: () => cuts,
    store: {
      ...store,
      writeTx: (work) =>
        store.writeTx((tx) => {
          let statements = 0;
          let batch = 0;
          const run = async (...args: Parameters<ManagedTransaction['run']>) => {
            statements++;
            if (statements === 1 && args[0] === cypher('articles-lock')) batch = ++batches;
            if (batch === 2 && cuts === 0 && statements === 4) {
              cuts++;
              await proxy.cut();
              await proxy.restore();
            }
            return tx.run(...args);
          };
          return work(new Proxy(tx, { get: (t, k) => (k === 'run' ? run : Reflect.get(t, k)) }) as ManagedTransaction);
        }),
    },
  };
}

const ingest = (store: Store) => runIngest(store, [input], { ...DEFAULT_ENGINE_OPTIONS, batchSize: 4, source: { ...DEFAULT_SOURCE_OPTIONS } });

describe('a connection lost mid-batch', () => {
  it('should retry the batch on a new connection and write the graph a clean run writes, each article once', { timeout: 240_000 }, async () => {
    await resetDatabase(direct);
    const clean = await ingest(direct);
    // One JSON Lines document of 12 articles, written in three batches of 4.
    expect(clean.counts).toMatchObject({ seen: 1, new: 1, failed: 0 });
    expect((await graphStats(direct)).labels.Article).toBe(ARTICLES);
    const expected = await dumpGraph(direct);

    await resetDatabase(direct);
    const viaProxy = openStore({ uri: `bolt://127.0.0.1:${proxy.port}`, neo4jUser: 'neo4j', neo4jPassword: 'neo4j' });
    try {
      const cutting = cuttingStore(viaProxy);
      const result = await ingest(cutting.store);
      expect(cutting.cuts()).toBe(1);
      expect(result.storeDown).toBeUndefined();
      expect(result.counts).toMatchObject({ seen: 1, new: 1, failed: 0 });
    } finally {
      await viaProxy.close();
    }
    expect(await dumpGraph(direct)).toEqual(expected);

    // Run again (a resume after the cut): every article is found unchanged, nothing is doubled.
    const again = await ingest(direct);
    expect(again.counts).toMatchObject({ unchanged: 1, new: 0, updated: 0 });
    expect(await dumpGraph(direct)).toEqual(expected);
  });
});
