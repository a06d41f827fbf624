// A realistic news corpus from real sentences: the MSRA NER training text (one character and tag a
// line, sentences separated by blank lines) grouped into articles with publication dates spread over
// a year. Used by bench/store.ts and by the store's concurrency tests. Deterministic for a given seed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedArticle } from '../../ingest/model.ts';
import { mulberry32 as random } from '../../ingest/extract/ner-tools/random.ts';

/** `<repo>/../shared/eval/msra/train.bio`, or the file env MSRA_TRAIN names. */
export const MSRA_TRAIN = process.env.MSRA_TRAIN ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/eval/msra/train.bio');

export interface MsraCorpusOptions {
  articles: number;
  /** Sentences per article, drawn from [min, max]. */
  minSentences?: number;
  maxSentences?: number;
  /** First day of the year the dates cover. */
  start?: string;
  seed?: number;
}

/** Sentences of the MSRA training text, in file order (read once per process). */
let sentences: string[] | undefined;
export function msraSentences(path = MSRA_TRAIN): string[] {
  if (sentences) return sentences;
  const out: string[] = [];
  let current = '';
  if (!existsSync(path)) {
    throw new Error(
      `bench/lib/msra-articles: the MSRA NER training set is missing; put it at ${path} (../shared/eval/msra/train.bio next to the repository, or set MSRA_TRAIN)`,
    );
  }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (current) out.push(current);
      current = '';
    } else {
      current += line.split(/\s/)[0] ?? '';
    }
  }
  if (current) out.push(current);
  sentences = out;
  return out;
}

/** A training sentence with its PER/ORG/LOC spans (character offsets), for bench/corpus/. */
export interface TaggedSentence {
  text: string;
  spans: { start: number; end: number; type: 'PER' | 'ORG' | 'LOC' }[];
}

let tagged: TaggedSentence[] | undefined;
/** The MSRA training sentences with their entity spans, in file order (read once per process). */
export function msraTaggedSentences(path = MSRA_TRAIN): TaggedSentence[] {
  if (tagged) return tagged;
  if (!existsSync(path)) msraSentences(path); // throws the message saying where the file goes
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { text: '', spans: [] };
  const flush = (): void => {
    if (cur.text) out.push(cur);
    cur = { text: '', spans: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const [ch = '', tag = 'O'] = line.split(/\s/);
    const type = tag.slice(2) as 'PER' | 'ORG' | 'LOC';
    const at = cur.text.length;
    cur.text += ch;
    if (tag.startsWith('B-')) cur.spans.push({ start: at, end: at + 1, type });
    else if (tag.startsWith('I-') && cur.spans.length > 0 && cur.spans[cur.spans.length - 1]!.end === at) cur.spans[cur.spans.length - 1]!.end = at + 1;
  }
  flush();
  tagged = out;
  return out;
}

export function msraArticles(options: MsraCorpusOptions): ParsedArticle[] {
  const { articles, minSentences = 6, maxSentences = 14, start = '2023-06-01', seed = 42 } = options;
  const all = msraSentences().filter((s) => s.length >= 8);
  const rand = random(seed);
  const day0 = Date.parse(`${start}T00:00:00+08:00`);
  const out: ParsedArticle[] = [];
  let next = 0;
  for (let i = 0; i < articles; i++) {
    const n = minSentences + Math.floor(rand() * (maxSentences - minSentences + 1));
    const body: string[] = [];
    for (let k = 0; k < n; k++) body.push(all[next++ % all.length]!);
    const when = new Date(day0 + Math.floor(rand() * 365 * 86_400_000));
    const publishedAt = when.toISOString().replace(/\.\d{3}Z$/, '+00:00');
    const title = body[0]!.slice(0, 24);
    const url = `https://news.example.cn/msra/${String(i).padStart(6, '0')}.html`;
    out.push({ id: `url:${url}`, url, title, publishedAt, source: 'msra', authors: [], text: body.join('\n\n') });
  }
  return out;
}
