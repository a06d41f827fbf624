// Roles from the structures Chinese news states them in, per person mention, in one pass over the
// article's resolved mentions: an apposition (外交部发言人毛宁, 美国国务卿布林肯, 国务委员兼外长王毅,
// 新华社…电 记者李鑫), a title after the name (普京总统) and an explicit statement (X出任Y集团CEO,
// X当选总统). Precision first: the person and the organization are mentions of the article's
// entities, adjacent to the title; every look is bounded (a title's length, a chain of four titles,
// a list of four names), so the pass is linear in the text however long a sentence or list is.
import type { ArticleExtraction } from '../../model.ts';
import { normalizeEachUnit } from '../../parse/normalize.ts';
import { TITLE_MODIFIERS, TITLES } from './titles.ts';

/** A mention of a resolved entity, as the role pass sees it. */
export interface RoleMention {
  start: number;
  end: number;
  entityId: string;
  type: string;
  sentence: number;
}

/** One role as the text states it: person, title as written, organization (or none), evidence span. */
export interface RoleFinding {
  person: string;
  org: string | null;
  /** The title in simplified characters, and as the text writes it. */
  title: string;
  written: string;
  sentence: number;
  start: number;
  end: number;
}

/** Titles chained before one name (中共中央政治局委员、外交部长王毅), at most. */
const MAX_CHAIN = 4;
/** Names one title is shared by (国务院副总理胡春华、孙春兰; 记者 A B), at most. */
const MAX_LIST = 4;
/** How far a dateline's outlet is looked for before a credit's 记者 (新华社柏林电 记者…). */
const MAX_DATELINE = 24;
/** Verbs of an explicit statement; 任 alone only before an organization. */
const STATEMENT_VERBS = ['当选为', '担任', '出任', '兼任', '接任', '升任', '转任', '获任', '卸任', '当选', '任'];
/** Adverbs between the name and the verb (X将出任, X继续担任, X在担任). */
const ADVERBS = ['此后将', '将于', '继续', '正式', '同时', '随后', '已', '将', '曾', '在', '再'];
/** A title followed by one of these is the head of a longer noun (代表团, 委员会, 总统府, 记者会). */
const NOUN_TAILS = new Set([...'会团府处部院厅局室组']);
/** How far before a title the start of the organization's name it begins inside is looked for. */
const MAX_NAME_BEFORE = 16;
/** Generic bodies written before a title in place of a name (该集团, 公司): the role's organization is unknown. */
const GENERIC_BODIES = ['集团', '公司', '政府', '银行', '协会', '委员会', '法院', '医院', '大学'];
/** A part of a named place, written after it (中国大陆, 中国内地). */
const PLACE_PART = /^(?:大陆|内地|本土)$/u;
/** Suffixes a place's name and a title can share (深圳市 + 市委书记 written 深圳市委书记). */
const PLACE_SUFFIXES = new Set([...'省市县区']);
/** A time between the name and the verb (X将于今年9月10日卸任): digits and date words only. */
const TIME_CHARS = new Set([...'0123456789年月日号于今明去本底初中旬']);
const MAX_TIME = 12;
/** Marks that separate the titles of one chain: 、 (each with its own organization) and 兼 (sharing it). */
const LIST_MARK = '、';
/** Kinds of reporter written between an outlet and 记者 (某某日报全媒体记者). */
const REPORTER_KINDS = ['全媒体', '融媒体', '首席', '资深', '见习', '实习', '驻站'];
/**
 * Titles of an office inside an organization that name no body of their own (董事长, 首席执行官,
 * 主席, 党组书记): after the organization's other titles, they are its too. 外交部长 or 国家主席 are not.
 */
const INHERITED_TITLES = new Set(
  '董事长 董事会主席 总裁 首席执行官 执行长 CEO 总经理 执行董事 董事 创始人 创办人 联合创始人 首席运营官 首席财务官 首席技术官 COO CFO CTO 主席 党组书记 书记 秘书长 行长 院长 校长 社长 会长 理事长 总编辑 台长 主任'.split(
    ' ',
  ),
);

function inheritsOrganization(title: string): boolean {
  let t = normalizeEachUnit(title);
  for (const m of TITLE_MODIFIERS) if (t.startsWith(m) && t.length > m.length) t = t.slice(m.length);
  return INHERITED_TITLES.has(t);
}
const BOTH_MARK = '兼';

/** The text's characters, normalized one code unit at a time (traditional → simplified, full-width → half). */
class Chars {
  /** `norm` is the text normalized one code unit at a time (normalizeEachUnit). */
  constructor(private readonly norm: string) {}
  /** The normalized character at i; '' outside the text. */
  at(i: number): string {
    return i >= 0 && i < this.norm.length ? this.norm[i]! : '';
  }
  slice(start: number, end: number): string {
    return start < end ? this.norm.slice(Math.max(0, start), Math.min(this.norm.length, end)) : '';
  }
  /** The word of `words` ending at `end` (not before `floor`), longest first. */
  endingAt(end: number, floor: number, words: WordList): string | undefined {
    // A word ending at `end` ends with the unit before it: most offsets are refused by one lookup.
    if (end - 1 >= 0 && end - 1 < this.norm.length && !words.lasts.has(this.norm.charCodeAt(end - 1))) return undefined;
    let best: string | undefined;
    let s = '';
    for (let len = 1; len <= words.max && end - len >= floor; len++) {
      s = this.at(end - len) + s;
      if (words.has(s)) best = s;
    }
    return best;
  }
  /** The word of `words` starting at `start` (not past `ceiling`), longest first. */
  startingAt(start: number, ceiling: number, words: WordList): string | undefined {
    if (start >= 0 && start < this.norm.length && !words.firsts.has(this.norm.charCodeAt(start))) return undefined;
    let best: string | undefined;
    let s = '';
    for (let len = 1; len <= words.max && start + len <= ceiling; len++) {
      s += this.at(start + len - 1);
      if (words.has(s)) best = s;
    }
    return best;
  }
}

/**
 * Words the role pass looks for at an offset, with their longest length and the code units they
 * start and end with: most offsets it asks about start or end none, which one lookup tells, where
 * trying every length built a string per length.
 */
class WordList {
  readonly max: number;
  readonly firsts = new Set<number>();
  readonly lasts = new Set<number>();
  private readonly words: ReadonlySet<string>;
  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    let max = 0;
    for (const w of this.words) {
      max = Math.max(max, w.length);
      this.firsts.add(w.charCodeAt(0));
      this.lasts.add(w.charCodeAt(w.length - 1));
    }
    this.max = max;
  }
  has(s: string): boolean {
    return this.words.has(s);
  }
}

const TITLE_WORDS = new WordList(TITLES);
const MODIFIER_WORDS = new WordList(TITLE_MODIFIERS);
const VERB_WORDS = new WordList(STATEMENT_VERBS);
const ADVERB_WORDS = new WordList(ADVERBS);
const isSpace = (c: string): boolean => c === ' ' || c === '\u3000' || c === '\t';
const isHan = (c: string): boolean => /\p{Script=Han}/u.test(c);

/** The mentions of an article that the pass reads, indexed by where they start and end. */
class MentionIndex {
  readonly byStart = new Map<number, RoleMention>();
  readonly byEnd = new Map<number, RoleMention>();
  /** People's names by where they end (byEnd prefers an organization ending at the same place). */
  private readonly byEndAny = new Map<number, RoleMention>();
  private readonly nestedPlaceEnd = new Map<number, RoleMention>();
  constructor(
    readonly mentions: readonly RoleMention[],
    nestedPlaces: readonly RoleMention[] = [],
  ) {
    for (const m of nestedPlaces) this.nestedPlaceEnd.set(m.end, m);
    for (const m of mentions) {
      this.byStart.set(m.start, m);
      const prev = this.byEnd.get(m.end);
      if (prev === undefined || prev.type === 'Person') this.byEnd.set(m.end, m);
      if (m.type === 'Person') this.byEndAny.set(m.end, m);
    }
  }
  /**
   * The organization or place a title starting at `start` belongs to: a mention ending there; else a
   * place named inside an organization's name that ends there (洪都拉斯 of 洪都拉斯外交部|长 read as
   * 洪都拉斯|外交部长); else a place whose suffix the title begins with (深圳市|委书记 → 深圳, 市委书记).
   */
  orgBefore(start: number, title: string): RoleMention | undefined {
    const direct = this.orgEndingAt(start);
    if (direct !== undefined) {
      // 中国大陆国家主席: the part of a named place (大陆, 内地) stands for the place before it.
      const outer = PLACE_PART.test(direct.entityId.slice(direct.entityId.indexOf(':') + 1)) ? this.byEnd.get(direct.start) : undefined;
      return outer !== undefined && outer.type === 'Place' ? outer : direct;
    }
    const nested = this.nestedPlaceEnd.get(start);
    if (nested !== undefined) return nested;
    const place = this.byEnd.get(start + 1);
    return place !== undefined && place.type === 'Place' && place.start < start && PLACE_SUFFIXES.has(title[0] ?? '') ? place : undefined;
  }
  /**
   * A title that begins inside an organization's name (深圳市委|书记 read as 深圳 + 市委书记,
   * 中国外交部|长 as 中国 + 外交部长): the organization is the part before the title when that part
   * names an entity of the article.
   */
  orgInside(start: number, names: ReadonlyMap<string, string>, ch: Chars): RoleMention | undefined {
    let m: RoleMention | undefined;
    for (let k = start - 1; k >= 0 && start - k <= MAX_NAME_BEFORE && m === undefined; k--) m = this.byStart.get(k);
    if (m === undefined || m.type === 'Person' || m.end <= start) return undefined;
    const id = names.get(ch.slice(m.start, start));
    return id === undefined ? undefined : { ...m, end: start, entityId: id };
  }
  /** A person's name starts or ends strictly inside [start, end) (names never overlap, so one reaching across would). */
  crossesPerson(start: number, end: number): boolean {
    for (let i = start; i < end; i++) {
      const s = this.byStart.get(i);
      if (s !== undefined && s.type === 'Person') return true;
      const e = i > start ? this.byEndAny.get(i) : undefined;
      if (e !== undefined && e.type === 'Person') return true;
    }
    return false;
  }
  /** An organization or place ending at `end`. */
  orgEndingAt(end: number): RoleMention | undefined {
    const m = this.byEnd.get(end);
    return m !== undefined && m.type !== 'Person' ? m : undefined;
  }
  orgStartingAt(start: number): RoleMention | undefined {
    const m = this.byStart.get(start);
    return m !== undefined && m.type !== 'Person' ? m : undefined;
  }
}

/** Titles that are also verbs (代表 = to represent, to mean). */
const VERB_TITLES = new Set(['代表']);
/** Adverbs that put a verb after them (不, 并, 也, 都 …), never a title's modifier. */
const ADVERBS_BEFORE_VERB = new Set([...'不并也都还可能会将要已曾没就却']);

interface TitleAt {
  start: number;
  end: number;
  title: string;
}

/** A title (with its modifiers and a 驻 + place) ending at `end`. */
function titleEndingAt(ch: Chars, ix: MentionIndex, end: number, floor: number): TitleAt | undefined {
  const base = ch.endingAt(end, floor, TITLE_WORDS);
  if (base === undefined) return undefined;
  let start = end - base.length;
  if (ix.crossesPerson(start, end)) return undefined;
  // 并不代表某某: a title that is also a verb, after an adverb, is the verb.
  if (VERB_TITLES.has(base) && start > floor && ADVERBS_BEFORE_VERB.has(ch.at(start - 1))) return undefined;
  for (;;) {
    const before = ix.orgEndingAt(start);
    if (before !== undefined && before.type === 'Place' && before.start - 1 >= floor && ch.at(before.start - 1) === '驻') {
      start = before.start - 1; // 驻俄罗斯大使: the post's place is part of the title
      continue;
    }
    // An organization's last character is not a modifier (宁德时代|董事长, not 宁德时|代董事长).
    if (before !== undefined) break;
    const mod = ch.endingAt(start, floor, MODIFIER_WORDS);
    if (mod === undefined) break;
    start -= mod.length;
  }
  return { start, end, title: ch.slice(start, end) };
}

/** A title (with its modifiers) starting at `start`, not the head of a longer noun. */
function titleStartingAt(ch: Chars, ix: MentionIndex, start: number, ceiling: number): TitleAt | undefined {
  let from = start;
  for (let mod = ch.startingAt(from, ceiling, MODIFIER_WORDS); mod !== undefined; mod = ch.startingAt(from, ceiling, MODIFIER_WORDS)) from += mod.length;
  const base = ch.startingAt(from, ceiling, TITLE_WORDS);
  if (base === undefined) return undefined;
  const end = from + base.length;
  if (end < ceiling && NOUN_TAILS.has(ch.at(end))) return undefined;
  if (ix.crossesPerson(start, end)) return undefined;
  return { start, end, title: ch.slice(start, end) };
}

interface Held {
  /** Simplified; `at` is where it is written. */
  title: string;
  at: number;
  org: RoleMention | undefined;
  start: number;
}

/**
 * The titles written before a name, right to left: groups separated by 、, titles in a group
 * joined by 兼 sharing the organization written before the group.
 */
function appositionBefore(ch: Chars, ix: MentionIndex, names: ReadonlyMap<string, string>, personStart: number, floor: number): Held[] {
  let pos = personStart;
  while (pos > floor && isSpace(ch.at(pos - 1))) pos--;
  // 首席执行官(CEO)张勇: a short bracket between title and name.
  if (pos > floor && ch.at(pos - 1) === ')') {
    let k = pos - 2;
    while (k >= floor && pos - k <= 12 && ch.at(k) !== '(' && !isHan(ch.at(k))) k--;
    if (k >= floor && ch.at(k) === '(') pos = k;
  }
  const out: Held[] = [];
  let group: Held[] = [];
  while (out.length + group.length < MAX_CHAIN) {
    const t = titleEndingAt(ch, ix, pos, floor);
    if (t === undefined) break;
    group.push({ title: t.title, at: t.start, org: undefined, start: t.start });
    pos = t.start;
    if (pos > floor && ch.at(pos - 1) === BOTH_MARK) {
      pos--;
      continue;
    }
    let org = ix.orgBefore(pos, group[group.length - 1]!.title) ?? ix.orgInside(pos, names, ch);
    // 辉达(NVIDIA)执行长: the organization's name in another script between it and the title.
    if (org === undefined && pos > floor && ch.at(pos - 1) === ')') {
      let k = pos - 2;
      while (k >= floor && pos - k <= 24 && ch.at(k) !== '(' && !isHan(ch.at(k))) k--;
      if (k >= floor && ch.at(k) === '(') org = ix.orgEndingAt(k);
    }
    for (const h of group) h.org = org;
    if (org !== undefined) {
      for (const h of group) h.start = org.start;
      pos = org.start;
      // A place scopes the whole list after it (广州市人大代表、代市长 → both of 广州); an
      // organization only its own titles (中共中央政治局委员、外交部长: 外交部长 of none).
      if (org.type === 'Place') {
        for (const h of out) if (h.org === undefined) h.org = org;
      } else if (out.every((h) => h.org === undefined && inheritsOrganization(h.title))) {
        // An organization scopes the titles after it that hold no body of their own when nothing
        // between names another (某公司创办人、董事长兼首席执行官 → all three of 某公司).
        for (const h of out) {
          h.org = org;
          h.start = org.start;
        }
      }
    } else if (GENERIC_BODIES.some((b) => ch.slice(pos - b.length, pos) === b && pos - b.length >= floor)) {
      return []; // 集团执行副主席X: an organization is meant but not named, so the role is not known
    }
    out.push(...group);
    group = [];
    if (pos > floor && ch.at(pos - 1) === LIST_MARK) pos--;
    else break;
  }
  out.push(...group);
  return out;
}

/** The outlet of a reporter's credit: 聯合報/ 記者X, or a dateline's (新华社柏林电 记者X). */
function creditOutlet(ch: Chars, ix: MentionIndex, titleStart: number): RoleMention | undefined {
  let pos = titleStart;
  const floor = Math.max(0, titleStart - MAX_DATELINE);
  while (pos > floor && (isSpace(ch.at(pos - 1)) || ch.at(pos - 1) === '(' || ch.at(pos - 1) === '/')) pos--;
  // 某某日报全媒体记者, 某报首席记者: the kind of reporter between the outlet and the word.
  const kind = REPORTER_KINDS.find((k) => pos - k.length >= floor && normalizeEachUnit(ch.slice(pos - k.length, pos)) === k);
  if (kind !== undefined) pos -= kind.length;
  const direct = ix.orgEndingAt(pos);
  if (direct !== undefined) return direct.type === 'Organization' ? direct : undefined;
  if (pos <= floor || ch.at(pos - 1) !== '电') return undefined;
  pos--;
  while (pos > floor && /[0-9年月日\s]/.test(ch.at(pos - 1))) pos--;
  // The dateline's places (新华社美国海湖庄园4月6日电, 中新社 布鲁塞尔7月22日电): the outlet is before them.
  for (let k = 0; k < 2; k++) {
    const city = ix.orgEndingAt(pos);
    if (city === undefined || city.type !== 'Place') break;
    pos = city.start;
    while (pos > floor && isSpace(ch.at(pos - 1))) pos--;
  }
  const outlet = ix.orgEndingAt(pos);
  return outlet !== undefined && outlet.type === 'Organization' ? outlet : undefined;
}

/** An explicit statement after a name: (adverbs) verb (为) (organization) title (兼 title)…. */
function statementAfter(ch: Chars, ix: MentionIndex, personEnd: number, ceiling: number): Held[] {
  let pos = personEnd;
  for (let k = 0; k < 3; k++) {
    const adv = ch.startingAt(pos, ceiling, ADVERB_WORDS);
    if (adv === undefined) break;
    pos += adv.length;
  }
  let time = pos;
  while (time < ceiling && time - pos < MAX_TIME && TIME_CHARS.has(ch.at(time))) time++;
  if (time > pos && ch.at(time - 1) !== '于' && /[年月日号底初中旬]/.test(ch.at(time - 1))) pos = time;
  const verb = ch.startingAt(pos, ceiling, VERB_WORDS);
  if (verb === undefined) return [];
  pos += verb.length;
  if (pos < ceiling && ch.at(pos) === '为') pos++;
  const org = ix.orgStartingAt(pos);
  if (org === undefined && verb === '任') return [];
  if (org !== undefined) pos = org.end;
  const out: Held[] = [];
  while (out.length < MAX_CHAIN) {
    const t = titleStartingAt(ch, ix, pos, ceiling);
    if (t === undefined) break;
    out.push({ title: t.title, at: t.start, org, start: t.start });
    pos = t.end;
    if (pos < ceiling && ch.at(pos) === BOTH_MARK) pos++;
    else break;
  }
  return out;
}

/** The finding of person mention `m` holding `h` (a module function: under tsx a named closure per mention cost a __name call each). */
function roleFinding(text: string, m: RoleMention, h: Held): RoleFinding {
  return {
    person: m.entityId,
    org: h.org?.entityId ?? null,
    title: h.title,
    written: text.slice(h.at, h.at + h.title.length),
    sentence: m.sentence,
    start: Math.min(h.start, m.start),
    end: m.end,
  };
}

/**
 * Every role the article's text states, in text order, one finding per statement (see the banner);
 * `units` is the text normalized one code unit at a time, passed by a caller that has it already.
 */
export function findRoles(
  x: Pick<ArticleExtraction, 'text' | 'sentences'>,
  mentions: readonly RoleMention[],
  nestedPlaces: readonly RoleMention[] = [],
  names: ReadonlyMap<string, string> = new Map(),
  units = normalizeEachUnit(x.text),
): RoleFinding[] {
  const ch = new Chars(units);
  const ix = new MentionIndex(mentions, nestedPlaces);
  const out: RoleFinding[] = [];
  let prev: { mention: RoleMention; shared: Held[]; run: number; tooLong: boolean } | undefined;
  let pending: RoleFinding[] = [];
  for (const m of mentions) {
    if (m.type !== 'Person' || m.end - m.start < 2 || TITLES.has(ch.slice(m.start, m.end))) continue;
    const sentence = x.sentences[m.sentence];
    const floor = sentence?.start ?? 0;
    const ceiling = sentence?.end ?? x.text.length;
    const held = appositionBefore(ch, ix, names, m.start, floor).filter((h) => h.org?.entityId !== m.entityId);
    for (const h of held) if (h.org === undefined && (h.title === '记者' || h.title === '特约记者')) h.org = creditOutlet(ch, ix, h.start);
    // Officials of one country listed: 韩国国会议长X、国务总理Y → Y's title of 韩国 too.
    if (
      held.some((h) => h.org === undefined) &&
      prev !== undefined &&
      prev.mention.sentence === m.sentence &&
      held[held.length - 1]!.start > prev.mention.end
    ) {
      const place = prev.shared.find((h) => h.org?.type === 'Place')?.org;
      const lead = held[held.length - 1]!.start;
      if (place !== undefined && lead === prev.mention.end + 1 && ch.at(prev.mention.end) === LIST_MARK) for (const h of held) h.org ??= place;
    }
    // A list sharing one title: 副总理胡春华、孙春兰; 记者 A B; 记者A B written without a space. The
    // later names' roles wait until the list ends: a list longer than MAX_LIST gives them none.
    let listed = false;
    if (held.length === 0 && prev !== undefined && prev.mention.sentence === m.sentence && prev.shared.length > 0) {
      let k = m.start;
      while (k > prev.mention.end && (isSpace(ch.at(k - 1)) || ch.at(k - 1) === LIST_MARK)) k--;
      listed = k === prev.mention.end;
    }
    if (listed) {
      const run = prev!.run + 1;
      const tooLong = prev!.tooLong || run > MAX_LIST;
      if (tooLong) pending = [];
      else for (const h of prev!.shared) pending.push(roleFinding(x.text, m, h));
      prev = { mention: m, shared: prev!.shared, run, tooLong };
    } else {
      out.push(...pending);
      pending = [];
      for (const h of held) out.push(roleFinding(x.text, m, h));
      prev = { mention: m, shared: held, run: 1, tooLong: false };
    }
    const after = titleStartingAt(ch, ix, m.end, ceiling);
    if (after !== undefined && after.start === m.end)
      out.push({
        person: m.entityId,
        org: null,
        title: after.title,
        written: x.text.slice(after.start, after.end),
        sentence: m.sentence,
        start: m.start,
        end: after.end,
      });
    for (const h of statementAfter(ch, ix, m.end, ceiling)) {
      const end = h.start + h.title.length;
      out.push({
        person: m.entityId,
        org: h.org?.entityId ?? null,
        title: h.title,
        written: x.text.slice(h.at, end),
        sentence: m.sentence,
        start: m.start,
        end,
      });
    }
  }
  out.push(...pending);
  return out;
}
