// Organizations and named facilities by a suffix (…研究院, …委员会, …大学…分校, …公司, …日报,
// …队; …国际机场, …口岸, …体育场, …合作区): the suffix word is found in nodejieba's segmentation
// (or as a run of its words: 合作|区) and the name is grown leftwards over noun-like words, so
// 清华大学智能产业研究院 and 国家互联网信息办公室 come out whole while 科技公司 (all common nouns)
// does not. Facilities are places a reader would put on a map (the real-news guidelines).
import { MIDDLE_DOT } from '../../parse/normalize.ts';
import { candidate, type Candidate } from '../span.ts';
import { isCompetitionWord } from './teams.ts';
import type { Token, TokenIndex } from '../tokens.ts';
import { PROPER_NOUN_TAGS, isOrdinaryWord } from '../validate.ts';

export const ORG_SUFFIXES = [
  '研究院',
  '研究所',
  '研究中心',
  '实验室',
  '办公室',
  '委员会',
  '联合会',
  '基金会',
  '协会',
  '学会',
  '大学',
  '学院',
  '分校',
  '中学',
  '小学',
  '公司',
  '集团',
  '控股',
  '银行',
  '交易所',
  '法院',
  '检察院',
  '检察厅',
  '电视台',
  '广播电台',
  '日报',
  '晚报',
  '报社',
  '通讯社',
  '新闻网',
  '联盟',
  '俱乐部',
  '医院',
  '事务所',
  '工作室',
  '出版社',
  '早报',
  '新闻台',
  '新闻社',
  '部队',
  '部',
  '局',
  '署',
  '厅',
  '委',
  '队',
];
/**
 * Named facilities, places by the real-news guidelines (a stadium, an airport, a border crossing,
 * a zone): 深圳湾口岸, 浦东国际机场, 工人体育场, 前海合作区. Longest first where one ends another.
 */
export const FACILITY_SUFFIXES = [
  '国际机场',
  '机场',
  '口岸',
  '足球场',
  '体育场',
  '体育馆',
  '网球场',
  '球场',
  '小巨蛋',
  '大巨蛋',
  '巨蛋',
  '火车站',
  '高铁站',
  '车站',
  '港口',
  '码头',
  '着陆场',
  '发射场',
  '射电望远镜',
  '天文台',
  '博物院',
  '国宾馆',
  '宾馆',
  '大酒店',
  '酒店',
  '核电站',
  '水电站',
  '大桥',
  '合作区',
  '自贸区',
  '开发区',
  '试验区',
  '保税区',
  '高新区',
  '新区',
  '大湾区',
  '夜市',
];
const FACILITY = new Set(FACILITY_SUFFIXES);
/**
 * Words of a zone's programme that jieba tags as verbs (深港科技创新合作区, 改革开放试验区): part of
 * the zone's name, where a verb elsewhere ends a name.
 */
const ZONES = new Set(['合作区', '自贸区', '开发区', '试验区', '保税区', '高新区', '新区']);
const ZONE_PROGRAMME_WORDS = new Set(['创新', '发展', '开放', '合作', '示范', '改革', '综合', '试验', '开发', '融合', '引领']);
/** A hotel is named by a name right before its head (某某酒店), not by a kind (星级酒店, 滑雪酒店). */
const HOTELS = new Set(['国宾馆', '宾馆', '大酒店', '酒店']);
/**
 * Facilities that are institutions too (a plant, an observatory, a state guesthouse, a museum):
 * MSRA labels them organizations, the real-news guidelines places. Where the tagger reads the
 * same span as an organization its reading stands, as a gazetteer's type yields to it.
 */
const INSTITUTION_FACILITIES = new Set(['核电站', '水电站', '天文台', '博物院', '国宾馆', '宾馆']);
/** A word after a facility that makes it part of an organization's name (某某车站派出所, 机场管理局). */
const INSTITUTION_AFTER = /(所|局|部|处|科|队|会|委|办|公司|集团|中心|支部|站)$/u;
/**
 * Sites named by a plain word (东风着陆场, 文昌发射场: a wind, a prosperity), a kind of site
 * excepted (航天发射场): no other name of such a site is an ordinary noun.
 */
const SITES_NAMED_BY_A_WORD = new Set(['着陆场', '发射场']);
const SITE_KINDS = new Set(['航天', '卫星', '火箭', '导弹', '备用', '备份', '应急']);
/** Countries whose name before a facility or a brand's company is no part of it (英国伦敦某机场). */
const COUNTRIES = new Set([
  '中国',
  '美国',
  '俄罗斯',
  '日本',
  '韩国',
  '朝鲜',
  '英国',
  '法国',
  '德国',
  '意大利',
  '西班牙',
  '荷兰',
  '瑞士',
  '瑞典',
  '加拿大',
  '澳大利亚',
  '新西兰',
  '印度',
  '巴西',
  '墨西哥',
  '以色列',
  '伊朗',
  '土耳其',
  '乌克兰',
  '新加坡',
  '马来西亚',
  '泰国',
  '越南',
  '菲律宾',
  '印度尼西亚',
  '沙特',
  '阿联酋',
  '南非',
  '埃及',
  '匈牙利',
  '波兰',
  '比利时',
  '奥地利',
  '挪威',
  '丹麦',
  '芬兰',
  '阿根廷',
  '智利',
]);
const SINGLE_CHAR_SUFFIXES = new Set(['部', '局', '署', '厅', '委', '队']);
/** What follows 控股 where it is a stake, not a holding company's name. */
const HOLDING_NOT_NAME = /^(?:股东|子公司|孙公司|权|比例|地位|合并)/u;
/** POS tags a name part may carry: nouns, proper nouns, Latin, numbers of a name (第一). */
const NAME_PART_TAGS = new Set(['n', 'vn', 'nz', 'nt', 'ns', 'nr', 'nrt', 'nrfg', 'j', 'eng', 'x']);
const TRANSLITERATED_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg', 'nz']);
const PLACE_TAGS = new Set(['ns', 'nt']);
const PERSON_TAGS = new Set(['nr', 'nrfg', 'nrt']);
// Tokens come from the tagger's input, which keeps full-width punctuation.
const OPEN_BRACKETS = new Set(['(', '（']);
const CLOSE_BRACKETS = new Set([')', '）']);
/** What a company's name may hold in brackets besides a place. */
const BRACKETED_FORMS = new Set(['控股', '集团', '股份', '有限']);
/** Words that point at an organization without naming it (台湾地区有关法院). */
const NOT_NAME_PARTS = new Set(['有关', '相关', '所属', '下属', '主管', '当地', '各级', '图为']);
const PROPER_TAGS = new Set(['nz', 'nt', 'ns', 'nr', 'nrt', 'nrfg', 'j', 'eng', 'x']);
const OFFICIAL_PREFIX = /^(国家|中央|全国|国务院|中国|中华|中共|最高人民|联合国|世界|国际)/;
const FUNCTION_CHARS = '由在对据与和向从被将把于跟同让为';
const LEADING_FUNCTION_CHARS = new RegExp(`^[${FUNCTION_CHARS}]+`);
/**
 * jieba's unknown words (tag x) glue grammar onto a name's edge (16日|日同|南斯拉夫联盟, 二是|母公司,
 * 美国|各大|银行): beyond the function characters, numerals, dates, determiners and a few verbs,
 * stripped before such a word counts.
 */
const LEADING_GRAMMAR_CHARS = new RegExp(`^[${FUNCTION_CHARS}以及或是有一二三四五六七八九十两几各每某其这那该此本日月年住进到去来入出后经了着过的]+`);
const MAX_PARTS = 6;
/**
 * The field after a joiner is a common noun, or the body word's own head (安全 of 安全局): two names
 * joined (某丰和某某银行) are two organizations.
 */
function commonFieldAfter(after: Token, tok: Token, tokenHead: string): boolean {
  if (after === tok) return tokenHead.length === 2 && isOrdinaryWord(tokenHead, PROPER_NOUN_TAGS);
  return after.tag === 'n' || after.tag === 'vn';
}
/** Tags of a unit's own name after a body (某某局详规|处): jieba's unknown words and names. */
const UNIT_NAME_TAGS = new Set(['x', 'nz', 'nt', 'j']);
/** Words that join two fields in a body's name. */
const FIELD_JOINERS = new Set(['及', '和', '与']);
const FIELD_TAGS = new Set(['n', 'vn', 'nt', 'nz', 'ns']);
/** Bodies and people listed beside a body (机关和财政局, 家长和教育局): two things, not one name. */
const BODIES_NOT_FIELDS = new Set(['机关', '部门', '单位', '机构', '组织', '企业', '政府', '群众', '家长', '学生', '市民', '居民', '员工']);
/** A field of a body's name: a two-character common noun (能源, 卫生), not a body of its own (学校). */
function isField(t: Token | undefined, edge: number): boolean {
  if (t === undefined || (t.end !== edge && t.start !== edge)) return false;
  const field = t.end === edge ? t.word : t.word.slice(0, 2);
  return (
    FIELD_TAGS.has(t.tag) &&
    field.length === 2 &&
    /^\p{Script=Han}+$/u.test(field) &&
    suffixOf(field) === undefined &&
    !INSTITUTION_HEADS.has(field) &&
    !BODIES_NOT_FIELDS.has(field)
  );
}

/** Heads of a school or hospital standing as a word: one before a name part ends another organization (某某学校|某某中学). */
const INSTITUTION_HEADS = new Set(['学校', '中学', '小学', '大学', '学院', '医院', '幼儿园']);
/** `word` is or ends with a school's or hospital's head (学校, 中文学校). */
function endsWithInstitutionHead(word: string): boolean {
  if (INSTITUTION_HEADS.has(word)) return true;
  for (const head of INSTITUTION_HEADS) if (word.endsWith(head)) return true;
  return false;
}
/** Tags of a brand's name (a company's, not a place's): 中国|某某巴巴|集团 is the company without the country. */
const BRAND_TAGS = new Set(['nr', 'nrt', 'nrfg', 'nz', 'x', 'eng']);

/** A proper-noun part: 清华大学 or Stanford, not a bare acronym such as AI or IT. */
function isProper(t: Token): boolean {
  return PROPER_TAGS.has(t.tag) && !(t.tag === 'eng' && /^[A-Z]{1,3}$/.test(t.word));
}

/**
 * The suffixes by their last code unit, each list in ORG_SUFFIXES order: most words end otherwise,
 * and the others try only the suffixes that end as they do (会 ends five of them, 部 one).
 */
const SUFFIXES_BY_LAST = new Map<number, string[]>();
for (const suffix of [...FACILITY_SUFFIXES, ...ORG_SUFFIXES]) {
  const last = suffix.charCodeAt(suffix.length - 1);
  (SUFFIXES_BY_LAST.get(last) ?? SUFFIXES_BY_LAST.set(last, []).get(last)!).push(suffix);
}
/** A bit per code unit that ends some suffix: the text is scanned for them. */
const SUFFIX_LAST = new Int32Array(0x10000 >>> 5);
for (const last of SUFFIXES_BY_LAST.keys()) SUFFIX_LAST[last >>> 5]! |= 1 << (last & 31);

/** The first of FACILITY_SUFFIXES and ORG_SUFFIXES that `word` ends with. */
function suffixOf(word: string): string | undefined {
  const candidates = SUFFIXES_BY_LAST.get(word.charCodeAt(word.length - 1));
  if (candidates === undefined) return undefined;
  for (const suffix of candidates) if (word.endsWith(suffix)) return suffix;
  return undefined;
}

/**
 * A suffix longer than the word ending at `e` that ends there as a run of whole words (合作|区):
 * the run as one token, with k its first word's index. The run's own tag is 'n' (a common noun).
 */
function suffixRun(text: string, words: TokenIndex, e: number, tok: Token): { tok: Token; k: number; suffix: string } | undefined {
  const candidates = SUFFIXES_BY_LAST.get(text.charCodeAt(e - 1));
  if (candidates === undefined) return undefined;
  for (const suffix of candidates) {
    // Only facilities: an organization's suffix is one word of jieba's (研究|中心 is no name's end).
    if (!FACILITY.has(suffix)) continue;
    const s = e - suffix.length;
    if (suffix.length <= tok.word.length || s < 0 || !text.startsWith(suffix, s)) continue;
    const k = words.startIndex(s);
    if (k >= 0) return { tok: { word: suffix, tag: 'n', start: s, end: e }, k, suffix };
  }
  return undefined;
}

/**
 * Professions jieba glues onto the body they work at (律师事务所|律师 read 事务所律师). Heads of a
 * body (协会会长, 局局长) are left out: there the tagger reads the body whole, and a rule's shorter
 * name would win against it where jieba's words no longer mark its end.
 */
const GLUED_PROFESSIONS = ['律师', '会计师', '医生', '法官', '检察官'];

/** How far back the word holding a body's suffix and a title is looked for (事务所律师: 3). */
const LONGEST_GLUED_SUFFIX = 4;

/**
 * The body's part of a word jieba glued a profession onto (事务所律师), when the profession ends the
 * word right after `e`: that part as a token of its own, and the word's index.
 */
function bodyBeforeGluedTitle(text: string, words: TokenIndex, e: number): { k: number; tok: Token } | undefined {
  for (let s = e - 1; s >= 0 && s >= e - LONGEST_GLUED_SUFFIX; s--) {
    const k = words.startIndex(s);
    if (k < 0) continue;
    const word = words.tokens[k]!;
    if (word.end <= e || !GLUED_PROFESSIONS.some((title) => e + title.length === word.end && text.startsWith(title, e))) return undefined;
    return { k, tok: { word: text.slice(s, e), tag: 'n', start: s, end: e } };
  }
  return undefined;
}

/**
 * Organizations and facilities (places) ending in a suffix word of `text`, whose jieba words
 * `words` holds. A facility keeps its whole name against a shorter one inside it (浦东足球场 in
 * 上海浦东足球场: the place in front is part of its name), so it carries its own canonical form.
 */
export function suffixOrganizations(text: string, words: TokenIndex, isPlace: (name: string) => boolean = () => false): Candidate[] {
  const out: Candidate[] = [];
  const tokens = words.tokens;
  // A token's word is the text's own slice, so it ends in the text's code unit before its end:
  // the text is scanned for the suffixes' last units and only the tokens ending there are read
  // (reading every token object and its word cost more). Tokens do not overlap, so offsets in
  // order are tokens in order.
  for (let e = 1; e <= text.length; e++) {
    const last = text.charCodeAt(e - 1);
    if (((SUFFIX_LAST[last >>> 5]! >>> (last & 31)) & 1) === 0) continue;
    let k = words.endIndex(e);
    let tok: Token;
    if (k >= 0) tok = tokens[k]!;
    else {
      // 事务所|律师 read as one word: the body ends inside it, before the profession.
      const glued = bodyBeforeGluedTitle(text, words, e);
      if (glued === undefined) continue;
      ({ k, tok } = glued);
    }
    // A longer suffix over several words first (台北|小|巨蛋 before 巨蛋).
    const run = suffixRun(text, words, e, tok);
    let suffix: string | undefined;
    if (run !== undefined) ({ tok, k, suffix } = run);
    else suffix = suffixOf(tok.word);
    if (suffix === undefined) continue;
    const facility = FACILITY.has(suffix);
    // 部门, 局面: a one-character suffix counts only as a whole token of its own (外交部 is cut 外交/部).
    // jieba's organization word (卫生局/nt) ends in one too, when fields joined before it name it (食物及卫生局).
    // 部队 only as the head of a word naming the force (武装部队, 维和部队), not a country's troops.
    if (suffix === '部队' && tok.word.length <= suffix.length) continue;
    // 控股 names a holding company (某某控股), not a controlling stake (某某控股股东, 控股子公司).
    if (suffix === '控股' && HOLDING_NOT_NAME.test(text.slice(e, e + 3))) continue;
    if (SINGLE_CHAR_SUFFIXES.has(suffix) && tok.word.length !== 1 && !(tok.tag === 'nt' && k > 1 && FIELD_JOINERS.has(tokens[k - 1]!.word))) continue;
    let start = tok.start;
    let proper = isProper(tok);
    // A suffix word with a name in it (某某核电站/nt) already holds a proper part.
    // (商业银行's 商业 is none).
    const tokenHead = tok.word.slice(0, tok.word.length - suffix.length);
    let properPart = proper && tokenHead.length >= 2 && !isOrdinaryWord(tokenHead, PROPER_NOUN_TAGS);
    let vnAt = -1;
    let vnEnd = -1;
    let parts = 0;
    let conjAfter = -1;
    for (let j = k - 1; j >= 0 && parts < MAX_PARTS; j--) {
      const prev = tokens[j]!;
      if (prev.end !== start) break;
      // 食物及卫生局, 能源和商业委员会: two fields joined in a body's name.
      if (
        conjAfter < 0 &&
        FIELD_JOINERS.has(prev.word) &&
        j > 0 &&
        (parts > 0 || tokenHead.length >= 2) &&
        commonFieldAfter(tokens[j + 1]!, tok, tokenHead) &&
        isField(tokens[j - 1]!, prev.start) &&
        isField(tokens[j + 1]!, prev.end)
      ) {
        conjAfter = prev.end;
        start = tokens[j - 1]!.start;
        j--;
        parts++;
        continue;
      }
      // 西蒙•玻利瓦尔大学: a dot between two parts of a transliterated name.
      // 罗兰·加洛斯球场: jieba may read the first part as a place.
      if (prev.word === MIDDLE_DOT && parts > 0 && j > 0 && (TRANSLITERATED_TAGS.has(tokens[j - 1]!.tag) || tokens[j - 1]!.tag === 'ns')) {
        start = prev.start;
        continue;
      }
      // 柯达(中国)股份有限公司, 中科实业集团(控股)公司: a bracketed place or form of business inside the name.
      if (CLOSE_BRACKETS.has(prev.word) && j >= 3 && OPEN_BRACKETS.has(tokens[j - 2]!.word) && tokens[j - 1]!.end === prev.start) {
        const inner = tokens[j - 1]!;
        if (
          inner.start === tokens[j - 2]!.end &&
          (PLACE_TAGS.has(inner.tag) || BRACKETED_FORMS.has(inner.word) || isPlace(inner.word)) &&
          tokens[j - 3]!.end === tokens[j - 2]!.start
        ) {
          start = tokens[j - 2]!.start;
          j -= 2;
          continue;
        }
      }
      // 首尔|城南机场: a place the gazetteer knows before a facility is part of its name, whatever
      // jieba tags it (首尔 as an adverb).
      if (facility && prev.word.length >= 2 && !PLACE_TAGS.has(prev.tag) && isPlace(prev.word)) {
        start = prev.start;
        properPart = proper = true;
        parts++;
        continue;
      }
      // 科技|创新|合作区: a zone's programme words.
      if (ZONES.has(suffix) && prev.tag === 'v' && ZONE_PROGRAMME_WORDS.has(prev.word)) {
        start = prev.start;
        parts++;
        continue;
      }
      // 亚洲杯|某国队: the competition a team plays in is no part of its name (rules/teams.ts).
      if (suffix === '队' && isCompetitionWord(prev.word)) break;
      // 6月15日电|南斯拉夫联盟: the end of a date is no part of a name.
      if (/^[日月年]/.test(prev.word) && j > 0 && /[0-9]$/.test(tokens[j - 1]!.word)) break;
      if (!NAME_PART_TAGS.has(prev.tag) || NOT_NAME_PARTS.has(prev.word) || !/^[\p{Script=Han}A-Za-z0-9]+$/u.test(prev.word)) break;
      // 某某学校华侨中学: two organizations glued, the second starting after the first's head.
      if (parts > 0 && endsWithInstitutionHead(prev.word)) break;
      // Once a proper part precedes the suffix, only proper or official words precede it in turn:
      // 意大利银行, not 贴现率意大利银行.
      if (properPart && !isProper(prev) && !OFFICIAL_PREFIX.test(prev.word)) break;
      const stripped = prev.word.replace(prev.tag === 'x' ? LEADING_GRAMMAR_CHARS : LEADING_FUNCTION_CHARS, '');
      if (stripped.length < prev.word.length) {
        // What is left of 对大 (大) is no part of a name.
        if (stripped.length > 1 || (stripped.length === 1 && prev.tag !== 'x')) {
          start = prev.end - stripped.length;
          proper ||= isProper(prev);
        }
        break;
      }
      start = prev.start;
      properPart ||= isProper(prev);
      proper ||= properPart;
      if (prev.tag === 'vn') [vnAt, vnEnd] = [prev.start, prev.end];
      parts++;
    }
    // 有关法院: a verbal noun is a name part only with a name before it (美中贸易全国委员会).
    if (vnAt === start) start = vnEnd;
    // Fields joined by 和 or 与 are a name's only with a proper name before them (某国众议院能源和商业委员会);
    // 及 is the joiner of official names (食物及卫生局).
    if (conjAfter >= 0 && text[conjAfter - 1] !== '及' && !isProper(tokens[words.startIndex(start)] ?? tok)) start = conjAfter;
    // 孙连仲部: a commander's troops, not a ministry.
    if (SINGLE_CHAR_SUFFIXES.has(suffix) && start === tokens[k - 1]?.start && PERSON_TAGS.has(tokens[k - 1]!.tag)) continue;
    // 澳门厅, 北京厅: a hall named after a place; a government 厅 follows its field (教育厅, 办公厅).
    if (suffix === '厅' && k > 0 && tokens[k - 1]!.end === tok.start && PLACE_TAGS.has(tokens[k - 1]!.tag)) continue;
    // Extend to the right over a branch: 加州大学 + 伯克利分校 are one organization.
    let end = tok.end;
    const lastWord = words.endIndex(end);
    const next = tokens[lastWord + 1];
    const after = tokens[lastWord + 2];
    if (next && after && next.start === end && suffixOf(after.word) === '分校' && after.start === next.end) end = after.end;
    const name = text.slice(start, end);
    // 上市公司 is one word (even tagged nt): its part before the suffix must itself be a name.
    if (start === tok.start && end === tok.end) {
      // A facility jieba knows whole is a place word (某某国际机场/ns).
      const named = tok.tag === 'nt' || tok.tag === 'nz' || (facility && tok.tag === 'ns');
      if (!named || tokenHead.length < 2 || isOrdinaryWord(tokenHead, PROPER_NOUN_TAGS)) continue;
    }
    if (name.length < suffix.length + 2) continue;
    const siteWord = tokens[k - 1];
    const namedSite =
      SITES_NAMED_BY_A_WORD.has(suffix) &&
      tok.word === suffix &&
      parts === 1 &&
      siteWord !== undefined &&
      siteWord.tag === 'n' &&
      siteWord.word.length === 2 &&
      !SITE_KINDS.has(siteWord.word);
    if (!proper && !namedSite && !OFFICIAL_PREFIX.test(name)) continue;
    if (facility) {
      if (HOTELS.has(suffix) && tok.word === suffix && (k === 0 || !isProper(tokens[k - 1]!))) continue;
      const following = tokens[lastWord + 1];
      if (following !== undefined && following.start === end && following.word.length >= 2 && INSTITUTION_AFTER.test(following.word)) continue;
      // 英国伦敦某机场: the country is a place of its own.
      const first = tokens[words.startIndex(start)];
      const headAfter = first !== undefined && (first.end < tok.start || (first.end === tok.start && tok.word.length > suffix.length + 1));
      if (first !== undefined && COUNTRIES.has(first.word)) {
        // 中国射电望远镜: a country's facility of a kind names none.
        if (!headAfter) continue;
        start = first.end;
      }
      const named = text.slice(start, end);
      if (INSTITUTION_FACILITIES.has(suffix)) out.push(candidate(start, end, 'Place', text, 'lexicon'));
      else out.push(candidate(start, end, 'Place', text, 'rule', { canonical: named }));
    } else {
      // 中国某某巴巴集团: the home country before a brand is where the company is, not its name
      // (MSRA writes a foreign one with its country as one name: 某国微软公司).
      const first = words.startIndex(start);
      const brand = tokens[first + 1];
      if (
        first >= 0 &&
        tokens[first]!.word === '中国' &&
        brand !== undefined &&
        brand.end < tok.start + 1 &&
        BRAND_TAGS.has(brand.tag) &&
        brand.word.length >= 2
      )
        start = brand.start;
      // Fields joined in the name: the tagger, which reads the last field's body alone (卫生局),
      // does not judge it (a canonical form keeps a rule's say, resolve.ts).
      // A unit of the body after it (某某和某某局详规|处) is the tagger's to read whole.
      const unitAfter = tokens[lastWord + 1];
      const continues = unitAfter !== undefined && unitAfter.start === end && (INSTITUTION_AFTER.test(unitAfter.word) || UNIT_NAME_TAGS.has(unitAfter.tag));
      if (conjAfter > start && !continues) out.push(candidate(start, end, 'Organization', text, 'rule', { canonical: text.slice(start, end) }));
      else out.push(candidate(start, end, 'Organization', text, 'rule'));
    }
  }
  return out;
}
