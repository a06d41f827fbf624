// One entity for the explorer's detail panel: its names and counts, the events it took part in, its
// strongest co-mentions, the latest articles naming it, its roles and typed relations; null when
// there is no such entity.
import neo4j from 'neo4j-driver';
import type { EntityType } from '../../model.ts';
import type { Store } from '../client.ts';
import type { EntitySummary } from './search-entities.ts';

export interface EntityEventRef {
  id: string;
  name: string;
  date: string | null;
  dateText: string | null;
  kind: string;
}

export interface EntityDetail extends EntitySummary {
  /** Calibrated confidence in [0, 1], the best of its articles'; null for entities stored before confidence existed. */
  confidence: number | null;
  firstSeen: string | null;
  lastSeen: string | null;
  events: EntityEventRef[];
  topCoMentions: { id: string; name: string; type: EntityType; weight: number }[];
  latestArticles: { id: string; title: string; url: string | null; publishedAt: string | null }[];
  /** Roles articles state the entity (a person) holds, latest first: organization (null: none), title, dates. */
  roles: EntityRole[];
  /** Typed relations (MEETS, VISITS …) either way, latest stated date first. */
  relations: EntityRelation[];
  /** An organization's or place's role holders (HOLDS_ROLE edges into it), latest first. */
  holders: EntityRoleHolder[];
}

export interface EntityRoleHolder {
  personId: string;
  personName: string;
  title: string;
  normalizedTitle: string;
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface EntityRelation {
  type: string;
  /** `out`: this entity is the source (林远舟 VISITS 北京 on 林远舟's panel); `in`: the target. */
  direction: 'out' | 'in';
  otherId: string;
  otherName: string;
  otherType: EntityType;
  articles: number;
  /** Stated dates (YYYY-MM-DD, YYYY-MM or YYYY): first, last, the first 20 distinct, and how many there are. */
  firstDate: string | null;
  lastDate: string | null;
  dates: string[];
  dateCount: number;
}

export interface EntityRole {
  orgId: string | null;
  orgName: string | null;
  /** The smallest written form; normalizedTitle is what roles are grouped by. */
  title: string;
  normalizedTitle: string;
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** hubArticles: above this many naming articles (or events taken part in) and one in 50 of all, the latest are read along the date index (entity-detail.cypher). */
export const DEFAULT_ENTITY_DETAIL_OPTIONS = { eventLimit: 50, coMentionLimit: 20, articleLimit: 10, relationLimit: 50, hubArticles: 1000 };

/** Drops the all-null map that OPTIONAL MATCH + collect leaves when there is nothing to collect. */
function present<T extends { id: unknown }>(rows: unknown): T[] {
  return ((rows ?? []) as T[]).filter((r) => r.id !== null);
}

export async function entityDetail(store: Store, id: string, options: Partial<typeof DEFAULT_ENTITY_DETAIL_OPTIONS> = {}): Promise<EntityDetail | null> {
  const o = { ...DEFAULT_ENTITY_DETAIL_OPTIONS, ...options };
  const [row] = await store.read('entity-detail', {
    id,
    eventLimit: neo4j.int(o.eventLimit),
    coMentionLimit: neo4j.int(o.coMentionLimit),
    articleLimit: neo4j.int(o.articleLimit),
    relationLimit: neo4j.int(o.relationLimit),
    hubArticles: neo4j.int(o.hubArticles),
  });
  if (!row) return null;
  return {
    ...(row as unknown as EntityDetail),
    events: present<EntityEventRef>(row.events),
    topCoMentions: present<EntityDetail['topCoMentions'][number]>(row.topCoMentions),
    latestArticles: present<EntityDetail['latestArticles'][number]>(row.latestArticles),
    roles: (row.roles ?? []) as unknown as EntityRole[],
    relations: ((row.relations ?? []) as unknown as (EntityRelation | null)[]).filter((r): r is EntityRelation => r !== null),
    holders: ((row.holders ?? []) as unknown as (EntityRoleHolder | null)[]).filter((r): r is EntityRoleHolder => r !== null),
  };
}
