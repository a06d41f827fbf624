// Rules for the people news names and a 1998 corpus never saw: dotted transliterations
// (埃隆•马斯克, 里希•苏纳克), title + name (国务卿布林肯, 主任郑栅洁), name + 女士/先生.
// Boundaries come from the name shape and from nodejieba's word ends.
import { MIDDLE_DOT } from '../../parse/normalize.ts';
import { candidate, type Candidate } from '../span.ts';
import type { TokenIndex } from '../tokens.ts';
import { isOrdinaryWord } from '../validate.ts';
import { NAME_SUFFIXES, SURNAMES, TRANSLIT, isHan, isHanCode, looksLikeChineseName, looksLikeTransliteration, titleOffsets } from './name-shapes.ts';

const MAX_PART = 5;

/**
 * 埃隆•马斯克, 杰弗里•欣顿: runs of transliteration characters joined by the middle dot. With
 * jieba's words, the name starts where a word does: 委内瑞拉|西蒙•玻利瓦尔, not 拉西蒙•玻利瓦尔.
 */
export function dottedNames(text: string, words?: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  for (let i = text.indexOf(MIDDLE_DOT); i >= 0; i = text.indexOf(MIDDLE_DOT, i + 1)) {
    let s = i;
    while (s > 0 && i - s < MAX_PART && TRANSLIT.has(text[s - 1]!)) s--;
    if (words) while (s < i && !words.isBoundary(s)) s++;
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

/** nodejieba tags that a name (or an unknown word, which names often are) carries. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x', 'nz']);
/** Single characters that end a name's run rather than continue it (李强说, 布林肯为). */
export const STOP_CHARS = new Set([...'的说曾在表也和与等称是将对就为被向从指认则又还都已却亦所并而及或即于以了着过会要把给让']);

/** jieba tags of a lone character that is no part of a name before it: verbs and function words. */
const CLAUSE_TAGS = new Set(['v', 'vn', 'p', 'd', 'c', 'u', 'r', 'ad', 'y', 'zg', 'ul', 'uj']);

export interface NameContext {
  tokens: TokenIndex;
  /** End of a statistical Person span starting at an offset: the tagger saw the whole name. */
  statisticalPersonEnd: Map<number, number>;
}

export function nameContext(tokens: TokenIndex, statisticalPersons: readonly { start: number; end: number }[]): NameContext {
  const statisticalPersonEnd = new Map<number, number>();
  for (const p of statisticalPersons) if (p.end - p.start >= 2) statisticalPersonEnd.set(p.start, p.end);
  return { tokens, statisticalPersonEnd };
}

/** Length of the Chinese name starting at `at` (surname first), or 0 when the words say otherwise. */
function chineseNameAt(text: string, at: number, ctx: NameContext): number {
  const tok = ctx.tokens.byStart(at);
  if (!tok) return 0;
  const len = tok.end - tok.start;
  if (len >= 2) {
    // 关于, 全面, 单位: a longer word that is not a name is no name, whatever its first character.
    if (!NAME_TAGS.has(tok.tag) || len > 3 || !looksLikeChineseName(tok.word)) return 0;
    // 陈家 + 源: nodejieba may cut a three-character name after two.
    const next = ctx.tokens.byStart(tok.end);
    // A verb or function word there is none (某某|到|会场).
    if (len === 2 && next && next.end - next.start === 1 && isHan(next.word) && !STOP_CHARS.has(next.word) && !CLAUSE_TAGS.has(next.tag)) {
      const after = text[next.end];
      if (after === undefined || !isHan(after) || STOP_CHARS.has(after)) return 3;
      // 梁某|后|站台: the lone character before a word of its own is the given name's last.
      const word = ctx.tokens.byStart(next.end);
      if (word !== undefined && word.end - word.start >= 2) return 3;
    }
    return len;
  }
  // The surname stands alone: the given name is the next one- or two-character word (not 和 + 国会).
  const given = ctx.tokens.byStart(tok.end);
  if (STOP_CHARS.has(tok.word) || !given || given.end - given.start > 2 || ![...given.word].every((c) => isHan(c))) return 0;
  if (STOP_CHARS.has(given.word[0]!) || (given.word.length === 2 && isOrdinaryWord(given.word))) return 0;
  const name = text.slice(at, given.end);
  if (!looksLikeChineseName(name) || isOrdinaryWord(name)) return 0;
  // 林|澔|一／摄影: a third one-character word, then no more Han (a credit's slash, a bracket), ends the name.
  const third = given.end - given.start === 1 ? ctx.tokens.byStart(given.end) : undefined;
  if (third !== undefined && third.end - third.start === 1 && isHan(third.word) && !STOP_CHARS.has(third.word) && !isHan(text[third.end] ?? '。'))
    return looksLikeChineseName(text.slice(at, third.end)) ? 3 : name.length;
  return name.length;
}

/** Length of the name that starts at `at` after a title, or 0. */
function nameAfterTitle(text: string, at: number, ctx: NameContext): number {
  const seen = ctx.statisticalPersonEnd.get(at);
  const run = transliterationAt(text, at, ctx);
  // 扎哈罗娃 (扎 a surname too): four transliteration characters or more on jieba's words are one
  // foreign name, wherever the tagger or a Chinese name's shape would end it.
  if (run >= 4 && (seen === undefined || run > seen - at)) return run;
  // The tagger cut a three-character name after two where jieba's words hold all three
  // (董事长魏某|家会面 read 魏某): the words' reading after a title.
  if (seen === at + 2 && SURNAMES.has(text[at]!) && !STOP_CHARS.has(text[at + 2]!) && chineseNameAt(text, at, ctx) === 3) return 3;
  if (seen !== undefined && seen - at <= 8) return seen - at;
  if (SURNAMES.has(text[at]!)) {
    const len = chineseNameAt(text, at, ctx);
    if (len > 0) return len;
  }
  return run;
}

/** A transliterated name at `at`: a run of transliteration characters (布林肯, 库克) on jieba's words; 0 when none. */
function transliterationAt(text: string, at: number, ctx: NameContext): number {
  let e = at;
  while (e < text.length && e - at < MAX_PART && TRANSLIT.has(text[e]!)) e++;
  // Do not swallow a following word that starts inside the run (布林肯访华: 访 is not in the set).
  while (e - at >= 2 && (!ctx.tokens.endsAt(e) || STOP_CHARS.has(text[e - 1]!))) e--;
  return e - at >= 2 && looksLikeTransliteration(text.slice(at, e)) ? e - at : 0;
}

/** 国务卿布林肯, 总理李强, 创始人张忠谋, 院长张亚勤. */
export function titledNames(text: string, ctx: NameContext): Candidate[] {
  const out: Candidate[] = [];
  for (const { title, offset } of titleOffsets(text)) {
    const at = offset + title.length;
    if (!isHanCode(text.charCodeAt(at)) || !ctx.tokens.endsAt(at)) continue;
    const len = nameAfterTitle(text, at, ctx);
    if (len <= 0 || text[at + len] === MIDDLE_DOT) continue;
    // Longer than the tagger's name: whole as it stands, so the tagger's piece does not win.
    const longer = (ctx.statisticalPersonEnd.get(at) ?? at + len) < at + len;
    out.push(candidate(at, at + len, 'Person', text, 'rule', longer ? { canonical: text.slice(at, at + len) } : undefined));
  }
  return out;
}

/** The Chinese name made of the words that end at `end` (吴宓 | 吴 + 宓), or undefined. */
function nameEndingAt(text: string, end: number, tokens: TokenIndex): [number, number] | undefined {
  const last = tokens.byEnd(end);
  if (!last) return undefined;
  const len = last.end - last.start;
  if (len >= 2 && len <= 3) {
    return NAME_TAGS.has(last.tag) && looksLikeChineseName(last.word) ? [last.start, end] : undefined;
  }
  if (len !== 1) return undefined;
  const prev = tokens.byEnd(last.start);
  if (!prev || prev.end - prev.start > 2) return undefined;
  const name = text.slice(prev.start, end);
  // 纪委 + 的: the first word must be a surname alone or a name, never an ordinary word.
  const firstOk = prev.end - prev.start === 1 || NAME_TAGS.has(prev.tag);
  return firstOk && looksLikeChineseName(name) && !isOrdinaryWord(name) && !STOP_CHARS.has(last.word) ? [prev.start, end] : undefined;
}

/** 全处同志, 全厂同志: "the whole office", though 全 is a surname too (全红婵 has a longer given name). */
const WHOLE_UNIT = /^全[处厂村校局所队班组院系科室连营团师部]$/u;

/** 傅莹女士, 吴宓先生: a Chinese name right before an honorific, made of whole words. */
export function honorificNames(text: string, ctx: NameContext): Candidate[] {
  const out: Candidate[] = [];
  for (const suffix of NAME_SUFFIXES) {
    for (let i = text.indexOf(suffix); i >= 2; i = text.indexOf(suffix, i + 1)) {
      if (!ctx.tokens.startsAt(i)) continue;
      const found = nameEndingAt(text, i, ctx.tokens);
      if (found && !WHOLE_UNIT.test(text.slice(found[0], found[1]))) out.push(candidate(found[0], found[1], 'Person', text, 'rule'));
    }
  }
  return out;
}

/** Characters of Uyghur and Kazakh names beyond the transliteration set (阿依古丽, 买买提, 热合曼). */
const TURKIC_NAME_CHARS = new Set([...TRANSLIT, ...'依买热合再孜吾努']);
/** The feminine ending of Uyghur and Kazakh names (沙拉麦提古丽, 阿依古丽): jieba cuts the name before it. */
const GULI = '古丽';

/** 沙拉麦提古丽: a run of name characters ending in 古丽, read whole (the tagger cuts it). */
export function turkicNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = text.indexOf(GULI); i >= 0; i = text.indexOf(GULI, i + 1)) {
    let s = i;
    while (s > 0 && i - s < 6 && TURKIC_NAME_CHARS.has(text[s - 1]!)) s--;
    const end = i + GULI.length;
    if (i - s < 2 || TURKIC_NAME_CHARS.has(text[end] ?? '')) continue;
    const name = text.slice(s, end);
    // Whole as it stands: the tagger's piece of it (提古丽) must not win over the rule.
    out.push(candidate(s, end, 'Person', text, 'rule', { canonical: name }));
  }
  return out;
}

/** A research team named after its leader, after the organization it belongs to (某某大学张三团队). */
const LEADERS_TEAM = /(?<=(?:公司|大学|学院|研究院|研究所|医院|实验室|中心|科学院))(\p{Script=Han}{2,3}?)(?:教授|院士|研究员|博士)?(?:团队|课题组)/gu;

/**
 * 某某公司张三团队, 某某大学李四教授课题组: the leader of a team named after them is a person, where
 * the tagger reads the organization, the name and the team as one body.
 */
export function teamLeaders(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Most texts name no team: the lookbehind would be tried at every offset.
  if (!text.includes('团队') && !text.includes('课题组')) return out;
  for (const m of text.matchAll(LEADERS_TEAM)) {
    const name = m[1]!;
    if (!looksLikeChineseName(name)) continue;
    out.push(candidate(m.index, m.index + name.length, 'Person', text, 'rule', { canonical: name }));
  }
  return out;
}
