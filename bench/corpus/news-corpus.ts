// A realistic, deterministic news corpus for benchmarks at any size: article i is the same for a
// given seed whatever N is, so the first 10,000 of a 100,000-article corpus are the 10,000-article
// corpus (bench/scale.ts ingests the sizes one after another). Each article runs ~1,000 characters of
// consecutive MSRA training sentences (real news prose) whose named persons, organizations and
// places are replaced by names drawn from a Zipf law over the ranked name lists (names.ts): a few
// hubs (中国, 美国, 北京) in most articles, a long tail met once. An article has a cast (the few
// names it is about, drawn first and reused through it), so co-mentions cluster as in the news.
// Dates are spread over one year from `start`, with a time of day, in +08:00.
import type { ParsedArticle } from '../../ingest/model.ts';
import { mulberry32 } from '../../ingest/extract/ner-tools/random.ts';
import { msraTaggedSentences, type TaggedSentence } from '../lib/msra-articles.ts';
import { rankedNames, type NameType } from './names.ts';

export interface NewsCorpusOptions {
  seed: number;
  /** First day of the year the dates cover (YYYY-MM-DD). */
  start: string;
  /** Characters an article aims at (it ends at the first sentence past it). */
  chars: number;
  /** Zipf exponent of name popularity (1: the classic law). */
  zipf: number;
  /** Share of an article's name slots filled from its cast rather than a fresh draw. */
  castShare: number;
}

export const DEFAULT_NEWS_CORPUS_OPTIONS: NewsCorpusOptions = { seed: 19, start: '2024-01-01', chars: 1000, zipf: 1.05, castShare: 0.7 };

const OUTLETS = ['新华网', '人民网', '中国新闻网', '央视新闻', '环球网', '澎湃新闻', '光明网', '经济日报'];

/** Cumulative Zipf weights over `n` ranks, for drawing by binary search. */
function zipfCdf(n: number, s: number): Float64Array {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cdf[r] = sum += 1 / Math.pow(r + 1, s);
  for (let r = 0; r < n; r++) cdf[r]! /= sum;
  return cdf;
}

function draw(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The generator: `article(i)` builds article i; nothing is kept between calls. */
export class NewsCorpus {
  readonly options: NewsCorpusOptions;
  private readonly sentences: TaggedSentence[];
  private readonly names: Record<NameType, string[]>;
  private readonly cdf: Record<NameType, Float64Array>;
  private readonly day0: number;

  constructor(options: Partial<NewsCorpusOptions> = {}) {
    this.options = { ...DEFAULT_NEWS_CORPUS_OPTIONS, ...options };
    this.sentences = msraTaggedSentences().filter((s) => s.text.length >= 8);
    this.names = rankedNames();
    const z = this.options.zipf;
    this.cdf = { PER: zipfCdf(this.names.PER.length, z), ORG: zipfCdf(this.names.ORG.length, z), LOC: zipfCdf(this.names.LOC.length, z) };
    this.day0 = Date.parse(`${this.options.start}T00:00:00+08:00`);
  }

  article(i: number): ParsedArticle {
    const rand = mulberry32((this.options.seed * 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b));
    const pick = (type: NameType): string => this.names[type][draw(this.cdf[type], rand())]!;
    const cast: Record<NameType, string[]> = {
      PER: [pick('PER'), pick('PER'), pick('PER')],
      ORG: [pick('ORG'), pick('ORG')],
      LOC: [pick('LOC'), pick('LOC'), pick('LOC')],
    };
    const fill = (type: NameType): string => (rand() < this.options.castShare ? cast[type][Math.floor(rand() * cast[type].length)]! : pick(type));
    const paragraphs: string[] = [];
    let length = 0;
    while (length < this.options.chars) {
      // A run of consecutive sentences (one paragraph), as they stood in their source article.
      let at = Math.floor(rand() * this.sentences.length);
      const run = 2 + Math.floor(rand() * 4);
      let paragraph = '';
      for (let k = 0; k < run && length + paragraph.length < this.options.chars; k++, at = (at + 1) % this.sentences.length) {
        paragraph += substitute(this.sentences[at]!, fill);
      }
      paragraphs.push(paragraph);
      length += paragraph.length + 1;
    }
    const when = new Date(this.day0 + Math.floor(rand() * 365 * 86_400_000));
    const publishedAt = when.toISOString().replace(/\.\d{3}Z$/, '+00:00');
    const first = paragraphs[0]!;
    const title = first.slice(0, Math.min(first.length, 12 + Math.floor(rand() * 14))).replace(/[，。、；：]+$/u, '');
    const url = `https://news.example.cn/scale/${this.options.seed}/${String(i).padStart(7, '0')}.html`;
    const source = OUTLETS[Math.floor(rand() * OUTLETS.length)]!;
    return { id: `url:${url}`, url, title, publishedAt, source, authors: [], text: paragraphs.join('\n') };
  }

  /** Articles [from, to). */
  *articles(from: number, to: number): Generator<ParsedArticle> {
    for (let i = from; i < to; i++) yield this.article(i);
  }
}

/**
 * The sentence with each tagged name replaced by a name of the same type. A name in brackets right
 * after another (某某（某某）) is a second name of the same thing in the source, so it takes the same
 * name: two random names there would declare two unrelated entities one.
 */
function substitute(s: TaggedSentence, fill: (type: NameType) => string): string {
  let out = '';
  let at = 0;
  let last = { type: '' as NameType | '', name: '' };
  for (const sp of s.spans) {
    const between = s.text.slice(at, sp.start);
    if (last.type !== sp.type || !OPEN_BRACKET.test(between)) last = { type: sp.type, name: fill(sp.type) };
    out += between + last.name;
    at = sp.end;
  }
  return out + s.text.slice(at);
}

const OPEN_BRACKET = /^\s*[（(]\s*$/u;
