// The store's side of resolution across articles (ingest/resolve/known.ts decides, this does the
// I/O): finding the stored entities a batch's names and aliases may be, and merging stored entities
// a new article shows to be one. Merges run inside the writer's batch transaction
// (write-articles.ts), before the batch's articles are written, and return what the writer must
// recompute exactly: co-mention lists of the articles whose entities moved, the pairs and counts of
// the surviving entity, the events whose reports changed.
import type { ManagedTransaction } from 'neo4j-driver';
import type { EntityType } from '../model.ts';
import { runNamed, type Store } from './client.ts';
import { pairKey } from './pair-key.ts';

export interface StoredEntityRow {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mergedIds: string[];
  /** Curated by the analyst (ingest/curation): resolution keeps it and never merges it away. */
  pinned: boolean;
  /** Aliases split off it by curation: they join it to nothing. */
  blocked: string[];
  /** Articles that name it (resolution's merge guard). */
  articles: number;
}

/** Stored entities `absorbed` become `into` (same type), which records `mergedIds`. */
export interface EntityMergeRow {
  into: { id: string; name: string; type: EntityType };
  absorbed: string[];
  mergedIds: string[];
}

/** What merges touched, for the writer's exact recounts. */
export interface MergeEffects {
  pairs: Set<string>;
  entities: Set<string>;
  events: Set<string>;
}

const SEARCHABLE = /[\p{L}\p{N}]/u;

/** A Lucene phrase on the alias field of the entity_names index, or null when no word is in it. */
export function aliasPhrase(form: string): string | null {
  if (!SEARCHABLE.test(form)) return null;
  return `aliasText:"${form.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/** The stored entities whose name or alias is one of `forms`, whose id is one of `ids` or that absorbed one. */
export async function findStoredEntities(store: Store, keys: { forms: readonly string[]; ids: readonly string[] }): Promise<StoredEntityRow[]> {
  if (keys.forms.length === 0 && keys.ids.length === 0) return [];
  const phrases = keys.forms.flatMap((form) => {
    const query = aliasPhrase(form);
    return query === null ? [] : [{ form, query }];
  });
  const rows = await store.read('entities-by-names', { forms: keys.forms, phrases, ids: keys.ids });
  return rows.map((r) => ({
    id: r.id as string,
    name: r.name as string,
    type: r.type as EntityType,
    aliases: r.aliases as string[],
    mergedIds: r.mergedIds as string[],
    pinned: r.pinned === true,
    blocked: r.blocked as string[],
    articles: r.articles as number,
  }));
}

/** Applies merges in the writer's transaction (survivors in id order, each's absorbed in id order). */
export async function mergeEntities(tx: ManagedTransaction, merges: readonly EntityMergeRow[]): Promise<MergeEffects> {
  const effects: MergeEffects = { pairs: new Set(), entities: new Set(), events: new Set() };
  const articles = new Set<string>();
  for (const m of [...merges].sort((a, b) => (a.into.id < b.into.id ? -1 : 1))) {
    await runNamed(tx, 'entities-merge-survivor', { ...m.into, mergedIds: m.mergedIds });
    if (m.absorbed.length === 0) continue;
    effects.entities.add(m.into.id);
    for (const absorbed of [...m.absorbed].sort()) {
      for (const r of await runNamed(tx, 'entities-merge-into', { into: m.into.id, absorbed })) {
        for (const a of r.articles as string[]) articles.add(a);
        for (const z of r.entities as string[]) effects.pairs.add(pairKey(m.into.id, z));
        for (const ev of r.events as string[]) effects.events.add(ev);
      }
    }
  }
  if (articles.size > 0) await runNamed(tx, 'names-comentions-recount', { ids: [...articles].sort() });
  return effects;
}
