// Sentence splitting for Chinese news. Sentences are the evidence unit of the graph (co-mentions
// and MENTIONS point at them), so a 。 inside a quotation that goes on must not cut the quote in two,
// and a line break always ends a sentence (headings, bylines and paragraphs are separate).
import type { Sentence } from '../model.ts';

const ENDERS = new Set(['。', '!', '?', '!', '?', '…']);
const OPEN: Record<string, string> = { '“': '”', '「': '」', '『': '』', '(': ')', '\uff08': '\uff09', '《': '》', '【': '】', '‘': '’' };
const CLOSERS = new Set(Object.values(OPEN));
/** Longest sentence kept whole; a 5 MB line without punctuation is cut so later stages stay linear. */
export const MAX_SENTENCE_LENGTH = 1000;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let stack: string[] = [];
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      stack = [];
      continue;
    }
    const closer = OPEN[ch];
    if (closer !== undefined) stack.push(closer);
    else if (CLOSERS.has(ch)) {
      const at = stack.lastIndexOf(ch);
      if (at >= 0) stack = stack.slice(0, at);
      // A quote that closes right after an end mark ends the sentence with it: “全球化已死。”
      if (stack.length === 0 && i > 0 && ENDERS.has(text[i - 1]!)) {
        push(i + 1);
        continue;
      }
    } else if (ENDERS.has(ch) && stack.length === 0) {
      let j = i + 1;
      while (j < text.length && (ENDERS.has(text[j]!) || (CLOSERS.has(text[j]!) && text[j] !== ')' && text[j] !== '\uff09'))) j++;
      push(j);
      i = j - 1;
      continue;
    }
    if (i + 1 - start >= MAX_SENTENCE_LENGTH) {
      push(i + 1);
      stack = [];
    }
  }
  push(text.length);
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
