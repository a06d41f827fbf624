// Watchlists: an entity, or a pair of entities. The writer records an Alert when an ingest gives a
// watched entity its first connection with another (or a watched pair its first co-mention); see
// alerts.ts. Entities are ids (entities.ts resolves names).
import type { Store } from '../store/client.ts';
import { CurationError } from './errors.ts';

export interface WatchRow {
  key: string;
  entity: string;
  name: string | null;
  with: string | null;
  withName: string | null;
  who: string;
  since: string;
}

export function watchKey(entity: string, other?: string | null): { key: string; entity: string; other: string | null } {
  if (other === undefined || other === null) return { key: entity, entity, other: null };
  if (other === entity) throw new CurationError(`watch: ${entity} cannot be watched with itself; watch it alone`);
  const [a, b] = [entity, other].sort() as [string, string];
  return { key: `${a}|${b}`, entity: a, other: b };
}

export async function addWatch(store: Store, entity: string, other: string | null, who: string): Promise<WatchRow> {
  const k = watchKey(entity, other);
  const [row] = await store.write('watch-add', { ...k, who, when: new Date().toISOString() });
  return { ...(row as unknown as WatchRow), name: null, withName: null };
}

export async function listWatches(store: Store): Promise<WatchRow[]> {
  return (await store.read('watch-list')) as unknown as WatchRow[];
}

export async function removeWatches(store: Store, entity: string): Promise<number> {
  const [row] = await store.write('watch-remove', { entity });
  const n = Number(row?.removed ?? 0);
  if (n === 0) throw new CurationError(`watch: ${entity} is not watched; kg watch list shows the watches`, 'not-found');
  return n;
}
