// The statistical layer behind one small interface: the trained tagger (ner/), or nodejieba's POS
// tags (nr/ns/nt), which stand in only when the operator opts in to running degraded. Which one a
// process uses is decided at start-up in extractor.ts, never by a silent fallback here.
import type { EntityType } from '../model.ts';
import { Tagger, type EntitySpan, type NerModel, type TaggerOptions } from './ner/index.ts';
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

/** Degraded mode: nodejieba POS tags mapped to types. Noisy; the validation layer filters it. */
export const jiebaSpanSource: SpanSource = (text, tokens) => {
  const out: Span[] = [];
  for (const t of tokens) {
    const type = POS_TYPES[t.tag];
    if (type !== undefined) out.push({ start: t.start, end: t.end, type, text: text.slice(t.start, t.end) });
  }
  return out;
};

/** The trained tagger as a span source; it keeps one Tagger (and its segmenter) for every text. */
export function taggerSpanSource(model: NerModel, options: TaggerOptions = {}): SpanSource {
  const tagger = new Tagger(model, options);
  const toSpans = (spans: EntitySpan[]): Span[] =>
    spans.map(({ start, end, type, text: t, confidence }) =>
      confidence === undefined ? { start, end, type, text: t } : { start, end, type, text: t, confidence },
    );
  const source: SpanSource = (text) => toSpans(tagger.tag(text));
  // The tagger's words carry jieba's tags only when the model ships jieba's POS table; without it
  // every dictionary word would read as untagged, so the rules segment for themselves.
  if (!model.lexicon.pos.keys.some((k) => k !== 0)) return source;
  source.withTokens = (text, wordText) => {
    const collector = new TokenCollector(wordText);
    const spans = toSpans(tagger.tag(text, collector.add));
    return { spans, tokens: collector.tokens };
  };
  return source;
}
