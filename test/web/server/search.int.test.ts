import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../ingest/store/client.ts';
import type { SearchHit } from '../../../web/shared/api-types.ts';
import { createApp } from '../../../web/server/app.ts';
import { openTestStore } from '../../setup/store.ts';
import { seedSearchEntities } from '../fixtures/search-entities.ts';

let store: Store;
async function search(q: string, status = 200): Promise<{ results?: SearchHit[]; error?: string }> {
  const response = await createApp({ store }).request(`/api/search?q=${encodeURIComponent(q)}`);
  expect(response.status, `${q}: ${await response.clone().text()}`).toBe(status);
  return (await response.json()) as { results?: SearchHit[]; error?: string };
}
const names = async (q: string) => ((await search(q)).results ?? []).map((h) => h.name);

beforeAll(async () => {
  store = openTestStore();
  await seedSearchEntities(store);
});
afterAll(async () => {
  await store.close();
});

describe('search finds what users type', () => {
  it.each([['華為'], ['华为'], ['華爲'], ['ＨＵＡＷＥＩ']])('should find 华为 first when searching %s', async (q) => {
    expect((await names(q))[0]).toBe('华为');
  });

  it.each([['國民黨'], ['国民党'], ['中國國民黨'], ['kuomintang']])('should find 中国国民党 through its alias when searching %s', async (q) => {
    expect((await names(q))[0]).toBe('中国国民党');
  });

  it.each([['Elon Musk'], ['elon musk'], ['elon-musk'], ['ELON-MUSK'], ['Elon  Musk'], ['musk']])('should find 马斯克 first when searching %s', async (q) => {
    expect((await names(q))[0]).toBe('马斯克');
  });

  it.each([['Ko Wen-je'], ['ko wen je'], ['KO-WEN-JE'], ['Tsai Ing-wen'], ['tsai']])(
    'should find the person whose English alias is %s, not a place',
    async (q) => {
      const found = await names(q);
      expect(['柯文哲', '蔡英文']).toContain(found[0]);
      expect(found).not.toContain('韩国');
      expect(found).not.toContain('香港');
    },
  );

  it.each([['mskr'], ['msk'], ['masike'], ['ma si ke'], ['mǎ sī kè'], ['ma3 si1 ke4'], ['Ma3Si1Ke4'], ['mask']])(
    'should find 马斯克 first by pinyin %s',
    async (q) => {
      expect((await names(q))[0]).toBe('马斯克');
    },
  );

  it.each([
    ['Chiang Ching-kuo', '蒋经国'],
    ['chiang ching kuo', '蒋经国'],
    ['Lai Ching-te', '赖清德'],
  ])('should find %s by its Wade–Giles spelling although no alias holds it', async (q, name) => {
    expect((await names(q))[0]).toBe(name);
  });

  it('should list both Chiangs (蒋 and 江) for the surname alone, by mentions', async () => {
    const found = await names('Chiang');
    expect(found.slice(0, 2)).toEqual(['蒋经国', '江青']);
  });

  it('should match ü typed as v or with its tone mark', async () => {
    expect((await names('lvliang'))[0]).toBe('吕梁');
    expect((await names('lǚ liáng'))[0]).toBe('吕梁');
  });

  it('should rank names that start alike by mentions (马斯克 60, 马克龙 25, 马斯喀特 2)', async () => {
    const found = await names('马');
    expect(found.slice(0, 3)).toEqual(['马斯克', '马克龙', '马斯喀特']);
    expect((await names('华'))[0]).toBe('华为');
  });

  it('should answer a 500-character query with 400 and a message saying how long a search may be', async () => {
    const body = await search('马'.repeat(500), 400);
    expect(body.error).toMatch(/q is 500 characters long.*at most 200/);
  });

  it.each([['😀'], ['🇨🇳🚀'], ['马斯克😀'], ['\\'], ['*'], ['"'], ['AND'], ['(']])('should answer %s with suggestions or none, never an error', async (q) => {
    const body = await search(q);
    expect(Array.isArray(body.results)).toBe(true);
  });

  it('should still find 马斯克 when an emoji follows the name', async () => {
    expect(await names('马斯克😀')).toContain('马斯克');
  });
});
