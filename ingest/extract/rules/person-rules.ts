// Rules for the people news names and a 1998 corpus never saw: dotted transliterations
// (埃隆•马斯克, 里希•苏纳克), title + name (国务卿布林肯, 主任郑栅洁), name + 女士/先生.
// Boundaries come from the name shape and from nodejieba's word ends.
import { MIDDLE_DOT } from '../../parse/normalize.ts';
import { candidate, type Candidate } from '../span.ts';
import type { Token } from '../tokens.ts';
import { NAME_SUFFIXES, SURNAMES, TITLES, TRANSLIT, isHan, looksLikeChineseName, looksLikeTransliteration } from './name-shapes.ts';

const MAX_PART = 5;

/** 埃隆•马斯克, 杰弗里•欣顿: runs of transliteration characters joined by the middle dot. */
export function dottedNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = text.indexOf(MIDDLE_DOT); i >= 0; i = text.indexOf(MIDDLE_DOT, i + 1)) {
    let s = i;
    while (s > 0 && i - s < MAX_PART && TRANSLIT.has(text[s - 1]!)) s--;
    if (s === i) continue;
    let e = i;
    // Follow further dots: 约翰•菲茨杰拉德•肯尼迪.
    for (;;) {
      let j = e + 1;
      while (j < text.length && j - e - 1 < MAX_PART && TRANSLIT.has(text[j]!)) j++;
      if (j === e + 1) break;
      e = j;
      if (text[e] !== MIDDLE_DOT) break;
    }
    if (e <= i + 1) continue;
    out.push(candidate(s, e, 'Person', text, 'rule'));
    i = e;
  }
  return out;
}

/** Length of the name that starts at `at` after a title, or 0. */
function nameAfterTitle(text: string, at: number, byStart: Map<number, Token>, ends: Set<number>): number {
  const tok = byStart.get(at);
  // A Chinese name: surname + 1-2 characters, cut where nodejieba's word ends if it agrees.
  if (SURNAMES.has(text[at]!)) {
    if (tok && tok.end - tok.start >= 2 && tok.end - tok.start <= 3 && looksLikeChineseName(tok.word)) return tok.end - tok.start;
    const three = text.slice(at, at + 3);
    const nextTok = byStart.get(at + 2);
    if (looksLikeChineseName(three) && !(nextTok && nextTok.end - nextTok.start >= 2)) return 3;
    if (looksLikeChineseName(text.slice(at, at + 2))) return 2;
  }
  // A transliterated name: a run of transliteration characters (布林肯, 库克).
  let e = at;
  while (e < text.length && e - at < MAX_PART && TRANSLIT.has(text[e]!)) e++;
  // Do not swallow a following word that starts inside the run (布林肯访华: 访 is not in the set).
  while (e - at >= 2 && !ends.has(e)) e--;
  if (e - at >= 2 && looksLikeTransliteration(text.slice(at, e))) return e - at;
  return 0;
}

/** 国务卿布林肯, 总理李强, 创始人张忠谋, 院长张亚勤. */
export function titledNames(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  const ends = new Set(tokens.map((t) => t.end));
  const byStart = new Map(tokens.map((t) => [t.start, t]));
  for (const title of TITLES) {
    for (let i = text.indexOf(title); i >= 0; i = text.indexOf(title, i + 1)) {
      const at = i + title.length;
      if (!isHan(text[at]) || !ends.has(at)) continue;
      const len = nameAfterTitle(text, at, byStart, ends);
      if (len > 0 && text[at + len] !== MIDDLE_DOT) out.push(candidate(at, at + len, 'Person', text, 'rule'));
    }
  }
  return out;
}

/** 傅莹女士, 王先生: a Chinese name right before an honorific. */
export function honorificNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const suffix of NAME_SUFFIXES) {
    for (let i = text.indexOf(suffix); i >= 2; i = text.indexOf(suffix, i + 1)) {
      for (const len of [3, 2]) {
        const s = i - len;
        const name = text.slice(s, i);
        if (s >= 0 && looksLikeChineseName(name) && (len === 2 || !isHan(text[s - 1]) || !looksLikeChineseName(text.slice(s + 1, i)))) {
          out.push(candidate(s, i, 'Person', text, 'rule'));
          break;
        }
      }
    }
  }
  return out;
}
