// The span shapes every layer of the extractor speaks: the statistical tagger, dictionaries and
// rules all propose candidates; overlap resolution keeps the best; identity turns them into entities.
import type { EntityType } from '../model.ts';

/** A typed character span in a text: what `extractSpans` returns and the eval scores. */
export interface Span {
  start: number;
  end: number;
  type: EntityType;
  text: string;
  /** The tagger's probability of the span (marginals.ts); rules' come from their source's constant. */
  confidence?: number;
}

/**
 * Where a candidate came from. Rules and the alias file are precise about boundaries and win any
 * overlap; the others compete by length, then by `priority`.
 */
export type Origin = 'rule' | 'alias' | 'document' | 'lexicon' | 'statistical';

export interface Candidate extends Span {
  origin: Origin;
  priority: number;
  /** The entity this span refers to when a rule knows it (中 in 中美 → 中国). */
  canonical?: string;
  /** An English name the text gives for it (马斯克(Elon Musk)). */
  nameEn?: string;
  /** The rule that proposed it, the key its confidence is calibrated under (confidence.ts); else its origin. */
  source?: string;
}

export const ORIGIN_PRIORITY: Record<Origin, number> = { rule: 5, alias: 4, document: 3, lexicon: 2, statistical: 1 };

/**
 * The candidate text[start, end) with `extra`'s fields added (or replaced, as priority may be).
 * Every candidate starts from the same object literal, extra fields assigned after: a default `{}`
 * spread into each of tens of thousands of candidates per text cost an object and a copy each.
 */
export function candidate(start: number, end: number, type: Span['type'], text: string, origin: Origin, extra?: Partial<Candidate>): Candidate {
  // Every optional field is in the literal, undefined until set, so that every candidate has one
  // shape: the passes that read thousands of candidates per text (the sort by strength, validation,
  // identity) met a dozen shapes, one per combination of fields the rules set, in varying order.
  const c: Candidate = {
    start,
    end,
    type,
    text: text.slice(start, end),
    origin,
    priority: ORIGIN_PRIORITY[origin],
    confidence: undefined,
    canonical: undefined,
    nameEn: undefined,
    source: undefined,
  };
  return extra === undefined ? c : Object.assign(c, extra);
}
