// Turns one extracted article into the parameter rows the batched writer sends (pure, no I/O): the
// article's own properties, sentences, entity and event mentions, per-article entity names (NAMES),
// event reports (REPORTS) and the co-mention pairs the extraction found. The store decides nothing
// the earlier stages decided: the article's id is the parse stage's (parse/article-id.ts), its
// co-mentions are the extraction's `coMentions`, written as they are.
import { createHash } from 'node:crypto';
import { RELATION_TYPES, type ArticleExtraction, type RelationType } from '../model.ts';
import { canonicalUrl } from '../parse/canonical-url.ts';
import { textHash } from '../parse/article-id.ts';
import { KgError } from '../errors.ts';
import { pairKey, pairOf } from './pair-key.ts';

export interface ArticleRows {
  id: string;
  contentHash: string;
  publishedAt: string | null;
  article: {
    id: string;
    url: string | null;
    title: string;
    source: string | null;
    authors: string[];
    publishedAt: string | null;
    /** IANA zone or offset of publishedAt; datePrecision `month` for a month-only date line (model.ts). */
    publishedZone: string | null;
    datePrecision: string | null;
    contentHash: string;
    textHash: string;
  };
  sentences: { articleId: string; id: string; index: number; text: string; start: number; end: number }[];
  /** `confidence`: the mention's calibrated confidence (ingest/extract/confidence.ts), null when the extraction has none. */
  mentions: { sentenceId: string; targetId: string; start: number; end: number; surface: string; confidence: number | null }[];
  eventMentions: { sentenceId: string; targetId: string; start: number; end: number; surface: string }[];
  entities: { id: string; name: string; type: string; aliases: string[]; nameEn: string | null }[];
  /**
   * One per entity the article mentions; `coMentionTargets`/`coMentionWeights` hold the article's
   * co-mentions whose lesser id is this entity, so the store can sum every article's contribution.
   */
  names: {
    articleId: string;
    entityId: string;
    mentions: number;
    aliases: string[];
    nameEn: string | null;
    coMentionTargets: string[];
    coMentionWeights: number[];
    /**
     * The entity's confidence in this article. The entity's own is the best of its articles'; a
     * co-mention's in an article is the product of both ends' (as the extraction computes it), so the
     * store re-derives every aggregate confidence from NAMES alone.
     */
    confidence: number | null;
  }[];
  events: {
    articleId: string;
    id: string;
    name: string;
    date: string | null;
    dateText: string | null;
    kind: string;
    mentions: number;
    participants: string[];
    place: string | null;
  }[];
  /** The extraction's co-mention pairs (`x\u0000y`, x < y) with the number of sentences in which both appear. */
  pairs: Map<string, number>;
  /** Role statements (HOLDS_ROLE relations) between entities this article writes; orgId null for a title with no organization. */
  roles: RoleRow[];
  /** Typed relation statements (MEETS, VISITS … every type but HOLDS_ROLE) between entities this article writes. */
  relations: RelationRow[];
}

export interface RoleRow {
  articleId: string;
  roleId: string;
  personId: string;
  orgId: string | null;
  title: string;
  normalizedTitle: string;
  sentences: number[];
  start: number;
  end: number;
  confidence: number | null;
}

/** One statement of a typed relation by one article: source and target entity ids, the stated date (or null). */
export interface RelationRow {
  articleId: string;
  relationId: string;
  type: Exclude<RelationType, 'HOLDS_ROLE'>;
  sourceId: string;
  targetId: string;
  date: string | null;
  sentences: number[];
  start: number;
  end: number;
  confidence: number | null;
}

/** Hash of everything the article contributes; equal hashes mean nothing to write. */
export function contributionHash(article: ArticleExtraction, authors: readonly string[] = []): string {
  const h = createHash('sha256');
  // Zone and precision join the hash only when known, so articles without them keep their hash.
  const published =
    article.publishedZone === undefined && article.datePrecision === undefined
      ? (article.publishedAt ?? null)
      : [article.publishedAt ?? null, article.publishedZone ?? null, article.datePrecision ?? null];
  h.update(JSON.stringify([article.url ?? null, article.title, published, article.source ?? null, authors, article.text]));
  h.update(JSON.stringify(article.entities.map((e) => [e.id, e.name, e.type, e.aliases, e.nameEn ?? null, e.mentions])));
  h.update(JSON.stringify(article.events.map((e) => [e.id, e.name, e.date ?? null, e.dateText ?? null, e.kind, e.participants, e.place ?? null, e.mentions])));
  h.update(JSON.stringify(article.coMentions.map((c) => [c.source, c.target, c.weight, c.sentences])));
  // Relations join the hash only when there are any, so articles stating none keep their hash.
  if (article.relations !== undefined && article.relations.length > 0)
    h.update(JSON.stringify(article.relations.map((r) => [r.id, r.type, r.title ?? null, r.sentences, r.start, r.end])));
  // Confidences join the hash when the extraction has them, so a re-fitted calibration rewrites the
  // stored ones on the next ingest; extractions without them keep their hash.
  if (article.entities.some((e) => e.confidence !== undefined)) {
    h.update(
      JSON.stringify([
        article.entities.map((e) => [confidenceOf(e.confidence), e.mentions.map((m) => confidenceOf(m.confidence))]),
        (article.relations ?? []).map((r) => confidenceOf(r.confidence)),
      ]),
    );
  }
  return h.digest('hex');
}

/** A confidence to store and hash: rounded to 3 decimals as the JSONL contract prints it, null when absent. */
export function confidenceOf(p: number | undefined): number | null {
  return p === undefined ? null : Math.round(p * 1000) / 1000;
}

export function sentenceId(articleId: string, index: number): string {
  return `${articleId}#s${index}`;
}

const sortedUnique = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

export class ArticleRowsError extends KgError {
  override name = 'ArticleRowsError';
  readonly code = 'article-rows' as const;
}

/**
 * The extraction's co-mentions as pairs (x < y) with their weights. A pair naming an entity the
 * article does not write (no mention in its sentences) is an extraction fault: refused, not dropped.
 */
function coMentionPairs(article: ArticleExtraction, written: ReadonlySet<string>): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const c of article.coMentions) {
    if (c.source === c.target || !written.has(c.source) || !written.has(c.target) || !(c.weight > 0)) {
      throw new ArticleRowsError(
        `store/article-rows: article ${article.id} has a co-mention ${c.source} – ${c.target} (weight ${c.weight}) that does not join two of its mentioned entities; re-extract it with extract/pipeline.ts`,
      );
    }
    const key = pairKey(c.source, c.target);
    pairs.set(key, (pairs.get(key) ?? 0) + c.weight);
  }
  return pairs;
}

/**
 * `hashOf` is the extraction the content hash is taken from: at ingest, the article resolved on its
 * own, before the store's ids were applied, so an unchanged article is unchanged whatever the store
 * merged since (ingest-documents.ts). Defaults to `article`.
 */
export function articleRows(article: ArticleExtraction, authors: readonly string[] = [], hashOf: ArticleExtraction = article): ArticleRows {
  const id = article.id;
  const contentHash = contributionHash(hashOf, authors);
  const publishedAt = article.publishedAt ?? null;
  const sentenceIndexes = new Set(article.sentences.map((s) => s.index));
  const sentences = article.sentences.map((s) => ({ articleId: id, id: sentenceId(id, s.index), index: s.index, text: s.text, start: s.start, end: s.end }));

  const mentioned = article.entities
    .map((e) => ({ e, mentions: e.mentions.filter((m) => sentenceIndexes.has(m.sentence)) }))
    .filter((x) => x.mentions.length > 0)
    .sort((a, b) => (a.e.id < b.e.id ? -1 : 1));
  const mentionedIds = new Set(mentioned.map((x) => x.e.id));

  const mentions = mentioned.flatMap(({ e, mentions: ms }) =>
    ms.map((m) => ({
      sentenceId: sentenceId(id, m.sentence),
      targetId: e.id,
      start: m.start,
      end: m.end,
      surface: article.text.slice(m.start, m.end),
      confidence: confidenceOf(m.confidence),
    })),
  );
  const entities = mentioned.map(({ e }) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: sortedUnique(e.aliases.filter((a) => a !== e.name)),
    nameEn: e.nameEn ?? null,
  }));
  const pairs = coMentionPairs(article, mentionedIds);
  const targetsOf = new Map<string, [string, number][]>();
  for (const [key, weight] of [...pairs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [x, y] = pairOf(key);
    let targets = targetsOf.get(x);
    if (!targets) targetsOf.set(x, (targets = []));
    targets.push([y, weight]);
  }
  const names = mentioned.map(({ e, mentions: ms }) => ({
    articleId: id,
    entityId: e.id,
    mentions: ms.length,
    aliases: sortedUnique(e.aliases.filter((a) => a !== e.name)),
    nameEn: e.nameEn ?? null,
    coMentionTargets: (targetsOf.get(e.id) ?? []).map(([y]) => y),
    coMentionWeights: (targetsOf.get(e.id) ?? []).map(([, w]) => w),
    confidence: confidenceOf(e.confidence),
  }));

  // Participants and places only link when this article itself mentions them, so an event's links
  // never depend on which other articles happened to be written first.
  const events = [...article.events]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((ev) => ({
      articleId: id,
      id: ev.id,
      name: ev.name,
      date: ev.date ?? null,
      dateText: ev.dateText ?? null,
      kind: ev.kind,
      mentions: ev.mentions.filter((m) => sentenceIndexes.has(m.sentence)).length,
      participants: sortedUnique(ev.participants.filter((p) => mentionedIds.has(p))),
      place: ev.place !== undefined && mentionedIds.has(ev.place) ? ev.place : null,
    }));
  const eventMentions = article.events.flatMap((ev) =>
    ev.mentions
      .filter((m) => sentenceIndexes.has(m.sentence))
      .map((m) => ({ sentenceId: sentenceId(id, m.sentence), targetId: ev.id, start: m.start, end: m.end, surface: article.text.slice(m.start, m.end) })),
  );

  // Roles (issue 16): only between entities the article writes, with the sentences it writes.
  const roles: RoleRow[] = (article.relations ?? [])
    .filter(
      (r) => r.type === 'HOLDS_ROLE' && mentionedIds.has(r.source) && (r.target === null || mentionedIds.has(r.target)) && sentenceIndexes.has(r.sentence),
    )
    .map((r) => ({
      articleId: id,
      roleId: r.id,
      personId: r.source,
      orgId: r.target,
      title: r.title ?? '',
      normalizedTitle: r.normalizedTitle ?? r.title ?? '',
      sentences: r.sentences.filter((i) => sentenceIndexes.has(i)),
      start: r.start,
      end: r.end,
      confidence: confidenceOf(r.confidence),
    }));

  return {
    id,
    contentHash,
    publishedAt,
    article: {
      id,
      url: article.url?.trim() ? canonicalUrl(article.url) : null,
      title: article.title,
      source: article.source ?? null,
      authors: [...authors],
      publishedAt,
      publishedZone: article.publishedZone ?? null,
      datePrecision: article.datePrecision ?? null,
      contentHash,
      textHash: textHash(article),
    },
    sentences,
    mentions,
    eventMentions,
    entities,
    names,
    events,
    pairs,
    roles,
    relations: relationRows(article, mentionedIds, sentenceIndexes),
  };
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(RELATION_TYPES);
// Stated dates compare as strings in Cypher (2024 < 2024-04 < 2024-04-26), so only these shapes.
const STATED_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Typed relations other than roles, between entities the article writes and in sentences it writes
 * (as roles). A type outside the model's taxonomy or one with no target is an extraction fault: the
 * store turns the type into a relationship type, so it is refused, not written.
 */
function relationRows(article: ArticleExtraction, mentionedIds: ReadonlySet<string>, sentenceIndexes: ReadonlySet<number>): RelationRow[] {
  const rows: RelationRow[] = [];
  for (const r of article.relations ?? []) {
    if (!KNOWN_TYPES.has(r.type)) {
      throw new ArticleRowsError(
        `store/article-rows: article ${article.id} has a relation of unknown type ${JSON.stringify(r.type)}; the types are model.ts RELATION_TYPES`,
      );
    }
    if (r.type === 'HOLDS_ROLE') continue;
    if (r.target === null) {
      throw new ArticleRowsError(`store/article-rows: article ${article.id} has a ${r.type} relation ${r.id} with no target; only HOLDS_ROLE may have none`);
    }
    if (r.date !== undefined && !STATED_DATE.test(r.date)) {
      throw new ArticleRowsError(
        `store/article-rows: article ${article.id} has a ${r.type} relation dated ${JSON.stringify(r.date)}; dates are YYYY-MM-DD, YYYY-MM or YYYY`,
      );
    }
    if (!mentionedIds.has(r.source) || !mentionedIds.has(r.target) || r.source === r.target || !sentenceIndexes.has(r.sentence)) continue;
    rows.push({
      articleId: article.id,
      relationId: r.id,
      type: r.type,
      sourceId: r.source,
      targetId: r.target,
      date: r.date ?? null,
      sentences: r.sentences.filter((i) => sentenceIndexes.has(i)),
      start: r.start,
      end: r.end,
      confidence: confidenceOf(r.confidence),
    });
  }
  return rows;
}
