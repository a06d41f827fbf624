// Resolution across articles (pure): the entities of a batch of resolved articles and the stored
// entities that share a name or alias with them become one entity per real thing. The ingest path
// asks the store for those entities (lookupKeys), calls linkAcrossArticles, resolves each article
// again with the `known` it returns, and hands the merges to the store. Every entity whose names
// meet — a batch entity and a stored one, two batch entities of different articles, or two stored
// entities a new article joins — takes one id, chosen by a rule that does not depend on the order
// articles arrive in, so ingesting A then B gives the graph B then A gives.
import type { ArticleExtraction, EntityType } from '../model.ts';
import type { KnownEntity } from './resolve-article.ts';
import { Union } from './union.ts';

/** An entity as the store holds it, found by lookupKeys. */
export interface StoredEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: readonly string[];
  /** Ids merged into it before (entities-merge-survivor.cypher). */
  mergedIds: readonly string[];
  /** Curated by the analyst (ingest/curation): its set keeps its id, and it is never absorbed. */
  pinned?: boolean;
  /** Aliases curation split off it: a form no set is joined by. */
  blocked?: readonly string[];
  /** Articles that name it: from ESTABLISHED_ARTICLES on, no batch merges it with another such entity. */
  articles?: number;
}

/**
 * Two stored entities that each stand on this many articles are never made one by a batch: one
 * article's word (a parenthesis, a short form) against the many that kept them apart. Such a merge
 * would also move a hub's every mention in one transaction. The analyst merges them (kg curate).
 */
export const ESTABLISHED_ARTICLES = 20;

/** Stored entities `absorbed` become `into`, which records every id its set had as `mergedIds`. */
export interface EntityMerge {
  into: KnownEntity;
  absorbed: string[];
  mergedIds: string[];
}

export interface CrossArticleLinks {
  /** Name → the entity it joins, per type: the `known` option of resolveArticle. */
  known: Map<string, KnownEntity[]>;
  /** Stored entities to merge, and ids to record (in survivor id order). */
  merges: EntityMerge[];
  /** Aliases two different entities claim, not used to join them, and merges of established entities held back (one line each, sorted). */
  warnings: string[];
}

interface Member {
  id: string;
  name: string;
  type: EntityType;
  aliases: readonly string[];
  mergedIds: readonly string[];
  stored: boolean;
  pinned: boolean;
  articles: number;
}

const HAN = /\p{Script=Han}/u;

const isEstablished = (m: Member): boolean => m.stored && m.articles >= ESTABLISHED_ARTICLES;

/**
 * Which of two ids a set keeps, as resolution names a set (resolve-article.ts, decideName): a Han
 * name of two or more characters, then the shorter name, then the smaller id. No mention counts:
 * they depend on which articles came first, and the choice must not.
 */
export function preferred(a: KnownEntity, b: KnownEntity): KnownEntity {
  const rank = (e: KnownEntity) => (e.name.length >= 2 && HAN.test(e.name) ? 0 : 1);
  const d = rank(a) - rank(b) || a.name.length - b.name.length;
  if (d !== 0) return d < 0 ? a : b;
  return a.id <= b.id ? a : b;
}

/** What to look the batch's entities up by: every name and alias, and their ids (for mergedIds). */
export function lookupKeys(batch: readonly ArticleExtraction[]): { forms: string[]; ids: string[] } {
  const forms = new Set<string>();
  const ids = new Set<string>();
  for (const x of batch) {
    for (const e of x.entities) {
      ids.add(e.id);
      forms.add(e.name);
      for (const a of e.aliases) forms.add(a);
    }
  }
  return { forms: [...forms].sort(), ids: [...ids].sort() };
}

/** Links the batch's entities with each other and with the stored entities (see the file's banner). */
export function linkAcrossArticles(batch: readonly ArticleExtraction[], stored: readonly StoredEntity[]): CrossArticleLinks {
  const members: Member[] = [
    ...[...stored]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((s) => ({ ...s, stored: true, pinned: s.pinned === true, articles: s.articles ?? 0 })),
    ...batch.flatMap((x) =>
      x.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, mergedIds: [], stored: false, pinned: false, articles: 0 })),
    ),
  ];
  const union = new Union(members.length);
  const byId = new Map<string, number>();
  members.forEach((m, i) => {
    const seen = byId.get(m.id);
    if (seen === undefined) byId.set(m.id, i);
    else union.join(seen, i);
  });
  // An id merged before lands on the entity that absorbed it.
  members.forEach((m, i) => {
    for (const old of m.mergedIds) {
      const j = byId.get(old);
      if (j !== undefined) union.join(i, j);
    }
  });
  // Per type and form: who has it as name, who only as an alias.
  const claims = new Map<string, { named: number[]; aliased: number[] }>();
  const claim = (key: string) => claims.get(key) ?? claims.set(key, { named: [], aliased: [] }).get(key)!;
  const blocked = new Set(stored.flatMap((s) => s.blocked ?? []));
  members.forEach((m, i) => {
    claim(`${m.type}\u0000${m.name}`).named.push(i);
    for (const a of m.aliases) if (a !== m.name && !blocked.has(a)) claim(`${m.type}\u0000${a}`).aliased.push(i);
  });
  // The established stored entity each set holds (the sets are the stored ones as merged before).
  const established = new Map<number, Member>();
  members.forEach((m, i) => {
    if (isEstablished(m) && !established.has(union.find(i))) established.set(union.find(i), m);
  });
  const heldBack: { form: string; sides: [Member, Member]; declared: boolean }[] = [];
  const link = (a: number, b: number, form: string, declared: boolean): void => {
    const [ra, rb] = [union.find(a), union.find(b)];
    if (ra === rb) return;
    const [ea, eb] = [established.get(ra), established.get(rb)];
    if (ea && eb) {
      heldBack.push({ form, sides: [ea, eb], declared });
      return;
    }
    union.join(ra, rb);
    const e = ea ?? eb;
    if (e) established.set(union.find(ra), e);
  };
  // Names first, then aliases: an entity joins what carries its own name before what its aliases name.
  for (const [key, { named }] of claims) {
    for (let k = 1; k < named.length; k++) link(named[0]!, named[k]!, key.split('\u0000')[1]!, false);
  }
  const ambiguous: { form: string; aliased: number[] }[] = [];
  for (const [key, { named, aliased }] of claims) {
    const ids = new Set(aliased.map((i) => members[i]!.id));
    const form = key.split('\u0000')[1]!;
    // A short form two different entities list as their alias joins neither (as within an article).
    if (ids.size > 1) {
      ambiguous.push({ form, aliased });
      continue;
    }
    const all = [...named, ...aliased];
    const declared = aliased.some((i) => !members[i]!.stored);
    for (let k = 1; k < all.length; k++) link(all[0]!, all[k]!, form, declared);
  }

  const known = new Map<string, KnownEntity[]>();
  const merges: EntityMerge[] = [];
  for (const set of union.sets()) {
    const group = set.map((i) => members[i]!);
    // A curated entity keeps its id: the analyst chose it (the smallest id when two meet).
    // An established entity is never absorbed either: the others join it (moving a hub's every
    // mention and re-summing its pairs takes minutes, and grows faster than the hub).
    const keeper =
      group.filter((m) => m.pinned).sort((a, b) => (a.id < b.id ? -1 : 1))[0] ??
      group.filter(isEstablished).sort((a, b) => b.articles - a.articles || (a.id < b.id ? -1 : 1))[0];
    const into = keeper
      ? { id: keeper.id, name: keeper.name, type: keeper.type }
      : group.map((m): KnownEntity => ({ id: m.id, name: m.name, type: m.type })).reduce(preferred);
    for (const m of group) {
      if (m.stored) continue;
      const list = known.get(m.name) ?? known.set(m.name, []).get(m.name)!;
      if (!list.some((k) => k.type === into.type)) list.push(into);
    }
    const absorbed = [...new Set(group.filter((m) => m.stored && !m.pinned && m.id !== into.id).map((m) => m.id))].sort();
    const had = new Set(group.filter((m) => m.stored && m.id === into.id).flatMap((m) => m.mergedIds));
    const mergedIds = [...new Set(group.flatMap((m) => [m.id, ...m.mergedIds]))].filter((id) => id !== into.id).sort();
    if (absorbed.length > 0 || mergedIds.some((id) => !had.has(id))) merges.push({ into, absorbed, mergedIds });
  }
  merges.sort((a, b) => (a.into.id < b.into.id ? -1 : 1));

  const warnings = new Set<string>();
  for (const { form, aliased } of ambiguous) {
    if (!aliased.some((i) => !members[i]!.stored)) continue; // stored before: reported when it came
    const roots = new Map<number, string>();
    for (const i of aliased) if (!roots.has(union.find(i))) roots.set(union.find(i), members[i]!.id);
    if (roots.size < 2) continue;
    const ids = [...new Set(roots.values())].sort();
    warnings.add(`resolve/known: ${form} is an alias of ${ids.join(' and ')}; they are not merged (check the alias table or the articles)`);
  }
  // Reported when a batch article brings the link, not each time a stored alias meets its name again.
  for (const { form, sides, declared } of heldBack) {
    if (!declared) continue;
    const [a, b] = [...sides].sort((x, y) => (x.id < y.id ? -1 : 1)) as [Member, Member];
    warnings.add(
      `resolve/known: a batch article links ${a.id} (${a.articles} articles) and ${b.id} (${b.articles}) through ${form};` +
        ` not merged, as each stands on many articles of its own — if they are one thing, run: kg curate merge ${a.id} ${b.id}`,
    );
  }
  return { known, merges, warnings: [...warnings].sort() };
}
