// The evidence behind a co-mention edge: the sentences in which both entities appear, newest first
// and paginated, with each entity's mentions as highlights relative to the sentence text.
import type { Store } from '../client.ts';
import { pairKey } from '../pair-key.ts';
import { DEFAULT_PAGE_OPTIONS, type Highlight, type MentionItem, type Page } from './entity-mentions.ts';
import { intOption } from './options.ts';

const MODULE = 'store/queries/edge-evidence';

/** A mentions-tab item whose highlights also say which of the two entities they mark. */
export type EvidenceItem = MentionItem<Highlight & { entityId: string }>;

export async function edgeEvidence(store: Store, options: { source: string; target: string; skip?: number; limit?: number }): Promise<Page<EvidenceItem>> {
  const skip = options.skip ?? DEFAULT_PAGE_OPTIONS.skip;
  const limit = options.limit ?? DEFAULT_PAGE_OPTIONS.limit;
  const [row] = await store.read('edge-evidence', {
    source: options.source,
    target: options.target,
    pair: pairKey(options.source, options.target),
    skip: intOption(MODULE, 'skip', skip, 0, 1_000_000),
    limit: intOption(MODULE, 'limit', limit, 1, 500),
  });
  const items = ((row?.items ?? []) as unknown as EvidenceItem[]).map((item) => ({
    ...item,
    highlights: [...item.highlights].sort((a, b) => a.start - b.start || a.end - b.end),
  }));
  return { total: (row?.total as number | undefined) ?? 0, items };
}
