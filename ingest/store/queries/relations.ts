// Typed relations (issue 16) for the explorer: the typed edges among the entities a view draws (drawn
// beside its co-mention edges), and the evidence behind one typed edge — a role's or a relation's.
import type { RelationType } from '../../model.ts';
import type { Store } from '../client.ts';
import type { Highlight, MentionItem, Page } from './entity-mentions.ts';
import { DEFAULT_PAGE_OPTIONS } from './entity-mentions.ts';
import { byCodeUnits, intOption, MAX_EDGE_LIMIT, QueryOptionsError, windowEnd, windowStart } from './options.ts';
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
  /** The local days of the first and last stating articles (the explorer's time filter reads them). */
  firstSeen: string | null;
  lastSeen: string | null;
}

/** The typed edges a view draws among its entities, and how many it left out (relations-among.cypher). */
export interface RelationsAmong {
  edges: TypedGraphEdge[];
  /** Typed edges among the entities stated by fewer articles than those sent, left out. */
  notShown: number;
}

/** The most typed edges a view draws among its entities unless told otherwise. */
export const DEFAULT_TYPED_EDGE_LIMIT = 3000;

/**
 * The typed edges among `ids` stated by the most articles (at most `edgeLimit`), overlapping the
 * window (`from`/`to` as the views take them) when given; in source, target, type and title order.
 */
export async function relationsAmong(
  store: Store,
  ids: readonly string[],
  window: { from: string | null; to: string | null } = { from: null, to: null },
  edgeLimit = DEFAULT_TYPED_EDGE_LIMIT,
): Promise<RelationsAmong> {
  if (ids.length === 0) return { edges: [], notShown: 0 };
  const [row] = await store.read('relations-among', {
    ids: [...ids],
    from: window.from === null ? null : windowStart(window.from),
    to: window.to === null ? null : windowEnd(window.to),
    edgeLimit: intOption(MODULE, 'edgeLimit', edgeLimit, 1, MAX_EDGE_LIMIT),
  });
  const found = (row?.edges ?? []) as unknown as (TypedGraphEdge & { normalizedTitle: string | null })[];
  // Cypher's order, a title-less edge after the titled.
  const edges = found
    .sort(
      (a, b) =>
        byCodeUnits(a.source, b.source) ||
        byCodeUnits(a.target, b.target) ||
        byCodeUnits(a.type, b.type) ||
        byCodeUnits(a.normalizedTitle ?? '\uffff', b.normalizedTitle ?? '\uffff'),
    )
    .map(({ normalizedTitle: _title, ...edge }) => edge);
  return { edges, notShown: Number(row?.notShown ?? 0) };
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
