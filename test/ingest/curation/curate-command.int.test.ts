// `kg curate` and `kg watch` as an operator runs them: entities by exact name, an ambiguous name
// refused with its candidates (exit 2), list --json, export then import into a fresh graph (applied
// once: a second import changes nothing), a file with an unknown operation refused naming its line.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractUnresolved } from '../../../ingest/extract/pipeline.ts';
import { ingestDocuments } from '../../../ingest/ingest-documents.ts';
import type { ParsedArticle } from '../../../ingest/model.ts';
import { articleId } from '../../../ingest/parse/article-id.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { readFixture } from '../../setup/fixture-cypher.ts';
import { openTestStore, resetDatabase, testNeo4jUri } from '../../setup/store.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
let store: Store;
const dir = mkdtempSync(join(tmpdir(), 'kg-curate-'));
beforeAll(() => {
  store = openTestStore();
  extractUnresolved({ id: 'warm-up', title: '预热', text: '李明远在云栖市。', authors: [] });
});
afterAll(async () => {
  await store.close();
});

function article(title: string, text: string, day: string): ParsedArticle {
  return { id: articleId({ title, text }), title, text, authors: [], publishedAt: `2024-04-${day}T09:00:00+08:00` };
}
const SHORT = article('星研院与云栖市合作', '星研院今天与云栖市签署合作协议。星研院院长李明远说，合作将继续。', '02');
const PERSON = article('星研院与云栖市', '星研院与云栖市签署合作协议。星研院表示，李明远将牵头这项合作。', '04');
const MEETING = article('赵启航会见李明远', '赵启航在云栖市会见了李明远。赵启航表示，双方将加强合作。', '01');

/** Runs `kg …`; resolves with exit code, stdout and stderr (a non-zero exit is an answer, not a failure). */
function kg(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'ingest', 'cli.ts'), ...args],
      { cwd: ROOT, env: { ...process.env, NEO4J_URI: testNeo4jUri(), NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'neo4j', KG_CURATOR: 'cli-analyst' } },
      (err, stdout, stderr) => done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
const entity = async (id: string) => (await readFixture(store, 'curation-entities')).find((r) => r.id === id);

describe('kg curate and kg watch', { timeout: 400_000 }, () => {
  it('should curate by exact name, refuse an ambiguous one with exit 2, and export and import idempotently', async () => {
    await resetDatabase(store);
    await ingestDocuments(store, [[MEETING], [SHORT], [PERSON]]);
    const renamed = await kg('curate', 'rename', '赵启航', '赵启航先生', '--why', '测试');
    expect(renamed.code).toBe(0);
    const ambiguous = await kg('curate', 'hide', '星研院');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/星研院 names 2 entities; give one id: organization:星研院 \(Organization, 星研院\); person:星研院 \(Person, 星研院\)/);
    expect((await kg('curate', 'hide', 'person:李明远')).code).toBe(0);
    expect((await kg('curate', 'merge', 'person:李明远', 'person:李明远')).code).toBe(2);
    expect((await kg('watch', 'add', 'person:赵启航', '--with', '云栖市')).code).toBe(0);
    const watches = JSON.parse((await kg('watch', 'list', '--json')).stdout) as { key: string }[];
    expect(watches.map((w) => w.key)).toEqual(['person:赵启航|place:云栖']);

    const list = JSON.parse((await kg('curate', 'list', '--json')).stdout) as { operation: string; who: string; why: string }[];
    expect(list.map((r) => [r.operation, r.who, r.why])).toEqual([
      ['rename', 'cli-analyst', '测试'],
      ['hide', 'cli-analyst', ''],
    ]);
    const file = join(dir, 'curation.yml');
    expect((await kg('curate', 'export', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/operation: rename\n\s+entity: person:赵启航\n\s+name: 赵启航先生/);

    // A fresh graph of the same articles takes the file, once.
    await resetDatabase(store);
    await ingestDocuments(store, [[MEETING], [SHORT], [PERSON]]);
    const first = await kg('curate', 'import', file);
    expect(first.stdout).toMatch(/applied 2, already there 0/);
    expect(await entity('person:赵启航')).toMatchObject({ name: '赵启航先生' });
    expect(await entity('person:李明远')).toMatchObject({ hidden: true });
    expect((await kg('curate', 'import', file)).stdout).toMatch(/applied 0, already there 2/);
    expect((JSON.parse((await kg('curate', 'list', '--json')).stdout) as unknown[]).length).toBe(2);
  });

  it('should refuse a file with an unknown operation, naming its line, and apply nothing', async () => {
    const file = join(dir, 'bad.yml');
    writeFileSync(
      file,
      'curations:\n  - id: cur-a\n    operation: hide\n    entity: person:赵启航\n    who: a\n    when: 2024-05-05T01:00:00Z\n  - id: cur-b\n    operation: delete\n    entity: person:赵启航\n    who: a\n    when: 2024-05-05T01:00:00Z\n',
    );
    const res = await kg('curate', 'import', file);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(`curation: ${file} line 7: unknown operation "delete"`);
    expect((JSON.parse((await kg('curate', 'list', '--json')).stdout) as { id: string }[]).map((r) => r.id)).not.toContain('cur-a');
  });
});
