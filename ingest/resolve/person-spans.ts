// Persons whose mentions the tagger cut short or glued to a word, mended from the article itself:
// a name continued by a run the article repeats after it (a Japanese given name, the rest of a
// transliteration) or by a regnal number is read whole; a name glued to a function word or to 两人
// is cut back to the name the article or the alias table knows. Pure; called by resolveArticle
// before completeCutPersons, so the names read whole here take the mentions cut short elsewhere.
// Each step reads the article's text normalized one code unit at a time (`units`, normalizeEachUnit,
// made once per article), whose offsets are the text's.
import { mentionAt } from '../extract/identity.ts';
import { jiebaTag } from '../extract/ner/index.ts';
import { japaneseFamilyNameLength } from '../extract/rules/japanese-names.ts';
import { isHan, looksLikeTransliteration, NAME_SUFFIXES, SURNAMES, TITLES, TRANSLIT } from '../extract/rules/name-shapes.ts';
import { STOP_CHARS } from '../extract/rules/person-rules.ts';
import type { EntityType, Mention, Sentence } from '../model.ts';
import { normalizeEachUnit } from '../parse/normalize.ts';
import { canonicalForm, knownType } from './forms.ts';
import type { Knowledge } from './knowledge.ts';

/** The fields of resolveArticle's working entity this step reads and changes. */
export interface PersonWorking {
  name: string;
  type: EntityType;
  forms: Set<string>;
  mentions: Mention[];
}

/** jieba tags of a run it does not know as a word, or knows as a name: a given name's. */
const NAME_RUN_TAGS = new Set(['x', 'nr', 'nrfg', 'nrt', 'nz']);
/** Words after a name that jieba tags as names but that count people (安倍两人, 某某等人). */
const COUNTING = new Set(['两人', '二人', '三人', '等人', '一家', '夫妇']);
/** Titles and forms of address written after a name (穆罕默德王储, 某某陛下), which jieba may tag as names. */
const AFTER_NAME = new Set([...TITLES, '王储', '国王', '女王', '王子', '公主', '亲王', '王妃', '太子', '殿下', '陛下', '阁下', '本人']);
/** A regnal number after a monarch's name (穆罕默德六世, 查尔斯三世). */
const REGNAL = /^[一二三四五六七八九十]{1,3}世/u;
/**
 * Function words and time words jieba leaves glued after a name it does not know (某某则, 某某昨,
 * 某某正, 某某定): with STOP_CHARS, a last character that is no part of a name the article or the
 * alias table knows without it.
 */
const GLUED_AFTER = new Set([...'昨今正定再仍便才早均先拟']);
/**
 * Verbs and prepositions glued before such a name (称某某, 与某某), and the localizers that close a
 * time phrase before a subject (采访中某某, 会上某某, 赛后某某).
 */
const GLUED_BEFORE = new Set([...'称据与和同跟向对让令给被把将指在于中上后']);

const tagCache = new Map<string, string | null>();
/** jieba's tag of `run` when it reads it as one word, else null. */
function oneWordTag(run: string): string | null {
  let tag = tagCache.get(run);
  if (tag === undefined) {
    const words = jiebaTag(run);
    tag = words.length === 1 ? words[0]!.tag : null;
    if (tagCache.size < 50_000) tagCache.set(run, tag);
  }
  return tag;
}

function allHan(s: string): boolean {
  for (const ch of s) if (!isHan(ch)) return false;
  return s.length > 0;
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * The continuation that makes `name` whole where the text goes on with `after`, or '': a regnal
 * number; a two-character run jieba reads as an unknown word or a name (高市|早苗); one
 * transliteration character after a transliteration (恩内斯|里) or the second character of a
 * Japanese given name (村上春|树). Apart from a regnal number, the whole name must occur at least
 * twice in the title and text (`all`): one reading could be a word that happens to follow.
 */
function continuation(name: string, after: string, all: string): string {
  const regnal = REGNAL.exec(after)?.[0];
  if (regnal !== undefined) return regnal;
  const rest = restOf(name, after, all);
  // The rest must end where jieba's words do: 尤伯|杯决|赛 is no name but 尤伯杯 and a 决赛.
  return rest !== '' && firstWord(after) === rest ? rest : '';
}

/** jieba's first word of `run`. */
function firstWord(run: string): string {
  return jiebaTag(run)[0]?.word ?? '';
}

/**
 * A name that may run past four characters: a transliteration or a Japanese family name with its
 * given name. A Chinese name is at most four (a compound surname and two), so 某某某 before an
 * unknown word (郭某某|抢头香) is whole already.
 */
function longNameShape(name: string): boolean {
  return looksLikeTransliteration(name) || japaneseFamilyNameLength(name) > 0;
}

function restOf(name: string, after: string, all: string): string {
  const two = after.slice(0, 2);
  if (
    two.length === 2 &&
    allHan(two) &&
    !STOP_CHARS.has(two[0]!) &&
    !STOP_CHARS.has(two[1]!) &&
    !COUNTING.has(two) &&
    !AFTER_NAME.has(two) &&
    NAME_RUN_TAGS.has(oneWordTag(two) ?? '') &&
    name.length + 2 <= (longNameShape(name) ? 6 : 4) &&
    count(all, name + two) >= 2
  )
    return two;
  const one = after.slice(0, 1);
  if (one.length === 0 || !isHan(one) || STOP_CHARS.has(one) || GLUED_AFTER.has(one)) return '';
  const family = japaneseFamilyNameLength(name);
  const fits = (looksLikeTransliteration(name) && TRANSLIT.has(one)) || (family > 0 && name.length === family + 1);
  return fits && count(all, name + one) >= 2 ? one : '';
}

/** Index of the sentence holding offset `at` (the last one starting at or before it). */
function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let index = 0;
  for (const s of sentences) {
    if (s.start > at) break;
    index = s.index;
  }
  return index;
}

/** Whether [start, end) overlaps a mention of another entity. */
function overlapsOther(ws: readonly PersonWorking[], self: PersonWorking, start: number, end: number): boolean {
  return ws.some((w) => w !== self && w.mentions.some((m) => m.nested !== true && m.start < end && start < m.end));
}

/**
 * Persons cut short (see the file's banner): each mention the text continues with the whole name's
 * rest is extended over it, and the entity is named whole.
 */
export function extendCutPersons(units: string, title: string, sentences: readonly Sentence[], ws: readonly PersonWorking[]): void {
  let all: string | undefined; // title and text normalized, made on the first candidate only
  for (const w of ws) {
    if (w.type !== 'Person' || w.mentions.length === 0) continue;
    for (const m of w.mentions) {
      if (m.nested === true || m.end - m.start < 2 || m.end - m.start > 4) continue;
      const name = units.slice(m.start, m.end);
      if (!allHan(name)) continue;
      const after = units.slice(m.end, m.end + 4);
      // A cheap refusal first: most names are followed by punctuation or a function word.
      if (after.length === 0 || !isHan(after[0]) || (STOP_CHARS.has(after[0]!) && !REGNAL.test(after))) continue;
      all ??= `${normalizeEachUnit(title)}\n${units}`;
      const rest = continuation(name, after, all);
      if (rest === '' || overlapsOther(ws, w, m.end, m.end + rest.length)) continue;
      const whole = name + rest;
      w.mentions = w.mentions.map((o) =>
        o.nested !== true && units.slice(o.start, o.end + rest.length) === whole ? mentionAt(o.start, o.end + rest.length, o.sentence) : o,
      );
      // The whole name elsewhere in the text, where nothing was read, is a mention too.
      for (let at = units.indexOf(whole); at >= 0; at = units.indexOf(whole, at + whole.length)) {
        const end = at + whole.length;
        if (ws.some((o) => o.mentions.some((x) => x.nested !== true && x.start < end && at < x.end))) continue;
        w.mentions.push(mentionAt(at, end, sentenceAt(sentences, at)));
      }
      w.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
      if (w.name === name || w.name.length <= name.length) w.name = whole;
      w.forms.add(whole);
      break;
    }
  }
}

/**
 * The whole of a married woman's name written with her husband's surname before her own (冠夫姓,
 * usual in Hong Kong: 林郑月娥 is 林 + 郑月娥), which the tagger cuts into a pair of surnames or a
 * name without the first surname: the four characters around a mention of two or three that start
 * with two surnames, or '' (`at` is the whole's start). The whole must occur at least twice in title
 * and text; the first surname may not end a word before it (主任|王小明) nor be a function word, and
 * the characters added must end where jieba's words do (张金龙|表示 is no name).
 */
function marriedName(units: string, m: Mention, all: string): { at: number; whole: string } | null {
  const name = units.slice(m.start, m.end);
  if (!SURNAMES.has(name[0]!) || !allHan(name)) return null;
  // The cheap tests first, then the count, and jieba last: most names are no such name.
  if (name.length === 3) {
    const first = units[m.start - 1] ?? '';
    if (SURNAMES.has(first) && !STOP_CHARS.has(first) && !GLUED_BEFORE.has(first) && count(all, first + name) >= 2) {
      const wordBefore = oneWordTag(units.slice(m.start - 2, m.start));
      return wordBefore === null || NAME_RUN_TAGS.has(wordBefore) ? { at: m.start - 1, whole: first + name } : null;
    }
    if (!SURNAMES.has(name[1]!)) return null;
    const after = units.slice(m.end, m.end + 3);
    if (!isHan(after[0]) || STOP_CHARS.has(after[0]!) || GLUED_AFTER.has(after[0]!) || count(all, name + after[0]) < 2) return null;
    return firstWord(after) === after[0] ? { at: m.start, whole: name + after[0] } : null;
  }
  if (name.length !== 2 || !SURNAMES.has(name[1]!)) return null;
  const after = units.slice(m.end, m.end + 4);
  const two = after.slice(0, 2);
  if (!allHan(two) || STOP_CHARS.has(two[0]!) || STOP_CHARS.has(two[1]!) || COUNTING.has(two) || AFTER_NAME.has(two) || count(all, name + two) < 2) return null;
  return firstWord(after) === two ? { at: m.start, whole: name + two } : null;
}

/**
 * Married women's names cut by the tagger (see marriedName): each such mention is read whole and the
 * entity named whole; two parts of one name (廖李 and 李可期) then share the name and become one.
 */
export function extendMarriedNames(units: string, title: string, ws: readonly PersonWorking[]): void {
  let all: string | undefined;
  for (const w of ws) {
    if (w.type !== 'Person' || w.mentions.length === 0) continue;
    let named: string | undefined;
    w.mentions = w.mentions.map((m) => {
      const len = m.end - m.start;
      if (m.nested === true || len < 2 || len > 3) return m;
      all ??= `${normalizeEachUnit(title)}\n${units}`;
      const got = marriedName(units, m, all);
      if (got === null) return m;
      const end = got.at + 4;
      if (ws.some((o) => o !== w && o.type !== 'Person' && o.mentions.some((x) => x.nested !== true && x.start < end && got.at < x.end))) return m;
      named = got.whole;
      return mentionAt(got.at, end, m.sentence);
    });
    if (named === undefined) continue;
    w.name = named;
    for (const f of [...w.forms]) if (f !== named && named.includes(f)) w.forms.delete(f); // a cut part is no alias
    w.forms.add(named);
  }
}

/** Last characters of given names that are verbs too (吴良有, 李为, 王会): jieba reads 有表示. */
const VERB_NAME_END = new Set([...'有为会能']);
/** What a speaker does after the name (…表示, …介绍称). */
const SPEECH = /^(?:表示|介绍|指出|强调|说|称|透露|回应|坦言|认为)/u;

/**
 * A three-character name cut before its last character because that character is a verb and a
 * speech verb follows (副局长吴良有表示 read as 吴良 + 有表示): where a title stands before one of
 * its mentions and every mention is followed so, the name takes the character.
 */
export function extendVerbEndedNames(units: string, ws: readonly PersonWorking[]): void {
  for (const w of ws) {
    if (w.type !== 'Person' || w.mentions.length === 0 || w.name.length !== 2 || !SURNAMES.has(w.name[0]!)) continue;
    const end = units[w.mentions[0]!.end]!;
    if (!VERB_NAME_END.has(end)) continue;
    const cut = w.mentions.every((m) => m.nested !== true && units[m.end] === end && SPEECH.test(units.slice(m.end + 1, m.end + 3)));
    if (!cut || !w.mentions.some((m) => TITLES.some((t) => units.endsWith(t, m.start)))) continue;
    w.mentions = w.mentions.map((m) => ({ ...m, end: m.end + 1 }));
    w.name += end;
    w.forms = new Set([w.name]);
  }
}

/**
 * `s` names a person other than `self`: another person's mention in the article (`named`) or a
 * person of the alias table (a module function: under tsx a named closure per call cost a __name
 * call each).
 */
function knownPerson(s: string, self: PersonWorking, named: ReadonlyMap<string, PersonWorking>, k: Knowledge): boolean {
  return s.length >= 2 && ((named.has(s) && named.get(s) !== self) || knownType(s, k) === 'Person');
}

/**
 * Persons glued to a function word (某某则, 称某某, 某某两人; see the file's banner): a mention whose
 * surface is a known person's name — another person's mention in the article or a person of the
 * alias table — with a function word before or after is cut to that name; an entity all of whose
 * mentions were cut takes the name.
 */
export function trimGluedPersons(units: string, ws: readonly PersonWorking[], k: Knowledge): void {
  const persons = ws.filter((w) => w.type === 'Person' && w.mentions.length > 0);
  if (persons.length === 0) return;
  const named = new Map<string, PersonWorking>();
  for (const w of persons)
    for (const m of w.mentions) if (m.nested !== true && m.end - m.start >= 2 && m.end - m.start <= 4) named.set(units.slice(m.start, m.end), w);
  for (const w of persons) {
    let cut: string | undefined;
    w.mentions = w.mentions.map((m) => {
      if (m.nested === true || m.end - m.start < 3) return m;
      const s = units.slice(m.start, m.end);
      const tail = COUNTING.has(s.slice(-2)) ? 2 : STOP_CHARS.has(s[s.length - 1]!) || GLUED_AFTER.has(s[s.length - 1]!) ? 1 : 0;
      if (tail > 0 && knownPerson(s.slice(0, -tail), w, named, k)) {
        cut = s.slice(0, -tail);
        return mentionAt(m.start, m.end - tail, m.sentence);
      }
      if (GLUED_BEFORE.has(s[0]!) && knownPerson(s.slice(1), w, named, k)) {
        cut = s.slice(1);
        return mentionAt(m.start + 1, m.end, m.sentence);
      }
      return m;
    });
    if (cut === undefined) continue;
    const surfaces = new Set(w.mentions.map((m) => units.slice(m.start, m.end)));
    if (surfaces.has(w.name)) continue; // some mention still reads as the name: a name of its own
    for (const f of [...w.forms]) if (f !== cut && f.includes(cut) && !surfaces.has(f)) w.forms.delete(f);
    w.forms.add(cut);
    w.name = canonicalForm(cut, 'Person', k);
  }
}

/**
 * Countries the tagger read as people (卡達 for Qatar, 敘國 for Syria in a Taiwanese text): a person
 * named by a country's name is that country, and one named by a character and 国 is the country of
 * the article that character starts (沙国 where the article names 沙特阿拉伯). Not where the text
 * calls it a person: a title before a mention or 先生, 女士 … after one (某国先生 is a man's name).
 */
export function countriesReadAsPersons(units: string, ws: readonly PersonWorking[], k: Knowledge): void {
  let countries: string[] | undefined; // the article's countries, made on the first candidate only
  for (const w of ws) {
    if (w.type !== 'Person') continue;
    let country = k.countries.get(w.name);
    if (country === undefined && w.name.length === 2 && w.name[1] === '国') {
      countries ??= ws.filter((o) => o.type === 'Place' && k.countries.has(o.name)).map((o) => k.countries.get(o.name)!);
      const starting = [...new Set(countries.filter((c) => c[0] === w.name[0]))];
      if (starting.length === 1) country = starting[0];
    }
    // The words around the mentions are read only for a name that is a country's (few): the titles
    // before every mention of every person cost more than the rest of the pass.
    if (country === undefined || w.mentions.some((m) => personCue(units, m))) continue;
    w.forms.add(w.name);
    w.name = country;
    w.type = 'Place';
  }
}

/** What a country's woman or man of the text is (某国女导演, 某国男星): a trade, not a name's end. */
const TRADE_AFTER =
  /^(?:导演|演员|歌手|星|作家|选手|球员|运动员|科学家|记者|画家|艺人|模特|主播|主持人|律师|医生|教师|学者|富豪|富商|企业家|游客|留学生|子|性)/u;

/**
 * 某国女|导演: a country and 女 or 男 before a trade, which the tagger read as a person (纽西兰女),
 * is the country: each mention loses its last character.
 */
export function countriesBeforeTrades(units: string, ws: readonly PersonWorking[], k: Knowledge): void {
  for (const w of ws) {
    if (w.type !== 'Person' || w.mentions.length === 0 || !/[女男]$/u.test(w.name)) continue;
    const country = k.countries.get(w.name.slice(0, -1));
    if (country === undefined || !w.mentions.every((m) => TRADE_AFTER.test(units.slice(m.end, m.end + 3)))) continue;
    w.mentions = w.mentions.map((m) => ({ ...m, end: m.end - 1 }));
    w.forms.delete(w.name);
    w.forms.add(w.name.slice(0, -1));
    w.name = country;
    w.type = 'Place';
  }
}

/** Suffixes of a division a transliterated name takes (某某斯基区, 某某夫卡村). */
const DIVISION_SUFFIX = new Set([...'区州市县镇村省']);
/** Longest transliterated run looked through after a cut name (扬斯基 of 杰斯尼|扬斯基区). */
const MAX_NAME_RUN = 6;

/**
 * Divisions with transliterated names the tagger read as a person: whole (波克罗夫斯克市), or cut
 * (杰斯尼 of 杰斯尼扬斯基区) — a "person" every mention of which runs on in transliteration
 * characters to a division's suffix is that division, a place named whole.
 */
export function divisionsReadAsPersons(units: string, ws: readonly PersonWorking[], k: Knowledge): void {
  for (const w of ws) {
    if (w.type !== 'Person' || w.mentions.length === 0) continue;
    // Read whole, suffix and all (波克罗夫斯克市).
    if (w.name.length >= 4 && DIVISION_SUFFIX.has(w.name[w.name.length - 1]!) && looksLikeTransliteration(w.name.slice(0, -1))) {
      w.type = 'Place';
      continue;
    }
    const transliterated = looksLikeTransliteration(w.name);
    let whole: string | undefined;
    const ends: number[] = [];
    for (const m of w.mentions) {
      let end = m.end;
      while (end - m.end < MAX_NAME_RUN && TRANSLIT.has(units[end]!)) end++;
      // A name that reads Chinese needs a longer run to be a division's first part (舍甫琴科|夫斯基区).
      const run = end - m.end >= (transliterated ? 1 : 3);
      const name = run && DIVISION_SUFFIX.has(units[end]!) ? units.slice(m.start, end + 1) : undefined;
      if (name === undefined || (whole !== undefined && name !== whole)) {
        whole = undefined;
        break;
      }
      whole = name;
      ends.push(end + 1);
    }
    if (whole === undefined) continue;
    w.mentions = w.mentions.map((m, i) => ({ ...m, end: ends[i]! }));
    w.name = whole;
    w.forms = new Set([whole]);
    w.type = 'Place';
  }
  for (const w of ws) if (w.type === 'Place') extendCutDivision(units, w, ws, k);
}

/**
 * A division whose transliterated name the tagger cut at its start (斯克市 of 库皮扬|斯克市, of
 * 沃夫昌|斯克市 where 沃夫昌 was read as a person): every mention takes the transliteration
 * characters, or the person mention, right before it.
 */
function extendCutDivision(units: string, w: PersonWorking, ws: readonly PersonWorking[], k: Knowledge): void {
  if (w.mentions.length === 0) return;
  let whole: string | undefined;
  const starts: number[] = [];
  const absorbed: [PersonWorking, Mention][] = [];
  for (const m of w.mentions) {
    const surface = units.slice(m.start, m.end);
    if (m.nested === true || !DIVISION_SUFFIX.has(surface[surface.length - 1]!) || !looksLikeTransliteration(surface.slice(0, -1))) return;
    let start = m.start;
    const person = ws.find((o) => o.type === 'Person' && o.mentions.some((p) => p.end === m.start));
    if (person !== undefined) {
      const p = person.mentions.find((x) => x.end === m.start)!;
      absorbed.push([person, p]);
      start = p.start;
    } else while (m.start - start < MAX_NAME_RUN && start > 0 && TRANSLIT.has(units[start - 1]!)) start--;
    // A country's name before the division is its country, not its first characters (乌克兰|苏梅州).
    for (let l = 2; l <= m.start - start; l++) if (k.countries.has(units.slice(m.start - l, m.start))) start = m.start;
    const longer = units.slice(start, m.end);
    if (m.start - start < 2 || (whole !== undefined && longer !== whole)) return;
    whole = longer;
    starts.push(start);
  }
  for (const [person, p] of absorbed) person.mentions = person.mentions.filter((x) => x !== p);
  w.mentions = w.mentions.map((m, i) => ({ ...m, start: starts[i]! }));
  w.forms = new Set([whole!]);
  w.name = whole!;
}

/** Suffixes of a division named after the place it holds (哈尔科夫州 of 哈尔科夫, 某某市). */
const DIVISION_OF_NAME = ['州', '市', '省', '区', '县'];
/** Endings of features of the map that no given name takes (仙某礁, 某某屿, 某某群岛). */
const FEATURE_ENDINGS = ['礁', '屿', '群岛', '半岛', '海峡', '海湾'];
/** Verbs whose object is a place, never a person (前往某地, 视察某地). */
const TO_PLACE = ['前往', '抵达', '飞抵', '飞往', '赶赴', '奔赴', '到访', '视察'];
/** An enumeration's separator. */
const LIST_MARK = '、';

/**
 * Places the tagger read as people (a city of a transliterated name: 哈尔科夫, 苏梅): a "person" the
 * article also writes as a division of that name (哈尔科夫州), that ends as only a feature of the
 * map does (某某礁, 某某屿), or one of whose mentions stands where only a place can (前往某地, or in
 * a list beside a place of the article: 顿涅茨克、某地、扎波罗热).
 * Not a person the alias table knows, nor where the text calls it a person (a title before it,
 * 先生 after it).
 */
export function placesReadAsPersons(units: string, ws: readonly PersonWorking[], k: Knowledge): void {
  let places: Set<string> | undefined; // the article's place forms and mentions, made on the first candidate only
  const spans = new Map<number, number>();
  const ends = new Map<number, number>();
  const others = new Set<number>();
  for (const w of ws) {
    if (
      w.type !== 'Person' ||
      w.mentions.length === 0 ||
      w.name.includes(ANONYMIZED) ||
      knownType(w.name, k) === 'Person' ||
      w.mentions.some((m) => personCue(units, m))
    )
      continue;
    if (places === undefined) {
      places = new Set();
      for (const o of ws) {
        if (o.type !== 'Place') {
          for (const m of o.mentions) others.add(m.start);
          continue;
        }
        places.add(o.name);
        for (const f of o.forms) places.add(f);
        // One-character places (韩 of 韩、孔二人) are too often a person's surname to vouch for a list,
        // and a place inside a name (北京 of 北京某厂的某人) is no item of it.
        for (const m of o.mentions) {
          if (m.end - m.start < 2 || m.nested === true) continue;
          spans.set(m.start, m.end);
          ends.set(m.end, m.start);
        }
      }
    }
    const feature = FEATURE_ENDINGS.some((e) => w.name.endsWith(e) && w.name.length > e.length);
    if (feature || DIVISION_OF_NAME.some((s) => places!.has(w.name + s)) || w.mentions.some((m) => placeSlot(units, m, spans, ends, others))) w.type = 'Place';
  }
}

/** Words after 前往某某 that make it someone's place (前往某某家, 赶赴某某出现的地点). */
const SOMEONES_PLACE = /^(?:的|家|处|那里|身边|住所|寓所|办公室|出现|所在|居住|工作|藏身|住)/u;
/** The character that keeps a person anonymous (周某庆, 王某). */
const ANONYMIZED = '某';
/** Longest item of an enumeration walked through (a name and a word or two). */
const MAX_LIST_ITEM = 8;

/** The mention stands where only a place can: after a verb of going, or in a list that names a place. */
function placeSlot(units: string, m: Mention, places: ReadonlyMap<number, number>, ends: ReadonlyMap<number, number>, others: ReadonlySet<number>): boolean {
  if (m.end - m.start < 2) return false;
  if (TO_PLACE.includes(units.slice(Math.max(0, m.start - 2), m.start))) return !SOMEONES_PLACE.test(units.slice(m.end, m.end + 3));
  return listedWithPlace(units, m, places, ends, others) || listOfPlaces(units, m);
}

/**
 * Another item of the 、-list the mention stands in is a place mention: the whole item, or the end
 * of the first item and the start of the last, which run into the clause with no other name
 * (商讨顿涅茨克、某地、扎波罗热前线局势, not 某人、湖北的某人).
 */
function listedWithPlace(
  units: string,
  m: Mention,
  places: ReadonlyMap<number, number>,
  ends: ReadonlyMap<number, number>,
  others: ReadonlySet<number>,
): boolean {
  // Items after the mention: each starts right after a mark.
  for (let at = m.end; units[at] === LIST_MARK;) {
    const next = itemEnd(units, at, false);
    const end = places.get(at + 1);
    if (end !== undefined && (end === next || (units[next] !== LIST_MARK && !named(others, end, next)))) return true;
    at = next;
  }
  // Items before it: each ends at a mark and starts after the previous mark or a clause's start.
  for (let mark = m.start - 1; units[mark] === LIST_MARK;) {
    let start = mark;
    while (start > 0 && mark - start < MAX_LIST_ITEM && units[start - 1] !== LIST_MARK && !ITEM_END.test(units[start - 1]!)) start--;
    const begin = ends.get(mark);
    if (begin !== undefined && (begin === start || (units[start - 1] !== LIST_MARK && !named(others, start, begin)))) return true;
    mark = start - 1;
  }
  return false;
}

/** Words after a list that make its items places (某地、某地等地, 某地、某地前线). */
const PLACE_LIST_END = /^(?:等地|等城市|等州|等省|等国|等地区|前线|一带|两地|三地|多地)/u;

/** The mention is an item of a 、-list (its last item or not) that the words after it call places. */
function listOfPlaces(units: string, m: Mention): boolean {
  if (units[m.start - 1] !== LIST_MARK && units[m.end] !== LIST_MARK) return false;
  let at = m.end;
  while (units[at] === LIST_MARK) at = itemEnd(units, at, true);
  return PLACE_LIST_END.test(units.slice(at, at + 3));
}

/**
 * Where the 、-list item after the mark at `mark` ends: at the next mark, at clause punctuation,
 * MAX_LIST_ITEM characters on, or (with `closing`) at words that close a list of places (等地).
 */
function itemEnd(units: string, mark: number, closing: boolean): number {
  let next = mark + 1;
  while (
    next < units.length &&
    next - mark <= MAX_LIST_ITEM &&
    units[next] !== LIST_MARK &&
    !ITEM_END.test(units[next]!) &&
    !(closing && PLACE_LIST_END.test(units.slice(next, next + 3)))
  )
    next++;
  return next;
}

/** Some mention of `starts` starts in [from, to). */
function named(starts: ReadonlySet<number>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (starts.has(i)) return true;
  return false;
}

/** Characters no list item spans: clause punctuation. */
const ITEM_END = /[,，。;；:：!！?？\n]/u;

/** A title just before the mention or a word such as 先生 just after it: the text reads a person. */
function personCue(units: string, m: Mention): boolean {
  const before = units.slice(Math.max(0, m.start - 4), m.start);
  const after = units.slice(m.end, m.end + 2);
  return NAME_SUFFIXES.includes(after) || TITLES.some((t) => before.endsWith(t));
}
