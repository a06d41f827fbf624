// The shapes that flow between pipeline stages (parse → extract → store). Kept in one place so
// every stage, the CLI's JSONL contract and the store agree on field names.

/** One article as parsed from a source, before extraction. Offsets elsewhere index into `text`. */
export interface ParsedArticle {
  /** Stable id: `url:<canonical url>` when there is a URL, else `sha:<content hash>`. */
  id: string;
  url?: string;
  title: string;
  /**
   * ISO 8601 in the article's own zone, with its offset (`2024-05-05T01:06:00+08:00`), or undefined
   * when unknown. Never converted to UTC: its first 10 characters are the article's local date.
   */
  publishedAt?: string;
  /** Zone of `publishedAt`: IANA name (`Asia/Shanghai` when the text states none) or the stated offset. */
  publishedZone?: string;
  /** How much of `publishedAt` the source states; `month` for a month-only date line. Undefined means a full instant. */
  datePrecision?: DatePrecision;
  source?: string;
  /** People named in bylines (作者 / 编辑). */
  authors: string[];
  /** Body text: paragraphs joined by "\n\n", headings included, site chrome removed. */
  text: string;
  /** Section headings found in `text` (short lines without end punctuation). */
  headings?: string[];
  /**
   * Date (YYYY-MM-DD) that relative dates in the text resolve against when `publishedAt` is
   * unknown, e.g. a 相关 snippet's dateline or its host page's date.
   */
  referenceDate?: string;
}

/** Precision of a publication date: a month (2024年9月), a day, or a time to the minute or second. */
export type DatePrecision = 'month' | 'day' | 'minute' | 'second';

/**
 * The article's own local date: `YYYY-MM-DD` (or `YYYY-MM` at month precision) in the zone of
 * `publishedAt`, which keeps its offset; undefined without a date.
 */
export function localPublishedDate(a: { publishedAt?: string; datePrecision?: DatePrecision }): string | undefined {
  if (a.publishedAt === undefined || !/^\d{4}-\d{2}-\d{2}/.test(a.publishedAt)) return undefined;
  return a.publishedAt.slice(0, a.datePrecision === 'month' ? 7 : 10);
}

export type EntityType = 'Person' | 'Organization' | 'Place';
export const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Organization', 'Place'];

/** A character span in an article's `text`, with the sentence it falls in. */
export interface Mention {
  start: number;
  end: number;
  sentence: number;
  /**
   * Inside another entity's name (上海 of 特斯拉上海超级工厂): it links the two in the graph, but is
   * not a name of its own in the text's flat spans (`kg extract` leaves it out of an entity's mentions).
   */
  nested?: true;
  /**
   * How sure the extractor is that this span is a name of the entity's type, in [0, 1]: the
   * tagger's span probability (forward–backward, calibrated) or the calibrated precision of the
   * rule or source that proposed it (ingest/extract/confidence.ts). Set on every mention of an
   * extraction that went through resolution.
   */
  confidence?: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface ExtractedEntity {
  /** Stable across articles: `person:马斯克`, `organization:特斯拉`, `place:北京`. */
  id: string;
  /** Canonical name, as it appears in the text. */
  name: string;
  type: EntityType;
  /** Other surface forms seen for it (埃隆•马斯克, Elon Musk). */
  aliases: string[];
  nameEn?: string;
  mentions: Mention[];
  /** How sure the extractor is that this entity is real and of its type, in [0, 1], from its mentions. */
  confidence?: number;
}

export interface ExtractedEvent {
  id: string;
  name: string;
  /** Normalized: `2024-04-26`, `2023-11` or `2024`; undefined when no date is stated. */
  date?: string;
  /** The date as written (4月26日, 去年11月). */
  dateText?: string;
  kind: string;
  /** Entity ids. */
  participants: string[];
  /** Entity id of the place, where stated. */
  place?: string;
  mentions: Mention[];
}

export interface CoMention {
  source: string;
  target: string;
  /** Number of sentences in which both appear. */
  weight: number;
  sentences: number[];
  /** From both ends' confidence and the number of sentences, in [0, 1]. */
  confidence?: number;
}

/**
 * Types of typed relations between entities. HOLDS_ROLE carries a title (person → organization or
 * place, or none); the others join two entities of one sentence, from its verb and structure.
 * Directed as the verb is: VISITS actor → place, SANCTIONS/CRITICIZES/PROTESTS/ATTACKS/SUES/RULES
 * actor → object, COMPETES winner → loser; MEETS, CALLS and SIGNS as written (the host first).
 */
export const RELATION_TYPES = [
  'HOLDS_ROLE',
  'MEETS',
  'CALLS',
  'VISITS',
  'SIGNS',
  'CRITICIZES',
  'PROTESTS',
  'SUPPORTS',
  'SANCTIONS',
  'SUES',
  'RULES',
  'ATTACKS',
  'COMPETES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * A typed fact between entities of one article, with the sentence that states it. HOLDS_ROLE: the
 * person (`source`) holds `title` at the organization or place `target`, or at none (`null`: a
 * title written without one, 国务委员王毅).
 */
export interface ExtractedRelation {
  /**
   * Stable within and across articles: `holds_role:<source>|<normalizedTitle>|<target or ->`, and
   * `<type in lower case>:<source>|<target>|<date or ->` for the others.
   */
  id: string;
  type: RelationType;
  source: string;
  target: string | null;
  /** As written (traditional kept), modifiers included (常务副市长, 前总理). */
  title?: string;
  /** Simplified, one word per post (外长 → 外交部长, CEO → 首席执行官), 原/前 left out. */
  normalizedTitle?: string;
  /**
   * HOLDS_ROLE: the article's local date. The others: the sentence's own time expression resolved
   * against the publication date (YYYY-MM-DD, YYYY-MM or YYYY as precise as the text; a range by its
   * start; 自2019年5月起 by that start), else the article's local date; absent when neither exists,
   * and absent when the act is put in a vague or relative past with no date of its own (日前, 近日,
   * 此前, 早些时候, 前不久, 曾, 三年前): that act happened on no day the text gives.
   */
  date?: string;
  /** The first sentence stating it, and the stated span (title to name) in `text`. */
  sentence: number;
  start: number;
  end: number;
  /** Every sentence of the article stating it, in order (the first is `sentence`). */
  sentences: number[];
  /** The relation type's calibrated precision times both ends' confidence, in [0, 1]. */
  confidence?: number;
}

/** The result of extraction for one article: the CLI's JSONL line and the store's input. */
export interface ArticleExtraction {
  id: string;
  url?: string;
  title: string;
  /** As ParsedArticle.publishedAt: an instant in the article's own zone. */
  publishedAt?: string;
  publishedZone?: string;
  datePrecision?: DatePrecision;
  source?: string;
  text: string;
  sentences: Sentence[];
  entities: ExtractedEntity[];
  events: ExtractedEvent[];
  coMentions: CoMention[];
  /** Entity ids of the article's bylined authors (also listed in `entities`, without mentions). */
  authors?: string[];
  /** Typed relations between the article's entities (roles, meetings, visits …), made after resolution. */
  relations?: ExtractedRelation[];
}
