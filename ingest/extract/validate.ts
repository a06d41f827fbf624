// Filters that keep fragments (布, 林肯 inside 布林肯, 纳克, 欣) and common words (美丽, 大国,
// 高水平) out of the entities. Statistical spans are checked hardest: the jieba fallback labels
// 美丽 a place and 高水平 a person, so its spans must also look like a name of their type.
import { MIDDLE_DOT } from '../parse/normalize.ts';
import { hasUnit, isSurrogate, unitsMatching } from './code-units.ts';
import type { Dictionaries } from './dictionaries.ts';
import { jiebaTag } from './ner/index.ts';
import { ORG_SUFFIXES } from './rules/organization-rules.ts';
import { looksLikeChineseName, looksLikeTransliteration, titlesAt } from './rules/name-shapes.ts';
import { namesNothing } from './rules/not-names.ts';
import type { Candidate } from './span.ts';

const PLACE_SUFFIX = /(省|市|县|区|州|镇|乡|村|岛|山|河|湖|江|海|湾|港|盟|旗|国|洲|城)$/;
const GIVEN_NAME_TAGS = new Set(['n', 'a', 'v', 'vn', 'd', 'ad', 'an', 'm', 'q', 'r', 'p', 'c', 'u', 'f', 't', 's']);
const givenNameCache = new Map<string, boolean>();

/** 高水平 is 高 + 水平, a common word: a given name that is a dictionary word of another kind. */
function givenNameIsCommonWord(given: string): boolean {
  let v = givenNameCache.get(given);
  if (v === undefined) {
    const tags = jiebaTag(given);
    v = given.length === 2 && tags.length === 1 && GIVEN_NAME_TAGS.has(tags[0]!.tag);
    if (givenNameCache.size < 100_000) givenNameCache.set(given, v);
  }
  return v;
}

const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
/** Tags of proper nouns in general: names, places, organizations, abbreviations, Latin. */
export const PROPER_NOUN_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x', 'ns', 'nt', 'nz', 'j', 'eng']);
const wordCache = new Map<string, string | null>();

/**
 * 贺礼, 谢幕, 上市: a string jieba reads as one word whose tag is not among `nameTags` is an
 * ordinary word, not a name.
 */
export function isOrdinaryWord(word: string, nameTags: ReadonlySet<string> = NAME_TAGS): boolean {
  let tag = wordCache.get(word);
  if (tag === undefined) {
    const tags = jiebaTag(word);
    tag = tags.length === 1 ? tags[0]!.tag : null;
    if (wordCache.size < 100_000) wordCache.set(word, tag);
  }
  return tag !== null && !nameTags.has(tag);
}

function plausibleStatistical(c: Candidate, dicts: Dictionaries): boolean {
  const known = dicts.lexicon.get(c.text);
  if (known !== undefined) return known.type === c.type;
  if (c.type === 'Person') {
    if (c.text.includes(MIDDLE_DOT)) return true;
    if (looksLikeChineseName(c.text)) return !givenNameIsCommonWord(c.text.slice(1)) && !isOrdinaryWord(c.text);
    return looksLikeTransliteration(c.text) && c.text.length >= 2;
  }
  if (c.type === 'Place') return PLACE_SUFFIX.test(c.text) && c.text.length >= 3;
  return ORG_SUFFIXES.some((s) => c.text.endsWith(s)) && c.text.length >= 4;
}

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['《', '》'],
  ['「', '」'],
  ['『', '』'],
  ['【', '】'],
];
/** Code unit → k + 1 for the opening mark of PAIRS[k], -(k + 1) for its closing mark, else 0. */
const MARK = new Int8Array(0x10000);
PAIRS.forEach(([open, close], k) => {
  MARK[open.charCodeAt(0)] = k + 1;
  MARK[close.charCodeAt(0)] = -(k + 1);
});

/** Every pair of marks opens before it closes and closes as often as it opens; '"' comes in pairs. */
export function balancedMarks(t: string): boolean {
  // One pass for all pairs (the marks are BMP characters, so code units will do). Most names hold
  // no mark at all: the depths are allocated at the first one.
  let depth: number[] | undefined;
  let quotes = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x22) quotes++;
    const mark = MARK[c]!;
    if (mark === 0) continue;
    depth ??= PAIRS.map(() => 0);
    if (mark > 0) depth[mark - 1]!++;
    else if (--depth[-mark - 1]! < 0) return false;
  }
  return quotes % 2 === 0 && (depth === undefined || depth.every((d) => d === 0));
}

/** 柯达(中国)股份有限公司: one bracketed qualifier inside an organization's name. */
const BRACKETED_QUALIFIER = /^[^,,。、;;!?!?()()]+[((][\p{Script=Han}]{1,6}[))][^,,。、;;!?!?()()]+$/u;

const IN_TITLE_MARKS = /《([^《》]+)》/u;
/** A school's head, then another school's name (附属, 附设 and a branch make one school). */
const TWO_SCHOOLS = /(?:学校|中学|小学)(?!附|分)\p{Script=Han}{2,}(?:学校|中学|小学)$/u;

/** A header in 【】 glued to a name, or a listed outlet in 《》 with more around it (某国《某某早报》). */
function gluedToMarks(t: string, dicts: Dictionaries): boolean {
  if (t.includes('【') || t.includes('】')) return true;
  const m = IN_TITLE_MARKS.exec(t);
  return m !== null && m[0] !== t && listedOrganization(m[1]!, dicts);
}

/** `t` is an organization the bundled lists or the alias table name without a condition. */
function listedOrganization(t: string, dicts: Dictionaries): boolean {
  const e = dicts.lexicon.get(t);
  return e !== undefined && e.type === 'Organization' && e.cues === undefined && (e.source === 'organizations' || e.source === 'alias');
}

/**
 * `t` is 中国 before a listed organization's name (and more), and not itself a listed name that
 * starts with 中国 (中国平安…). Only the home country: MSRA writes a foreign company with its
 * country as one name (某国微软公司), and the real-news guidelines split it; a Chinese company
 * whose name holds 中国 is listed with it.
 */
function countryBeforeListed(t: string, dicts: Dictionaries): boolean {
  if (!t.startsWith('中国') || t.length < 5) return false;
  if (dicts.lexicon.matchesAt(t, 0).some(([, e]) => e.type === 'Organization')) return false;
  return dicts.lexicon
    .matchesAt(t, 2)
    .some(([end, e]) => end <= t.length && e.type === 'Organization' && e.cues === undefined && (e.source === 'organizations' || e.source === 'alias'));
}

/** A conjunction between two names (与, 和, 同, 跟, 及). */
const CONJUNCTION = /[与和同跟及]/gu;

/** A listed person, or a name of a person's shape (某某某, 某某斯基). */
function personLike(t: string, dicts: Dictionaries): boolean {
  const e = dicts.lexicon.get(t);
  if (e !== undefined) return e.type === 'Person';
  return t.length >= 2 && (looksLikeChineseName(t) || looksLikeTransliteration(t));
}

/**
 * `t` joins, at a conjunction, a listed person and another person (某某与某某): 住房和城乡建设部 and
 * 某某同盛 keep their conjunction, since one side is no person.
 */
function joinsListedPeople(t: string, dicts: Dictionaries): boolean {
  for (const m of t.matchAll(CONJUNCTION)) {
    const left = t.slice(0, m.index);
    const right = t.slice(m.index + 1);
    const listed = dicts.lexicon.get(left)?.type === 'Person' || dicts.lexicon.get(right)?.type === 'Person';
    if (listed && personLike(left, dicts) && personLike(right, dicts)) return true;
  }
  return false;
}

/** One code point ([...t].length === 1 without building the array). */
function isOneCharacter(t: string): boolean {
  if (t.length !== 2) return t.length === 1;
  const high = t.charCodeAt(0);
  const low = t.charCodeAt(1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

const GENERIC_HEADED = /^(.+?)(公司|企业|机构|集团|厂商|大厂)$/u;
/** Banks and hospitals are named by their line (建设银行, 肿瘤医院): only a determiner makes them a kind. */
const GENERIC_INSTITUTION = /^(?:各大|大型|中小|国有|民营|私营|公立|私立|外资|外国|国外|海外|地方|股份制)?(?:商业|投资)?(?:银行|医院)$/u;
/** A kind of institution with no name at all (养老院, 幼儿园, 会计师事务所): the kind, as 医院 alone is. */
const BARE_KIND = /^(?:养老院|敬老院|福利院|幼儿园|托儿所|小学|中学|大学|学校|诊所|卫生院|事务所|律师事务所|会计师事务所)$/u;
/** Bodies counted by rank (三大委员会, 四大银行): how many, not which. */
const COUNTED_BODIES = /^[一二三四五六七八九十两几数多]+大\p{Script=Han}{1,5}$/u;

/**
 * What makes 公司 a kind of company rather than a company's name: a determiner (这家, 该, 多家), a
 * line of business (科技, 保险, 新能源汽车), or both. Brand names that are also ordinary words
 * (可口可乐, 波音, 环球, 旅行者) are not in it, so 可口可乐公司 stays a company.
 */
const DETERMINER = '这家|那家|该|一家|两家|多家|几家|各家|各|大型|中型|小型|中小|国有|民营|私营|外资|合资|中外合资|跨国|外国|国外|海外|上市|新兴|初创|头部';
const LINE_OF_BUSINESS =
  '中介|房产中介|房地产中介|科技|高科技|互联网|网络|信息|技术|数据|软件|电子|通信|电信|芯片|半导体|人工智能|汽车|新能源汽车|新能源|能源|电力|石油|石化|化工|钢铁|煤炭|矿业|航空|航运|物流|快递|运输|咨询|投资|贸易|金融|证券|基金|保险|银行|制药|医药|生物|医疗|房地产|地产|建筑|建设|食品|饮料|服装|零售|电商|游戏|媒体|传媒|广告|出版|影视|娱乐|旅游|酒店|餐饮|教育|安全|外贸|进出口|实业|控股|管理|服务|设计|工程|制造';
const GENERIC_KIND = new RegExp(`^(?:(?:${DETERMINER})?(?:${LINE_OF_BUSINESS})|(?:${DETERMINER}))$`, 'u');

/** Fields of business written in Latin letters (AI公司), unlike a company's initials (IBM公司, TRW公司). */
const GENERIC_ACRONYM = new Set(['AI', 'IT', 'VR', 'AR', 'XR', 'EV', 'PC', 'TV', 'IOT', 'SAAS', 'GPU', 'APP', 'ICT', 'B2B', 'B2C', '5G', '6G']);

/**
 * 科技公司, AI公司 (a kind of company, not a company), 北京记者会 and 某地峰会 (events), 美国团队 (a
 * group of people), 北京AI: spans even a
 * good tagger labels organizations in news about technology.
 */
/** Rooms of a building (采访室, 会议室, 宴会厅): a venue's part, never an organization. */
const ROOM = /(?:采访室|会议室|接待室|演播室|贵宾室|休息室|会客厅|宴会厅|发布厅|多功能厅)$/u;

function genericOrganization(t: string): boolean {
  if (/(记者会|发布会|会议|峰会|会谈|会晤|团队)$/u.test(t)) return true;
  if (ROOM.test(t) || BARE_KIND.test(t) || COUNTED_BODIES.test(t)) return true;
  if (/\p{Script=Han}[A-Z]{1,3}$/u.test(t)) return true;
  if (GENERIC_INSTITUTION.test(t)) return true;
  const m = GENERIC_HEADED.exec(t);
  return m !== null && (GENERIC_ACRONYM.has(m[1]!.toUpperCase()) || GENERIC_KIND.test(m[1]!));
}

/**
 * 特斯拉CEO马斯克 is an organization, a title and a person, not one name: a person's name holds no
 * title and does not mix Han characters with Latin letters.
 */
function plausiblePerson(t: string): boolean {
  // Latin first: most names have none, and the Han test is the costlier one.
  if (/[A-Za-z]/.test(t) && /\p{Script=Han}/u.test(t)) return false;
  for (let i = 0; i < t.length; i++) if (titlesAt(t, i).some((title) => title !== t)) return false;
  return true;
}

/** Punctuation, symbols, digits and spaces: a span of these alone names nothing. */
const PUNCTUATION_CLASS = '[\\p{P}\\p{S}\\d\\s]';
const ONLY_PUNCTUATION = new RegExp(`^${PUNCTUATION_CLASS}+$`, 'u');
/** Sentence punctuation and brackets: a name holds none (but see BRACKETED_QUALIFIER). */
const SENTENCE_PUNCTUATION = /[,,。、;;!?!?()()]/u;
let punctuationUnits: Int32Array | undefined;
let sentenceUnits: Int32Array | undefined;

/**
 * ONLY_PUNCTUATION.test(t) for a non-empty t, by code unit (code-units.ts): a name's first
 * character is seldom punctuation, so the answer comes from one bit. A surrogate, which may belong
 * to a symbol outside the BMP (an emoji), is left to the regex.
 */
function onlyPunctuation(t: string): boolean {
  punctuationUnits ??= unitsMatching(PUNCTUATION_CLASS);
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isSurrogate(c)) return ONLY_PUNCTUATION.test(t);
    if (!hasUnit(punctuationUnits, c)) return false;
  }
  return true;
}

/** SENTENCE_PUNCTUATION.test(t), by code unit (its characters are all in the BMP). */
function hasSentencePunctuation(t: string): boolean {
  sentenceUnits ??= unitsMatching(SENTENCE_PUNCTUATION.source);
  for (let i = 0; i < t.length; i++) if (hasUnit(sentenceUnits, t.charCodeAt(i))) return true;
  return false;
}

/** Places with a government of their own that the graph keeps as an organization (香港特区政府). */
const SELF_GOVERNING = new Set(['香港', '澳门', '台湾']);

/** A country's name (the country list, or a listed place with an English name), for 中国政府. */
function isCountry(name: string, dicts: Dictionaries): boolean {
  const e = dicts.lexicon.get(name);
  if (e === undefined || e.type !== 'Place' || SELF_GOVERNING.has(e.canonical ?? name)) return false;
  return e.source === 'countries' || (e.source === 'alias' && e.nameEn !== undefined);
}

export interface ValidateOptions {
  /**
   * Apply the name-shape checks to statistical spans (true for the jieba fallback). The trained
   * tagger is trusted as it is, single characters included (吴先生's 吴, 中外's 中: MSRA style).
   */
  strictStatistical: boolean;
}

/**
 * Verdicts by dictionaries, then by what a verdict reads of a candidate: its text, type and origin,
 * whether it has a canonical name, and the mode. Each article offers the same forms many times
 * (every occurrence, every rule) and the next article mostly the same names again.
 */
const verdicts = new WeakMap<Dictionaries, Verdicts>();
/** Bound on remembered verdicts per dictionaries (a long run of varied text clears and starts over). */
const MAX_VERDICTS = 100_000;

/**
 * Verdicts by origin and type, then by the four combinations of canonical name and mode, then by
 * text: a key joined into one string cost a concatenation and its hashing per candidate.
 */
interface Verdicts {
  size: number;
  byClass: Map<string, Map<string, boolean>[]>;
}

export function isValidCandidate(c: Candidate, dicts: Dictionaries, opts: ValidateOptions): boolean {
  let memo = verdicts.get(dicts);
  if (memo === undefined) verdicts.set(dicts, (memo = { size: 0, byClass: new Map() }));
  let byOrigin = memo.byClass.get(c.origin);
  if (byOrigin === undefined) memo.byClass.set(c.origin, (byOrigin = []));
  const slot = (c.type === 'Person' ? 0 : c.type === 'Place' ? 4 : 8) + (c.canonical === undefined ? 0 : 1) + (opts.strictStatistical ? 2 : 0);
  let byText = byOrigin[slot];
  if (byText === undefined) byOrigin[slot] = byText = new Map();
  let ok = byText.get(c.text);
  if (ok === undefined) {
    if (memo.size >= MAX_VERDICTS) {
      memo.byClass.clear();
      memo.size = 0;
      memo.byClass.set(c.origin, (byOrigin = []));
      byOrigin[slot] = byText = new Map();
    }
    ok = validity(c, dicts, opts);
    byText.set(c.text, ok);
    memo.size++;
  }
  return ok;
}

function validity(c: Candidate, dicts: Dictionaries, opts: ValidateOptions): boolean {
  const t = c.text.trim();
  if (t !== c.text || t === '') return false;
  if (onlyPunctuation(t)) return false;
  // A name never holds sentence punctuation, and quotes or book-title marks only in pairs
  // (“幸福工程”组委会 is a name, 韩国《朝鲜日报 is not).
  if (hasSentencePunctuation(t) && !(c.type === 'Organization' && BRACKETED_QUALIFIER.test(t))) return false;
  if (!balancedMarks(t)) return false;
  // 某国《某某日报》, 【某某新闻台】某某中心: a listed outlet inside its marks, or a header, is a name
  // of its own (MSRA writes 某国《某某报》 as one name: an outlet no list knows stays whole).
  if (c.type === 'Organization' && gluedToMarks(t, dicts)) return false;
  // 中国某某巴巴集团: the home country before a listed company is where it is, not its name.
  if (c.type === 'Organization' && c.origin === 'statistical' && countryBeforeListed(t, dicts)) return false;
  // 某某学校某某中学: two schools glued into one name (a school inside a university is one: 某某大学附属中学).
  if (c.type === 'Organization' && c.origin === 'statistical' && TWO_SCHOOLS.test(t)) return false;
  // 某某与某某会晤: two listed people joined by a conjunction are two people, not a body.
  if (c.type === 'Organization' && c.origin !== 'alias' && joinsListedPeople(t, dicts)) return false;
  // A listed organization (比亚迪, 彭博社) is not a person, whatever the tagger read.
  if (c.type === 'Person' && c.origin === 'statistical' && listedOrganization(t, dicts)) return false;
  if (dicts.notEntities.has(t) && c.canonical === undefined) return false;
  // Rank bodies, anonymised people, spacecraft, dates, titles (rules/not-names.ts).
  if (c.canonical === undefined && c.origin !== 'alias' && namesNothing(t, c.type, (name) => isCountry(name, dicts))) return false;
  // Single characters are entities only when a rule says whose (中 in 中美 → 中国).
  if (isOneCharacter(t) && c.canonical === undefined && !(c.origin === 'statistical' && !opts.strictStatistical)) return false;
  // THUOCL's famous-people list holds common words as well (高昂, 马克, 牛群): next to the trained
  // tagger it found no name the tagger missed on MSRA or CLUENER dev, only those words.
  if (c.origin === 'lexicon' && !opts.strictStatistical && dicts.lexicon.get(t)?.source === 'people') return false;
  if (c.origin === 'statistical' && opts.strictStatistical) return plausibleStatistical(c, dicts);
  if ((c.origin === 'statistical' || c.origin === 'rule') && c.type === 'Organization' && dicts.lexicon.get(t) === undefined) return !genericOrganization(t);
  if (c.origin === 'statistical' && c.type === 'Person') return plausiblePerson(t);
  return true;
}
