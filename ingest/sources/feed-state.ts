// Per-feed conditional-GET state kept in Neo4j (`(:FeedState {url, etag, lastModified})`), so an
// unchanged feed costs one small request on every run and on every app instance. Validators are
// saved only after all of the fetch's items were handled: a run cut short re-reads the feed.
import type { Store } from '../store/client.ts';
import type { Validators } from './http-fetch.ts';

export async function loadValidators(store: Store | undefined, url: string): Promise<Validators> {
  if (!store) return {};
  const [row] = await store.read('source-feed-state-get', { url });
  return {
    etag: typeof row?.etag === 'string' ? row.etag : undefined,
    lastModified: typeof row?.lastModified === 'string' ? row.lastModified : undefined,
  };
}

export async function saveValidators(store: Store, url: string, v: Validators, items: number): Promise<void> {
  await store.write('source-feed-state-set', {
    url,
    etag: v.etag ?? null,
    lastModified: v.lastModified ?? null,
    now: new Date().toISOString(),
    items,
  });
}
