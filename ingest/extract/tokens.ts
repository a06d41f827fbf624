// nodejieba segmentation with character offsets. Rules use word boundaries and POS tags (a name
// ends where jieba's word ends; 访华 is one word), and the fallback span source maps its tags.
// nodejieba is used as-is, without loading a user dictionary: its state is process-global and the
// statistical tagger's features were computed with the default dictionary.
import nodejieba from 'nodejieba';

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** Longest piece handed to nodejieba at once; long lines are cut at a safe point first. */
const CHUNK = 2000;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (let base = 0; base < text.length; ) {
    let end = Math.min(text.length, base + CHUNK);
    if (end < text.length) {
      // Cut after punctuation or whitespace when there is some, so no word is split.
      const window = text.slice(base + CHUNK / 2, end);
      const m = /[\s。!?!?,,;;、]/u.exec(window.split('').reverse().join(''));
      if (m) end = end - m.index;
    }
    const piece = text.slice(base, end);
    let at = 0;
    for (const { word, tag } of nodejieba.tag(piece)) {
      const found = piece.indexOf(word, at);
      if (found < 0) continue; // nodejieba dropped or altered a character: skip, keep offsets honest
      out.push({ word, tag, start: base + found, end: base + found + word.length });
      at = found + word.length;
    }
    base = end;
  }
  return out;
}

/** Set of offsets where a jieba word starts or ends. */
export function boundaries(tokens: readonly Token[]): Set<number> {
  const s = new Set<number>();
  for (const t of tokens) {
    s.add(t.start);
    s.add(t.end);
  }
  return s;
}
