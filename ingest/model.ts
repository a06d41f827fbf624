// The shapes that flow between pipeline stages (parse → extract → store). Kept in one place so
// every stage, the CLI's JSONL contract and the store agree on field names.

/** One article as parsed from a source, before extraction. Offsets elsewhere index into `text`. */
export interface ParsedArticle {
  /** Stable id: `url:<canonical url>` when there is a URL, else `sha:<content hash>`. */
  id: string;
  url?: string;
  title: string;
  /** ISO 8601 (`2024-05-05T17:38:55+08:00`) or undefined when unknown. */
  publishedAt?: string;
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
}

/** The result of extraction for one article: the CLI's JSONL line and the store's input. */
export interface ArticleExtraction {
  id: string;
  url?: string;
  title: string;
  publishedAt?: string;
  source?: string;
  text: string;
  sentences: Sentence[];
  entities: ExtractedEntity[];
  events: ExtractedEvent[];
  coMentions: CoMention[];
  /** Entity ids of the article's bylined authors (also listed in `entities`, without mentions). */
  authors?: string[];
}
