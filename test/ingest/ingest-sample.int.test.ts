// `npm start`'s sample goes through the one ingest path, so it is stored as `kg ingest` stores a
// file: with each article's text hash. A later copy of it — the same file under another name, or
// its main article as a JSON record with a URL — is then recognised and writes nothing.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSample, SAMPLE_FILE } from '../../ingest/ingest-sample.ts';
import { DEFAULT_ENGINE_OPTIONS, runIngest, type EngineOptions } from '../../ingest/jobs/ingest-engine.ts';
import { textHash } from '../../ingest/parse/article-id.ts';
import { DEFAULT_SOURCE_OPTIONS, loadDocument } from '../../ingest/sources/index.ts';
import type { Store } from '../../ingest/store/client.ts';
import { readFixture } from '../setup/fixture-cypher.ts';
import { openTestStore, resetDatabase } from '../setup/store.ts';

let store: Store;
let dir: string;
const opts: EngineOptions = { ...DEFAULT_ENGINE_OPTIONS, storeWaitMs: 2000, source: DEFAULT_SOURCE_OPTIONS };

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  dir = mkdtempSync(join(tmpdir(), 'kg-sample-copy-'));
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("npm start's sample ingest", () => {
  let stored: { id: string; textHash: string | null }[];

  it('should record the text hash of every article of the sample', async () => {
    const result = await ingestSample(store);
    expect(result.outcome).toBe('new');
    const parsed = await loadDocument({ key: SAMPLE_FILE, kind: 'file', source: SAMPLE_FILE }, { options: DEFAULT_SOURCE_OPTIONS });
    expect(result.articles).toBe(parsed.length);
    stored = (await readFixture(store, 'article-ids')).map((r) => ({ id: String(r.id), textHash: (r.textHash as string | null) ?? null }));
    expect(stored.map((a) => a.id).sort()).toEqual(parsed.map((a) => a.id).sort());
    for (const article of parsed) expect(stored.find((a) => a.id === article.id)?.textHash).toBe(textHash(article));
  });

  it('should find a copy of the sample under another file name unchanged, as kg ingest reads it', async () => {
    const copy = join(dir, 'copy-of-the-sample.txt');
    copyFileSync(SAMPLE_FILE, copy);
    const result = await runIngest(store, [copy], opts);
    expect(result.counts).toEqual({ seen: 1, new: 0, updated: 0, unchanged: 1, failed: 0 });
    expect((await readFixture(store, 'article-ids')).map((r) => String(r.id))).toEqual(stored.map((a) => a.id));
  });

  it('should recognise its main article republished under a URL as a copy and write nothing', async () => {
    const [main] = await loadDocument({ key: SAMPLE_FILE, kind: 'file', source: SAMPLE_FILE }, { options: DEFAULT_SOURCE_OPTIONS });
    const records = join(dir, 'republished.jsonl');
    writeFileSync(records, `${JSON.stringify({ url: 'https://mirror.example.cn/2024/05/05/ai.html', title: main!.title, text: main!.text })}\n`);
    const result = await runIngest(store, [records], opts);
    expect(result.counts).toEqual({ seen: 1, new: 0, updated: 0, unchanged: 1, failed: 0 });
    expect((await readFixture(store, 'article-ids')).map((r) => String(r.id))).toEqual(stored.map((a) => a.id));
  });
});
