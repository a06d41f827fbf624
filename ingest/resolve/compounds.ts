// One-character names. A compound of abbreviations (港澳, 中美, 俄乌, 中缅, 台港澳) stands for the
// full entities, each character a mention of its own entity (港 → 香港, 澳 → 澳门); the fragment is
// never a node. A lone character (柯说, 泰方) stands for a person or a country only when the full
// name is in the same article (柯文哲, 泰国); otherwise it is dropped. Characters a rule already
// resolved (访华 → 中国) keep their entity.
import { COUNTRY_ABBREVIATIONS } from '../extract/rules/place-rules.ts';
import { jiebaTag } from '../extract/ner/index.ts';
import type { EntityType } from '../model.ts';
import { normalizeName } from '../parse/normalize.ts';
import type { Knowledge } from './knowledge.ts';

/** Countries news writes in one character, beyond the extraction's own table (place-rules.ts). */
const MORE_COUNTRIES: Record<string, string> = {
  缅: '缅甸',
  泰: '泰国',
  柬: '柬埔寨',
  老: '老挝',
  蒙: '蒙古',
  土: '土耳其',
  西: '西班牙',
  葡: '葡萄牙',
  荷: '荷兰',
  意: '意大利',
  叙: '叙利亚',
  沙: '沙特阿拉伯',
  埃: '埃及',
  新: '新加坡',
  马: '马来西亚',
  瑞: '瑞士',
  比: '比利时',
  波: '波兰',
  希: '希腊',
};
/** The provinces' and regions' official one-character abbreviations (简称). */
export const REGION_ABBREVIATIONS: Record<string, string> = {
  京: '北京',
  津: '天津',
  冀: '河北',
  晋: '山西',
  蒙: '内蒙古',
  辽: '辽宁',
  吉: '吉林',
  黑: '黑龙江',
  沪: '上海',
  苏: '江苏',
  浙: '浙江',
  皖: '安徽',
  闽: '福建',
  赣: '江西',
  鲁: '山东',
  豫: '河南',
  鄂: '湖北',
  湘: '湖南',
  粤: '广东',
  桂: '广西',
  琼: '海南',
  渝: '重庆',
  川: '四川',
  蜀: '四川',
  黔: '贵州',
  贵: '贵州',
  滇: '云南',
  云: '云南',
  藏: '西藏',
  陕: '陕西',
  甘: '甘肃',
  陇: '甘肃',
  青: '青海',
  宁: '宁夏',
  新: '新疆',
  台: '台湾',
  港: '香港',
  澳: '澳门',
};
const COUNTRIES: Record<string, string> = { ...MORE_COUNTRIES, ...COUNTRY_ABBREVIATIONS };
const MAX_COMPOUND = 4;

/** The characters that abbreviate a country or a region, in one Set: a lookup of a one-character key in the two tables cost a dictionary-mode property probe per character of every name. */
const ABBREVIATION_CHARS: ReadonlySet<string> = new Set([...Object.keys(COUNTRIES), ...Object.keys(REGION_ABBREVIATIONS)]);

export function isAbbreviation(ch: string): boolean {
  return ABBREVIATION_CHARS.has(ch);
}

/** A compass point and a continent (西欧, 北美, 东亚, 南非): a region's or a country's own name. */
const DIRECTION_REGION = /^[东西南北][欧亚非美]$/u;

/** Every character of `s` is an abbreviation (俄乌, 中美), and `s` no region's name (西欧 is not 西 and 欧). */
export function allAbbreviations(s: string): boolean {
  if (DIRECTION_REGION.test(s)) return false;
  for (const ch of s) if (!ABBREVIATION_CHARS.has(ch)) return false;
  return true;
}

/** A name knowledge holds as it stands (辽宁, 青海, 香港): not a compound, whatever its characters. */
export function isKnownName(s: string, k: Knowledge): boolean {
  return k.countries.has(s) || k.divisionStems.has(s) || k.divisions.has(s) || k.table.has(s) || k.dictionaries.lexicon.get(s) !== undefined;
}

const CONTEXT = 3;
const wordsCache = new Map<string, { word: string; tag: string }[]>();

/**
 * The jieba word that holds the character at `i` of `t`, segmented with three characters either
 * side, and where the word starts relative to `i` (jieba reads 俄乌|局势 in context, 乌局 alone).
 */
function wordAt(t: string, i: number): { word: string; tag: string; from: number } | undefined {
  const a = Math.max(0, i - CONTEXT);
  const window = t.slice(a, i + CONTEXT + 1);
  let words = wordsCache.get(window);
  if (words === undefined) {
    words = jiebaTag(window);
    if (wordsCache.size < 10_000) wordsCache.set(window, words);
  }
  let at = a;
  for (const w of words) {
    if (at + w.word.length > i) return { word: w.word, tag: w.tag, from: at - i };
    at += w.word.length;
  }
  return undefined;
}

/** Tags of a word that is itself a place or a compound of places (港澳, 美中). */
const PLACE_WORD_TAGS = new Set(['ns', 'j', 'nz']);
/**
 * Tags of dictionary words whose characters are used in their ordinary sense: verbs, times,
 * adjectives, adverbs, function words (参加, 青年). Nouns (京剧, 日军, 台胞, 港人) hold the place in
 * the sense MSRA labels, and jieba's unknown words (抵港, 泰称) are as often a name and a verb.
 */
const ORDINARY_WORD_TAGS = new Set(['v', 'vd', 't', 'a', 'ad', 'd', 'p', 'c', 'm', 'q', 'r', 'u', 'f']);
/** One-character verbs of going and staying that take a place's abbreviation as object (抵京, 访美, 进京). */
const MOTION_VERBS = new Set([...'抵访进赴来返离回在驻出入到']);

/**
 * The abbreviation is used as one: beside another (中日, 日俄), as a country's side (中方) or
 * with 外 (中外), or after a verb of going (抵京, 访美).
 */
function abbreviationWord(word: string, at: number): boolean {
  if (word.length !== 2) return false;
  const other = word[1 - at]!;
  return isAbbreviation(other) || (at === 0 && (other === '方' || other === '外')) || (at === 1 && MOTION_VERBS.has(other));
}

/**
 * The character at `i` of `t` is part of a word of another kind, so no place of its own (参|加 of
 * 参加, 青 of 青年). `side` asks about a run's edge: whether any dictionary word but a place's reaches
 * out before (-1) or after (1) it (港澳|青年, 中美|法学).
 */
export function gluedIntoWord(t: string, i: number, side: -1 | 0 | 1 = 0): boolean {
  const w = wordAt(t, i);
  if (w === undefined || w.word.length < 2 || w.tag === 'x' || abbreviationWord(w.word, -w.from)) return false;
  if (side === -1) return w.from < 0 && w.from + w.word.length === 1 && !PLACE_WORD_TAGS.has(w.tag);
  if (side === 1) return w.from === 0 && w.word.length > 1 && !PLACE_WORD_TAGS.has(w.tag);
  return ORDINARY_WORD_TAGS.has(w.tag);
}

/** Tags of a word jieba reads as a person's name (英才/nr). */
const PERSON_WORD_TAGS = new Set(['nr', 'nrfg', 'nrt']);

/**
 * The character at `i` of `t` starts a word jieba reads as a person's or a school's name (英|才 of
 * 英才学校): no abbreviation of a country, unless the word is a compound of abbreviations (中英).
 */
export function startsNameWord(t: string, i: number): boolean {
  const w = wordAt(t, i);
  return w !== undefined && w.from === 0 && w.word.length >= 2 && PERSON_WORD_TAGS.has(w.tag) && !abbreviationWord(w.word, 0) && !isAbbreviation(w.word[1]!);
}

/**
 * The run of abbreviation characters around [start, end) of the normalized text `t`, at most four,
 * without an edge character that makes a known name with its neighbour outside (香|港澳|门).
 */
export function compoundAround(t: string, start: number, end: number, k: Knowledge): { start: number; end: number } {
  let a = start;
  let b = end;
  while (a > 0 && b - a < MAX_COMPOUND && isAbbreviation(t[a - 1]!)) a--;
  while (b < t.length && b - a < MAX_COMPOUND && isAbbreviation(t[b]!)) b++;
  if (a > 0 && b - a >= 2 && isKnownName(t[a - 1]! + t[a]!, k)) a++;
  if (b < t.length && b - a >= 2 && isKnownName(t[b - 1]! + t[b]!, k)) b--;
  // 参加|中俄, 港澳|青年: an edge character that makes a word with its neighbour outside is that word's.
  // Only characters the run took in around the mention, and only where the word is theirs alone
  // (中美关系 holds the whole run).
  if (a < start && gluedIntoWord(t, a, -1)) a++;
  if (b > end && gluedIntoWord(t, b - 1, 1)) b--;
  if (b - a >= 2 && isKnownName(t.slice(a, b), k)) return { start, end };
  return { start: a, end: b };
}

/**
 * The full names a compound stands for, character by character, or undefined when one character
 * has no reading. Regions are read as regions when any character is only a region (港澳 → 澳门),
 * as countries otherwise (中澳 → 澳大利亚); a reading the article names (`named`) comes first.
 */
export function readCompound(run: string, named: { has(name: string): boolean }, k: Knowledge): string[] | undefined {
  const chars = [...run];
  const regional = chars.some((c) => REGION_ABBREVIATIONS[c] !== undefined && COUNTRIES[c] === undefined);
  const table = regional ? REGION_ABBREVIATIONS : COUNTRIES;
  const out: string[] = [];
  for (const c of chars) {
    // 印巴 with 巴基斯坦 in the article: a country (or region) the article names that starts with
    // the character comes before the table's usual reading (巴勒斯坦).
    let pick = table[c];
    if (pick !== undefined && !named.has(pick)) {
      // The first such, in the order of knowledge's country forms (no copy of them per character).
      for (const n of k.countries.values())
        if (n[0] === c && named.has(n) && (regional ? REGION_ABBREVIATIONS[c] === n : true)) {
          pick = n;
          break;
        }
    }
    if (pick === undefined) return undefined;
    out.push(pick);
  }
  return new Set(out).size === out.length ? out : undefined;
}

/**
 * The full name a lone character stands for in an article whose entities are `names`: the one
 * person whose name starts with it (柯 → 柯文哲), or the one country or region that does (泰 → 泰国).
 */
export function fullNameOf(ch: string, type: EntityType, names: ReadonlyMap<string, EntityType>, k: Knowledge): string | undefined {
  const c = normalizeName(ch);
  let found: string | undefined;
  // A province's or region's official abbreviation standing alone as a place (在港, 进京) is that region.
  if (type === 'Place' && REGION_ABBREVIATIONS[c] !== undefined && COUNTRIES[c] === undefined) return REGION_ABBREVIATIONS[c];
  for (const [name, t] of names) {
    if (name.length < 2 || name[0] !== c) continue;
    const fits =
      type === 'Person'
        ? t === 'Person' && name.length <= 4
        : t === 'Place' && (k.countries.has(name) || COUNTRIES[c] === name || REGION_ABBREVIATIONS[c] === name);
    if (!fits) continue;
    if (found !== undefined && found !== name) return undefined; // two candidates: it stands for neither
    found = name;
  }
  return found;
}

/** Before a lone character: where a country stands (访韩, 赴泰, 在港), never a person. */
const PLACE_SLOT_BEFORE = /[访赴抵驻来到至去往返离出入在]$/u;
/** After a lone character: what a person does as the subject (韩说, 柯能够, 韩则). */
const SUBJECT_SLOT_AFTER =
  /^(?:说|称|表示|指出|认为|强调|坦言|回应|能|会|也|则|已|曾|还|又|将|要|应|不|没|却|就|才|都|拒绝|希望|承认|透露|宣布|批评|质疑|呼吁|同意|上任|当选|接任|发挥|出席|致词|致辞)/u;

/**
 * The person a country's one-character name stands for (韩 of 韩国瑜 in 希望韩能够…): in a subject's
 * slot, not after a verb of going or being somewhere, the one person of the article whose name
 * starts with it; else undefined (the country keeps it). `units` is the article's text normalized
 * one code unit at a time, as resolution reads it.
 */
export function personInSubjectSlot(units: string, start: number, ch: string, names: ReadonlyMap<string, EntityType>, k: Knowledge): string | undefined {
  if (PLACE_SLOT_BEFORE.test(units.slice(Math.max(0, start - 1), start)) || !SUBJECT_SLOT_AFTER.test(units.slice(start + 1, start + 3))) return undefined;
  const person = fullNameOf(ch, 'Person', names, k);
  return person !== undefined && person.length >= 3 ? person : undefined;
}
