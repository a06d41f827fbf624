// A scheduled job's run with its extraction in worker threads (the pool kg jobs run and kg schedule
// start) writes the same graph as a run that extracts in the main thread.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJobsFile, type JobSpec } from '../../../ingest/jobs/jobs-file.ts';
import { runJob } from '../../../ingest/jobs/run-job.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { ExtractPool } from '../../../ingest/workers/extract-pool.ts';
import { readFixture } from '../../setup/fixture-cypher.ts';
import { seedText } from '../../setup/shared-data.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

let store: Store;
let pool: ExtractPool;
let job: JobSpec;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-job-pool-'));
  const files = [seedText(), '2024年5月6日 09:00\n美国国务卿布林肯在北京会见中国外交部长王毅。\n', '2024年5月7日\n特斯拉首席执行官马斯克访问上海。\n'].map(
    (text, i) => {
      const path = join(dir, `${i}.txt`);
      writeFileSync(path, text);
      return path;
    },
  );
  job = parseJobsFile({ jobs: [{ name: 'pool', schedule: '0 0 1 1 *', sources: files, options: { delayMs: 0, batchSize: 2 } }] }, 'pool-test').jobs[0]!;
  store = openTestStore();
  pool = await ExtractPool.start({ size: 2 });
}, 240_000);

afterAll(async () => {
  await pool?.close();
  await store?.close();
});

describe('a job run with its extraction in worker threads', () => {
  it('should write the graph a run in the main thread writes', async () => {
    await resetDatabase(store);
    const here = (await runJob(job, { store, owner: 'main-thread', trigger: 'manual' }))!;
    const expected = { totals: await readFixture(store, 'graph-totals'), entities: await readFixture(store, 'entities-all') };
    await resetDatabase(store);
    expect(pool.extracted).toBe(0);
    const pooled = (await runJob(job, { store, owner: 'pool', trigger: 'manual', pool }))!;
    expect(pool.extracted).toBeGreaterThanOrEqual(3);
    expect(pooled.status).toBe('succeeded');
    expect(pooled.counts).toEqual(here.counts);
    expect(pooled.counts.new).toBeGreaterThanOrEqual(3);
    expect({ totals: await readFixture(store, 'graph-totals'), entities: await readFixture(store, 'entities-all') }).toEqual(expected);
  }, 240_000);
});
