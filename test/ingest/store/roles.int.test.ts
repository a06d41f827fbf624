// Roles in the store (issue 16): HOLDS_ROLE edges summed exactly from the articles that state them
// (STATES_ROLE, the evidence), replaced when an article changes, and read back by the analyst
// query and the entity detail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../ingest/extract/pipeline.ts';
import { ingestDocuments } from '../../../ingest/ingest-documents.ts';
import type { ParsedArticle } from '../../../ingest/model.ts';
import { articleId } from '../../../ingest/parse/article-id.ts';
import { parseLine } from '../../../ingest/parse/plain-text.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { entityDetail } from '../../../ingest/store/queries/index.ts';
import { writeArticles } from '../../../ingest/store/write-articles.ts';
import { seed } from '../extract/seed-fixture.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';
import { dumpGraph } from './dump.ts';

let store: Store;

const article = (id: string, text: string, publishedAt: string) => ({ ...extractArticle({ ...parseLine(text), publishedAt }), id });

beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
});
afterAll(async () => {
  await store.close();
});

describe('HOLDS_ROLE in the store', () => {
  it('should store 布林肯 as 国务卿 of 美国 and 马斯克 as CEO of 特斯拉 from the seed, with evidence', async () => {
    await writeArticles(
      store,
      seed().extractions.map((a) => ({ article: a })),
    );
    const rows = await store.read('roles-holders', { title: '国务卿', org: '美国' });
    expect(rows).toMatchObject([{ personId: 'person:布林肯', title: '国务卿', org: '美国', articles: 1 }]);
    expect((rows[0]!.evidence as { sentence: string }).sentence).toContain('美国国务卿布林肯');
    const musk = await store.read('roles-holders', { title: '首席执行官', org: '特斯拉' });
    expect(musk.map((r) => r.personId)).toEqual(['person:马斯克']);
    const evidence = await store.read('role-evidence', {
      person: 'person:马斯克',
      normalizedTitle: '首席执行官',
      org: 'organization:特斯拉',
      skip: 0,
      limit: 10,
    });
    expect(evidence[0]!.total).toBe(1);
  });

  it('should date a role by the articles stating it and answer who held 发言人 at 外交部', async () => {
    await writeArticles(store, [
      { article: article('test:r1', '外交部发言人毛宁表示,中方欢迎。', '2022-09-05T10:00:00+08:00') },
      { article: article('test:r2', '外交部发言人毛宁说,会谈富有成果。', '2025-01-10T10:00:00+08:00') },
      { article: article('test:r3', '国务委员兼外长王毅会见了客人。', '2024-03-01T10:00:00+08:00') },
    ]);
    const rows = await store.read('roles-holders', { title: '发言人', org: '外交部' });
    expect(rows).toMatchObject([{ personId: 'person:毛宁', articles: 2 }]);
    expect(String(rows[0]!.firstSeen)).toMatch(/^2022-09-05/);
    expect(String(rows[0]!.lastSeen)).toMatch(/^2025-01-10/);
    const wang = await entityDetail(store, 'person:王毅');
    expect(wang!.roles.map((r) => [r.orgId, r.normalizedTitle]).sort()).toEqual([
      [null, '国务委员'],
      [null, '外交部长'],
    ]);
    const mao = await entityDetail(store, 'person:毛宁');
    expect(mao!.roles).toMatchObject([{ orgId: 'organization:外交部', orgName: '外交部', title: '发言人', articles: 2 }]);
  });

  it('should replace an article’s roles when it changes and leave the graph unchanged on re-ingest', async () => {
    await writeArticles(store, [{ article: article('test:r2', '毛宁说,会谈富有成果。', '2025-01-10T10:00:00+08:00') }]);
    const rows = await store.read('roles-holders', { title: '发言人', org: '外交部' });
    expect(rows).toMatchObject([{ personId: 'person:毛宁', articles: 1 }]);
    expect(String(rows[0]!.lastSeen)).toMatch(/^2022-09-05/);
    await writeArticles(store, [{ article: article('test:r1', '毛宁表示,中方欢迎。', '2022-09-05T10:00:00+08:00') }]);
    expect(await store.read('roles-holders', { title: '发言人', org: '外交部' })).toEqual([]);
    const before = await dumpGraph(store);
    await writeArticles(store, [{ article: article('test:r1', '毛宁表示,中方欢迎。', '2022-09-05T10:00:00+08:00') }]);
    expect(await dumpGraph(store)).toEqual(before);
  });

  it('should move a role to the surviving organization when two stored ones merge', async () => {
    await resetDatabase(store);
    const doc = (title: string, text: string, day: string): ParsedArticle => ({
      id: articleId({ title, text }),
      title,
      text,
      authors: [],
      publishedAt: `2024-03-${day}T09:00:00+08:00`,
    });
    // Invented names: the full name first, the short form second, then an article declaring both.
    await ingestDocuments(store, [[doc('研究院年会', '青岚星河研究院院长李明远出席年会。', '01')]]);
    await ingestDocuments(store, [[doc('星研院招生', '星研院院长李明远说,今年扩大招生。', '02')]]);
    await ingestDocuments(store, [[doc('星研院合作', '青岚星河研究院(星研院)宣布合作。星研院院长李明远出席仪式。', '03')]]);
    const edges = await store.read('roles-holders', { title: '院长', org: '星研院' });
    expect(edges).toMatchObject([{ personId: 'person:李明远', org: '星研院', articles: 3 }]);
    const all = (await dumpGraph(store)).filter((l) => l.includes('"HOLDS_ROLE"'));
    expect(all).toHaveLength(1);
    expect(all[0]).toContain('organization:星研院');
  });
});
