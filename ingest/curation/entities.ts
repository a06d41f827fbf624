// ENTITY as an operator writes it (`kg curate`, `kg watch`, the API): an id, or an exact name or
// alias, or an id merged into another. Found with the store's own lookup (store/known-entities.ts);
// an id wins, one match is the answer, several are an error listing them.
import { findStoredEntities, type StoredEntityRow } from '../store/known-entities.ts';
import type { Store } from '../store/client.ts';
import { CurationError } from './errors.ts';

export async function resolveEntity(store: Store, key: string): Promise<StoredEntityRow> {
  const k = key.trim();
  if (k === '') throw new CurationError('curation: an entity is empty; give its id or its exact name', 'not-found');
  const found = await findStoredEntities(store, { forms: [k], ids: [k] });
  const byId = found.find((e) => e.id === k);
  if (byId) return byId;
  const merged = found.filter((e) => e.mergedIds.includes(k));
  if (merged.length === 1) return merged[0]!;
  const named = found.filter((e) => e.name === k || e.aliases.includes(k));
  if (named.length === 1) return named[0]!;
  if (named.length === 0) throw new CurationError(`curation: no entity is named ${k} or has that id; search the explorer for its id`, 'not-found');
  throw new CurationError(
    `curation: ${k} names ${named.length} entities; give one id: ${named.map((e) => `${e.id} (${e.type}, ${e.name})`).join('; ')}`,
    'ambiguous',
  );
}
