// Bands and groups in entertainment news (organizations by the real-news guidelines): a name in
// quotes before 乐团/乐队/合唱团/组合 (「某某」乐团: the name is what the quotes hold), and a plain
// word before 乐团 or 乐队 (某某乐队): band names are often ordinary words (a flower, an
// extinguisher), which the suffix rule would not take as a name. Offsets index the normalized text.
import { candidate, type Candidate } from '../span.ts';
import type { TokenIndex } from '../tokens.ts';

const QUOTED_BAND = /[「“『"]([\p{Script=Han}A-Za-z0-9]{1,10})[」”』"](?:乐团|乐队|合唱团|组合|天团)/gu;
const BAND_HEADS = new Set(['乐团', '乐队']);
/** Kinds of band or orchestra, not names (交响乐团, 摇滚乐队). */
export const BAND_KINDS = new Set([
  '交响',
  '管弦',
  '爱乐',
  '摇滚',
  '独立',
  '地下',
  '人气',
  '实力',
  '本土',
  '民族',
  '军乐',
  '铜管',
  '学生',
  '青年',
  '少年',
  '儿童',
  '室内',
  '国家',
  '业余',
  '职业',
  '演奏',
  '伴奏',
  '校园',
  '知名',
  '乐手',
]);
const NAME_TAGS = new Set(['n', 'nz', 'nr', 'nrt', 'nrfg', 'x', 't', 'ns', 'eng', 'j']);

/** A kind of band or orchestra with its head (摇滚乐队, 交响乐团), not a band's name. */
export function bandKind(t: string): boolean {
  for (const head of BAND_HEADS) if (t.endsWith(head) && BAND_KINDS.has(t.slice(0, -head.length))) return true;
  return false;
}

/** Bands named before 乐团/乐队 or in quotes before a group's head, as organizations. */
export function bands(text: string, words: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(QUOTED_BAND)) {
    const start = m.index + 1;
    out.push(candidate(start, start + m[1]!.length, 'Organization', text, 'rule', { canonical: m[1]! }));
  }
  const tokens = words.tokens;
  // Only where a head occurs: reading every token object cost more.
  for (const word of BAND_HEADS) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
      const k = words.startIndex(i);
      if (k < 1 || tokens[k]!.word !== word) continue;
      const head = tokens[k]!;
      const name = tokens[k - 1]!;
      if (name.end !== head.start || name.word.length < 2 || name.word.length > 5 || !NAME_TAGS.has(name.tag) || BAND_KINDS.has(name.word)) continue;
      if (!/^[\p{Script=Han}A-Za-z0-9]+$/u.test(name.word)) continue;
      out.push(candidate(name.start, head.end, 'Organization', text, 'rule'));
    }
  }
  return out;
}
