// The batched, exact, idempotent article writer. One transaction per batch (executeWrite, so
// deadlocks and transient errors are retried as a whole):
//   1. lock the batch's articles (sorted) and read their hashes under the lock: unchanged ones drop out;
//   2. remove changed articles' old contribution, noting the pairs, entities and events it touched;
//   3. lock/create entities and events (sorted), write articles, sentences, mentions, NAMES (with the
//      extraction's co-mentions), REPORTS;
//   4. add the new contribution to counts and co-mention weights (exact for first-time articles);
//   5. re-sum from the stored articles everything a changed article touched, before or after the change.
//   6. bring the per-date tallies of the days and event dates it touched up to date (date-tallies.ts:
//      new articles add to their day, changed ones have their days recounted), and
//      refresh the lists of strongest co-mentions of dense entities (entities-rank-neighbours.cypher).
// New articles — the common case — never trigger a scan of a hub's sentences.
import neo4j, { type Integer, type ManagedTransaction } from 'neo4j-driver';
import type { ArticleExtraction } from '../model.ts';
import { articleRows, type ArticleRows } from './article-rows.ts';
import { pairKey, pairOf, pairRows } from './pair-key.ts';
import { runNamed, type Store } from './client.ts';
import { mergeEntities, type EntityMergeRow } from './known-entities.ts';
import { mergeRelations, removeRelations, sumRelations, touchedRelations, writeRelations } from './relation-statements.ts';
import { KgError } from '../errors.ts';
import { curateExtraction, planFrom, recordFromRow, type CurationPlan } from '../curation/plan.ts';
import { loadWatches, newConnections, recordAlerts, watchedPairs, type Watches } from '../curation/alerts.ts';
import { requestDelivery } from '../curation/webhook.ts';
import { BROKEN_STORE_ADVICE, isStoreBroken, isStoreUnavailable } from './unavailable.ts';
import { eventDate, localDay, writeDateTallies, type AddedDays } from './date-tallies.ts';

export type WriteOutcome = 'new' | 'updated' | 'unchanged';

export interface ArticleInput {
  article: ArticleExtraction;
  /** Byline names, stored on the article. */
  authors?: string[];
  /** The extraction its content hash is taken from (article-rows.ts); defaults to `article`. */
  hashOf?: ArticleExtraction;
}

export interface WriteOptions {
  batchSize: number;
  /** Stored entities to merge (ingest/resolve/known.ts), in the first transaction that writes. */
  merges: readonly EntityMergeRow[];
  /**
   * From `dense` co-mentions on, an entity keeps the ids of its `keep` strongest
   * (entities-rank-neighbours.cypher), so neighbourhood and detail reads of a hub stay short.
   */
  strongest: { dense: number; keep: number };
}

export class StoreWriteError extends KgError {
  override name = 'StoreWriteError';
  readonly code = 'store-write' as const;
}

export const DEFAULT_WRITE_OPTIONS: WriteOptions = { batchSize: 200, merges: [], strongest: { dense: 1000, keep: 200 } };

/** What to check after a failed write: nothing more when Neo4j answered and refused the statement for what it holds. */
function hintFor(err: unknown): string {
  if (isStoreBroken(err)) return ` (Neo4j can no longer commit anything, whatever the articles hold. ${BROKEN_STORE_ADVICE})`;
  const code = (err as { code?: unknown }).code;
  const refused = typeof code === 'string' && code.startsWith('Neo.') && !isStoreUnavailable(err);
  return refused ? ' (Neo4j refused it for what it holds)' : '; check that Neo4j is up and the schema applied';
}

const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/** Minimum and maximum of ISO date-times by instant, keeping the original strings. */
function widen(range: { first: string | null; last: string | null }, date: string | null): void {
  if (date === null) return;
  const t = Date.parse(date);
  if (range.first === null || t < Date.parse(range.first)) range.first = date;
  if (range.last === null || t > Date.parse(range.last)) range.last = date;
}

/** The higher of two confidences; null only when both are unknown. */
const best = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));

function aggregateAdds(batch: ArticleRows[]) {
  const entities = new Map<string, { id: string; mentions: number; first: string | null; last: string | null; confidence: number | null }>();
  const pairs = new Map<
    string,
    { x: string; y: string; pair: string; weight: number; articles: number; first: string | null; last: string | null; confidence: number | null }
  >();
  for (const a of batch) {
    const confidenceIn = new Map<string, number | null>();
    for (const n of a.names) {
      let e = entities.get(n.entityId);
      if (!e) entities.set(n.entityId, (e = { id: n.entityId, mentions: 0, first: null, last: null, confidence: null }));
      e.mentions += n.mentions;
      e.confidence = best(e.confidence, n.confidence);
      confidenceIn.set(n.entityId, n.confidence);
      widen(e, a.publishedAt);
    }
    for (const [key, weight] of a.pairs) {
      const [x, y] = pairOf(key);
      let p = pairs.get(key);
      if (!p) pairs.set(key, (p = { x, y, pair: key, weight: 0, articles: 0, first: null, last: null, confidence: null }));
      p.weight += weight;
      p.articles += 1;
      // As comentions-sum-pairs.cypher derives it: the product of both ends' confidence in the article.
      const cx = confidenceIn.get(x) ?? null;
      const cy = confidenceIn.get(y) ?? null;
      p.confidence = best(p.confidence, cx === null || cy === null ? null : cx * cy);
      widen(p, a.publishedAt);
    }
  }
  const byKey = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
  return { entities: byKey(entities), pairs: byKey(pairs) };
}

/** Articles per local day (and those dated only to the month) of articles written for the first time. */
function addedDays(rows: ArticleRows[]): AddedDays {
  const days = new Map<string, { articles: number; monthArticles: number }>();
  for (const r of rows) {
    const day = localDay(r.publishedAt);
    if (day === null) continue;
    let n = days.get(day);
    if (!n) days.set(day, (n = { articles: 0, monthArticles: 0 }));
    if (r.article.datePrecision === 'month') n.monthArticles += 1;
    else n.articles += 1;
  }
  return days;
}

/** What curation adds to every write (ingest/curation): the plan the articles obey, the watches alerts follow. */
interface Curation {
  plan: CurationPlan;
  watches: Watches;
}

async function writeBatch(
  tx: ManagedTransaction,
  rows: ArticleRows[],
  merges: readonly EntityMergeRow[],
  { plan, watches }: Curation,
  alerted: { count: number },
  strongest: WriteOptions['strongest'],
): Promise<Map<string, WriteOutcome>> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const locked = await runNamed(tx, 'articles-lock', { ids: sorted(byId.keys()) });
  const outcomes = new Map<string, WriteOutcome>();
  for (const row of locked) {
    const id = row.id as string;
    const hash = row.contentHash as string | null;
    outcomes.set(id, hash === null ? 'new' : hash === byId.get(id)!.contentHash ? 'unchanged' : 'updated');
  }
  const changed = rows.filter((r) => outcomes.get(r.id) !== 'unchanged');
  const updated = changed.filter((r) => outcomes.get(r.id) === 'updated').map((r) => r.id);
  const unchanged = rows.filter((r) => outcomes.get(r.id) === 'unchanged').map((r) => r.id);
  if (unchanged.length > 0) await runNamed(tx, 'articles-unlock', { ids: unchanged });
  // Merges first, so the old contribution below and the new one name the surviving entities.
  // Roles and typed relations a merge or a changed article touches, to re-sum.
  const touched = touchedRelations();
  await mergeRelations(tx, merges, touched);
  const merged = await mergeEntities(tx, merges);
  if (changed.length === 0) {
    await recount(tx, merged.pairs, merged.entities, merged.events);
    await sumRelations(tx, touched);
    await applyCuratedEntities(tx, plan, merged.entities);
    return outcomes;
  }

  // What changed articles touched before the change (their old sentences, names and reports).
  const touchedPairs = new Set<string>(merged.pairs);
  const touchedEntities = new Set<string>(merged.entities);
  const touchedEvents = new Set<string>(merged.events);
  // Days counted again: the old and new days of updated articles. New articles add to their day's tally.
  const recountDays = new Set<string | null>();
  if (updated.length > 0) {
    await removeRelations(tx, sorted(updated), touched);
    const removed = await runNamed(tx, 'articles-remove-contribution', { ids: sorted(updated) });
    for (const r of removed) {
      recountDays.add(r.day as string | null);
      for (const [x, y] of r.pairs as [string, string][]) touchedPairs.add(pairKey(x, y));
      for (const id of r.entities as string[]) touchedEntities.add(id);
      for (const id of r.events as string[]) touchedEvents.add(id);
    }
    for (const r of changed.filter((c) => outcomes.get(c.id) === 'updated')) {
      recountDays.add(localDay(r.publishedAt));
      for (const key of r.pairs.keys()) touchedPairs.add(key);
      for (const n of r.names) touchedEntities.add(n.entityId);
      for (const ev of r.events) touchedEvents.add(ev.id);
    }
  }

  const entityRows = new Map<string, ArticleRows['entities'][number]>();
  for (const r of changed) for (const e of r.entities) if (!entityRows.has(e.id)) entityRows.set(e.id, e);
  // The same entity offered by two articles: merge their aliases before the one upsert.
  for (const r of changed) {
    for (const e of r.entities) {
      const seen = entityRows.get(e.id)!;
      if (seen !== e) entityRows.set(e.id, { ...seen, aliases: sorted([...seen.aliases, ...e.aliases]), nameEn: minOf(seen.nameEn, e.nameEn) });
    }
  }
  await runNamed(tx, 'entities-lock-upsert', { rows: [...entityRows.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) });
  const eventIds = sorted(changed.flatMap((r) => r.events.map((e) => e.id)));
  if (eventIds.length > 0) await runNamed(tx, 'events-lock-upsert', { ids: eventIds });
  const oldOnlyEntities = sorted([...touchedEntities].filter((id) => !entityRows.has(id)));
  if (oldOnlyEntities.length > 0) await runNamed(tx, 'entities-lock', { ids: oldOnlyEntities });
  const oldOnlyEvents = sorted([...touchedEvents].filter((id) => !eventIds.includes(id)));
  if (oldOnlyEvents.length > 0) await runNamed(tx, 'events-lock', { ids: oldOnlyEvents });

  await runNamed(tx, 'articles-upsert', { now: new Date().toISOString(), rows: changed.map((r) => r.article) });
  await runNamed(tx, 'sentences-write', { rows: changed.flatMap((r) => r.sentences) });
  await runNamed(tx, 'mentions-write', { rows: changed.flatMap((r) => r.mentions) });
  const eventMentions = changed.flatMap((r) => r.eventMentions);
  if (eventMentions.length > 0) await runNamed(tx, 'event-mentions-write', { rows: eventMentions });
  await runNamed(tx, 'names-write', { rows: changed.flatMap((r) => r.names) });
  await writeRelations(
    tx,
    changed.flatMap((r) => r.roles),
    changed.flatMap((r) => r.relations),
    touched,
  );

  // Additions for every changed article; for updated ones the recount below overwrites them exactly.
  const adds = aggregateAdds(changed);
  await runNamed(tx, 'entities-add', { rows: adds.entities });
  const alerts = await newConnections(tx, watchedPairs(watches, changed));
  await runNamed(tx, 'comentions-add', { rows: adds.pairs });
  alerted.count += await recordAlerts(tx, alerts, new Date().toISOString());
  const events = changed.flatMap((r) => r.events);
  if (events.length > 0) await runNamed(tx, 'events-add', { rows: events });

  await recount(tx, touchedPairs, touchedEntities, touchedEvents);
  await sumRelations(tx, touched);
  await applyCuratedEntities(tx, plan, [...touchedEntities, ...entityRows.keys()]);
  await writeDateTallies(tx, {
    recount: recountDays,
    added: addedDays(changed.filter((r) => outcomes.get(r.id) === 'new')),
    events: [...touchedEvents, ...eventIds].map(eventDate),
  });
  await runNamed(tx, 'entities-rank-neighbours', { ids: sorted([...touchedEntities, ...entityRows.keys()]), ...intParams(strongest) });
  return outcomes;
}

/** Curated names, types and aliases (ingest/curation) win over what the recount derived from the articles. */
export async function applyCuratedEntities(tx: ManagedTransaction, plan: CurationPlan, ids: Iterable<string>): Promise<void> {
  const curated = sorted([...ids].filter((id) => plan.curated.has(id)));
  if (curated.length > 0) await runNamed(tx, 'curation-entities-apply', { ids: curated });
}

/** Stored entities merged with their evidence, aggregates re-summed: the writer's merges, and curation's. */
export async function applyMerges(tx: ManagedTransaction, merges: readonly EntityMergeRow[]): Promise<void> {
  const touched = touchedRelations();
  await mergeRelations(tx, merges, touched);
  const m = await mergeEntities(tx, merges);
  await recount(tx, m.pairs, m.entities, m.events);
  await sumRelations(tx, touched);
}

const plans = new WeakMap<Store, { seq: number; plan: CurationPlan }>();

/** The curation plan every write obeys (ingest/curation/plan.ts), rebuilt only when a curation landed since. */
export async function loadCurationPlan(store: Store): Promise<CurationPlan> {
  const [row] = await store.read('curation-version');
  const seq = Number(row?.seq ?? 0);
  const cached = plans.get(store);
  if (cached?.seq === seq) return cached.plan;
  const plan = planFrom((await store.read('curation-active')).map(recordFromRow));
  plans.set(store, { seq, plan });
  return plan;
}

/** Re-sums co-mention pairs and recounts entities and events from the stored articles: exact in any order. */
async function recount(tx: ManagedTransaction, touchedPairs: Set<string>, touchedEntities: Set<string>, touchedEvents: Set<string>): Promise<void> {
  if (touchedPairs.size > 0) {
    await runNamed(tx, 'comentions-sum-pairs', { pairs: pairRows(touchedPairs) });
  }
  if (touchedEntities.size > 0) await runNamed(tx, 'entities-recount', { ids: sorted(touchedEntities) });
  if (touchedEvents.size > 0) await runNamed(tx, 'events-recount', { ids: sorted(touchedEvents) });
}

/** Whole-number parameters as driver Integers (LIMIT refuses a float). */
function intParams(o: Record<string, number>): Record<string, Integer> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, neo4j.int(v)]));
}

function minOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

/**
 * Writes many articles, `batchSize` per transaction. Returns one outcome per input, in input order.
 * When the same key appears twice in the input, the later copy wins.
 */
export async function writeArticles(store: Store, inputs: readonly ArticleInput[], options: Partial<WriteOptions> = {}): Promise<WriteOutcome[]> {
  const { batchSize, merges, strongest } = { ...DEFAULT_WRITE_OPTIONS, ...options };
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new StoreWriteError(`store/write-articles: batchSize must be a positive whole number, got ${String(batchSize)}`);
  }
  if (![strongest.dense, strongest.keep].every((n) => Number.isInteger(n) && n >= 1)) {
    throw new StoreWriteError(`store/write-articles: strongest.dense and strongest.keep must be positive whole numbers, got ${JSON.stringify(strongest)}`);
  }
  const plan = await loadCurationPlan(store);
  const curation: Curation = { plan, watches: await loadWatches(store) };
  const all = inputs.map((i) => articleRows(curateExtraction(i.article, plan), i.authors ?? [], i.hashOf ?? i.article));
  let pendingMerges = merges;
  const latest = new Map(all.map((r) => [r.id, r]));
  const outcomes = new Map<string, WriteOutcome>();
  const unique = [...latest.values()];
  for (let i = 0; i < unique.length; i += batchSize) {
    const batch = unique.slice(i, i + batchSize);
    // Cheap pre-check outside any lock: unchanged articles need no write transaction at all.
    const stored = await store.read('articles-content-hash', { ids: batch.map((r) => r.id) });
    const hashes = new Map(stored.map((r) => [r.id as string, r.contentHash as string | null]));
    const todo = batch.filter((r) => hashes.get(r.id) !== r.contentHash);
    for (const r of batch) if (hashes.get(r.id) === r.contentHash) outcomes.set(r.id, 'unchanged');
    if (todo.length === 0) continue;
    try {
      const mergesNow = pendingMerges;
      const alerted = { count: 0 };
      const written = await store.writeTx((tx) => {
        alerted.count = 0; // a retried transaction counts again
        return writeBatch(tx, todo, mergesNow, curation, alerted, strongest);
      });
      if (alerted.count > 0) requestDelivery(store);
      pendingMerges = [];
      for (const [id, outcome] of written) outcomes.set(id, outcome);
    } catch (err) {
      throw new StoreWriteError(
        `store/write-articles: writing ${todo.length} articles (first ${todo[0]!.id}) failed: ${(err as Error).message}${hintFor(err)}`,
        { cause: err },
      );
    }
  }
  if (pendingMerges.length > 0) {
    // Every article turned out unchanged (written meanwhile by another writer): the merges still hold.
    const mergesNow = pendingMerges;
    try {
      await store.writeTx((tx) => applyMerges(tx, mergesNow));
    } catch (err) {
      throw new StoreWriteError(`store/write-articles: merging ${mergesNow.length} entities failed: ${(err as Error).message}${hintFor(err)}`, { cause: err });
    }
  }
  // Alerts still due (a delivery that failed, or a process that ended first) go out after any write.
  requestDelivery(store);
  return all.map((r) => outcomes.get(r.id)!);
}
