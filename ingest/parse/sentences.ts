// Sentence splitting for Chinese news. Sentences are the evidence unit of the graph (co-mentions
// and MENTIONS point at them), so a 。 inside a quotation that goes on must not cut the quote in two,
// and a line break always ends a sentence (headings, bylines and paragraphs are separate).
import type { Sentence } from '../model.ts';

const ENDERS = '。!?!?…';
const OPEN: Record<string, string> = { '“': '”', '「': '」', '『': '』', '(': ')', '\uff08': '\uff09', '《': '》', '【': '】', '‘': '’' };
/** Longest sentence kept whole; a 5 MB line without punctuation is cut so later stages stay linear. */
export const MAX_SENTENCE_LENGTH = 1000;

// The scan looks at every character, so it works on code units (all marks are BMP characters):
// one table lookup per character instead of a string per character and three hash lookups.
const ENDER = 1;
const OPENER = 2;
const CLOSER = 3;
const KIND = new Uint8Array(0x10000);
for (const ch of ENDERS) KIND[ch.charCodeAt(0)] = ENDER;
for (const [open, close] of Object.entries(OPEN)) {
  KIND[open.charCodeAt(0)] = OPENER;
  KIND[close.charCodeAt(0)] = CLOSER;
}
/** Opening mark → its closing mark, as code units. */
const CLOSER_OF = new Map(Object.entries(OPEN).map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)]));
const NEWLINE = 0x0a;
/** ) and ）close a sentence-final run of marks only when they close a bracket: 。) is not 。”. */
const PARENS = new Set([0x29, 0xff09]);
const isSpace = (code: number): boolean => /\s/.test(String.fromCharCode(code));

/** A credit's bracket is short: an opening bracket further back than this does not count. */
const MAX_CREDIT = 24;
const OPEN_PAREN = 0x28;
const OPEN_PAREN_WIDE = 0xff08;

/** The bracket closed at `close` follows a dateline (…5月5日电) and holds no end mark. */
function closesDatelineCredit(text: string, close: number): boolean {
  // The nearest opening bracket, looked for within the credit's reach only: lastIndexOf of the
  // bracket form the text lacks (normalized text has no full-width one) went back to the text's
  // start at every closing bracket, quadratic in a long text.
  let open = -1;
  for (let k = close; k >= 0 && close - k <= MAX_CREDIT; k--) {
    const c = text.charCodeAt(k);
    if (c === OPEN_PAREN || c === OPEN_PAREN_WIDE) {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  return /日电\s*$/u.test(text.slice(Math.max(0, open - 4), open)) && !/[。!?!?]/u.test(text.slice(open, close));
}

/** The sentence text[start, end) trimmed of spaces, pushed to `out` unless nothing is left. */
function pushSentence(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  // A module-level pushSentence rather than a closure: under tsx every named closure costs a
  // __name call per run, and this runs once per article.
  let start = 0;
  /** Closing marks of the quotes and brackets open at the current offset. */
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === NEWLINE) {
      pushSentence(out, text, start, i);
      start = i + 1;
      stack.length = 0;
      continue;
    }
    const kind = KIND[ch];
    if (kind === OPENER) stack.push(CLOSER_OF.get(ch)!);
    else if (kind === CLOSER) {
      const at = stack.lastIndexOf(ch);
      if (at >= 0) stack.length = at;
      // A quote that closes right after an end mark ends the sentence with it: “全球化已死。”
      if (stack.length === 0 && i > 0 && KIND[text.charCodeAt(i - 1)] === ENDER) {
        pushSentence(out, text, start, i + 1);
        start = i + 1;
        continue;
      }
      // 中新网北京5月5日电 (记者 崔白露): the dateline and its credit are no part of the story's first sentence.
      if (stack.length === 0 && PARENS.has(ch) && closesDatelineCredit(text, i)) {
        pushSentence(out, text, start, i + 1);
        start = i + 1;
        continue;
      }
    } else if (kind === ENDER && stack.length === 0) {
      let j = i + 1;
      for (; j < text.length; j++) {
        const next = text.charCodeAt(j);
        if (KIND[next] !== ENDER && (KIND[next] !== CLOSER || PARENS.has(next))) break;
      }
      pushSentence(out, text, start, j);
      start = j;
      i = j - 1;
      continue;
    }
    if (i + 1 - start >= MAX_SENTENCE_LENGTH) {
      pushSentence(out, text, start, i + 1);
      start = i + 1;
      stack.length = 0;
    }
  }
  pushSentence(out, text, start, text.length);
  return out;
}

/** Index of the sentence containing `offset`, by binary search; -1 when outside every sentence. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
