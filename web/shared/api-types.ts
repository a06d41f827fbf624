// The JSON the explorer's API answers (web/server/routes) and the explorer reads (web/src/core/api).
// Types only, so both sides import it without pulling in the other: the server checks its answers
// against these shapes, the browser reads them. Imports nothing (README.md in this folder).

export type EntityType = 'Person' | 'Organization' | 'Place';

export interface ApiNode {
  id: string;
  name: string;
  type: EntityType | string;
  mentionCount: number;
  aliases?: string[];
  nameEn?: string | null;
  /** ISO dates (or date-times) of the first and last article that mentions the entity. */
  firstSeen?: string | null;
  lastSeen?: string | null;
  /**
   * How sure the extractor is that this is a real named entity, in [0, 1] (issue 17 §5): the best of
   * the articles' calibrated confidences. Absent or null for data written before confidence existed.
   */
  confidence?: number | null;
  /** A position the data already carries (a saved view, a benchmark); otherwise one is made up. */
  x?: number;
  y?: number;
}

export interface ApiEdge {
  source: string;
  target: string;
  weight: number;
  articleCount?: number;
  firstSeen?: string | null;
  lastSeen?: string | null;
  /**
   * A typed edge (issue 16): HOLDS_ROLE, MEETS, VISITS … (RELATION_TYPES), directed source → target,
   * weight = articles stating it. Absent on a co-mention edge (undirected, weight = shared sentences).
   */
  type?: string;
  /** Typed relations: first and last stated date (YYYY-MM-DD, YYYY-MM or YYYY). */
  firstDate?: string | null;
  lastDate?: string | null;
  /** HOLDS_ROLE: the title as written. */
  title?: string | null;
  /** Calibrated confidence in [0, 1] of the co-mention or typed relation (the best stating article's); null when unknown. */
  confidence?: number | null;
}

export interface ApiGraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
  /** Hub-capped nodes: how many neighbours were left out (shown as "N more"). */
  truncated?: { id: string; hidden: number }[];
  /** The home view: co-mentions among its nodes left out as weaker than the strongest `edgeLimit`. */
  edgesNotShown?: number;
  /** What the home view or a neighbourhood left out was not counted (a large graph): every co-mention left out weighs at most this. */
  maxWeightNotShown?: number;
  /** Typed edges among the nodes left out as stated by fewer articles than those sent. */
  typedEdgesNotShown?: number;
}

export interface SearchHit {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  nameEn?: string | null;
  mentionCount: number;
  /** How it matched: name, alias, English name, pinyin or initials. */
  via: 'name' | 'alias' | 'english' | 'pinyin';
}

export interface EvidenceItem {
  text: string;
  /** Character offsets in `text` of the names to highlight (from the MENTIONS spans). */
  highlights?: { start: number; end: number }[];
  articleId: string;
  articleTitle: string;
  url?: string | null;
  /** In the article's own offset: its first ten characters are the article's local day. */
  publishedAt?: string | null;
  /** `month` for an article dated to a month only: show 2024-09, not the 1st it is stored as. */
  datePrecision?: string | null;
}

export interface Page<T> {
  total: number;
  skip: number;
  limit: number;
  items: T[];
}

export interface EventSummary {
  id: string;
  name: string;
  date?: string | null;
  kind?: string | null;
  participants?: { id: string; name: string; type: string }[];
  /** Where it happened, when the text says (the timeline sends it). */
  place?: { id: string; name: string; type: string } | null;
}

export interface EntityDetail {
  entity: ApiNode;
  events: EventSummary[];
  coMentions: { id: string; name: string; type: string; weight: number }[];
  /**
   * Roles articles state a person holds (issue 16), latest first: organization (null when the title
   * was stated with none), title as written and normalized, first and last article dates.
   */
  roles?: EntityRoleSummary[];
  /** Typed relations either way (issue 16), latest stated date first. */
  relations?: EntityRelationSummary[];
  /** For an organization or place: the people articles state hold a role at it, latest first. */
  holders?: EntityRoleHolderSummary[];
}

export interface EntityRoleHolderSummary {
  personId: string;
  personName: string;
  title: string;
  normalizedTitle: string;
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface EntityRelationSummary {
  /** MEETS, VISITS … (not HOLDS_ROLE, which is `roles`). */
  type: string;
  /** `out`: the entity is the source (it VISITS the other); `in`: the other is. */
  direction: 'out' | 'in';
  other: { id: string; name: string; type: string };
  articles: number;
  /** Stated dates: first, last, the first 20 distinct ones, and how many there are in all. */
  firstDate: string | null;
  lastDate: string | null;
  dates: string[];
  dateCount: number;
}

/** An evidence sentence of a typed relation, with the date it states (null for a role). */
export interface RelationEvidenceItem extends EvidenceItem {
  date: string | null;
}

export interface EntityRoleSummary {
  orgId: string | null;
  orgName: string | null;
  title: string;
  normalizedTitle: string;
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** The unit of a histogram's buckets: a bucket's date is YYYY-MM-DD (a day, a week's Monday), YYYY-MM or YYYY. */
export type HistogramUnit = 'day' | 'week' | 'month' | 'year';

export interface HistogramBucket {
  date: string;
  /** Articles plus events in that bucket. */
  count: number;
  articles?: number;
  events?: number;
}

export interface CypherNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface CypherRelationship {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: { nodes: CypherNode[]; relationships: CypherRelationship[] };
  truncated: boolean;
  /** Where and why the result was cut ("cut at 1000 rows; …"), when it was. */
  truncation?: string;
  elapsedMs: number;
}

export interface CypherExample {
  name: string;
  /** The question it answers, from its `// Analyst example:` line (谁会见了谁 Who met whom). */
  title?: string;
  query: string;
  /** The parameters it runs with, from its `// Parameters: {…}` line; absent when it states none. */
  params?: Record<string, unknown>;
}

/** GET /api/jobs: the jobs file's jobs (empty without a jobs file). */
export interface JobsList {
  jobsFile: string | null;
  jobs: JobOverview[];
}

/** GET /api/jobs/:name/runs: a job's runs, newest first. */
export interface JobRunsList {
  job: string;
  runs: JobRun[];
}

export interface JobOverview {
  name: string;
  schedule: string;
  enabled: boolean;
  sources: string[];
  /** ISO time of the next scheduled run, null when the schedule has none. */
  nextRun: string | null;
  lastRuns: JobRun[];
  failures: JobFailure[];
}

export interface JobRun {
  id: string;
  status: string;
  trigger: string;
  owner: string;
  scheduledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  counts: { seen: number; new: number; updated: number; unchanged: number; failed: number };
  error: string | null;
}

/** A document of a job that failed: retried with backoff until it is given up on ('failed'). */
export interface JobFailure {
  document: string;
  source: string;
  reason: string;
  message: string;
  attempts: number;
  status: 'retrying' | 'failed';
  nextAttemptAt: number;
  lastFailedAt: string;
}

/**
 * GET /api/health: 503 with `status: 'unavailable'` when Neo4j is not reachable; while the server
 * knows it is down or restarting it answers at once with `state`, `reason`, `since` and no `extractor`.
 */
export interface ApiHealth {
  status: 'ok' | 'unavailable';
  neo4j: {
    reachable: boolean;
    version?: string;
    edition?: string;
    error?: string;
    state?: 'up' | 'down' | 'restarting';
    reason?: string;
    since?: string;
    attempt?: number;
  };
  /** What extraction this server runs on; null when it loaded no extractor (no jobs, data present). */
  extractor?: ExtractorHealth | null;
}

export interface ExtractorHealth {
  /** `ner-tagger`, or `jieba-pos` when degraded. */
  name: string;
  /** The model file asked for. */
  model: string;
  /** True when the NER model did not load and the operator opted in to jieba POS tags. */
  degraded: boolean;
  /** Why the model did not load (degraded only). */
  reason?: string;
}

/** An entity named in an article: offsets into ArticleView.text. */
export interface ArticleMentionSpan {
  start: number;
  end: number;
  id: string;
  name: string;
  type: EntityType | string;
}

/** GET /api/articles/:id: the article as the article view shows it. */
export interface ArticleView {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  authors: string[];
  /** ISO 8601 in the article's own offset: its first ten characters are the article's local day. */
  publishedAt: string | null;
  /** The article's own zone (IANA, e.g. Asia/Shanghai), when the text states one. */
  publishedZone: string | null;
  datePrecision: string | null;
  /** The text rebuilt from its sentences (paragraph breaks between them); mention offsets point into it. */
  text: string;
  sentences: { index: number; start: number; end: number }[];
  mentions: ArticleMentionSpan[];
}

/** GET /api/articles?entity&day: one article of the list. */
export interface ArticleSummary {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  datePrecision: string | null;
  /** How often the entity asked for is mentioned (null when listing by day only). */
  mentions: number | null;
}
