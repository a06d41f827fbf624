// Places news writes in one character: country pairs (中美 = 中国 + 美国, as the MSRA convention
// tags them), 访华/来华 (华 = 中国) and 中方/美方. Each single character becomes a mention of the
// full country name, so 中美 co-mentions both.
import { candidate, type Candidate } from '../span.ts';
import type { Token, TokenIndex } from '../tokens.ts';
import { TRANSLIT, looksLikeTransliteration } from './name-shapes.ts';
import type { Dictionaries } from '../dictionaries.ts';

export const COUNTRY_ABBREVIATIONS: Record<string, string> = {
  中: '中国',
  美: '美国',
  俄: '俄罗斯',
  日: '日本',
  韩: '韩国',
  英: '英国',
  法: '法国',
  德: '德国',
  印: '印度',
  朝: '朝鲜',
  越: '越南',
  欧: '欧盟',
  以: '以色列',
  巴: '巴勒斯坦',
  澳: '澳大利亚',
  加: '加拿大',
  菲: '菲律宾',
  伊: '伊朗',
  乌: '乌克兰',
};
/** Two-character words whose 华 means China (abbreviatedPlaces relies on both facts). */
const CHINA_WORDS = new Set(['访华', '来华', '赴华', '在华', '对华', '驻华', '援华', '抵华', '离华']);
/** Words made of country characters that are not country pairs. */
const NOT_PAIRS = new Set(['以上', '以下', '以及', '以后', '以前', '以来', '美德']);

const HUA = '华'.charCodeAt(0);
const FANG = '方'.charCodeAt(0);

/**
 * A bit per code unit a token must start with to hold a place here: the first characters of
 * CHINA_WORDS, of 中方/美方…, and of country pairs. The text is scanned for them and only the
 * tokens starting there are read: reading every token object (and its word) cost more.
 */
const FIRST = new Int32Array(0x10000 >>> 5);
for (const ch of [...[...CHINA_WORDS].map((w) => w[0]!), ...'中美俄日韩', ...Object.keys(COUNTRY_ABBREVIATIONS)]) {
  const c = ch.charCodeAt(0);
  FIRST[c >>> 5]! |= 1 << (c & 31);
}

function placesOfToken(t: Token, text: string, out: Candidate[]): void {
  const w = t.word;
  // Two-character words are checked by their second code unit first: most tokens are neither.
  const second = w.length === 2 ? w.charCodeAt(1) : -1;
  if (second === HUA && CHINA_WORDS.has(w)) {
    out.push(candidate(t.start + 1, t.end, 'Place', text, 'rule', { canonical: '中国' }));
    return;
  }
  if (second === FANG && (w[0] === '中' || w[0] === '美' || w[0] === '俄' || w[0] === '日' || w[0] === '韩')) {
    out.push(candidate(t.start, t.start + 1, 'Place', text, 'rule', { canonical: COUNTRY_ABBREVIATIONS[w[0]]! }));
    return;
  }
  // A pair or triple of country characters that nodejieba keeps as one place word (中美, 美中).
  if (t.tag !== 'ns' && t.tag !== 'j' && t.tag !== 'nz') return;
  const chars = [...w];
  const isPair =
    chars.length >= 2 &&
    chars.length <= 3 &&
    chars.every((c) => COUNTRY_ABBREVIATIONS[c] !== undefined) &&
    new Set(chars).size === chars.length &&
    !NOT_PAIRS.has(w);
  if (isPair) {
    chars.forEach((c, i) => out.push(candidate(t.start + i, t.start + i + 1, 'Place', text, 'rule', { canonical: COUNTRY_ABBREVIATIONS[c]! })));
  }
}

/** The places of the tokens of `text` (in `words`), in token order. */
export function abbreviatedPlaces(text: string, words: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  // A token's word is the text's own slice, so its first character is the text's at its start;
  // tokens do not overlap, so offsets in order are tokens in order.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (((FIRST[c >>> 5]! >>> (c & 31)) & 1) === 0) continue;
    const k = words.startIndex(i);
    if (k >= 0) placesOfToken(words.tokens[k]!, text, out);
  }
  return out;
}

const MAINLAND = '大陆';
/** Words before 大陆 that make it a continent or a landmass (非洲大陆, 欧亚大陆, 新大陆), or a qualifier left to the tagger (中国大陆). */
const LANDMASS_BEFORE = /(?:洲|亚|欧|新|古|超|南极|北极|中国)$/u;
/** Words after 大陆 that make it geology or law (大陆架, 大陆板块, 大陆法系). */
const LANDMASS_AFTER = /^(?:架|板块|坡|性|法系|漂移|地壳|桥|型|气候)/u;

/**
 * 大陆 standing for mainland China (大陆当局, 两位大陆导演, 与大陆有关), as news from Taiwan and Hong
 * Kong writes it and MSRA labels it: a place, where jieba reads it as a word and nothing around it
 * makes it a continent or geology.
 */
export function mainland(text: string, words: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  for (let i = text.indexOf(MAINLAND); i >= 0; i = text.indexOf(MAINLAND, i + MAINLAND.length)) {
    const end = i + MAINLAND.length;
    if (!words.isBoundary(i) || !words.isBoundary(end)) continue;
    if (LANDMASS_BEFORE.test(text.slice(Math.max(0, i - 2), i)) || LANDMASS_AFTER.test(text.slice(end, end + 2))) continue;
    out.push(candidate(i, end, 'Place', text, 'rule'));
  }
  return out;
}

/** A town, township or subdistrict right after its district or county (某某区某某镇). */
const TOWN = /(?<=[区县市旗])(\p{Script=Han}{2})(?:镇|乡|街道)/gu;
/** Towns listed with 、 (集中在某某镇、某某镇和某某): the list says what they are. */
const LISTED_TOWN = /(?<=[、在于和])\p{Script=Han}{2}镇(?=、)|(?<=、)\p{Script=Han}{2}镇/gu;
/** A road with a house number right after its town or district (某某镇某某路2号). */
const ROAD = /(?<=[区县镇乡])(\p{Script=Han}{2,3}(?:路|大道|大街|街))(?=\d|[一二三四五六七八九十]+号)/gu;

/** The address patterns in the order they are read, each with the words one of which every match holds. */
const ADDRESS_PATTERNS: readonly (readonly [RegExp, readonly string[]])[] = [
  [TOWN, ['镇', '乡', '街道']],
  [ROAD, ['路', '大道', '街']],
  [LISTED_TOWN, ['镇']],
];

/** Words of a body's name after a town (党委, 农技站, 政府): nouns. */
const BODY_WORD_TAGS = new Set(['n', 'nt', 'nz', 'vn', 'j', 'x', 'ng']);
/** A road and its number after a town: the address goes on. */
const ROAD_START = /^\p{Script=Han}{2,3}(?:路|大道|大街|街)(?:\d|[一二三四五六七八九十]+号)/u;
/** Function characters no town's name holds (与宁镇 is 与 + 宁镇). */
const FUNCTION_CHARS = /[与和及在对向为把被将]/u;

/**
 * Places below the county that an address chains after their district (某某区某某镇某某路2号): each
 * a place of its own, as the real-news guidelines list them, where the tagger reads the chain as
 * one or cuts a town's name (乐|从|镇).
 */
export function addressPlaces(text: string, words: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const [re, needs] of ADDRESS_PATTERNS) {
    // Most texts name no town or road: each pattern tried at every offset cost more than the rest.
    if (!needs.some((w) => text.includes(w))) continue;
    for (const m of text.matchAll(re)) {
      const name = re === ROAD ? m[1]! : m[0];
      const end = m.index + name.length;
      if (!words.isBoundary(m.index) || FUNCTION_CHARS.test(name)) continue;
      // 某某镇党委, 某某镇农技站: the town names a body there, which is the tagger's to read.
      const next = words.byStart(end);
      if (re !== ROAD && next !== undefined && BODY_WORD_TAGS.has(next.tag) && /^\p{Script=Han}/u.test(next.word) && !ROAD_START.test(text.slice(end, end + 6)))
        continue;
      out.push(candidate(m.index, end, 'Place', text, 'rule', { canonical: name }));
    }
  }
  return out;
}

/**
 * What ends a foreign city's or state's name after its country (某国某某市, 某国某某州), by code
 * unit: foreignDivisions reads every unit of every text. Three comparisons: a Set lookup per unit
 * cost three times the rest of the rule, and a 64 KB table a cache miss per Han character.
 */
const SHI = '市'.charCodeAt(0);
const ZHOU = '州'.charCodeAt(0);
const SHENG = '省'.charCodeAt(0);
const LONGEST_TRANSLITERATION = 5;

/**
 * The country list, or a country the alias table names with its English name (美国). A module
 * function: under tsx a named closure per call cost a __name call each.
 */
function isCountry(name: string, dicts: Dictionaries): boolean {
  const e = dicts.lexicon.get(name);
  return e !== undefined && e.type === 'Place' && (e.source === 'countries' || (e.source === 'alias' && e.nameEn !== undefined));
}

/**
 * A city or state in transliteration right after its country (匈牙利某某德市, 某国某某州): a place,
 * where the tagger, which knows few foreign cities, reads nothing or glues it to the country.
 * Countries are the dictionaries' country list.
 */
export function foreignDivisions(text: string, dicts: Dictionaries): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    // By code unit: text[i] would allocate a string per Han character of every text.
    const c = text.charCodeAt(i);
    if (c !== SHI && c !== ZHOU && c !== SHENG) continue;
    let s = i;
    while (s > 0 && i - s < LONGEST_TRANSLITERATION && TRANSLIT.has(text[s - 1]!)) s--;
    // The longest run of name characters after a country's name (the country's last characters
    // may be name characters too: 匈牙利 ends in 利).
    for (let start = s; start <= i - 2; start++) {
      let country = false;
      for (let len = 2; len <= 6 && start - len >= 0 && !country; len++) country = isCountry(text.slice(start - len, start), dicts);
      if (!country) continue;
      out.push(candidate(start, i + 1, 'Place', text, 'rule', { canonical: text.slice(start, i + 1) }));
      break;
    }
  }
  return out;
}

/** Where in a country a city lies, between the country and 城市 (匈牙利西北部城市某某). */
const COMPASS = /(?:东|南|西|北|中|东北|西北|东南|西南)部$/u;
/** Kinds of town a foreign name may follow (某国南部城市某某, 某国港口城市某某). */
const TOWN_WORDS = ['城市', '小镇', '小城', '港口', '港市'];
/** Characters of the longest city name read in transliteration (因戈尔施塔特). */
const LONGEST_CITY = 7;

/**
 * A foreign city named in transliteration after its country and a word for a town (匈牙利西北部
 * 城市某某, 某国港口城市某某): a place, where the tagger, which knows few foreign cities, reads
 * nothing or glues it to the verb after it. The name is a run of transliteration characters that
 * ends where one of jieba's words does.
 */
export function foreignCities(text: string, dicts: Dictionaries, words: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const town of TOWN_WORDS) {
    for (let at = text.indexOf(town); at >= 0; at = text.indexOf(town, at + town.length)) {
      let before = text.slice(Math.max(0, at - 10), at);
      before = before.replace(COMPASS, '');
      let country = false;
      for (let len = 2; len <= 6 && len <= before.length && !country; len++) {
        const e = dicts.lexicon.get(before.slice(before.length - len));
        country = e !== undefined && e.type === 'Place' && (e.source === 'countries' || (e.source === 'alias' && e.nameEn !== undefined));
      }
      if (!country) continue;
      const start = at + town.length;
      let end = start;
      while (end < text.length && end - start < LONGEST_CITY && TRANSLIT.has(text[end]!)) end++;
      // 某某斯堡: a German city's burg.
      if (end - start >= 2 && text[end] === '堡') end++;
      while (end - start >= 2 && !words.isBoundary(end)) end--;
      const name = text.slice(start, end);
      if (end - start >= 2 && looksLikeTransliteration(name.endsWith('堡') ? name.slice(0, -1) : name)) {
        out.push(candidate(start, end, 'Place', text, 'rule', { canonical: text.slice(start, end) }));
      }
    }
  }
  return out;
}
