// Alerts, in the writer's transaction (store/write-articles.ts calls these two around the co-mention
// write): a batch's co-mention pair that involves a watched entity, or is a watched pair, and that
// had no co-mention before and no alert ever, records one Alert with the article and the first
// sentence naming both. Re-ingesting an article finds its pairs connected already: no second alert.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { ArticleRows } from '../store/article-rows.ts';
import { pairOf } from '../store/pair-key.ts';
import { runNamed, type Store } from '../store/client.ts';

export interface Watches {
  entities: Set<string>;
  pairs: Set<string>;
}

export interface AlertCandidate {
  x: string;
  y: string;
  articleId: string;
  sentence: string;
  watch: string;
}

export async function loadWatches(store: Store): Promise<Watches> {
  const rows = await store.read('watch-active');
  const w: Watches = { entities: new Set(), pairs: new Set() };
  for (const r of rows) {
    if (r.with === null) w.entities.add(r.entity as string);
    else w.pairs.add(`${r.entity as string}|${r.with as string}`);
  }
  return w;
}

/** The watched pairs of the batch's articles (first article in batch order), with the evidence sentence. */
export function watchedPairs(watches: Watches, batch: readonly ArticleRows[]): AlertCandidate[] {
  if (watches.entities.size === 0 && watches.pairs.size === 0) return [];
  const out = new Map<string, AlertCandidate>();
  for (const r of batch) {
    for (const key of r.pairs.keys()) {
      const [x, y] = pairOf(key);
      const pair = `${x}|${y}`;
      if (out.has(pair)) continue;
      const watch = watches.pairs.has(pair) ? pair : watches.entities.has(x) ? x : watches.entities.has(y) ? y : null;
      if (watch === null) continue;
      const bySentence = new Map<string, Set<string>>();
      for (const m of r.mentions) (bySentence.get(m.sentenceId) ?? bySentence.set(m.sentenceId, new Set()).get(m.sentenceId)!).add(m.targetId);
      const both = r.sentences.find((s) => bySentence.get(s.id)?.has(x) && bySentence.get(s.id)?.has(y));
      out.set(pair, { x, y, articleId: r.id, sentence: both?.text ?? '', watch });
    }
  }
  return [...out.values()].sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : a.y < b.y ? -1 : 1));
}

/** Before the batch adds its co-mentions: the candidates that are a new connection. */
export async function newConnections(tx: ManagedTransaction, candidates: readonly AlertCandidate[]): Promise<AlertCandidate[]> {
  if (candidates.length === 0) return [];
  const rows = await runNamed(tx, 'alert-new-pairs', { pairs: candidates.map(({ x, y }) => ({ x, y })) });
  const fresh = new Set(rows.map((r) => `${r.x as string}|${r.y as string}`));
  return candidates.filter((c) => fresh.has(`${c.x}|${c.y}`));
}

/** After the batch's writes, in the same transaction: one Alert per new connection. */
export async function recordAlerts(tx: ManagedTransaction, fresh: readonly AlertCandidate[], now: string): Promise<number> {
  if (fresh.length === 0) return 0;
  const rows = await runNamed(tx, 'alert-record', { now, rows: fresh.map((c) => ({ ...c, id: `alert-${randomUUID().slice(0, 8)}` })) });
  return rows.length;
}
