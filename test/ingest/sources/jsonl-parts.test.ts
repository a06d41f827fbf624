// A JSON Lines file is read in parts (ingest/sources/jsonl-parts.ts), never whole: resolving it lists
// parts of JSONL_PART_LINES lines as byte ranges, loading a part reads only its range. The oracle is
// the whole-file reading: every part loaded in order gives exactly the articles parsing the whole
// text gives. A bad line fails its part alone, named by its line in the file; a part known only by
// its key (a failure retried in a later run) loads the same articles.
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE_OPTIONS, loadDocument, resolveSource } from '../../../ingest/sources/index.ts';
import { parseJsonRecords } from '../../../ingest/sources/json-records.ts';
import { JSONL_PART_LINES, jsonlParts } from '../../../ingest/sources/jsonl-parts.ts';

const ctx = { options: DEFAULT_SOURCE_OPTIONS };
const LINES = 2_050;
let dir: string;
let path: string;

/** Line n: an article of our own words, some of them long, all in Chinese and UTF-8. */
const line = (n: number): string =>
  JSON.stringify({ title: `第${n}号通讯`, text: `${'本市今天举行第'.repeat(1 + (n % 7))}${n}次河道清理活动，志愿者在岸边拾起垃圾。`, date: '2024-05-06' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-jsonl-parts-'));
  path = join(dir, 'news.jsonl');
  writeFileSync(path, '');
  for (let n = 1; n <= LINES; n++) appendFileSync(path, `${line(n)}\n`);
});

describe('a JSON Lines file larger than one part', () => {
  it('should be listed as parts of lines and give, part after part, the articles of the whole file', async () => {
    const resolved = await resolveSource(path, ctx);
    const parts = Math.ceil(LINES / JSONL_PART_LINES);
    expect(resolved.refs).toHaveLength(parts);
    expect(resolved.refs[0]!.key).toBe(`${path}#lines=1-${JSONL_PART_LINES}`);
    expect(resolved.refs[parts - 1]!.key).toBe(`${path}#lines=${(parts - 1) * JSONL_PART_LINES + 1}-${LINES}`);
    const loaded = [];
    for (const ref of resolved.refs) {
      const articles = await loadDocument(ref, ctx);
      expect(articles.length).toBeLessThanOrEqual(JSONL_PART_LINES);
      loaded.push(...articles);
    }
    expect(loaded).toEqual(parseJsonRecords(readFileSync(path, 'utf8'), 'news.jsonl', true));
  });

  it('should count a last line without a newline, and keep a small file one document', async () => {
    const small = join(dir, 'small.jsonl');
    writeFileSync(small, `${line(1)}\n${line(2)}\n${line(3)}`);
    expect(await jsonlParts(small, 2)).toEqual([
      { start: 0, end: Buffer.byteLength(`${line(1)}\n${line(2)}\n`), firstLine: 1, lastLine: 2 },
      { start: Buffer.byteLength(`${line(1)}\n${line(2)}\n`), end: Buffer.byteLength(`${line(1)}\n${line(2)}\n${line(3)}`), firstLine: 3, lastLine: 3 },
    ]);
    const resolved = await resolveSource(small, ctx);
    expect(resolved.refs.map((r) => r.key)).toEqual([small]);
    expect(await loadDocument(resolved.refs[0]!, ctx)).toHaveLength(3);
  });

  it('should fail only the part holding a bad line, naming that line', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, Array.from({ length: 300 }, (_, i) => (i + 1 === 234 ? '{"title": "断了的一行", "text": ' : line(i + 1))).join('\n') + '\n');
    const refs = (await resolveSource(bad, ctx)).refs;
    expect(refs.map((r) => r.key)).toEqual([`${bad}#lines=1-100`, `${bad}#lines=101-200`, `${bad}#lines=201-300`]);
    await expect(loadDocument(refs[2]!, ctx)).rejects.toThrow(/bad\.jsonl line 234 is not valid JSON/);
    expect(await loadDocument(refs[0]!, ctx)).toHaveLength(100);
    expect(await loadDocument(refs[1]!, ctx)).toHaveLength(100);
  });

  it('should load a part named only by its key, as a retried failure is', async () => {
    const [, second] = (await resolveSource(path, ctx)).refs;
    const byKey = await loadDocument({ key: second!.key, kind: 'file', source: path }, ctx);
    expect(byKey).toEqual(await loadDocument(second!, ctx));
    await expect(loadDocument({ key: `${path}#lines=999999-1000000`, kind: 'file', source: path }, ctx)).rejects.toThrow(/has no line 999999/);
  });
});
