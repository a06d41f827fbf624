// The extractor: statistical spans (trained tagger, or nodejieba POS when degraded), dictionaries
// and news rules proposed as candidates, filtered, resolved into non-overlapping spans, propagated
// through the article, then turned into entities, events and co-mentions. Pure apart from loading
// the bundled dictionaries and model on first use. Offsets in the result index into the input.
import type { ArticleExtraction, ExtractedEntity, Mention, ParsedArticle, Sentence } from '../model.ts';
import { localPublishedDate } from '../model.ts';
import { normalizeText, toOriginal, type NormalizedText } from '../parse/normalize.ts';
import { sentenceAt, splitSentences } from '../parse/sentences.ts';
import { authorMentions, outletEntity, outletMentions, outletNames } from './author-mentions.ts';
import { bundledDictionaries, type Dictionaries } from './dictionaries.ts';
import { extractEvents } from './events/index.ts';
import { buildEntities, mentionAt } from './identity.ts';
import { lexiconSpans } from './lexicon-spans.ts';
import { nestedPlaces } from './nested-places.ts';
import { propagateNames } from './propagate.ts';
import { TaggerIndex, alignedWithWords, byStrength, mergeByStrength, pickNonOverlapping, yieldToLongerStatistical, type TaggerTypes } from './resolve.ts';
import { suffixOrganizations } from './rules/organization-rules.ts';
import { englishNames, longForms, shortForms, type EnglishName } from './rules/parentheses.ts';
import { dottedNames, honorificNames, nameContext, teamLeaders, titledNames, turkicNames } from './rules/person-rules.ts';
import { latinNames } from './rules/latin-names.ts';
import { hotels } from './rules/hotels.ts';
import { teamsAfterCompetitions, teamsBeforeSquadTitles } from './rules/teams.ts';
import { japaneseNames } from './rules/japanese-names.ts';
import { abbreviatedPlaces, addressPlaces, foreignCities, foreignDivisions, mainland } from './rules/place-rules.ts';
import { placeHeadedBodies } from './rules/place-headed-bodies.ts';
import { companyLists } from './rules/company-lists.ts';
import { bands } from './rules/bands.ts';
import { datelineOutlets } from './rules/dateline-outlets.ts';
import { namesThroughPlaces, outOfContext, personOnWords } from './rules/not-mentions.ts';
import { organizationOnWords } from './rules/organization-spans.ts';
import { englishProse, outsideProse } from './rules/english-prose.ts';
import { bylineNames } from './rules/byline-names.ts';
import { creditedOutlets } from './rules/credited-outlets.ts';
import { joinedBureaus } from './rules/joined-bureaus.ts';
import { candidate, type Candidate, type Span } from './span.ts';
import { candidateConfidence, sourceOf } from './confidence.ts';
import { hasUnit, unitsMatching } from './code-units.ts';
import { isHanCode } from './rules/name-shapes.ts';
import { activeExtractor } from './extractor.ts';
import { knowledgeFor, resolveArticle } from '../resolve/index.ts';
import { jiebaSpanSource, type SpanSource } from './span-source.ts';
import { TITLES } from './roles/titles.ts';
import { TokenIndex, tokenize, type Token, type TokenScratch } from './tokens.ts';
import { isValidCandidate, type ValidateOptions } from './validate.ts';

export interface ExtractOptions {
  /** Statistical layer; defaults to the process's extractor (extractor.ts: the model, or degraded by opt-in). */
  spanSource?: SpanSource;
  /** Dictionaries; defaults to the bundled ones (see loadDictionaries for an operator's copy). */
  dictionaries?: Dictionaries;
}

/** What a name starts and ends with: letters and digits (the class of one code unit, code-units.ts). */
const EDGE_CLASS = '[\\p{L}\\p{N}]';
let edgeUnits: Int32Array | undefined;
/** Marks that stay at a name's edges: opening ones at its start, closing ones at its end. */
const OPEN_MARKS = new Set([...'“《「『【'].map((c) => c.charCodeAt(0)));
const CLOSE_MARKS = new Set([...'”》」』】'].map((c) => c.charCodeAt(0)));
/** 昨 and 今 written before a date (昨(3日), 今4日), which the tagger may read into a name before them. */
const DAY_WORD_AFTER_NAME = new Set([...'昨今'].map((c) => c.charCodeAt(0)));
const DATE_START = /^[0-9(（０-９]/u;
/** The source of a piece of a tagger span (cleanStatistical), calibrated apart from whole spans. */
const CUT: Partial<Candidate> = { source: 'statistical-cut' };
/** Where a tagger span is cut (see cleanStatistical), by code unit: no one-char string per char. */
const BREAK_CODES = new Set([...'(),。、;!?\n\t'].map((c) => c.charCodeAt(0)));

/**
 * The text the statistical layer sees: normalized (simplified characters, one middle dot), but
 * with the original full-width punctuation and letters, which is what news text and the tagger's
 * training corpus use. Offsets are those of the normalized text.
 */
function taggerInput(original: string, norm: NormalizedText): string {
  if (original.length !== norm.text.length) return norm.text;
  let out = '';
  let from = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) {
      out += norm.text.slice(from, i) + original[i]!;
      from = i + 1;
    }
  }
  return from === 0 ? norm.text : out + norm.text.slice(from);
}

/**
 * A tagger span cut at punctuation (浙江星光电子研究院(星光院 → two names) and trimmed of symbols
 * at its edges (🚀马斯克😀 → 马斯克): a name starts and ends with a letter or digit. The pieces are
 * pushed to `out` as candidates.
 */
function cleanStatistical(t: string, span: Span, out: Candidate[]): void {
  const edge = (edgeUnits ??= unitsMatching(EDGE_CLASS));
  const { start, end } = span;
  const whole = span.confidence === undefined ? undefined : { confidence: span.confidence };
  let s = start;
  for (let i = start; i <= end; i++) {
    // Two names with a space between them (two bylines: 李明 王芳) are two names.
    if (i < end && !BREAK_CODES.has(t.charCodeAt(i)) && !(t.charCodeAt(i) === 0x20 && isHanCode(t.charCodeAt(i - 1)) && isHanCode(t.charCodeAt(i + 1))))
      continue;
    let a = s;
    let b = i;
    // Opening and closing marks stay at the edges (“幸福工程”组委会); validation checks they pair.
    while (a < b && !hasUnit(edge, t.charCodeAt(a)) && !OPEN_MARKS.has(t.charCodeAt(a))) a++;
    while (b > a && !hasUnit(edge, t.charCodeAt(b - 1)) && !CLOSE_MARKS.has(t.charCodeAt(b - 1))) b--;
    // 马克宏昨(3日), 某某今4日: the day word before a date is not the end of the name.
    if (span.type === 'Person' && b - a >= 3 && DAY_WORD_AFTER_NAME.has(t.charCodeAt(b - 1)) && DATE_START.test(t.charAt(b))) b--;
    // A piece of the span is not the span the tagger's probability is of: its source's constant.
    if (b > a) out.push(candidate(a, b, span.type, t, 'statistical', a === start && b === end ? whole : CUT));
    s = i + 1;
  }
}

/** Tags of jieba's common words: nouns, verbs, adjectives, adverbs, set phrases (月球车/n, 藏蓝色/n). */
const COMMON_WORD_TAGS = new Set(['n', 'v', 'vn', 'a', 'ad', 'an', 'd', 'l', 'i']);
/** How far back the word holding a span's start is looked for. */
const LONGEST_WORD_BACK = 4;

/**
 * The tagger's place starts inside one longer common word of jieba's and ends within it (地球 of
 * 滚地球): a fragment of a word, no place.
 */
function insideCommonWord(c: Candidate, index: TokenIndex): boolean {
  // A place starting a word is MSRA's (意大利人, 日本首相); one character is compounds.ts's to read.
  if (index.isBoundary(c.start) || c.end - c.start < 2) return false;
  for (let s = c.start - 1; s >= 0 && s >= c.start - LONGEST_WORD_BACK; s--) {
    const w = index.byStart(s);
    if (w === undefined) continue;
    return w.end >= c.end && w.end - w.start > c.end - c.start && COMMON_WORD_TAGS.has(w.tag);
  }
  return false;
}

/** The tagger's spans as candidates, each cleaned by cleanStatistical; people fitted to jieba's words. */
function statisticalCandidates(t: string, spans: readonly Span[], index: TokenIndex, strict: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const s of spans) cleanStatistical(t, s, out);
  if (strict) {
    for (const c of out) c.source = 'jieba';
    return out;
  }
  for (let k = 0; k < out.length; k++) {
    if (out[k]!.type === 'Place' && insideCommonWord(out[k]!, index)) {
      out.splice(k--, 1);
      continue;
    }
    if (out[k]!.type === 'Organization') {
      const cut = organizationOnWords(out[k]!, t, index);
      if (cut !== out[k]) cut.source = 'statistical-fitted';
      out[k] = cut;
      continue;
    }
    if (out[k]!.type !== 'Person') continue;
    const fitted = personOnWords(out[k]!, t, index);
    if (fitted !== out[k]) fitted.source = 'statistical-fitted'; // not the tagger's span any more
    out[k] = fitted;
  }
  return out;
}

/** The candidates of one rule, each marked with its name (the key its confidence is calibrated under). */
function named(source: string, cs: Candidate[]): Candidate[] {
  for (const c of cs) c.source ??= source;
  return cs;
}

// Module-level helpers rather than closures inside analyze: analyze runs once per sentence or
// article, and under tsx every named closure costs a __name call per run.

/**
 * The candidates that compete in overlap resolution, strongest first; with the trained tagger
 * (`tagger` set), rule spans inside its longer spans yield first.
 */
function contenders(ok: Candidate[], index: TokenIndex, tagger: TaggerIndex | undefined): Candidate[] {
  return byStrength(tagger ? yieldToLongerStatistical(ok, (i) => index.isBoundary(i), tagger) : ok);
}

/** Function characters jieba glues to the first character of an unknown name after them (与|泽 of 与泽伦斯基). */
const GLUED_FUNCTION_CHARS = new Set([...'与和同跟及对向被把让给']);

/**
 * A word boundary; or the middle of a two-character word whose first character is a glued function
 * character (与|泽伦斯基); or the end of a party's name inside jieba's 党 + title word (民众党|立委).
 */
function wordEdge(index: TokenIndex, i: number): boolean {
  if (index.isBoundary(i)) return true;
  const w = index.byStart(i - 1);
  if (w === undefined) return false;
  return (w.word.length === 2 && GLUED_FUNCTION_CHARS.has(w.word[0]!)) || (w.word[0] === '党' && TITLES.has(w.word.slice(1)));
}

/** Dictionary and propagated candidates on jieba's word boundaries (not for the jieba fallback). */
function onWords(cs: Candidate[], index: TokenIndex, strictStatistical: boolean, tagged?: TaggerTypes): Candidate[] {
  return strictStatistical ? cs : alignedWithWords(cs, (i) => wordEdge(index, i), tagged);
}

/**
 * The valid ones of propagateNames' candidates. In one call a text is one form (the keys of its
 * trie are distinct), so all candidates with that text share type, origin and canonical name, and
 * validity, which depends on the candidate alone, is decided once per text: a name spread to every
 * occurrence was checked at every occurrence.
 */
function validPropagated(cs: readonly Candidate[], dicts: Dictionaries, opts: ValidateOptions): Candidate[] {
  const verdicts = new Map<string, boolean>();
  const out: Candidate[] = [];
  for (const c of cs) {
    let ok = verdicts.get(c.text);
    if (ok === undefined) {
      ok = isValidCandidate(c, dicts, opts);
      verdicts.set(c.text, ok);
    }
    if (ok) out.push(c);
  }
  return out;
}

interface Analysis {
  norm: NormalizedText;
  accepted: Candidate[];
  english: EnglishName[];
}

/**
 * The statistical layer's reading of one text: the normalized text, the tagger's spans and jieba's
 * words. Computed apart from the passes after it so that a batch of articles is tagged back to back
 * (extractUnresolvedBatch): the tagger's tables (an 8 MB weight table, jieba's trie) stay in the
 * caches, which the per-article passes would otherwise evict between articles.
 */
export interface StatisticalReading {
  readonly norm: NormalizedText;
  readonly spans: Span[];
  readonly tokens: Token[];
}

function readStatistical(text: string, source: SpanSource): StatisticalReading {
  const norm = normalizeText(text);
  const t = norm.text;
  if (t.trim() === '') return { norm, spans: [], tokens: [] };
  const input = taggerInput(text, norm);
  if (source.withTokens) return { norm, ...source.withTokens(input, t) };
  const tokens = tokenize(t);
  return { norm, spans: source(input, tokens), tokens };
}

/** The marks of analyze's token index: one buffer for every call (no call nests in another). */
const TOKEN_SCRATCH: TokenScratch = { buffer: new Int32Array(4096) };

function analyze(text: string, opts: ExtractOptions, reading?: StatisticalReading): Analysis {
  const dicts = opts.dictionaries ?? bundledDictionaries();
  const source = opts.spanSource ?? activeExtractor().spanSource;
  const strictStatistical = source === jiebaSpanSource;
  const { norm, spans, tokens } = reading ?? readStatistical(text, source);
  const t = norm.text;
  if (t.trim() === '') return { norm, accepted: [], english: [] };
  const index = new TokenIndex(tokens, t.length, TOKEN_SCRATCH); // used within this call only
  const statistical = statisticalCandidates(t, spans, index, strictStatistical);
  const names = nameContext(index, strictStatistical ? [] : statistical.filter((s) => s.type === 'Person'));
  const all: Candidate[] = [
    ...statistical,
    ...named('dottedNames', dottedNames(t, index)),
    ...named('turkicNames', turkicNames(t)),
    ...named('teamLeaders', teamLeaders(t)),
    ...named('japaneseNames', japaneseNames(t, index)),
    ...named('titledNames', titledNames(t, names)),
    ...named('bylineNames', bylineNames(t)),
    ...named('honorificNames', honorificNames(t, names)),
    ...named(
      'suffixOrganizations',
      suffixOrganizations(t, index, (w) => dicts.lexicon.get(w)?.type === 'Place'),
    ),
    ...named('joinedBureaus', joinedBureaus(t, index)),
    ...named('latinNames', latinNames(t)),
    ...named('abbreviatedPlaces', abbreviatedPlaces(t, index)),
    ...named('placeHeadedBodies', placeHeadedBodies(t, dicts)),
    ...named('companyLists', companyLists(t, dicts, index)),
    ...named('bands', bands(t, index)),
    ...named('datelineOutlets', datelineOutlets(t, dicts)),
    ...named('creditedOutlets', creditedOutlets(t, dicts, index)),
    ...named('mainland', mainland(t, index)),
    ...named('addressPlaces', addressPlaces(t, index)),
    ...named('foreignDivisions', foreignDivisions(t, dicts)),
    ...named('foreignCities', foreignCities(t, dicts, index)),
    ...named('hotels', hotels(t, index, dicts)),
    ...named('teamsAfterCompetitions', teamsAfterCompetitions(t, index)),
    ...named('teamsBeforeSquadTitles', teamsBeforeSquadTitles(t, statistical)),
    ...lexiconSpans(t, dicts, index), // calibrated by origin: alias or lexicon
    ...named('namesThroughPlaces', namesThroughPlaces(t, index)),
  ];
  const validate = { strictStatistical };
  // Validity depends on the candidate alone: the first round's verdicts serve the second.
  const prose = englishProse(t);
  const valid = outsideProse(
    all.filter((c) => isValidCandidate(c, dicts, validate) && !outOfContext(t, c)),
    prose,
  );
  // The second round adds rule and propagated spans only, none of the tagger's: one index of the
  // tagger's spans serves both rounds, and so do the first round's contenders, already sorted.
  const tagger = strictStatistical ? undefined : new TaggerIndex(valid);
  const firstContenders = contenders(onWords(valid, index, strictStatistical, tagger?.types), index, tagger);
  const first = pickNonOverlapping(firstContenders, t.length);
  const linked = [...longForms(t, first), ...shortForms(t, first)];
  const more = [
    ...named('parentheses', linked).filter((c) => isValidCandidate(c, dicts, validate)),
    ...named('propagated', outsideProse(validPropagated(propagateNames(t, [...first, ...linked]), dicts, validate), prose)),
  ].filter((c) => !outOfContext(t, c));
  const moreContenders = contenders(onWords(more, index, strictStatistical), index, tagger);
  const resolved = pickNonOverlapping(mergeByStrength(firstContenders, moreContenders), t.length);
  const english = englishNames(t, resolved);
  // 斯图尔特•拉塞尔(Stuart Russell): the bracket is the person's English name, not another entity.
  const bracketEnds = new Map(english.map((e) => [e.after + 1, e.after + 1 + e.nameEn.length]));
  // The last '(' at or before each candidate, by one forward scan (candidates come sorted by start):
  // lastIndexOf per candidate went back to the text's start when there was none, quadratic in
  // a long text without brackets.
  let scanned = 0;
  let lastOpen = -1;
  const accepted =
    bracketEnds.size === 0
      ? resolved
      : resolved.filter((c) => {
          let open: number;
          if (c.start + 1 >= scanned) {
            for (; scanned <= c.start && scanned < t.length; scanned++) if (t.charCodeAt(scanned) === 0x28) lastOpen = scanned;
            open = lastOpen;
          } else open = t.lastIndexOf('(', c.start);
          const end = open >= 0 ? bracketEnds.get(open + 1) : undefined;
          return end === undefined || c.start >= end + 1 || /[\p{Script=Han}]/u.test(t.slice(open, c.start));
        });
  return { norm, accepted, english };
}

/** Typed spans of `text` (offsets into `text`), as the eval scores them. */
export function extractSpans(text: string, opts: ExtractOptions = {}): Span[] {
  const { norm, accepted } = analyze(text, opts);
  return accepted.map((c) => {
    const start = toOriginal(norm, c.start);
    const end = toOriginal(norm, c.end);
    return { start, end, type: c.type, text: text.slice(start, end) };
  });
}

/** A span of extractSpans with its confidence and the source it is calibrated under (confidence.ts). */
export interface ConfidentSpan extends Span {
  confidence: number;
  source: string;
}

/** extractSpans with each span's confidence and source: what `npm run eval` and `npm run calibrate` measure. */
export function extractConfidentSpans(text: string, opts: ExtractOptions = {}): ConfidentSpan[] {
  const { norm, accepted } = analyze(text, opts);
  return accepted.map((c) => {
    const start = toOriginal(norm, c.start);
    const end = toOriginal(norm, c.end);
    return { start, end, type: c.type, text: text.slice(start, end), confidence: candidateConfidence(c), source: sourceOf(c) };
  });
}

/**
 * A span of the normalized text as a mention in the original, with its sentence (a module function
 * rather than a closure per article: tsx names every closure per call).
 */
function toMention(c: { start: number; end: number }, norm: NormalizedText, sentences: readonly Sentence[], nested: ReadonlySet<Candidate>): Mention {
  const m = mentionAt(toOriginal(norm, c.start), toOriginal(norm, c.end), sentenceAt(sentences, c.start));
  if (nested.has(c as Candidate)) m.nested = true; // event mentions (events/) are never nested
  return m;
}

/**
 * An event's mention in the original text, in the sentence the event was found in (the mention
 * toMention would make, with that sentence: an event's mention is never a nested place).
 */
function eventMention(m: { start: number; end: number; sentence: number }, norm: NormalizedText): Mention {
  return mentionAt(toOriginal(norm, m.start), toOriginal(norm, m.end), m.sentence);
}

/** The mention with its candidate's confidence (confidence.ts): the tagger's probability or its rule's constant. */
function withConfidence(m: Mention, c: Candidate): Mention {
  m.confidence = candidateConfidence(c);
  return m;
}

/** The article's entities, resolved within the article (ingest/resolve) from extraction and knowledge. */
export function extractArticle(article: ParsedArticle, opts: ExtractOptions = {}): ArticleExtraction {
  return resolveArticle(extractUnresolved(article, opts), { knowledge: knowledgeFor(opts.dictionaries ?? bundledDictionaries()) });
}

/**
 * extractArticle of each article, in order, with the same results, faster: the articles are tagged
 * a group at a time (extractUnresolvedBatch). Lazy, so a long list is never held extracted whole.
 */
export function* extractArticles(articles: Iterable<ParsedArticle>, opts: ExtractOptions = {}): Generator<ArticleExtraction> {
  const knowledge = knowledgeFor(opts.dictionaries ?? bundledDictionaries());
  for (const x of extractUnresolvedBatch(articles, opts)) yield resolveArticle(x, { knowledge });
}

/**
 * About how many characters are tagged back to back before their per-article passes run: enough
 * for the tagger's tables to stay warm over many articles, few enough that the readings held
 * meanwhile (spans and words of every article of the group) stay small.
 */
const BATCH_CHARS = 200_000;

/**
 * extractUnresolved of each article, in order, with the same results: the articles are tagged a
 * group at a time (about BATCH_CHARS), then each goes through the passes after the tagger. Lazy:
 * the next group is read from `articles` only when the last one has been consumed.
 */
export function* extractUnresolvedBatch(articles: Iterable<ParsedArticle>, opts: ExtractOptions = {}): Generator<ArticleExtraction> {
  const source = opts.spanSource ?? activeExtractor().spanSource;
  let group: [ParsedArticle, StatisticalReading][] = [];
  let chars = 0;
  for (const article of articles) {
    group.push([article, readStatistical(article.text, source)]);
    chars += article.text.length;
    if (chars < BATCH_CHARS) continue;
    for (const [a, reading] of group) yield unresolvedFrom(a, opts, reading);
    group = [];
    chars = 0;
  }
  for (const [a, reading] of group) yield unresolvedFrom(a, opts, reading);
}

/**
 * The extraction before resolution, for the ingest path, which resolves it again with the entities
 * the store already holds (`resolveArticle(x, { known })`); `extractArticle` is this, resolved. Its
 * co-mentions are empty: resolveArticle pairs the resolved mentions, so pairs made here would be
 * thrown away.
 */
export function extractUnresolved(article: ParsedArticle, opts: ExtractOptions = {}): ArticleExtraction {
  return unresolvedFrom(article, opts);
}

function unresolvedFrom(article: ParsedArticle, opts: ExtractOptions, reading?: StatisticalReading): ArticleExtraction {
  const { norm, accepted, english } = analyze(article.text, opts, reading);
  const dicts = opts.dictionaries ?? bundledDictionaries();
  const normSentences = splitSentences(norm.text);
  const nested = new Set<Candidate>(named('nested', nestedPlaces(norm.text, accepted, dicts)));
  const outlets = outletNames(article.source, dicts);
  const withNested = [
    ...accepted,
    ...nested,
    ...named('byline', authorMentions(norm.text, article.authors, accepted)),
    ...named(
      'outlet',
      outlets.flatMap((o) => outletMentions(norm.text, o, accepted)),
    ),
  ];
  const { entities, resolved } = buildEntities(
    withNested,
    dicts,
    english,
    (c) => withConfidence(toMention(c, norm, normSentences, nested), c),
    article.authors,
  );
  const byId = new Map<string, ExtractedEntity>();
  for (const e of entities) byId.set(e.id, e);
  // The outlet of a source line is an organization of the article, as a byline's author is a person.
  for (const outlet of outlets) {
    const outletOnly = outletEntity(outlet, entities, dicts);
    if (outletOnly !== undefined && !byId.has(outletOnly.id)) {
      entities.push(outletOnly);
      byId.set(outletOnly.id, outletOnly);
    }
  }
  const events = extractEvents(
    normSentences,
    // Places nested in a name (香港 of 香港中通社) take part in nothing: the name does.
    resolved
      .filter((r) => r.mention.nested !== true)
      .map((r) => ({
        start: r.candidate.start,
        end: r.candidate.end,
        entityId: r.entityId,
        type: byId.get(r.entityId)!.type,
        name: byId.get(r.entityId)!.name,
        sentence: r.mention.sentence,
      })),
    // Relative dates (昨日, 5日) resolve against the article's own local day (publishedAt keeps its
    // offset, so its first ten characters are that day); a month-only date has no day to count from.
    (article.datePrecision === 'month' ? undefined : article.publishedAt) ?? article.referenceDate,
    { title: article.title, published: localPublishedDate(article) },
  ).map((ev) => ({ ...ev, mentions: ev.mentions.map((m) => eventMention(m, norm)) }));
  const sentences: Sentence[] = normSentences.map((s) => {
    const start = toOriginal(norm, s.start);
    const end = toOriginal(norm, s.end);
    return { index: s.index, start, end, text: article.text.slice(start, end) };
  });
  const result: ArticleExtraction = {
    id: article.id,
    title: article.title,
    text: article.text,
    sentences,
    entities,
    events,
    coMentions: [],
    authors: entities.filter((e) => e.type === 'Person' && article.authors.some((a) => e.name === a || e.aliases.includes(a))).map((e) => e.id),
  };
  if (article.url !== undefined) result.url = article.url;
  if (article.publishedAt !== undefined) result.publishedAt = article.publishedAt;
  if (article.publishedZone !== undefined) result.publishedZone = article.publishedZone;
  if (article.datePrecision !== undefined) result.datePrecision = article.datePrecision;
  if (article.source !== undefined) result.source = article.source;
  return result;
}
