// Japanese names written in kanji (北山某某, 阿部某): a two- or three-character family name and a
// one- or two-character given name, four characters where a Chinese name has three. The tagger,
// trained on Chinese names, reads the family name as a place (北山) or the name not at all. A
// family name from the list below starts a name where jieba reads it as its own word (or the
// start of an unknown word) and the given name after it is a word jieba does not know.
import { candidate, type Candidate } from '../span.ts';
import type { TokenIndex } from '../tokens.ts';
import { isOrdinaryWord } from '../validate.ts';
import { isHan } from './name-shapes.ts';
import { STOP_CHARS } from './person-rules.ts';

/**
 * Common Japanese family names, in simplified characters (normalized text). Not those that are
 * also a Chinese city or a common word in Chinese news (中山, 福岛, 长野, 大阪 …).
 */
const FAMILY_NAMES = new Set([
  ...'佐藤 高桥 田中 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水 山崎 池田 桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 福田 太田 西村 藤井 冈本 松田 中川 中野 原田 小野 田村 竹内 金子 石田 上田 森田 柴田 酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 岛田 谷口 大野 高田 丸山 今井 河野 藤原 小山 北山 大谷 岸田 安倍 石破 野田 鸠山 麻生 宫泽 黑田 星野 松井 浅田 羽生 菅野 吉川 久保 松冈 荒木 松下 野村 菊池 杉山 新井 渡部 樋口 秋山 水野 三浦 平野 大塚 小松 泽田 植田 村田 古川 宇野 二阶 茂木'.split(
    ' ',
  ),
]);
/** Length of the listed family name `s` starts with (3 or 2 characters), or 0. */
export function japaneseFamilyNameLength(s: string): number {
  for (let len = 3; len >= 2; len--) if (s.length >= len && FAMILY_NAMES.has(s.slice(0, len))) return len;
  return 0;
}
/** A bit per code unit that starts a family name: the text is scanned for them (a Set lookup per unit cost 2.5× as much). */
const FIRST_UNITS = new Int32Array(0x10000 >>> 5);
for (const f of FAMILY_NAMES) FIRST_UNITS[f.charCodeAt(0) >>> 5]! |= 1 << (f.charCodeAt(0) & 31);
/**
 * The family names by their first code unit, compared in place at each offset the scan stops at:
 * a slice and a Set look-up per offset cost more, the first units being common characters (中, 大, 小).
 */
const BY_FIRST = new Map<number, string[]>();
const NO_NAMES: readonly string[] = [];
for (const f of FAMILY_NAMES) {
  const list = BY_FIRST.get(f.charCodeAt(0));
  if (list === undefined) BY_FIRST.set(f.charCodeAt(0), [f]);
  else list.push(f);
}

/** A listed family name of `len` characters starts `text` at `i` (text.slice(i, i + len) is listed). */
function familyAt(text: string, i: number, len: number): boolean {
  for (const f of BY_FIRST.get(text.charCodeAt(i)) ?? NO_NAMES) if (f.length === len && text.startsWith(f, i)) return true;
  return false;
}
/** jieba tags of a given name it does not know: unknown words and names. */
const GIVEN_TAGS = new Set(['x', 'nr', 'nrfg', 'nrt', 'nz']);
/** Japanese names in `text` (normalized), whose jieba words `words` holds, as people. */
export function japaneseNames(text: string, words: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 3 <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (((FIRST_UNITS[c >>> 5]! >>> (c & 31)) & 1) === 0 || !words.isBoundary(i)) continue;
    for (let len = 2; len <= 3; len++) {
      if (!familyAt(text, i, len)) continue;
      const end = givenNameEnd(text, i, i + len, words);
      if (end > 0) out.push(candidate(i, end, 'Person', text, 'rule', { canonical: text.slice(i, end) }));
      break;
    }
  }
  return out;
}

/** End of the given name after the family name [start, at), or 0 where none follows. */
function givenNameEnd(text: string, start: number, at: number, words: TokenIndex): number {
  const tok = words.byStart(start);
  if (tok === undefined) return 0;
  // 阿部某/nr: jieba knows the name whole (family name and one or two characters).
  if (tok.end > at) {
    if (!GIVEN_TAGS.has(tok.tag) || tok.end - at > 2 || !allHan(text, at, tok.end) || STOP_CHARS.has(text[tok.end - 1]!)) return 0;
    return tok.end - at === 1 ? secondGivenEnd(tok.end, words) : tok.end;
  }
  if (tok.end !== at) return 0;
  // 北山|某某: the given name is the next word, one jieba does not know, ending where a word does.
  const given = words.byStart(at);
  if (given === undefined || !GIVEN_TAGS.has(given.tag) || given.end - at > 2 || !allHan(text, at, given.end)) return 0;
  if (STOP_CHARS.has(given.word[0]!) || (given.word.length === 2 && isOrdinaryWord(given.word))) return 0;
  if (given.word.length === 1) return secondGivenEnd(given.end, words);
  // 加藤某|说: jieba's unknown word took the verb after a one-character given name.
  return STOP_CHARS.has(text[given.end - 1]!) ? given.end - 1 : given.end;
}

/** Tags of a lone character that is no part of a given name: verbs, function words, numbers. */
const NOT_GIVEN_TAGS = new Set(['v', 'vn', 'p', 'c', 'u', 'uj', 'ul', 'd', 'ad', 'f', 'm', 'q', 'y', 'zg']);

/**
 * 秋山翔|吾, 秋山|翔|吾: a one-character given name that jieba's next lone character continues
 * (a two-character given name it does not know): the end after it, else `end`.
 */
function secondGivenEnd(end: number, words: TokenIndex): number {
  const next = words.byStart(end);
  if (next === undefined || next.word.length !== 1 || !isHan(next.word) || STOP_CHARS.has(next.word) || NOT_GIVEN_TAGS.has(next.tag)) return end;
  return next.end;
}

function allHan(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isHan(text[k])) return false;
  return true;
}
