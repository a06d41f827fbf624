// Typed relations (issue 16) for the explorer: the typed edges among the entities a view draws (drawn
// beside its co-mention edges), and the evidence behind one typed edge — a role's or a relation's.
import type { RelationType } from '../../model.ts';
import type { Store } from '../client.ts';
import type { Highlight, MentionItem, Page } from './entity-mentions.ts';
import { DEFAULT_PAGE_OPTIONS } from './entity-mentions.ts';
import { intOption, QueryOptionsError, windowEnd, windowStart } from './options.ts';
import { RELATION_TYPES } from '../../model.ts';

const MODULE = 'store/queries/relations';

/** A typed edge in the GraphView shape: weight = articles stating it; dates stated (relations) or title (roles). */
export interface TypedGraphEdge {
  source: string;
  target: string;
  type: RelationType;
  weight: number;
  articleCount: number;
  firstDate: string | null;
  lastDate: string | null;
  title: string | null;
  /** The best stating article's confidence (relation type precision × both ends'); null when unknown. */
  confidence: number | null;
}

/** The typed edges among `ids`, overlapping the window (`from`/`to` as the views take them) when given. */
export async function relationsAmong(
  store: Store,
  ids: readonly string[],
  window: { from: string | null; to: string | null } = { from: null, to: null },
): Promise<TypedGraphEdge[]> {
  if (ids.length === 0) return [];
  const [row] = await store.read('relations-among', {
    ids: [...ids],
    from: window.from === null ? null : windowStart(window.from),
    to: window.to === null ? null : windowEnd(window.to),
  });
  return (row?.edges ?? []) as unknown as TypedGraphEdge[];
}

export type RelationEvidenceItem = MentionItem<Highlight & { entityId: string }> & { date: string | null };

export interface RelationEvidenceOptions {
  type: RelationType;
  source: string;
  /** The target entity; for HOLDS_ROLE the organization, null for a title stated with none. */
  target: string | null;
  /** HOLDS_ROLE only: the normalized title. */
  title?: string;
  skip?: number;
  limit?: number;
}

/** The sentences stating one typed relation, newest article first and paginated. */
export async function relationEvidence(store: Store, o: RelationEvidenceOptions): Promise<Page<RelationEvidenceItem>> {
  if (!(RELATION_TYPES as readonly string[]).includes(o.type)) {
    throw new QueryOptionsError(`${MODULE}: type must be one of ${RELATION_TYPES.join(', ')}, got ${JSON.stringify(o.type)}`);
  }
  const page = {
    skip: intOption(MODULE, 'skip', o.skip ?? DEFAULT_PAGE_OPTIONS.skip, 0, 1_000_000),
    limit: intOption(MODULE, 'limit', o.limit ?? DEFAULT_PAGE_OPTIONS.limit, 1, 500),
  };
  if (o.type === 'HOLDS_ROLE') {
    if (o.title === undefined || o.title === '')
      throw new QueryOptionsError(`${MODULE}: a HOLDS_ROLE edge's evidence needs its normalized title (title=发言人)`);
    const [row] = await store.read('role-evidence', { person: o.source, org: o.target, normalizedTitle: o.title, ...page });
    const items = (row?.items ?? []) as unknown as Omit<RelationEvidenceItem, 'highlights' | 'date'>[];
    return { total: (row?.total as number | undefined) ?? 0, items: items.map((i) => ({ ...i, highlights: [], date: null })) };
  }
  if (o.target === null) throw new QueryOptionsError(`${MODULE}: a ${o.type} edge's evidence needs its target entity id`);
  const [row] = await store.read('relation-evidence', { type: o.type, source: o.source, target: o.target, ...page });
  return { total: (row?.total as number | undefined) ?? 0, items: (row?.items ?? []) as unknown as RelationEvidenceItem[] };
}
