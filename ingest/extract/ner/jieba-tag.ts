// Pure TypeScript nodejieba.tag(text): jieba's words (jieba-cut.ts) with cppjieba PosTagger's tag
// for each: the dictionary word's own tag (the last dictionary line for that word wins), else by
// its ASCII content "m" (only digits), "eng" (letters among them) or "x" (none). Lets the
// extraction check a word's tag without loading nodejieba's native dictionaries.
import { JiebaCutter } from './jieba-cut.ts';
import { jiebaModel, trieNodeOf } from './jieba-dict.ts';

export interface TaggedWord {
  word: string;
  tag: string;
}

/** cppjieba PosTagger::SpecialRule over text[from, to): by its ASCII runes. */
function specialRule(text: string, from: number, to: number): string {
  let runes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > from && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) runes++;
  }
  let m = 0;
  let eng = 0;
  for (let i = from; i < to && eng < Math.floor(runes / 2); i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      eng++;
      if (c >= 0x30 && c <= 0x39) m++;
    }
  }
  if (eng === 0) return 'x';
  return m === eng ? 'm' : 'eng';
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * nodejieba.tag(text): its words (lone surrogates read as U+FFFD, as the native call sees them)
 * and tags. `cutter`: a segmenter the caller keeps for many calls (default: a new one).
 */
export function jiebaTag(text: string, cutter: JiebaCutter = new JiebaCutter()): TaggedWord[] {
  const { trie } = jiebaModel();
  const clean = /[\ud800-\udfff]/.test(text) ? text.replace(LONE_SURROGATE, '\ufffd') : text;
  const { ends, count } = cutter.cut(clean);
  const out: TaggedWord[] = new Array<TaggedWord>(count);
  let from = 0;
  for (let k = 0; k < count; k++) {
    const to = ends[k]!;
    const node = trieNodeOf(trie, clean, from, to);
    const tag = node >= 0 ? trie.tagNames[trie.nodeTag[node]!]! : '';
    out[k] = { word: clean.slice(from, to), tag: tag === '' ? specialRule(clean, from, to) : tag };
    from = to;
  }
  return out;
}
