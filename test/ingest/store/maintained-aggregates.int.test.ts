// The aggregates the writer maintains so reads stay short as the graph grows (issue 19): the list of
// a dense entity's strongest co-mentions (entities-rank-neighbours.cypher), read by the neighbourhood
// and the detail panel of a hub, and the per-date tallies behind the histogram and the date extent
// (date-tally.cypher). Each is checked against a plain reference read from everything stored
// (test/fixtures/cypher: every co-mention of the hub; the histogram and extent as full scans) after
// a first ingest, the same ingest again, new articles, a changed article and a hidden entity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleExtraction, EntityType } from '../../../ingest/model.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { HISTOGRAM_BUCKETS, dateExtent, dateHistogram } from '../../../ingest/store/queries/date-histogram.ts';
import { entityDetail } from '../../../ingest/store/queries/entity-detail.ts';
import { neighbourhood } from '../../../ingest/store/queries/neighbourhood.ts';
import { writeArticles, type WriteOptions } from '../../../ingest/store/write-articles.ts';
import { curate } from '../../../ingest/curation/operations.ts';
import { readFixture } from '../../setup/fixture-cypher.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';
import { entityIdOf, fixtureArticle } from './relation-fixtures.ts';

let store: Store;
beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
});
afterAll(async () => {
  await store.close();
});

// A hub of six co-mentions already counts as dense, and keeps its four strongest.
const OPTIONS: Partial<WriteOptions> = { batchSize: 3, strongest: { dense: 6, keep: 4 } };
const HUB = entityIdOf('Place', '中国');
const STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const neighbour = (k: number): { name: string; type: EntityType } =>
  k % 2 === 0 ? { name: `${STEMS[k]}港`, type: 'Place' } : { name: `${STEMS[k]}集团`, type: 'Organization' };

/** Article `id`: the hub named with neighbour k in `weight` sentences, on `publishedAt` (an event on `eventDate`). */
function article(id: string, k: number, weight: number, publishedAt: string, eventDate?: string): ArticleExtraction {
  const n = neighbour(k);
  const sentences = Array.from({ length: weight }, (_, i) => `第${i + 1}轮，中国与${n.name}举行会谈。`);
  const a = fixtureArticle({ id, publishedAt, sentences, entities: [{ name: '中国', type: 'Place' }, n], relations: [] });
  if (eventDate === undefined) return a;
  const ev = { id: `event:${n.name}会谈@${eventDate}`, name: `${n.name}会谈`, date: eventDate, kind: '会谈', participants: [HUB], mentions: [] };
  return { ...a, events: [ev] };
}

/** Ten articles: neighbour k named in k + 1 sentences, early on day k + 1 in Beijing (the day before in UTC). */
const first = Array.from({ length: 10 }, (_, k) =>
  article(`a${k}`, k, k + 1, `2024-05-${String(k + 1).padStart(2, '0')}T0${k % 8}:30:00+08:00`, k === 2 ? '2024-05-03' : k === 5 ? '2024-05' : undefined),
);

const write = (articles: ArticleExtraction[]) =>
  writeArticles(
    store,
    articles.map((a) => ({ article: a })),
    OPTIONS,
  );

/** The reference: every visible neighbour of the hub, strongest first. */
async function ranked(types: string[] | null = null): Promise<string[]> {
  return (await readFixture(store, 'neighbours-ranked', { id: HUB, types })).map((r) => r.id as string);
}

async function expectCapMatchesReference(cap: number, types?: string[]): Promise<void> {
  const all = await ranked(types ?? null);
  const got = await neighbourhood(store, { ids: [HUB], depth: 1, hubCap: cap, ...(types ? { types } : {}) });
  expect(got.nodes.map((n) => n.id).sort()).toEqual([HUB, ...all.slice(0, cap)].sort());
  expect(got.truncated).toEqual(all.length > cap ? [{ id: HUB, hidden: all.length - cap }] : []);
}

async function expectTalliesMatchScan(): Promise<void> {
  for (const bucket of HISTOGRAM_BUCKETS) {
    const scan = (await readFixture(store, 'date-histogram-scan', { bucket })).map((r) => ({ date: r.date, articles: r.articles, events: r.events }));
    expect(await dateHistogram(store, { bucket }), bucket).toEqual(scan);
  }
  const [extent] = await readFixture(store, 'date-extent-scan');
  expect(await dateExtent(store)).toEqual({ first: extent!.first, last: extent!.last });
}

describe('aggregates the writer maintains', () => {
  it('should keep a dense hub’s strongest co-mentions and answer its capped neighbourhood as the full reading does', async () => {
    await write(first);
    const [list] = await readFixture(store, 'strongest-list', { id: HUB });
    // Ranked when its degree reached 6 (neighbours 0–5, the four strongest kept), then 6–9 joined as heavier than the floor.
    expect(list).toMatchObject({ strongAbove: 3, rankedDegree: 6 });
    expect([...(list!.strongIds as string[])].sort()).toEqual([2, 3, 4, 5, 6, 7, 8, 9].map((k) => entityIdOf(neighbour(k).type, neighbour(k).name)).sort());
    await expectCapMatchesReference(3);
    await expectCapMatchesReference(2, ['Organization']);
    await expectTalliesMatchScan();
  });

  it('should change nothing when the same articles are written again', async () => {
    const before = await readFixture(store, 'strongest-list', { id: HUB });
    const histogram = await dateHistogram(store, { bucket: 'day' });
    expect(await write(first)).toEqual(first.map(() => 'unchanged'));
    expect(await readFixture(store, 'strongest-list', { id: HUB })).toEqual(before);
    expect(await dateHistogram(store, { bucket: 'day' })).toEqual(histogram);
  });

  it('should put a neighbour that grows past the floor at the top, and count new days, after new articles', async () => {
    // Neighbour 0 was below the floor: only the writer's append makes it the strongest in the list.
    await write([article('b0', 0, 20, '2024-07-01T23:30:00-04:00', '2024-07-02'), article('b1', 1, 1, '2024-06-01T00:00:00+08:00', '2024')]);
    await expectCapMatchesReference(3);
    const detail = await entityDetail(store, HUB, { coMentionLimit: 3 });
    expect(detail!.topCoMentions.map((c) => c.id)).toEqual((await ranked()).slice(0, 3));
    await expectTalliesMatchScan();
  });

  it('should stay exact when a changed article weakens a listed neighbour and moves to another day', async () => {
    expect(await write([article('a9', 9, 1, '2024-08-15T12:00:00+08:00')])).toEqual(['updated']);
    await expectCapMatchesReference(3);
    await expectCapMatchesReference(5);
    await expectTalliesMatchScan();
  });

  it('should leave a hidden neighbour out of the capped list and of the count of those not shown', async () => {
    await curate(store, { operation: 'hide', entity: entityIdOf(neighbour(8).type, neighbour(8).name) }, { who: 'test' });
    await expectCapMatchesReference(3);
    await expectCapMatchesReference(2, ['Place']);
  });

  it('should draw the co-mentions among a view of two dense hubs from their lists, and bound those it leaves out', async () => {
    // 美国 becomes dense with eight neighbours of its own, and is named with 中国 once: weaker than
    // either hub's floor, so in neither list.
    const USA = entityIdOf('Place', '美国');
    const own = (k: number): { name: string; type: EntityType } => ({ name: `${STEMS[k]}州`, type: 'Place' });
    const usa = Array.from({ length: 8 }, (_, k) =>
      fixtureArticle({
        id: `u${k}`,
        publishedAt: '2024-09-01T10:00:00+08:00',
        sentences: Array.from({ length: k + 2 }, (_, i) => `第${i + 1}次，美国与${own(k).name}对话。`),
        entities: [{ name: '美国', type: 'Place' }, own(k)],
        relations: [],
      }),
    );
    const both = fixtureArticle({
      id: 'cn-us',
      publishedAt: '2024-09-02T10:00:00+08:00',
      sentences: ['中国与美国通话。'],
      entities: [
        { name: '中国', type: 'Place' },
        { name: '美国', type: 'Place' },
      ],
      relations: [],
    });
    await write([...usa, both]);
    const pair = (e: { source: string; target: string }) => [e.source, e.target].sort().join(' ');
    const cnUs = [HUB, USA].sort().join(' ');
    const every = (await readFixture(store, 'co-mentions')).map((r) => ({ pair: `${r.x as string} ${r.y as string}`, weight: Number(r.weight) }));
    expect(every.find((e) => e.pair === cnUs)?.weight).toBe(1);

    // Both hubs answer from their lists: the weak pair is left out, and the bound says how weak.
    const listed = await neighbourhood(store, { ids: [HUB, USA], depth: 1, hubCap: 3 });
    const ids = new Set(listed.nodes.map((n) => n.id));
    const drawn = listed.edges.filter((e) => !('type' in e)).map(pair);
    const among = every.filter((e) => e.pair.split(' ').every((id) => ids.has(id)));
    expect(drawn).not.toContain(cnUs);
    expect(drawn.sort()).toEqual(
      among
        .map((e) => e.pair)
        .filter((p) => p !== cnUs)
        .sort(),
    );
    expect(listed.maxWeightNotShown).toBeGreaterThanOrEqual(1);

    // A hub whose ring is read whole (its list is shorter than the cap) draws every edge to its ring.
    const whole = await neighbourhood(store, { ids: [HUB], depth: 1, hubCap: 20 });
    expect(whole.nodes.map((n) => n.id)).toContain(USA);
    expect(whole.edges.filter((e) => !('type' in e)).map(pair)).toContain(cnUs);
    expect(whole.maxWeightNotShown).toBeUndefined();
  });
});
