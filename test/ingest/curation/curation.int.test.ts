// Curation the ingest obeys (issue 17): every operation, then a full re-ingest of every article (each
// stored contribution made stale, as a new extractor would) and a new article naming the entity; then
// its undo, which survives the same. Against the real Neo4j, through the one ingest path. Names and
// texts are invented.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CurationError } from '../../../ingest/curation/errors.ts';
import { resolveEntity } from '../../../ingest/curation/entities.ts';
import { curate, listCurations, type CurationRequest } from '../../../ingest/curation/operations.ts';
import { extractUnresolved } from '../../../ingest/extract/pipeline.ts';
import { ingestDocuments } from '../../../ingest/ingest-documents.ts';
import type { ParsedArticle } from '../../../ingest/model.ts';
import { articleId } from '../../../ingest/parse/article-id.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { pairKey } from '../../../ingest/store/pair-key.ts';
import { readFixture } from '../../setup/fixture-cypher.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

let store: Store;
beforeAll(() => {
  store = openTestStore();
  // The NER model loads once, here, not inside the first test's time.
  extractUnresolved({ id: 'warm-up', title: '预热', text: '李明远在云栖市。', authors: [] });
});
afterAll(async () => {
  await store.close();
});

function article(title: string, text: string, day: string): ParsedArticle {
  return { id: articleId({ title, text }), title, text, authors: [], publishedAt: `2024-03-${day}T09:00:00+08:00` };
}

const FULL = article('研究院发布报告', '青岚星河研究院今天发布年度报告。院长李明远在云栖市介绍了青岚星河研究院的新项目。', '01');
const SHORT = article('星研院与云栖市合作', '星研院今天与云栖市签署合作协议。星研院院长李明远说，合作将继续。', '02');
const BOTH = article('星研院扩大招生', '青岚星河研究院(星研院)宣布扩大招生。星研院院长李明远在云栖市出席仪式。', '03');
const MEETING = article('赵启航会见李明远', '赵启航在云栖市会见了李明远。赵启航表示，双方将加强合作。', '04');
// The same short name read as a person (as the extraction reads this sentence).
const PERSON = article('星研院与云栖市', '星研院与云栖市签署合作协议。星研院表示，李明远将牵头这项合作。', '08');
// New articles, written after the curation.
const NEW_SHORT = article('星研院招聘', '星研院今天与云栖市签署招聘协议。星研院院长李明远表示，名额将增加。', '05');
const NEW_FULL = article('青岚星河研究院获奖', '青岚星河研究院今天获得大奖。青岚星河研究院表示将继续努力。', '06');
const NEW_PLACE = article('赵启航出席论坛', '赵启航今天抵达云栖市出席论坛。赵启航在云栖市会见了李明远。', '07');

interface E {
  id: string;
  name: string;
  type: string;
  labels: string[];
  aliases: string[];
  mentionCount: number;
  hidden: boolean;
}
const entities = async (): Promise<E[]> =>
  (await readFixture(store, 'curation-entities')).map((r) => ({
    id: r.id as string,
    name: r.name as string,
    type: r.type as string,
    labels: r.labels as string[],
    aliases: r.aliases as string[],
    mentionCount: Number(r.mentionCount),
    hidden: r.hidden === true,
  }));
const entity = async (id: string) => (await entities()).find((e) => e.id === id);
/** Every co-mention is one edge per pair, found by its key (comentions-sum-pairs after moved mentions). */
async function expectCoMentionsKeyed(): Promise<void> {
  const rows = await readFixture(store, 'co-mentions');
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.map((r) => r.pair)).toEqual(rows.map((r) => pairKey(r.x as string, r.y as string)));
  expect(new Set(rows.map((r) => `${r.x as string} ${r.y as string}`)).size).toBe(rows.length);
}
const ids = async (type: string) => (await entities()).filter((e) => e.type === type).map((e) => e.id);

const written: ParsedArticle[] = [];
async function ingest(...articles: ParsedArticle[]): Promise<void> {
  for (const a of articles) {
    await ingestDocuments(store, [[a]]);
    written.push(a);
  }
}
/** Every stored article's contribution made stale (as a new extractor would), then all ingested again. */
async function reingestAll(): Promise<void> {
  const session = store.driver.session();
  try {
    await session.run("MATCH (a:Article) SET a.contentHash = 'stale'");
  } finally {
    await session.close();
  }
  const outcomes = await ingestDocuments(
    store,
    written.map((a) => [a]),
  );
  expect(outcomes.every((o) => o === 'updated')).toBe(true);
}
async function fresh(...articles: ParsedArticle[]): Promise<void> {
  written.length = 0;
  await resetDatabase(store);
  await ingest(...articles);
}
const WHO = { who: 'analyst-1', why: 'test' };
const run = (req: CurationRequest) => curate(store, req, WHO);

// Each test ingests, curates and re-ingests several times: minutes on a loaded machine (one that timed
// out would go on writing into the next test's graph, so the limit is generous).
describe('curation survives re-ingest and new articles', { timeout: 900_000 }, () => {
  it('merge: the chosen survivor keeps every mention, through a re-ingest, a new article and its undo', async () => {
    await fresh(FULL, SHORT);
    expect(await ids('Organization')).toEqual(['organization:星研院', 'organization:青岚星河研究院']);
    // The survivor is the analyst's, not the one resolution would prefer (the shorter name).
    const rec = await run({ operation: 'merge', entities: ['organization:青岚星河研究院', 'organization:星研院'] });
    const merged = { id: 'organization:青岚星河研究院', name: '青岚星河研究院', aliases: ['星研院'], mentionCount: 4 };
    expect(await entity('organization:青岚星河研究院')).toMatchObject(merged);
    expect(await ids('Organization')).toEqual(['organization:青岚星河研究院']);
    await reingestAll();
    expect(await ids('Organization')).toEqual(['organization:青岚星河研究院']);
    expect(await entity('organization:青岚星河研究院')).toMatchObject(merged);
    await ingest(NEW_SHORT);
    expect(await ids('Organization')).toEqual(['organization:青岚星河研究院']);
    expect((await entity('organization:青岚星河研究院'))!.mentionCount).toBe(6);

    await run({ operation: 'undo', curation: rec.id });
    const apart = async () => {
      expect(await ids('Organization')).toEqual(['organization:星研院', 'organization:青岚星河研究院']);
      expect(await entity('organization:青岚星河研究院')).toMatchObject({ mentionCount: 2, aliases: [] });
      expect(await entity('organization:星研院')).toMatchObject({ mentionCount: 4 });
    };
    await apart();
    await reingestAll();
    await apart();
  });

  it('split: the mentions written as the alias go to a new entity, and stay there', async () => {
    await fresh(BOTH, SHORT);
    expect(await entity('organization:星研院')).toMatchObject({ aliases: ['青岚星河研究院'], mentionCount: 5 });
    const rec = await run({ operation: 'split', entity: 'organization:星研院', aliases: ['青岚星河研究院'] });
    await expectCoMentionsKeyed();
    const split = async (extra: number) => {
      expect(await ids('Organization')).toEqual(['organization:星研院', 'organization:青岚星河研究院']);
      expect(await entity('organization:星研院')).toMatchObject({ aliases: [], mentionCount: 4 });
      expect(await entity('organization:青岚星河研究院')).toMatchObject({ name: '青岚星河研究院', mentionCount: 1 + extra });
    };
    await split(0);
    await reingestAll();
    await split(0);
    await ingest(NEW_FULL);
    await split(2);

    await run({ operation: 'undo', curation: rec.id });
    await expectCoMentionsKeyed();
    const joined = async () => {
      expect(await ids('Organization')).toEqual(['organization:星研院']);
      expect(await entity('organization:星研院')).toMatchObject({ aliases: ['青岚星河研究院'], mentionCount: 7 });
    };
    await joined();
    await reingestAll();
    await joined();
  });

  it('split: the roles, typed relations and event parts the moved mentions are the evidence of move too, and back on undo', { timeout: 900_000 }, async () => {
    const ROLES = article(
      '星研院人事与合作',
      '青岚星河研究院(星研院)今天成立。青岚星河研究院院长李明远在云栖市会见了赵启航。星研院院长周岚岚也会见了赵启航。青岚星河研究院今天宣布扩大招生。青岚星河研究院与云栖大学签署合作协议。星研院与白鹭集团签署合作协议。',
      '09',
    );
    const LATER = article('星研院招聘院长', '星研院(青岚星河研究院)今天招聘。青岚星河研究院院长吴海峰在云栖市会见了赵启航。', '10');
    await fresh(ROLES);
    const statements = async (id: string) =>
      (await readFixture(store, 'curation-statements'))
        .filter((r) => r.source === id || r.target === id)
        .map((r) => `${r.source as string} ${r.type as string} ${r.target as string}`);
    const before = await statements('organization:星研院');
    expect(before).toEqual(
      expect.arrayContaining([
        'person:李明远 HOLDS_ROLE organization:星研院',
        'person:周岚岚 HOLDS_ROLE organization:星研院',
        'organization:星研院 SIGNS organization:云栖大学',
        'organization:星研院 SIGNS organization:白鹭集团',
      ]),
    );
    const rec = await run({ operation: 'split', entity: 'organization:星研院', aliases: ['青岚星河研究院'] });
    const split = async (later: boolean) => {
      expect(await statements('organization:青岚星河研究院')).toEqual([
        'organization:青岚星河研究院 PARTICIPATED_IN event:青岚星河研究院同云栖大学签署合作协议',
        'organization:青岚星河研究院 PARTICIPATED_IN event:青岚星河研究院宣布扩大招生@2024-03-09',
        'organization:青岚星河研究院 SIGNS organization:云栖大学',
        ...(later ? ['person:吴海峰 HOLDS_ROLE organization:青岚星河研究院'] : []),
        'person:李明远 HOLDS_ROLE organization:青岚星河研究院',
      ]);
      expect(await statements('organization:星研院')).toEqual([
        'organization:星研院 PARTICIPATED_IN event:星研院同白鹭集团签署合作协议',
        'organization:星研院 SIGNS organization:白鹭集团',
        'person:周岚岚 HOLDS_ROLE organization:星研院',
      ]);
    };
    await split(false);
    await reingestAll();
    await split(false);
    await ingest(LATER);
    await split(true);

    await run({ operation: 'undo', curation: rec.id });
    const joined = async () => {
      expect(await statements('organization:青岚星河研究院')).toEqual([]);
      expect(await statements('organization:星研院')).toEqual(
        expect.arrayContaining([
          'organization:星研院 SIGNS organization:云栖大学',
          'person:吴海峰 HOLDS_ROLE organization:星研院',
          'person:李明远 HOLDS_ROLE organization:星研院',
          'person:周岚岚 HOLDS_ROLE organization:星研院',
        ]),
      );
    };
    await joined();
    await reingestAll();
    await joined();
  });

  it('rename: the curated name stays, the old one is an alias, through a re-ingest and a new article; undo restores it', async () => {
    await fresh(FULL, MEETING);
    const rec = await run({ operation: 'rename', entity: 'place:云栖', name: '云栖新城' });
    const renamed = async (count: number) =>
      expect(await entity('place:云栖')).toMatchObject({ name: '云栖新城', aliases: ['云栖', '云栖市'], mentionCount: count });
    await renamed(2);
    await reingestAll();
    await renamed(2);
    await ingest(NEW_PLACE);
    await renamed(4);
    await run({ operation: 'undo', curation: rec.id });
    await reingestAll();
    expect(await entity('place:云栖')).toMatchObject({ name: '云栖', aliases: ['云栖市'], mentionCount: 4 });
  });

  it('retype: the curated type and label stay; undo gives the old one back', async () => {
    await fresh(MEETING);
    const rec = await run({ operation: 'retype', entity: 'person:赵启航', type: 'Organization' });
    const retyped = async (count: number) =>
      expect(await entity('person:赵启航')).toMatchObject({ type: 'Organization', labels: ['Organization'], mentionCount: count });
    await retyped(2);
    await reingestAll();
    await retyped(2);
    await ingest(NEW_PLACE);
    await retyped(4);
    await run({ operation: 'undo', curation: rec.id });
    await reingestAll();
    expect(await entity('person:赵启航')).toMatchObject({ type: 'Person', labels: ['Person'], mentionCount: 4 });
  });

  it('hide: the entity stays hidden through a re-ingest and a new article; unhide and undo bring it back', async () => {
    await fresh(MEETING);
    const rec = await run({ operation: 'hide', entity: 'person:赵启航' });
    expect(await entity('person:赵启航')).toMatchObject({ hidden: true, mentionCount: 2 });
    await reingestAll();
    await ingest(NEW_PLACE);
    expect(await entity('person:赵启航')).toMatchObject({ hidden: true, mentionCount: 4 });
    await run({ operation: 'undo', curation: rec.id });
    expect(await entity('person:赵启航')).toMatchObject({ hidden: false });
    await run({ operation: 'hide', entity: 'person:赵启航' });
    await run({ operation: 'unhide', entity: 'person:赵启航' });
    await reingestAll();
    expect(await entity('person:赵启航')).toMatchObject({ hidden: false, mentionCount: 4 });
  });
});

describe('curation refuses bad requests, whole', { timeout: 400_000 }, () => {
  const refused = async (req: CurationRequest, message: RegExp) => {
    const err = await run(req).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CurationError);
    expect((err as Error).message).toMatch(message);
  };

  it('should refuse merging an entity with itself, a hidden one, and entities of two types', async () => {
    await fresh(FULL, SHORT, MEETING);
    await refused({ operation: 'merge', entities: ['organization:星研院', 'organization:星研院'] }, /cannot be merged with itself/);
    await refused({ operation: 'merge', entities: ['organization:星研院'] }, /at least two/);
    await run({ operation: 'hide', entity: 'organization:星研院' });
    await refused({ operation: 'merge', entities: ['organization:青岚星河研究院', 'organization:星研院'] }, /is hidden; unhide it first/);
    await refused({ operation: 'merge', entities: ['organization:青岚星河研究院', 'person:赵启航'] }, /retype one first/);
    expect(await ids('Organization')).toEqual(['organization:星研院', 'organization:青岚星河研究院']);
  });

  it('should refuse a split of an alias the entity lacks, a rename cycle, an undo of an undo and a second undo', async () => {
    await fresh(BOTH, MEETING);
    await refused(
      { operation: 'split', entity: 'organization:星研院', aliases: ['星河院'] },
      /星河院 is not an alias of organization:星研院 .*its aliases: 青岚星河研究院/,
    );
    await run({ operation: 'rename', entity: 'place:云栖', name: '云栖新城' });
    await refused({ operation: 'rename', entity: 'place:云栖', name: '云栖' }, /a cycle/);
    const hide = await run({ operation: 'hide', entity: 'person:赵启航' });
    const undo = await run({ operation: 'undo', curation: hide.id });
    await refused({ operation: 'undo', curation: undo.id }, /cannot be undone/);
    await refused({ operation: 'undo', curation: hide.id }, /already undone/);
    await refused({ operation: 'undo', curation: 'cur-nope' }, /no curation cur-nope/);
    await refused({ operation: 'retype', entity: 'person:赵启航', type: 'Animal' }, /one of Person, Organization, Place/);
    const ops = (await listCurations(store)).map((c) => [c.operation, c.undone]);
    expect(ops).toEqual([
      ['rename', false],
      ['hide', true],
      ['undo', false],
    ]);
  });

  it('should land both, or refuse one clearly, when two operators curate one entity at once: never half a merge', async () => {
    await fresh(FULL, SHORT, BOTH, MEETING);
    await run({ operation: 'split', entity: 'organization:星研院', aliases: ['青岚星河研究院'] });
    const before = (await entities()).reduce((n, e) => n + e.mentionCount, 0);
    // Both want 青岚星河研究院: one merges it into 星研院, the other hides it.
    const results = await Promise.allSettled([
      run({ operation: 'merge', entities: ['organization:星研院', 'organization:青岚星河研究院'] }),
      run({ operation: 'hide', entity: 'organization:青岚星河研究院' }),
    ]);
    // Whichever runs second finds the entity merged away, or hidden: refused, with the reason.
    const failed = results.filter((r) => r.status === 'rejected');
    expect(failed).toHaveLength(1);
    expect((failed[0] as PromiseRejectedResult).reason).toBeInstanceOf(CurationError);
    expect(((failed[0] as PromiseRejectedResult).reason as Error).message).toMatch(/no entity organization:青岚星河研究院|is hidden; unhide it first/);
    const all = await entities();
    // Every mention is still counted once, on whichever entities hold them.
    expect(all.reduce((n, e) => n + e.mentionCount, 0)).toBe(before);
    const merged = results[0]!.status === 'fulfilled';
    expect(all.some((e) => e.id === 'organization:青岚星河研究院')).toBe(!merged);
  });

  it('should find an entity by id, exact name or alias, list the candidates of an ambiguous name, and refuse a rename onto another entity', async () => {
    await fresh(BOTH, MEETING, PERSON);
    expect((await resolveEntity(store, '青岚星河研究院')).id).toBe('organization:星研院');
    expect((await resolveEntity(store, 'person:赵启航')).id).toBe('person:赵启航');
    await expect(resolveEntity(store, '星研院')).rejects.toThrow(
      /names 2 entities; give one id: organization:星研院 \(Organization, 星研院\); person:星研院 \(Person, 星研院\)/,
    );
    await expect(resolveEntity(store, '无此人')).rejects.toThrow(/no entity is named 无此人/);
    await refused({ operation: 'rename', entity: 'person:赵启航', name: '李明远' }, /李明远 already names person:李明远; merge them instead/);
  });
});
