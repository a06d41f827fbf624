// Per-feed conditional-GET state kept in Neo4j (`(:FeedState {url, etag, lastModified})`), so an
// unchanged feed costs one small request on every run and on every app instance. The ingest engine
// reads it before resolving a feed and saves it only after all of the fetch's items were handled
// (a run cut short re-reads the feed); sources only take and return validators, and do no store I/O.
import type { Store } from './client.ts';

/** A feed's HTTP validators (structurally the sources' `Validators`). */
export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

export async function loadFeedState(store: Store, url: string): Promise<FeedValidators> {
  const [row] = await store.read('feed-state-get', { url });
  return {
    etag: typeof row?.etag === 'string' ? row.etag : undefined,
    lastModified: typeof row?.lastModified === 'string' ? row.lastModified : undefined,
  };
}

export async function saveFeedState(store: Store, url: string, v: FeedValidators, items: number): Promise<void> {
  await store.write('feed-state-set', {
    url,
    etag: v.etag ?? null,
    lastModified: v.lastModified ?? null,
    now: new Date().toISOString(),
    items,
  });
}
