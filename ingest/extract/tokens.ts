// jieba segmentation with character offsets. Rules use word boundaries and POS tags (a name
// ends where jieba's word ends; 访华 is one word), and the fallback span source maps its tags.
// The words and tags are nodejieba.tag's with its default dictionaries, computed in TypeScript
// (ner/jieba-tag.ts), so nodejieba's native dictionaries are never loaded; the statistical
// tagger's features were computed with the same dictionaries. With the tagger the words come
// from its own segmentation (TokenCollector), so the text is segmented only once.
import { JiebaCutter, jiebaTag, tagName, type Words } from './ner/index.ts';

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** Longest piece segmented at once; long lines are cut at a safe point first. */
const CHUNK = 2000;

/** `cutter`: jieba's segmenter, kept by a caller that tokenizes many texts (default: a new one). */
export function tokenize(text: string, cutter: JiebaCutter = new JiebaCutter()): Token[] {
  const out: Token[] = [];
  for (let base = 0; base < text.length;) {
    let end = Math.min(text.length, base + CHUNK);
    if (end < text.length) {
      // Cut after punctuation or whitespace when there is some, so no word is split.
      const window = text.slice(base + CHUNK / 2, end);
      const m = /[\s。!?!?,,;;、]/u.exec(window.split('').reverse().join(''));
      if (m) end = end - m.index;
    }
    const piece = text.slice(base, end);
    let at = 0;
    for (const { word, tag } of jiebaTag(piece, cutter)) {
      const found = piece.indexOf(word, at);
      if (found < 0) continue; // a lone surrogate reads as U+FFFD, as nodejieba gave it: skip, keep offsets honest
      out.push({ word, tag, start: base + found, end: base + found + word.length });
      at = found + word.length;
    }
    base = end;
  }
  return out;
}

/**
 * A buffer a caller lends TokenIndex for its marks, so an index built per article allocates no
 * typed array (measured: several microseconds each in a running extractor, far more than in
 * isolation). The index is valid only until the next one built on the same scratch.
 */
export interface TokenScratch {
  buffer: Int32Array;
}

/**
 * The tokens of a text by offset: which token starts or ends at an offset, and whether a jieba
 * word starts or ends there. Typed arrays instead of Maps and Sets of offsets: a 1 MB text has
 * ~600k tokens, and the rules look offsets up for every candidate.
 */
export class TokenIndex {
  /**
   * At 2 * offset: k + 1 for tokens[k] starting at the offset, else 0; at 2 * offset + 1: the
   * same for the token ending there. One array rather than two: a typed array costs about a
   * microsecond to allocate even for a short text, and both are read at the same offsets.
   */
  private readonly marks: Int32Array;

  constructor(
    readonly tokens: readonly Token[],
    length: number,
    scratch?: TokenScratch,
  ) {
    const n = 2 * (length + 1);
    if (scratch === undefined) this.marks = new Int32Array(n);
    else {
      if (scratch.buffer.length < n) scratch.buffer = new Int32Array(Math.max(n, 2 * scratch.buffer.length));
      this.marks = scratch.buffer.subarray(0, n).fill(0);
    }
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      this.marks[2 * t.start] = k + 1;
      this.marks[2 * t.end + 1] = k + 1;
    }
  }

  /** Index in `tokens` of the token starting at the offset, or -1. */
  startIndex(offset: number): number {
    return (this.marks[2 * offset] ?? 0) - 1;
  }

  /** Index in `tokens` of the token ending at the offset, or -1. */
  endIndex(offset: number): number {
    return (this.marks[2 * offset + 1] ?? 0) - 1;
  }

  byStart(offset: number): Token | undefined {
    const k = this.startIndex(offset);
    return k >= 0 ? this.tokens[k] : undefined;
  }

  byEnd(offset: number): Token | undefined {
    const k = this.endIndex(offset);
    return k >= 0 ? this.tokens[k] : undefined;
  }

  startsAt(offset: number): boolean {
    return this.marks[2 * offset]! > 0;
  }

  endsAt(offset: number): boolean {
    return this.marks[2 * offset + 1]! > 0;
  }

  /** A jieba word starts or ends at the offset. */
  isBoundary(offset: number): boolean {
    return this.marks[2 * offset]! > 0 || this.marks[2 * offset + 1]! > 0;
  }
}

/**
 * Tokens of `text` built from the pieces a tagger segmented (ner/ WordSink), in text order. The
 * text the tagger saw has the same length (it may keep full-width forms where `text` has ASCII), so
 * each word is the slice of `text` at the tagger's word offsets. Pieces whose words did not align
 * are segmented here with jiebaTag instead.
 */
export class TokenCollector {
  readonly tokens: Token[] = [];
  /**
   * The tagger's WordSink. Assigned in the constructor rather than declared as an arrow-valued
   * field: under tsx a named arrow costs a __name call (a defineProperty) per collector, per text.
   */
  readonly add: (start: number, end: number, words: Words | undefined) => void;

  constructor(private readonly text: string) {
    this.add = (start, end, words) => this.collect(start, end, words);
  }

  private collect(start: number, end: number, words: Words | undefined): void {
    const out = this.tokens;
    if (words === undefined) {
      for (const t of tokenize(this.text.slice(start, end))) out.push({ word: t.word, tag: t.tag, start: t.start + start, end: t.end + start });
      return;
    }
    const { count, ends, tags } = words;
    const text = this.text;
    let at = start;
    for (let k = 0; k < count; k++) {
      const e = start + ends[k]!;
      out.push({ word: text.slice(at, e), tag: tagName(tags[k]!), start: at, end: e });
      at = e;
    }
  }
}
