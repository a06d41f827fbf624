// Full and short forms within one article: pairs of names that are one thing. Each rule is a way
// Chinese news shortens a name, and links only names both found in the same article:
//   - a place and the same place with its administrative suffix (吉林 / 吉林省, 某镇 / 某, 某某州 / 某某);
//   - an organization and the same after a place or the party in front (中国X党 / X党, 某省X协会 /
//     X协会, 中共某省委 / 某省委);
//   - an organization and its owner-prefixed name (某研究院X中心 / X中心);
//   - an organization and its contraction: the short form takes characters of the full one in
//     order, from its first, and shortens its last word (江西省高级人民法院 / 江西省高院, 某地方法院
//     / 某地院, 中国科学院 / 中科院; …委员会 / …委 and its contractions). 北京大学 / 北京师范大学
//     keep their last word whole: not linked;
//   - a company and its name without the legal form and the trade (某某新能源科技股份有限公司 /
//     某某, 某某汽车 / 某某), when what is left is itself a name in the article.
import { looksLikeTransliteration } from '../extract/rules/name-shapes.ts';
import { ORG_SUFFIXES } from '../extract/rules/organization-rules.ts';
import type { EntityType } from '../model.ts';
import { ADMIN_SUFFIXES } from './knowledge.ts';
import type { Knowledge } from './knowledge.ts';

export interface NamedEntity {
  name: string;
  type: EntityType;
  /** The surface forms read as this entity (基辅市 of 基辅), when known. */
  forms?: ReadonlySet<string>;
}

/**
 * Suffixes of places below the division list (towns, villages, streets) besides ADMIN_SUFFIXES, and
 * a foreign state's 州 (某某州 / 某某; a two-character 某州 keeps it: 广州, 德州).
 */
const LOCAL_SUFFIXES = ['街道', '镇', '乡', '村', '州'];
/** Countries whose 州 (oblast) is named after its centre city, a place of its own (基辅州, 莫斯科州). */
const OBLAST_COUNTRIES = new Set(['乌克兰', '俄罗斯', '白俄罗斯', '哈萨克斯坦', '吉尔吉斯斯坦', '塔吉克斯坦', '乌兹别克斯坦']);
/** What a national body's full name starts with (国家统计局). */
const NATIONAL = '国家';
/** What a countrywide body's name starts with (全国政协, 全国妇联). */
const COUNTRYWIDE = '全国';
/** The Communist Party's centre, before its central bodies' names (中共中央政治局). */
const PARTY_CENTRE = '中共中央';
/** The party's name written before one of its bodies (中共某省委 / 某省委). */
const PARTY = '中共';
/** Legal forms and trade words a company name ends in (企业名称: 字号 + 行业 + 组织形式). */
const COMPANY_TAILS = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '股份公司',
  '集团公司',
  '集团',
  '公司',
  '控股',
  '股份',
  '(中国)',
  '(集团)',
  '新能源科技',
  '新能源',
  '科技',
  '技术',
  '能源',
  '汽车',
  '电子',
  '信息',
  '网络',
  '智能',
  '软件',
  '通信',
  '电器',
  '电气',
  '实业',
  '投资',
  '发展',
  '贸易',
  '生物',
  '医药',
  '制药',
  '材料',
  '工业',
  '动力',
  '传媒',
  '文化',
  '电动',
  '互联网',
  '数码',
  '光电',
  '半导体',
  '物流',
  '电商',
  '云计算',
  '国际',
  '控股集团',
  '中国',
];
const COMMISSION = '委员会';
/** A term or session written before a body's name (第七届, 十三届, 新一届, 本届). */
const TERM = /^(?:第?[一二三四五六七八九十百零〇\d]+|新一|本|上|下|历|首)届/u;
const ORG_SUFFIX_LIST = [...ORG_SUFFIXES].sort((a, b) => b.length - a.length);
/** Last characters of the suffixes: an owner ending in none of them is no organization (most cuts). */
const ORG_SUFFIX_LAST = new Set(ORG_SUFFIX_LIST.map((s) => s[s.length - 1]!));
const PLACE_SUFFIXES = [...ADMIN_SUFFIXES, ...LOCAL_SUFFIXES];
/** The suffixes of China's divisions a name may drop inside an organization's name (某镇派出所 / 某派出所). */
const DIVISION_SUFFIX = new Set([...'镇乡县区']);

/**
 * `s` names a place: one of the article's, a country, a division, a listed place, or (with `stems`)
 * a division's stem. A team's core name is tested without stems: clubs take such words for names
 * (海港 of 海港区).
 */
function isPlaceName(s: string, byName: ReadonlyMap<string, EntityType>, k: Knowledge, stems = true): boolean {
  if (byName.get(s) === 'Place') return true;
  const known = k.placeNames.get(s); // a country or division (true), a division's stem (false)
  if (known === true || (known === false && stems)) return true;
  const listed = k.dictionaries.lexicon.get(s);
  return listed !== undefined && listed.type === 'Place';
}

/** `short` takes characters of `long` in order, the first from `long`'s first (after `from`). */
function isContraction(short: string, long: string, from: number, fullLength = long.length): boolean {
  if (short.length < 2 || fullLength - from < short.length + 2) return false;
  if (short[0] !== long[from] || short[short.length - 1] !== long[long.length - 1]) return false;
  // Where the last word is kept whole, no word before it may be dropped whole: 北京大学 is not
  // 北京师范大学's short form, 市场监管总局 is 市场监督管理总局's (监督管理 → 监管).
  const keptLast = short[short.length - 2] === long[long.length - 2];
  let j = from;
  for (const ch of short) {
    const skipped = j;
    while (j < long.length && long[j] !== ch) j++;
    if (j === long.length || (keptLast && j - skipped >= 2)) return false;
    j++;
  }
  // …and the last characters are the long name's own, not a word's inside it (中国疾控中心 is not
  // 中国疾控中心应急中心's short form).
  return !keptLast || j === long.length;
}

/**
 * `short` contracts `long`, whose first `placePrefix` characters are a place (0 for none): from its
 * first character (中国科学院 / 中科院), or after the place. A short form that keeps the place whole
 * must contract what follows it to two characters or more: 浙江省委 is the province's committee,
 * not 浙江省宁波市委's.
 */
function contractionOf(short: string, long: string, placePrefix: number, fullLength = long.length): boolean {
  if (placePrefix > 0 && short.startsWith(long.slice(0, placePrefix))) return short.length - placePrefix >= 2 && isContraction(short, long, 0, fullLength);
  return isContraction(short, long, 0, fullLength) || (placePrefix > 0 && isContraction(short, long, placePrefix, fullLength));
}

/** Last code units of COMPANY_TAILS: a name ending in none of them ends in no tail (most names). */
const COMPANY_TAIL_LAST = new Set(COMPANY_TAILS.map((t) => t.charCodeAt(t.length - 1)));

/** The company names `name` reduces to by dropping legal forms and trade words from its end. */
function companyCores(name: string): string[] {
  const out: string[] = [];
  let rest = name;
  for (let guard = 0; guard < 8 && COMPANY_TAIL_LAST.has(rest.charCodeAt(rest.length - 1)); guard++) {
    // Every tail the name ends in (某某集团公司: 某某 and 某某集团), then on from the first.
    const tails = COMPANY_TAILS.filter((t) => rest.endsWith(t) && rest.length - t.length >= 2);
    if (tails.length === 0) break;
    for (const t of tails) out.push(rest.slice(0, -t.length));
    rest = rest.slice(0, -tails[0]!.length);
  }
  return out;
}

/** What a team's name ends in besides its own name (某某队, 某某足球俱乐部). */
const TEAM_TAILS = ['足球俱乐部', '篮球俱乐部', '俱乐部', '足球队', '篮球队', '队'];

/**
 * A team's names in one sports story: the club's name with its city (上海某某), and the name alone
 * with 队 or 俱乐部 (某某队, 某某俱乐部). Each tail form is linked to the city form when the article
 * has one city form of that name, else to the longest tail form. A name that is a place (中国队,
 * 广州队) is a city's or a country's team and links nothing: two clubs of one city must not merge.
 */
function teamLinks(
  entities: readonly NamedEntity[],
  byName: ReadonlyMap<string, EntityType>,
  k: Knowledge,
  placePrefixes: readonly number[],
): [number, number][] {
  const withCity = new Map<string, number[]>();
  const withTail = new Map<string, number[]>();
  entities.forEach((e, i) => {
    if (e.type !== 'Organization') return;
    const tail = TEAM_TAILS.find((t) => e.name.endsWith(t) && e.name.length - t.length >= 2);
    let core = tail === undefined ? e.name : e.name.slice(0, -tail.length);
    // Without a tail the core is the name, whose place prefix shortFormLinks has read already.
    let city = tail === undefined ? placePrefixes[i]! : 0;
    if (tail !== undefined) for (let cut = 2; cut <= core.length - 2; cut++) if (isPlaceName(core.slice(0, cut), byName, k)) city = cut;
    core = core.slice(city);
    if (core.length < 2 || isPlaceName(core, byName, k, false) || (tail === undefined && city === 0)) return;
    const into = tail === undefined ? withCity : withTail;
    (into.get(core) ?? into.set(core, []).get(core)!).push(i);
  });
  const out: [number, number][] = [];
  for (const [core, tails] of withTail) {
    const cities = withCity.get(core) ?? [];
    const names = new Set(cities.map((c) => entities[c]!.name));
    const target =
      names.size === 1 ? cities[0]! : names.size === 0 ? tails.reduce((a, b) => (entities[b]!.name.length > entities[a]!.name.length ? b : a)) : -1;
    if (target >= 0) for (const t of tails) if (t !== target && entities[t]!.name !== entities[target]!.name) out.push([t, target]);
  }
  return out;
}

/**
 * Pushes to `out` a link of each entity named `short` of one of `types` to entity `long` (module
 * functions here and below: under tsx a named closure per article cost a __name call each).
 */
function linkShort(
  out: [number, number][],
  entities: readonly NamedEntity[],
  indexOf: ReadonlyMap<string, number[]>,
  short: string,
  long: number,
  types: readonly EntityType[],
): void {
  for (const s of indexOf.get(short) ?? []) if (s !== long && types.includes(entities[s]!.type)) out.push([s, long]);
}

/** The long forms `longs` all have one name. */
function oneName(entities: readonly NamedEntity[], longs: readonly number[]): boolean {
  return new Set(longs.map((l) => entities[l]!.name)).size === 1;
}

/** Pairs [short, long] of names of `entities` that are one thing (indexes into `entities`). */
export function shortFormLinks(entities: readonly NamedEntity[], k: Knowledge): [number, number][] {
  const byName = new Map<string, EntityType>();
  const indexOf = new Map<string, number[]>();
  entities.forEach((e, i) => {
    if (!byName.has(e.name)) byName.set(e.name, e.type);
    (indexOf.get(e.name) ?? indexOf.set(e.name, []).get(e.name)!).push(i);
  });
  const out: [number, number][] = [];
  // Organizations by last character, for the contraction rule (a short form ends as the long one).
  const orgsByLast = new Map<string, number[]>();
  entities.forEach((e, i) => {
    if (e.type !== 'Organization' || e.name.length < 2) return;
    const last = e.name[e.name.length - 1]!;
    (orgsByLast.get(last) ?? orgsByLast.set(last, []).get(last)!).push(i);
  });
  // A short form two different long names share (财政部 of 美国财政部 and 中国财政部, 中院 of two
  // courts) is linked to neither: it is ambiguous in this article.
  const prefixed = new Map<string, number[]>();
  /** Notes `short` as what entity i is called with its prefix dropped. */
  const addPrefixed = (short: string, i: number): void => void (prefixed.get(short) ?? prefixed.set(short, []).get(short)!).push(i);
  const contracted = new Map<number, number[]>();
  /** Each organization's longest place prefix (0 for none and for other entities), for teamLinks too. */
  const placePrefixes: number[] = entities.map(() => 0);
  let oblasts: boolean | undefined; // the article names a country of oblasts (made at the first 某某州)
  entities.forEach((e, i) => {
    const name = e.name;
    if (e.type === 'Place') {
      for (const s of PLACE_SUFFIXES) {
        if (!name.endsWith(s) || name.length - s.length < 2) continue;
        const stem = name.slice(0, -s.length);
        // A state or oblast named after its city (纽约州, 基辅州) where the text writes the city as
        // one too (纽约市, 基辅市), or an oblast of a country whose oblasts all take their centre's
        // name (哈尔科夫州 of 哈尔科夫): two places, and the bare name is the city's.
        if (s === '州') {
          const city = `${stem}市`;
          if ((oblasts ??= entities.some((o) => o.type === 'Place' && OBLAST_COUNTRIES.has(o.name)))) continue;
          if (entities.some((o) => o.type === 'Place' && (o.name === city || o.forms?.has(city) === true))) continue;
        }
        linkShort(out, entities, indexOf, stem, i, ['Place']);
      }
      return;
    }
    if (e.type !== 'Organization') return;
    // A place in front: 中国X / X, and the longest place prefix for contractions below.
    let placePrefix = 0;
    // Places in a row count as one prefix (浙江省|建德市|某镇派出所 / 某镇派出所): where each may end.
    let ends: number[] | undefined;
    for (let cut = 2; cut <= name.length - 2; cut++) {
      const from = isPlaceName(name.slice(0, cut), byName, k) ? 0 : ends?.find((p) => cut - p >= 2 && isPlaceName(name.slice(p, cut), byName, k, false));
      if (from === undefined) continue;
      (ends ??= []).push(cut);
      placePrefix = cut;
      const rest = name.slice(cut);
      const listed = k.table.get(rest);
      if (listed === undefined || k.table.get(name) === listed) addPrefixed(rest, i);
      // A town's or county's suffix dropped inside the name (某庄镇派出所 / 某庄派出所).
      if (cut - from >= 3 && DIVISION_SUFFIX.has(name[cut - 1]!)) addPrefixed(name.slice(0, cut - 1) + rest, i);
    }
    // A national body's 国家 is dropped as a place is (国家市场监督管理总局 / 市场监管总局), and so is
    // 全国 (全国政协 / 政协, 全国妇联 / 妇联).
    if (placePrefix === 0 && name.startsWith(NATIONAL) && name.length >= NATIONAL.length + 4) placePrefix = NATIONAL.length;
    if (placePrefix === 0 && name.startsWith(COUNTRYWIDE) && name.length >= COUNTRYWIDE.length + 2) {
      placePrefix = COUNTRYWIDE.length;
      const rest = name.slice(placePrefix);
      addPrefixed(rest, i);
    }
    placePrefixes[i] = placePrefix;
    // A body's term or session (第七届立法会, 十三届全国政协, 新一届某某) is that body.
    const term = TERM.exec(name.slice(placePrefix));
    if (term !== null && name.length - placePrefix - term[0].length >= 2)
      linkShort(out, entities, indexOf, name.slice(placePrefix + term[0].length), i, ['Organization']);
    // 中共中央某某 / 中共某某 / 中央某某 (中共中央政治局, 中共政治局, 中央政治局): the party's central body,
    // with the party or the centre left out.
    if (name.startsWith(PARTY_CENTRE) && name.length - PARTY_CENTRE.length >= 2) {
      const body = name.slice(PARTY_CENTRE.length);
      for (const short of [`中共${body}`, `中央${body}`]) addPrefixed(short, i);
    }
    if (name.startsWith(PARTY) && name.length - PARTY.length >= 3) {
      const rest = name.slice(PARTY.length);
      addPrefixed(rest, i);
    }
    // A club's town in transliteration in front (某某纳姆热刺 / 热刺): the name the article also
    // writes alone, in characters of meaning, is the same club.
    for (let cut = 3; cut <= name.length - 2; cut++) {
      const rest = name.slice(cut);
      if (looksLikeTransliteration(name.slice(0, cut)) && !looksLikeTransliteration(rest)) linkShort(out, entities, indexOf, rest, i, ['Organization']);
    }
    // An owner organization in front: 某研究院 + 国家某中心.
    for (let cut = 3; cut <= name.length - 3; cut++) {
      if (!ORG_SUFFIX_LAST.has(name[cut - 1]!)) continue;
      const owner = name.slice(0, cut);
      if (ORG_SUFFIX_LIST.some((s) => owner.endsWith(s) && owner.length > s.length)) linkShort(out, entities, indexOf, name.slice(cut), i, ['Organization']);
    }
    for (const j of orgsByLast.get(name[name.length - 1]!) ?? []) {
      const short = entities[j]!.name;
      if (j !== i && short.length < name.length && contractionOf(short, name, placePrefix)) {
        (contracted.get(j) ?? contracted.set(j, []).get(j)!).push(i);
      }
    }
    // 委员会 is shortened to 委 (某某卫生健康委员会 / 某某卫生健康委 / 某某卫健委).
    if (name.endsWith(COMMISSION)) {
      const asCommission = name.slice(0, -COMMISSION.length) + '委';
      // Where the article writes …委 too, contractions go to that form (they are one with it), not to both.
      const written = byName.get(asCommission) === 'Organization';
      for (const j of orgsByLast.get('委') ?? []) {
        const short = entities[j]!.name;
        const contraction = !written && contractionOf(short, asCommission, placePrefix, name.length);
        if (j !== i && (short === asCommission || contraction)) {
          (contracted.get(j) ?? contracted.set(j, []).get(j)!).push(i);
        }
      }
    }
    // A company's core name: the remainder must itself be an organization (or a name the tagger
    // read as a person: 某某汽车 / 某某) of the article, never a place.
    for (const core of companyCores(name)) linkShort(out, entities, indexOf, core, i, ['Organization', 'Person']);
    // …and without the place in front (北京某某置业有限公司 / 某某置业).
    if (placePrefix > 0) for (const core of companyCores(name.slice(placePrefix))) linkShort(out, entities, indexOf, core, i, ['Organization']);
  });
  out.push(...teamLinks(entities, byName, k, placePrefixes));
  for (const [short, longs] of prefixed) if (oneName(entities, longs)) linkShort(out, entities, indexOf, short, longs[0]!, ['Organization']);
  for (const [short, longs] of contracted) if (oneName(entities, longs)) out.push([short, longs[0]!]);
  return out;
}
