// The statistical layer behind one small interface. The trained tagger (ner/) is used
// when its committed model loads; until then, or if it cannot be read, nodejieba's POS tags
// (nr/ns/nt) stand in. Which one runs is reported, never hidden (see describeSpanSource).
import type { EntityType } from '../model.ts';
import { Tagger, loadModel, type EntitySpan, type NerModel } from './ner/index.ts';
import type { Span } from './span.ts';
import { TokenCollector, type Token } from './tokens.ts';

/** Proposes typed spans for a text; `tokens` are nodejieba's words for the same text. */
export interface SpanSource {
  (text: string, tokens: readonly Token[]): Span[];
  /**
   * For a source that segments the text itself: its spans and its jieba words, with each word
   * taken from `wordText` (same length as `text`), so the pipeline needs no second segmentation.
   */
  withTokens?: (text: string, wordText: string) => { spans: Span[]; tokens: Token[] };
}

const POS_TYPES: Record<string, EntityType> = { nr: 'Person', nrfg: 'Person', nrt: 'Person', ns: 'Place', nt: 'Organization' };

/** Fallback: nodejieba POS tags mapped to types. Noisy; the validation layer filters it. */
export const jiebaSpanSource: SpanSource = (text, tokens) => {
  const out: Span[] = [];
  for (const t of tokens) {
    const type = POS_TYPES[t.tag];
    if (type !== undefined) out.push({ start: t.start, end: t.end, type, text: text.slice(t.start, t.end) });
  }
  return out;
};

/** The trained tagger as a span source; it keeps one Tagger (and its segmenter) for every text. */
export function taggerSpanSource(model: NerModel): SpanSource {
  const tagger = new Tagger(model);
  const toSpans = (spans: EntitySpan[]): Span[] => spans.map(({ start, end, type, text: t }) => ({ start, end, type, text: t }));
  const source: SpanSource = (text) => toSpans(tagger.tag(text));
  // The tagger's words carry jieba's tags only when the model ships jieba's POS table; without it
  // every dictionary word would read as untagged, so the rules segment for themselves.
  if (!model.lexicon.pos.keys.some((k) => k !== 0)) return source;
  source.withTokens = (text, wordText) => {
    const collector = new TokenCollector(wordText, text);
    const spans = toSpans(tagger.tag(text, collector.add));
    return { spans, tokens: collector.tokens };
  };
  return source;
}

interface Resolved {
  source: SpanSource;
  name: 'ner-tagger' | 'jieba-pos';
  reason?: string;
}
let resolved: Resolved | undefined;

function resolveDefault(): Resolved {
  if (resolved) return resolved;
  try {
    resolved = { source: taggerSpanSource(loadModel()), name: 'ner-tagger' };
  } catch (err) {
    resolved = { source: jiebaSpanSource, name: 'jieba-pos', reason: err instanceof Error ? err.message : String(err) };
  }
  return resolved;
}

/** The span source used when the caller passes none: the tagger if its model loads, else jieba. */
export function defaultSpanSource(): SpanSource {
  return resolveDefault().source;
}

/** Which statistical layer the default is, and why it fell back (for logs and the CLI's stderr). */
export function describeSpanSource(): { name: string; reason?: string } {
  const { name, reason } = resolveDefault();
  return reason === undefined ? { name } : { name, reason };
}
