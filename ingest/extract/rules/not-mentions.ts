// Names in a context that makes them something else (issue 15 §3): a place that starts a time
// expression (北京时间, 当地时间, 台湾时间 name a clock, not the place), a disease's name (某某热病例), a surname the text uses to
// keep a person anonymous (陈男, 王姓男子, 蔡女), and a person's name that jieba and the tagger read
// through a place inside it (韩国瑜: 韩国 + 瑜). Offsets index the normalized text.
import { candidate, type Candidate } from '../span.ts';
import type { Token, TokenIndex } from '../tokens.ts';
import { isOrdinaryWord } from '../validate.ts';
import { insideLeagueName } from './teams.ts';
import { FORMS_OF_ADDRESS, SURNAMES, TRANSLIT, isHan, looksLikeChineseName, looksLikeTransliteration } from './name-shapes.ts';

/** What follows a place in a time expression. */
const CLOCK = /^(?:时间|标准时间|时区)/u;
/** What follows a surname the text uses instead of a name (陈男, 卢姓男子, 蔡女, 王某, 张大爷, 李阿姨). */
const ANONYMOUS = new RegExp(`^(?:男|女|姓|${FORMS_OF_ADDRESS.join('|')})`, 'u');

/**
 * What follows a disease named after a place or in a transliteration (某某热 with its cases, 某某病毒):
 * the name before it is the disease's, not a person's.
 */
const DISEASE = /^(?:热(?:确诊|病例|疫情|患者|病毒|疫苗|传播|感染|防控|本地|输入|流行)|病毒|综合征)/u;
/** Words starting with 热 that may follow a person (某某热爱, 某某热议). */
const HOT_WORDS = /^热(?:爱|情|心|烈|衷|议|捧|搜|线|泪|切|忱|度|闹|门|播|卖|销|映|评|身|舞|唱|恋|传|拥|吻|望|盼)/u;

/**
 * What follows a body or place in a vehicle's name (空军一号, 海军二号): the aircraft or ship, not a
 * mention of what it starts with. (Cups and leagues, 亚洲杯, are not here: MSRA labels their place.)
 */
const LONGER_NAME = /^[一二三四五六七八九十]号(?![线楼院馆门口路])/u;

/**
 * A country's one-character abbreviation and 行 after a verb of travel (访中行程, 赴美行): a trip,
 * not a name (中行 is a bank's short name elsewhere).
 */
const TRIP = /^[中美日俄英法德韩朝台港澳印越泰欧非]行$/u;
const TRAVEL_VERB = /[访赴来出抵返]$/u;

/** A case number's year in brackets, which the court's code follows ((2014)鲁民四终字, (2023)京01民初). */
const CASE_YEAR = /[(（](?:19|20)\d\d[)）]$/u;
const CLOSE_PAREN = ')'.charCodeAt(0);
/** The rest of a case number: the kind of case and its count (终字第85号, 民初123号). */
const CASE_COUNT = /^[\p{Script=Han}\d]{0,8}?\d+号/u;

/** 某, which stands for a name a report withholds. */
const MOU = '某'.charCodeAt(0);

/** `c` in its place in `text` is no mention of a name of its type. */
export function outOfContext(text: string, c: Candidate): boolean {
  // 某|光电股份有限公司, 某|市公安局: what follows 某 is a party the report keeps anonymous.
  if (c.type !== 'Person' && text.charCodeAt(c.start - 1) === MOU) return true;
  // (2014)|鲁民四终字第85号: a case number after its year is the court's code, the division and a count.
  if (
    text.charCodeAt(c.start - 1) === CLOSE_PAREN &&
    CASE_YEAR.test(text.slice(Math.max(0, c.start - 6), c.start)) &&
    CASE_COUNT.test(text.slice(c.end, c.end + 12))
  )
    return true;
  if (c.type !== 'Person' && LONGER_NAME.test(text.slice(c.end, c.end + 4))) return true;
  if (c.type === 'Organization' && TRIP.test(c.text) && TRAVEL_VERB.test(text.slice(Math.max(0, c.start - 1), c.start))) return true;
  if (c.type === 'Place') {
    if (insideLeagueName(text, c.start, c.end)) return true;
    return CLOCK.test(text.slice(c.end, c.end + 4));
  }
  if (c.type !== 'Person') return false;
  const after = text.slice(c.end, c.end + 4);
  if (DISEASE.test(after)) return true;
  // 某某肯雅热, 某革热: a name before 热 names a fever, unless 热 starts a word of its own (热爱, 热议).
  if (after[0] === '热' && !HOT_WORDS.test(after)) return true;
  // The tagger took 热 in (某某普热): no person's name ends so.
  if (c.end - c.start >= 3 && c.text.endsWith('热')) return true;
  if (c.end - c.start === 1) return SURNAMES.has(c.text) && ANONYMOUS.test(text.slice(c.end, c.end + 2));
  // 侯赵配: two surnames of a ticket's nickname.
  return c.end - c.start === 2 && text[c.end] === '配' && SURNAMES.has(c.text[0]!) && SURNAMES.has(c.text[1]!);
}

/** jieba tags of a single character that ends a personal name (瑜 of 韩国瑜). */
const GIVEN_CHAR_TAGS = new Set(['nr', 'nrfg', 'nrt']);
/** Characters after a place that make it a place again (韩国人, 中国队), whatever jieba tags them. */
const PLACE_WORD_CHARS = new Set([...'人队籍军方语文省市县区州岛湾港队']);

/**
 * 韩国瑜, 韩国华: a two-character place word starting with a surname and followed by a single
 * character jieba tags as part of a name, at the end of a word: the three characters are one
 * person. As a rule it wins over the place the tagger and the gazetteer find inside it.
 */
export function namesThroughPlaces(text: string, words: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  const tokens = words.tokens;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const place = tokens[k]!;
    if (place.tag !== 'ns' || place.word.length !== 2 || !SURNAMES.has(place.word[0]!)) continue;
    const given = tokens[k + 1]!;
    if (given.start !== place.end || given.word.length !== 1 || !GIVEN_CHAR_TAGS.has(given.tag) || PLACE_WORD_CHARS.has(given.word)) continue;
    // The name ends there: no further Han character glued to it in the same word run.
    const after = tokens[k + 2];
    if (after !== undefined && after.start === given.end && after.word.length === 1 && isHan(after.word) && GIVEN_CHAR_TAGS.has(after.tag)) continue;
    const name = text.slice(place.start, given.end);
    if (isOrdinaryWord(name)) continue;
    // Whole as it stands: the tagger's piece of it (瑜) must not win over the rule.
    out.push(candidate(place.start, given.end, 'Person', text, 'rule', { canonical: name }));
  }
  return out;
}

/**
 * Tags of the words a tagger's person may swallow a piece of and that no name ends with: times
 * and dates (王毅周|一), numerals and measure words. Other words cut inside a name are too often
 * jieba's misreading of the name itself (麦达|通用, 周受|资).
 */
const GLUED_WORD_TAGS = new Set(['t', 'm', 'q', 'mq']);

/** The jieba word that holds `offset` inside it (starts before, ends after), if any. */
function wordAcross(offset: number, from: number, words: TokenIndex): Token | undefined {
  for (let s = offset - 1; s >= from; s--) {
    const t = words.byStart(s);
    if (t !== undefined) return t.end > offset ? t : undefined;
  }
  return undefined;
}

/**
 * One-character verbs and prepositions news writes right before a name (压某某一头, 获某某支持,
 * 警方速捕某某): none of them is a surname, so none starts a Chinese name.
 */
const GLUED_VERB_CHARS = new Set([...'压获捕赴被把让给据称批挺邀抵离胜负输赢败斩夺']);
/** Headlines' one-character verbs (晤 = 会晤, 吁 = 呼吁), none a surname, that jieba glues to a name after them. */
const HEADLINE_VERBS = new Set([...'晤吁促斥赞访']);
/** A visit to or stay in China (华 = 中国) written right after a name: 访华, 赴华, 来华 … */
const CHINA_VISIT = /[访赴来抵离在驻]华$/u;

/**
 * A tagger's person that is no name as a whole but a glued verb's word plus one (铁捕|某某某,
 * 压|某某): the name after the word edge, when that is a Chinese name's shape.
 */
function withoutGluedVerb(c: Candidate, text: string, words: TokenIndex): Candidate | undefined {
  // 某某某某赴华: a visit to China glued after a name (jieba's unknown word holds both).
  if (c.end - c.start >= 4 && CHINA_VISIT.test(c.text)) return candidate(c.start, c.end - 2, c.type, text, c.origin);
  // 某某晤某某某: a headline's one-character verb glued before the name it governs.
  if (c.end - c.start >= 3 && HEADLINE_VERBS.has(c.text[0]!)) {
    const rest = c.text.slice(1);
    if (looksLikeTransliteration(rest) || looksLikeChineseName(rest)) return candidate(c.start + 1, c.end, c.type, text, c.origin);
  }
  if (c.end - c.start < 3 || looksLikeChineseName(c.text) || !words.isBoundary(c.end)) return undefined;
  const first = words.byStart(c.start);
  if (first === undefined || first.end >= c.end || !GLUED_VERB_CHARS.has(first.word[first.word.length - 1]!)) return undefined;
  return looksLikeChineseName(text.slice(first.end, c.end)) ? candidate(first.end, c.end, c.type, text, c.origin) : undefined;
}

/**
 * A transliterated name the tagger ended one syllable early (某拉尼|娅): jieba's next word is that
 * syllable alone, unknown to its dictionary (tag x), a transliteration character, and the name
 * ends there.
 */
function withTransliterationEnd(c: Candidate, text: string, words: TokenIndex): Candidate | undefined {
  if (c.end - c.start < 2 || !looksLikeTransliteration(c.text) || !words.isBoundary(c.end)) return undefined;
  const next = words.byStart(c.end);
  if (next === undefined || next.word.length !== 1 || next.tag !== 'x' || !TRANSLIT.has(next.word) || !words.isBoundary(next.end)) return undefined;
  return candidate(c.start, next.end, c.type, text, c.origin);
}

/** Surnames that are also words written before a name (向某某, 和某某, 于某某): never a husband's surname here. */
const SURNAME_WORDS = new Set([...'向和于与同时将从自由以为及并但也还又就才都只即若因如比跟替据令使叫请要会能可应该等把给让被对在经']);
/** What stands before an item of a list of names or a sentence's start. */
const ITEM_START = new Set([...'、,，;；:：(（“「 \n']);

/**
 * 叶刘某某, 范徐某某: a married woman's name in Hong Kong's usage, her husband's surname before her
 * own full name, as an item of a list or a sentence's subject. The tagger reads the three characters
 * after the first; the four are the name.
 */
function withHusbandsSurname(c: Candidate, text: string): Candidate | undefined {
  if (c.end - c.start !== 3 || !looksLikeChineseName(c.text) || c.start < 1) return undefined;
  const husband = text[c.start - 1]!;
  if (!SURNAMES.has(husband) || SURNAME_WORDS.has(husband)) return undefined;
  if (c.start >= 2 && !ITEM_START.has(text[c.start - 2]!)) return undefined;
  return candidate(c.start - 1, c.end, c.type, text, c.origin);
}

/** Tags of a word that starts no given name's last character: verbs, adverbs, conjunctions. */
const CLAUSE_WORD_TAGS = new Set(['v', 'd', 'c', 'p', 'ad']);

/**
 * 陈|明知, 蔡|明知: a two-character person whose second character starts a verb or adverb of
 * jieba's after a surname standing alone is the surname (a defendant the report names so) and the
 * clause's verb. The end of the surname, or undefined.
 */
function surnameBeforeVerb(c: Candidate, text: string, words: TokenIndex): number | undefined {
  if (c.end - c.start !== 2 || !SURNAMES.has(c.text[0]!) || !words.isBoundary(c.start + 1) || words.isBoundary(c.end)) return undefined;
  // At a clause's start the two may be a name after all (某建|有…): only after a word or 、.
  const before = text[c.start - 1];
  if (before !== '、' && !isHan(before)) return undefined;
  const verb = words.byStart(c.start + 1);
  return verb !== undefined && verb.end - verb.start === 2 && CLAUSE_WORD_TAGS.has(verb.tag) ? c.start + 1 : undefined;
}

/**
 * A tagger's person that ends or starts inside a jieba word of time or number took a piece of it
 * (王毅周|一 with 周一 a weekday): it is cut back to the words inside it. A word that holds the
 * whole name (马克思主义) leaves it as it is. A verb glued in front (压某某) is cut off.
 */
export function personOnWords(c: Candidate, text: string, words: TokenIndex): Candidate {
  const surname = surnameBeforeVerb(c, text, words);
  if (surname !== undefined) return candidate(c.start, surname, c.type, text, c.origin);
  const cut = withoutGluedVerb(c, text, words);
  if (cut !== undefined) return cut;
  const grown = withTransliterationEnd(c, text, words) ?? withHusbandsSurname(c, text);
  if (grown !== undefined) return grown;
  let { start, end } = c;
  if (end - start < 3 || (words.isBoundary(start) && words.isBoundary(end))) return c;
  const atEnd = words.isBoundary(end) ? undefined : wordAcross(end, start + 1, words);
  if (atEnd !== undefined && GLUED_WORD_TAGS.has(atEnd.tag)) end = atEnd.start;
  const atStart = words.isBoundary(start) ? undefined : wordAcross(start, Math.max(0, start - 8), words);
  if (atStart !== undefined && atStart.end < end && GLUED_WORD_TAGS.has(atStart.tag)) start = atStart.end;
  if ((start === c.start && end === c.end) || end - start < 2) return c;
  return candidate(start, end, c.type, text, c.origin);
}
