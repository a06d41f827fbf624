// Entity resolution: one canonical entity per real thing in an article, every surface form an
// alias. Pure: it takes an article's extraction (and, at ingest, what the store already knows)
// and gives the same extraction with its entities resolved, their ids, the events' participants,
// the authors and the co-mentions following. Steps: canonical forms from knowledge (forms.ts);
// one-character names and compounds (compounds.ts); names that are one thing — the same name under
// two types, a name another lists as its alias, full and short forms (links.ts); then per set one
// type from all its evidence, one canonical name, one id; last, the store's entities by any alias.
import { coMentions, type SentenceMention } from '../extract/co-mentions.ts';
import { entityId, mentionAt } from '../extract/identity.ts';
import { COMPOUND_SURNAMES, SURNAMES, looksLikeTransliteration } from '../extract/rules/name-shapes.ts';
import { ORG_SUFFIXES } from '../extract/rules/organization-rules.ts';
import { STOP_CHARS } from '../extract/rules/person-rules.ts';
import { attachConfidence } from '../extract/confidence.ts';
import { extractRelations } from '../extract/roles/index.ts';
import type { ArticleExtraction, EntityType, ExtractedEntity, Mention } from '../model.ts';
import { ENTITY_TYPES } from '../model.ts';
import { normalizeEachUnit } from '../parse/normalize.ts';
import { allAbbreviations, compoundAround, fullNameOf, gluedIntoWord, isKnownName, personInSubjectSlot, readCompound, startsNameWord } from './compounds.ts';
import { canonicalForm, knownType, listedOrganization, placeStem } from './forms.ts';
import { trimGluedOrganizations } from './org-spans.ts';
import { knowledgeFor, type Knowledge } from './knowledge.ts';
import { shortFormLinks } from './links.ts';
import {
  countriesBeforeTrades,
  countriesReadAsPersons,
  divisionsReadAsPersons,
  extendCutPersons,
  extendMarriedNames,
  extendVerbEndedNames,
  placesReadAsPersons,
  trimGluedPersons,
} from './person-spans.ts';
import { Union } from './union.ts';

/** An entity the store already holds, found by one of its names or aliases. */
export interface KnownEntity {
  id: string;
  name: string;
  type: EntityType;
}

export interface ResolveOptions {
  /** Defaults to the knowledge of the bundled dictionaries. */
  knowledge?: Knowledge;
  /**
   * Normalized name or alias → the stored entities that have it, at most one per type
   * (ingest/resolve/known.ts builds it). A set takes the id of the one of its own type: entities of
   * different types never become one.
   */
  known?: ReadonlyMap<string, readonly KnownEntity[]>;
}

interface Working {
  name: string;
  type: EntityType;
  forms: Set<string>;
  nameEn: string | undefined;
  mentions: Mention[];
  /** Ids of the extracted entities folded in. */
  from: string[];
  /** Had mentions when extracted (a byline author has none and is kept as it is). */
  mentioned: boolean;
}

const HAN = /\p{Script=Han}/u;
const TIE_ORDER: readonly EntityType[] = ['Organization', 'Place', 'Person'];

/**
 * [start, end) of the article's text normalized one code unit at a time (`units`, made once per
 * article: normalizing each slice again cost a string per look), '' outside the text.
 */
function normalizedSlice(units: string, start: number, end: number): string {
  return start < end ? units.slice(Math.max(0, start), Math.min(units.length, end)) : '';
}

/**
 * The working entity named `name` of `type`, added to `ws` when there is none (a module function:
 * under tsx a named closure per article cost a __name call each).
 */
function target(ws: Working[], byName: Map<string, Working>, name: string, type: EntityType): Working {
  const key = `${type}\u0000${name}`;
  let w = byName.get(key);
  if (w === undefined) {
    w = { name, type, forms: new Set(), nameEn: undefined, mentions: [], from: [], mentioned: true };
    byName.set(key, w);
    ws.push(w);
  }
  return w;
}

/** The working entities by type and name (as target() keys them); the last of a repeated key wins, as new Map(entries) keeps it. */
function workingByName(ws: readonly Working[]): Map<string, Working> {
  const byName = new Map<string, Working>();
  for (const w of ws) byName.set(`${w.type}\u0000${w.name}`, w);
  return byName;
}

/** Moves one-character mentions to the entities they stand for, or drops them (compounds.ts). */
/**
 * A compound run without the characters a longer name of the article holds where it reaches into
 * the run (采访中|马西卡: 马 and 西 begin a person's name, no Malaysia or Spain); or the name that
 * holds the mention [at, atEnd) itself, and where it starts.
 */
function outsideNames(
  window: string,
  run: { start: number; end: number },
  at: number,
  atEnd: number,
  names: ReadonlyMap<string, EntityType>,
): { start: number; end: number } | { start: number; name: string } {
  let { start, end } = run;
  for (const name of names.keys()) {
    if (name.length <= atEnd - at) continue;
    for (let i = window.indexOf(name); i >= 0; i = window.indexOf(name, i + 1)) {
      const after = i + name.length;
      if (i <= at && after >= atEnd) return { start: i, name };
      if (i >= atEnd && i < end) end = i;
      else if (after <= at && after > start) start = after;
    }
  }
  return { start, end };
}

/**
 * The tagger read the entity as a person with a full name (three characters or more): a name such as
 * 欧巴马 whose characters also abbreviate places (欧, 巴, 马) is that person, not a compound.
 */
function personName(w: Working): boolean {
  return w.type === 'Person' && w.name.length >= 3;
}

/**
 * A figure after a list item and the mark before the next item (某某21%、, 某某 45.4%、): what a
 * list of people with their votes, shares or points writes between names.
 */
const FIGURE_THEN_NEXT = /^ ?[0-9]+(?:\.[0-9]+)?(?:%|票|分|岁|秒)?、 ?/u;
/** The next item: a run of two to four Han characters, then its figure. */
const NEXT_ITEM = /^(\p{Script=Han}{2,4}) ?[0-9]/u;
/** The persons a list must hold already for its other items of a name’s shape to be persons too. */
const MIN_LISTED_PERSONS = 2;

/**
 * A Chinese name's shape: a surname (one character or a compound one) and one to three more. Wider
 * than name-shapes' looksLikeChineseName, which stops at three characters after a single surname:
 * a list's items include married names of four (surname, husband's surname, then two: 某李某某).
 */
function chineseNameShape(s: string): boolean {
  return (SURNAMES.has(s[0]!) && s.length <= 4) || COMPOUND_SURNAMES.some((c) => s.startsWith(c) && s.length > c.length);
}

/**
 * The items of a list of people with their figures (某甲21%、某乙22.7%、某丙46.6%) that the tagger
 * missed or read as something else, a name's last character as a province (某某吉 → 吉林): where at
 * least two items are persons of the article, an item of a Chinese name's shape that no longer
 * name covers is a person too, and a one-character reading inside it goes.
 */
function personsListedWithFigures(units: string, ws: Working[], k: Knowledge): void {
  const persons = ws.filter((w) => w.type === 'Person').flatMap((w) => w.mentions.filter((m) => m.nested !== true));
  if (persons.length < MIN_LISTED_PERSONS) return;
  const personAt = new Set(persons.map((m) => `${m.start}:${m.end}`));
  const seen = new Set<number>();
  let byName: Map<string, Working> | undefined;
  for (const first of persons) {
    if (seen.has(first.start)) continue;
    // Walk the list from this person: each item, its figure, the mark, the next item.
    const items: [number, number][] = [[first.start, first.end]];
    for (let end = first.end; ;) {
      const figure = FIGURE_THEN_NEXT.exec(units.slice(end, end + 14));
      if (figure === null) break;
      const next = NEXT_ITEM.exec(units.slice(end + figure[0].length, end + figure[0].length + 6));
      if (next === null) break;
      const start = end + figure[0].length;
      end = start + next[1]!.length;
      items.push([start, end]);
    }
    for (const [a] of items) seen.add(a);
    if (items.length < 3 || items.filter(([a, b]) => personAt.has(`${a}:${b}`)).length < MIN_LISTED_PERSONS) continue;
    for (const [a, b] of items) {
      if (personAt.has(`${a}:${b}`)) continue;
      const name = units.slice(a, b);
      if (!chineseNameShape(name) || isKnownName(name, k)) continue;
      const covering = (m: Mention) => m.nested !== true && m.start < b && a < m.end;
      if (ws.some((w) => w.mentions.some((m) => covering(m) && (w.type === 'Person' || m.end - m.start > 1)))) continue;
      for (const w of ws) if (w.mentions.some(covering)) w.mentions = w.mentions.filter((m) => !covering(m));
      target(ws, (byName ??= workingByName(ws)), canonicalForm(name, 'Person', k), 'Person').mentions.push(mentionAt(a, b, first.sentence));
    }
  }
}

/** `short` is `long` with characters left out, in order, keeping its first and last (公民监督国会联盟 → 公督盟). */
function abbreviates(short: string, long: string): boolean {
  if (long.length <= short.length + 1 || long[0] !== short[0] || long[long.length - 1] !== short[short.length - 1]) return false;
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * An organization's abbreviation the tagger read as a person (公督盟 for 公民监督国会联盟, named in the
 * article): a person whose name keeps the first and last characters of one organization of the
 * article and leaves others out in order is that organization; its mentions go to it.
 */
function abbreviationsReadAsPersons(ws: readonly Working[]): void {
  const orgs = ws.filter((w) => w.type === 'Organization' && w.mentions.length > 0);
  if (orgs.length === 0) return;
  for (const w of ws) {
    if (w.type !== 'Person' || w.mentions.length === 0 || w.name.length < 2 || w.name.length > 4 || !HAN.test(w.name)) continue;
    const longs = orgs.filter((o) => abbreviates(w.name, o.name));
    if (longs.length !== 1) continue;
    longs[0]!.mentions.push(...w.mentions);
    longs[0]!.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    longs[0]!.forms.add(w.name);
    w.mentions = [];
  }
}

/** What ends a number before a one-character mention (19日, (19)日). */
const AFTER_NUMBER = /[0-9０-９〇一二三四五六七八九十][)）]?$/u;

function resolveCharacters(units: string, ws: Working[], k: Knowledge): void {
  const names = new Map<string, EntityType>();
  // Names the article gives in full: not a compound itself (俄乌), nor one-character. A person's
  // name of three characters is a name whatever its characters abbreviate (欧巴马 is no 欧+巴+马).
  for (const w of ws) if (w.name.length >= 2 && (!allAbbreviations(w.name) || personName(w)) && !names.has(w.name)) names.set(w.name, w.type);
  let byName: Map<string, Working> | undefined; // made when a mention first moves (most articles: never)
  const done = new Set<number>(); // starts of characters already given to a compound's entities
  const moves: [Working, Mention, string][] = [];
  for (const w of [...ws]) {
    const kept: Mention[] = [];
    for (const m of w.mentions) {
      // Most mentions are longer than a compound and most entities' names are longer than one
      // character: those are kept without looking at their text.
      if (m.end - m.start > 4 && w.name.length > 1) {
        kept.push(m);
        continue;
      }
      const surface = normalizedSlice(units, m.start, m.end);
      // 今(19)日, 第3日: a character after a number is its unit, a day or a count, no place.
      if (surface.length === 1 && AFTER_NUMBER.test(units.slice(Math.max(0, m.start - 2), m.start))) continue;
      // 参加, 青年: a place character inside a word of another kind stands for nothing.
      if (w.type === 'Place' && surface.length === 1 && gluedIntoWord(normalizedSlice(units, Math.max(0, m.start - 3), m.end + 3), Math.min(m.start, 3)))
        continue;
      const fragment =
        m.nested !== true &&
        surface.length <= 4 &&
        allAbbreviations(surface) &&
        !names.has(surface) &&
        !(surface.length > 1 && isKnownName(surface, k)) &&
        !(personName(w) && surface.length >= 3);
      if (!fragment && w.name.length > 1) {
        kept.push(m);
        continue;
      }
      if (fragment) {
        // The compound lies within four characters of the mention: only that window is read.
        const from = Math.max(0, m.start - 5);
        const window = normalizedSlice(units, from, Math.min(units.length, m.end + 5));
        const around = compoundAround(window, m.start - from, m.end - from, k);
        const local = outsideNames(window, around, m.start - from, m.end - from, names);
        if ('name' in local) {
          // The character begins or continues a name of the article (马 of 马西卡): a mention of that name.
          const start = local.start + from;
          const type = names.get(local.name)!;
          const t = target(ws, (byName ??= workingByName(ws)), local.name, type);
          if (!t.mentions.some((x) => x.start < start + local.name.length && start < x.end))
            moves.push([t, mentionAt(start, start + local.name.length, m.sentence), local.name]);
          continue;
        }
        // What is left of a compound whose other characters are a name's (中 before 马西卡): no place.
        if (local.end - local.start < 2 && around.end - around.start >= 2) continue;
        const run = { start: local.start + from, end: local.end + from };
        const readings = run.end - run.start >= 2 ? readCompound(window.slice(local.start, local.end), names, k) : undefined;
        if (readings !== undefined) {
          readings.forEach((full, j) => {
            const start = run.start + j;
            if (done.has(start)) return;
            done.add(start);
            moves.push([
              target(ws, (byName ??= workingByName(ws)), canonicalForm(full, 'Place', k), 'Place'),
              mentionAt(start, start + 1, m.sentence),
              window[start - from]!,
            ]);
          });
          continue;
        }
      }
      // 英|才学校: a country's lone character that starts a word jieba reads as a name, where the
      // article never writes the country out, is that name's.
      if (
        w.type === 'Place' &&
        surface.length === 1 &&
        w.mentions.every((o) => o.end - o.start === 1) &&
        !ws.some((o) => o.name === w.name && o.mentions.some((x) => x.end - x.start > 1))
      ) {
        const from = Math.max(0, m.start - 3);
        if (startsNameWord(normalizedSlice(units, from, m.end + 3), m.start - from)) continue;
      }
      if (w.name.length > 1) {
        // 希望韩能够… where the article names 韩国瑜 and never writes 韩国 out: the person, not the country.
        const person =
          w.type === 'Place' && surface.length === 1 && w.mentions.every((o) => o.end - o.start === 1)
            ? personInSubjectSlot(units, m.start, surface, names, k)
            : undefined;
        if (person !== undefined) moves.push([target(ws, (byName ??= workingByName(ws)), person, 'Person'), m, surface]);
        else kept.push(m); // a rule already named the entity (访华 → 中国)
        continue;
      }
      const full = surface.length === 1 ? fullNameOf(surface, w.type, names, k) : undefined;
      if (full !== undefined) {
        moves.push([target(ws, (byName ??= workingByName(ws)), full, names.get(full) ?? 'Place'), m, surface]);
      }
    }
    w.mentions = kept;
  }
  // Moved after the scan: a mention may move to the entity it came from (港 of 港澳 → 香港, again).
  for (const [t, m, form] of moves) {
    // The entity may hold the same character already (an alias's match of 韩 and the tagger's 韩).
    if (!t.mentions.some((x) => x.start === m.start && x.end === m.end)) t.mentions.push(m);
    if (form !== t.name) t.forms.add(form);
  }
}

/** Words after 中非 that make it China and Africa (中非合作论坛, 中非关系), not the Central African Republic. */
const CHINA_AFRICA_AFTER = /^(?:合作|论坛|关系|友好|峰会|经贸|贸易|命运|友谊|双方)/u;

/**
 * 中非 before a word of relations between two parties is a compound of 中国 and 非洲 (as 中美 is of
 * two countries), although knowledge also holds it as the short name of the Central African
 * Republic: each character becomes a mention of its entity.
 */
function readChinaAfrica(units: string, ws: Working[], k: Knowledge): void {
  let byName: Map<string, Working> | undefined; // made at the first 中非 read as two (rare)
  const moves: [Working, Mention][] = [];
  for (const w of ws) {
    if (w.type !== 'Place') continue;
    const kept = w.mentions.filter((m) => {
      if (m.end - m.start !== 2 || normalizedSlice(units, m.start, m.end) !== '中非') return true;
      if (!CHINA_AFRICA_AFTER.test(normalizedSlice(units, m.end, m.end + 2))) return true;
      moves.push([target(ws, (byName ??= workingByName(ws)), canonicalForm('中国', 'Place', k), 'Place'), mentionAt(m.start, m.start + 1, m.sentence)]);
      moves.push([target(ws, (byName ??= workingByName(ws)), canonicalForm('非洲', 'Place', k), 'Place'), mentionAt(m.start + 1, m.end, m.sentence)]);
      return false;
    });
    if (kept.length < w.mentions.length) w.mentions = kept;
  }
  for (const [t, m] of moves) if (!t.mentions.some((o) => o.start === m.start && o.end === m.end)) t.mentions.push(m);
}

/**
 * The person whose name the text writes whole around a mention, and the span of that name: a
 * mention the tagger cut short or split (韦斯特 and 韦勒 of 韦斯特韦勒 where the article names 韦斯特韦勒
 * elsewhere) or glued to a function character (某某则, 某某称 where the article names 某某). Names
 * are the surfaces of the other persons' mentions of three characters or more (two for a glued one).
 */
function wholePerson(
  units: string,
  m: Mention,
  surface: string,
  whole: ReadonlyMap<string, Working>,
  self: Working,
): { owner: Working; start: number; end: number } | undefined {
  if (surface.length >= 3 && STOP_CHARS.has(surface[surface.length - 1]!)) {
    const owner = whole.get(surface.slice(0, -1));
    if (owner !== undefined && owner !== self) return { owner, start: m.start, end: m.end - 1 };
  }
  for (const [full, owner] of whole) {
    if (owner === self || full.length <= surface.length || full.length < 3) continue;
    for (let at = full.indexOf(surface); at >= 0; at = full.indexOf(surface, at + 1)) {
      const start = m.start - at;
      // The characters the mention lacks are part of the name, never a function character.
      const added = full.slice(0, at) + full.slice(at + surface.length);
      if (start < 0 || [...added].some((c) => STOP_CHARS.has(c))) continue;
      if (normalizedSlice(units, start, start + full.length) === full) return { owner, start, end: start + full.length };
    }
  }
  return undefined;
}

/**
 * Words that describe a country, team or body and that the tagger glues to its name (友邦某国, 卫冕军
 * 某某大学, 东道主某队): not part of the name.
 */
const DESCRIPTOR = /^(?:友邦|邦交国|盟国|盟友|邻国|卫冕军|卫冕冠军|东道主)/u;

/**
 * An organization or place whose name starts with a DESCRIPTOR and goes on with a name knowledge or
 * the article knows: named by the rest, its mentions cut to it.
 */
function dropDescriptors(units: string, ws: readonly Working[], k: Knowledge): void {
  for (const w of ws) {
    if (w.type === 'Person') continue;
    const d = DESCRIPTOR.exec(w.name)?.[0];
    if (d === undefined) continue;
    const rest = w.name.slice(d.length);
    if (rest.length < 2 || (knownType(rest, k) === undefined && !ws.some((o) => o !== w && o.name === rest))) continue;
    for (const f of [...w.forms]) if (f.startsWith(d)) w.forms.delete(f);
    w.forms.add(rest);
    w.name = canonicalForm(rest, knownType(rest, k) ?? w.type, k);
    w.type = knownType(rest, k) ?? w.type;
    w.mentions = w.mentions.map((m) =>
      m.end - m.start > d.length && DESCRIPTOR.test(normalizedSlice(units, m.start, m.start + d.length)) ? { ...m, start: m.start + d.length } : m,
    );
  }
}

/** Moves the mentions of persons cut short, split or glued to the person named whole (wholePerson). */
function completeCutPersons(units: string, ws: readonly Working[]): void {
  const persons = ws.filter((w) => w.type === 'Person' && w.mentions.length > 0);
  if (persons.length < 2) return;
  const whole = new Map<string, Working>();
  for (const w of persons)
    for (const m of w.mentions) {
      if (m.nested === true || m.end - m.start < 2) continue;
      const s = normalizedSlice(units, m.start, m.end);
      if (!whole.has(s)) whole.set(s, w);
    }
  for (const w of persons) {
    const kept: Mention[] = [];
    for (const m of w.mentions) {
      const found = m.nested === true ? undefined : wholePerson(units, m, normalizedSlice(units, m.start, m.end), whole, w);
      if (found === undefined) {
        kept.push(m);
        continue;
      }
      const { owner, start, end } = found;
      if (!owner.mentions.some((o) => o.start === start && o.end === end)) owner.mentions.push(mentionAt(start, end, m.sentence));
    }
    w.mentions = kept;
  }
}

function typeScore(w: Working, type: EntityType, k: Knowledge): number {
  let score = 0;
  if (w.type === type) score += w.mentions.filter((m) => m.nested !== true).length + 0.5;
  const names = [w.name, ...w.forms];
  if (names.some((n) => knownType(n, k) === type)) score += 1000;
  if (type === 'Organization' && names.some((n) => ORG_SUFFIXES.some((s) => n.endsWith(s) && n.length > s.length))) score += 5;
  if (type === 'Place' && names.some((n) => placeStem(n, k) !== undefined)) score += 5;
  return score;
}

const TYPES_IN_TIE_ORDER = TIE_ORDER.filter((t) => ENTITY_TYPES.includes(t));

/** Whether the bundled list names the working entity, by its name or one of its forms. */
function listedAmong(w: Working, k: Knowledge): boolean {
  if (listedOrganization(w.name, k)) return true;
  for (const n of w.forms) if (listedOrganization(n, k)) return true;
  return false;
}

/** An organization named, in any of its forms of two characters or more, as a country. */
function countryReadAsOrganization(w: Working, k: Knowledge): boolean {
  if (w.type !== 'Organization') return false;
  if (w.name.length >= 2 && k.countries.has(w.name)) return true;
  for (const n of w.forms) if (n.length >= 2 && k.countries.has(n)) return true;
  return false;
}

function decideType(group: readonly Working[], k: Knowledge): EntityType {
  // A company the bundled list names counts as an organization even where no extraction read it
  // so (the tagger's 比亚迪 as a place). The alias table's and the divisions' types count only
  // among the types extracted: MSRA reads 欧 of 中欧 as a place and a country as a team.
  // A set of one entity (most) whose type is the organization's or that no list names: its type.
  // An organization whose name is a country's is not: it is a place (below).
  if (group.length === 1 && !countryReadAsOrganization(group[0]!, k) && (group[0]!.type === 'Organization' || !listedAmong(group[0]!, k)))
    return group[0]!.type;
  // A country's name of two characters or more read as an organization (卡达) is a place: the
  // guidelines keep a country a place where it acts or stands for its team. (A person named like a
  // country is person-spans.ts's to decide, from the words around the name.)
  const contenders = TYPES_IN_TIE_ORDER.filter((type) =>
    group.some((w) => w.type === type || (type === 'Organization' && listedAmong(w, k)) || (type === 'Place' && countryReadAsOrganization(w, k))),
  );
  // One contender wins whatever its score (scores are never negative): most groups, not scored.
  if (contenders.length === 1) return contenders[0]!;
  let best: EntityType = group[0]!.type;
  let most = -1;
  for (const type of contenders) {
    const score = group.reduce((s, w) => s + typeScore(w, type, k), 0);
    if (score > most) {
      most = score;
      best = type;
    }
  }
  return best;
}

/** A working name as the set's type names it: a country read as another type, as a place, is the country's name. */
function nameAs(name: string, type: EntityType, k: Knowledge): string {
  return type === 'Place' ? (k.countries.get(name) ?? name) : name;
}

function decideName(group: readonly Working[], type: EntityType, k: Knowledge): string {
  // One name among the set (most sets): whatever the rules below prefer, it is that name.
  let one = true;
  for (const w of group) if (w.name !== group[0]!.name) one = false;
  if (one) return nameAs(group[0]!.name, type, k);
  const mentions = new Map<string, number>();
  for (const w of group) {
    const name = nameAs(w.name, type, k);
    mentions.set(name, (mentions.get(name) ?? 0) + w.mentions.length);
  }
  const names = [...mentions.keys()];
  const listed = names.find((n) => k.table.get(n)?.canonical === n && k.table.get(n)?.type === type);
  if (listed !== undefined) return listed;
  let pool = type === 'Place' ? names.filter((n) => k.countries.get(n) === n || k.divisions.has(n)) : [];
  if (pool.length === 0) pool = names.filter((n) => n.length >= 2 && HAN.test(n));
  if (pool.length === 0) pool = names;
  return pool.sort((a, b) => a.length - b.length || mentions.get(b)! - mentions.get(a)! || (a < b ? -1 : a > b ? 1 : 0))[0]!;
}

function byPosition(a: Mention, b: Mention): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * The mentions of a set's working entities in text order: a new array, sorted only when out of
 * order (most sets are one entity whose mentions already are; sort is stable, so skipping it for
 * an ordered array changes nothing).
 */
function groupMentions(group: readonly Working[]): Mention[] {
  const out: Mention[] = [];
  for (const w of group) for (const m of w.mentions) out.push(m);
  for (let i = 1; i < out.length; i++) if (byPosition(out[i - 1]!, out[i]!) > 0) return out.sort(byPosition);
  return out;
}

/** An extracted entity's name and aliases, in that order, without an array spread to build the set from. */
function formsOf(e: ExtractedEntity): Set<string> {
  const forms = new Set<string>();
  forms.add(e.name);
  for (const a of e.aliases) forms.add(a);
  return forms;
}

/** How an outlet's name ends (某某都市报, 某某网, 某某社), as no place's does. */
const OUTLET_NAME_END = /(?:报|网|社|周刊|杂志)$/u;

/** Outlets the tagger read as places (海峡都市报): organizations, unless a list names the place. */
function outletsReadAsPlaces(ws: readonly Working[], k: Knowledge): void {
  for (const w of ws) if (w.type === 'Place' && w.name.length >= 3 && OUTLET_NAME_END.test(w.name) && !isKnownName(w.name, k)) w.type = 'Organization';
}

/**
 * What a listed company does that no place does, right after its name or the day it did it
 * (某某港3月5日晚间发布公告称, 某某港股价): a place's name that is a company's too (ports, airports,
 * parks listed as 某某港, 某某机场) names the company there.
 */
const COMPANY_ACT_AFTER = /^(?:\d{1,2}月\d{1,2}日(?:晚间|晚|早间|早|午间)?)?(?:发布公告|发布了公告|公告称|公告显示|公告指出|董事会|股价|股东大会)/u;

/** Places whose every mention acts as a listed company (某某港发布公告称): organizations. */
function companiesReadAsPlaces(units: string, ws: readonly Working[]): void {
  for (const w of ws)
    if (w.type === 'Place' && w.mentions.length > 0 && w.mentions.every((m) => COMPANY_ACT_AFTER.test(units.slice(m.end, m.end + 16)))) w.type = 'Organization';
}

/** What names a storm before its name (台风“某某”, 超强台风某某, 飓风“某某”). */
const STORM_BEFORE = /(?:台风|飓风|热带风暴|热带低压|气旋)[“"「『]?$/u;

/**
 * A storm's name (台风“杜某”) names no person, organization or place: the entity it was read as
 * loses every mention, the bare ones after the first too (某某的中心位于…).
 */
function dropStormNames(units: string, ws: readonly Working[]): void {
  for (const w of ws) if (w.mentions.some((m) => STORM_BEFORE.test(units.slice(Math.max(0, m.start - 5), m.start)))) w.mentions = [];
}

/**
 * What follows a name inside the name of a thing of another kind: an award named after people
 * (某某奖, 某某—某某终身成就奖), an animal's kind named after its region (某地狒狒, 东北虎), a park or
 * precinct the tagger's person stands at the head of (某某生态园区). The name is the award's, the
 * species' or the park's, no mention of a person, body or place. (MSRA labels the person of an
 * award and 两岸 as names, so these are read here, on articles, and not in the span pipeline.)
 */
const AWARD_AFTER = /^(?:终身成就|成就|文学|和平|科学|物理学|化学|医学|经济学|纪念)?奖(?![励惩状])/u;
const SPECIES_AFTER = /^(?:狒狒|猕猴|金丝猴|长臂猿|猩猩|老虎|虎(?![门丘林头口])|豹(?!子)|大象|犀牛|熊猫|棕熊|黑熊|骆驼|企鹅|鳄鱼|野牛|羚羊|斑马)/u;
/**
 * A disease or a theory named after a place or a person (某洲猪瘟, 某地出血热, 某某陷阱, 某洲起源说): the
 * name is the disease's or the theory's, no mention of where or whom it is named after.
 */
const TERM_AFTER = /^(?:猪瘟|禽流感|猪流感|病毒(?![学研])|呼吸综合征|脑炎|出血热|陷阱|起源说|悖论)/u;
/** An animal's kind the tagger read as a person (长|鬃狒狒): no name ends so. */
const SPECIES_END = /(?:狒狒|猕猴|猩猩|熊猫|骆驼|企鹅|犀牛|鳄鱼|斑马|羚羊)$/u;
const PRECINCT_AFTER = /^(?:生态园区|生态园|园区|公园|广场|大桥|水库)/u;
/**
 * 人大代表、政协委员: deputies and members of congresses and conferences in general, where the body
 * is named by its bare short form (深圳市人大代表 and 全国政协委员 name theirs whole).
 */
const BARE_BODIES = new Set(['人大', '政协']);
const MEMBERS_AFTER = /^(?:代表(?!团|大会)|委员(?!会|长)|常委(?!会))/u;
/** 两岸, 两广, 两湖: two places named by a numeral and the character they share, a compound like 中美. */
const PAIR_OF_PLACES = /^两\p{Script=Han}$/u;

/** A kind of body followed by 类 (某地法院公司类纠纷, 银行类机构): a class of bodies, no name. */
const KIND_HEAD = /(?:公司|企业|银行|机构|集团)$/u;
const KIND_AFTER = /^类/u;

/** A mention that is part of the name of another kind of thing, or of a class of people. */
function insideOtherName(units: string, w: Working, m: Mention): boolean {
  const after = units.slice(m.end, m.end + 6);
  if (w.type !== 'Place' && AWARD_AFTER.test(after)) return true;
  if (w.type !== 'Organization' && SPECIES_AFTER.test(after)) return true;
  if (w.type === 'Person' && PRECINCT_AFTER.test(after)) return true;
  if (w.type !== 'Organization' && TERM_AFTER.test(after)) return true;
  if (w.type === 'Organization' && KIND_AFTER.test(after) && KIND_HEAD.test(units.slice(m.start, m.end))) return true;
  return w.type === 'Organization' && BARE_BODIES.has(units.slice(m.start, m.end)) && MEMBERS_AFTER.test(after);
}

/** Names of awards, species, parks, diseases and theories, members of bodies in general, two places at once: their mentions go. */
function dropNamesOfOtherThings(units: string, ws: readonly Working[]): void {
  for (const w of ws) {
    if ((w.type === 'Place' && PAIR_OF_PLACES.test(w.name)) || (w.type === 'Person' && SPECIES_END.test(w.name))) w.mentions = [];
    else w.mentions = w.mentions.filter((m) => !insideOtherName(units, w, m));
  }
}

/** A state or province, the first of two places glued into one name (某某州凤凰城). */
const DIVISION_END = /[州省]$/u;

/**
 * Two places read as one name where the article also names each alone: a state or province and a
 * city in it (某某州某某城 beside 某某州 and 某某城), or a place and its market (某地市场 beside 某地):
 * the glued name's mentions become mentions of the places; a market is none.
 */
function splitGluedPlaces(ws: Working[], k: Knowledge): void {
  let byName: Map<string, Working> | undefined; // made at the first candidate (rare)
  const alone = (name: string): Working | undefined => {
    const w = (byName ??= workingByName(ws)).get(`Place\u0000${name}`);
    return w !== undefined && w.mentions.length > 0 ? w : undefined;
  };
  for (const w of [...ws]) {
    if (w.type !== 'Place' || w.mentions.length === 0 || w.name.length < 4 || isKnownName(w.name, k)) continue;
    if (w.name.endsWith('市场')) {
      const place = alone(w.name.slice(0, -2));
      if (place === undefined) continue;
      for (const m of w.mentions) place.mentions.push(mentionAt(m.start, m.end - 2, m.sentence));
      w.mentions = [];
      continue;
    }
    for (let len = 3; len <= w.name.length - 2; len++) {
      if (!DIVISION_END.test(w.name.slice(0, len))) continue;
      const division = alone(w.name.slice(0, len));
      const city = alone(w.name.slice(len));
      if (division === undefined || city === undefined) continue;
      for (const m of w.mentions) {
        division.mentions.push(mentionAt(m.start, m.start + len, m.sentence));
        city.mentions.push(mentionAt(m.start + len, m.end, m.sentence));
      }
      w.mentions = [];
      break;
    }
  }
}

/** What ends a road's or street's name after a place's (某某路, 某某大道), not a word of its own (路线, 路过). */
const ROAD_AFTER = /^(?:大道|大街|路(?![线径费况面上演过人透由标边])|街(?![头上区巷道坊边]))/u;
/** A division's or country's full name (北京市, 某国): streets are named after a bare name. */
const DIVISION_NAME_END = /[市省县区国州]$/u;

/**
 * A place the tagger ended before 路, 街 or 大道 (某某|路往…): where the text goes on so, the name is
 * the road's, another place, and the mention its mention.
 */
function roadsCutFromPlaces(units: string, ws: Working[]): void {
  let byName: Map<string, Working> | undefined; // made at the first road (rare)
  for (const w of [...ws]) {
    if (w.type !== 'Place' || w.mentions.length === 0 || DIVISION_NAME_END.test(w.name)) continue;
    const kept: Mention[] = [];
    for (const m of w.mentions) {
      const road = m.nested === true ? null : ROAD_AFTER.exec(units.slice(m.end, m.end + 3));
      if (road === null) {
        kept.push(m);
        continue;
      }
      const r = target(ws, (byName ??= workingByName(ws)), w.name + road[0], 'Place');
      r.mentions.push(mentionAt(m.start, m.end + road[0].length, m.sentence));
    }
    w.mentions = kept;
  }
}

/** A point of the compass (西北, 东南) … */
const COMPASS_POINT = /^(?:东|南|西|北|东北|西北|东南|西南)$/u;
/** … followed by words of heading or wind: a direction, no region (向西北方向移动, 西北偏西, 转西北风). */
const HEADING_AFTER = /^(?:方向|偏[东南西北]|风|转|移动|行进)/u;

/** Compass points read as places where the text gives a heading (向西北方向移动): those mentions go. */
function dropHeadings(units: string, ws: readonly Working[]): void {
  for (const w of ws) {
    if (w.type !== 'Place' || !COMPASS_POINT.test(w.name)) continue;
    w.mentions = w.mentions.filter((m) => !HEADING_AFTER.test(units.slice(m.end, m.end + 2)));
  }
}

/** Division suffixes a foreign place after its country may end in (某国某某州, 某国某某市). */
const FOREIGN_DIVISION = /[州市省区]$/u;
/** The one country whose places the tagger's reading of 中国某地 decides. */
const CHINA = '中国';

/** What follows a country's name in one place name is a place of its own: a known one, or a transliteration (+ 州/市). */
function placeAfterCountry(rest: string, k: Knowledge): boolean {
  if (rest.length < 2) return false;
  const listed = k.dictionaries.lexicon.get(rest);
  if (listed !== undefined) return listed.type === 'Place';
  // Two transliterated characters alone are too often the end of one longer name (巴西|利亚).
  const stem = rest.replace(FOREIGN_DIVISION, '');
  return stem.length >= (stem === rest ? 3 : 2) && looksLikeTransliteration(stem);
}

/**
 * A foreign country and a place in it read as one name (乌克兰基辅, 乌克兰苏梅州): two places, the
 * country and the place, each with its mention. Not China and its places (中国台湾 is left to the
 * tagger, see the alias table).
 */
function splitCountryPrefixedPlaces(ws: Working[], k: Knowledge): void {
  let byName: Map<string, Working> | undefined; // made at the first split (rare)
  for (const w of [...ws]) {
    // A name known whole is one place (印度尼西亚 is no 印度 and 尼西亚, 巴西利亚 no 巴西).
    if (w.type !== 'Place' || w.mentions.length === 0 || w.name.length < 4 || isKnownName(w.name, k) || [...w.forms].some((f) => isKnownName(f, k))) continue;
    let len = 0;
    for (let l = 2; l <= Math.min(6, w.name.length - 2); l++) if (k.countries.has(w.name.slice(0, l))) len = l;
    const country = len > 0 ? k.countries.get(w.name.slice(0, len))! : undefined;
    if (country === undefined || country === CHINA || !placeAfterCountry(w.name.slice(len), k)) continue;
    const c = target(ws, (byName ??= workingByName(ws)), country, 'Place');
    for (const m of w.mentions) {
      if (!c.mentions.some((x) => x.start === m.start && x.nested !== true)) {
        c.mentions = c.mentions.filter((x) => !(x.start === m.start && x.end === m.start + len));
        c.mentions.push(mentionAt(m.start, m.start + len, m.sentence));
      }
    }
    w.mentions = w.mentions.map((m) => ({ ...m, start: m.start + len }));
    w.name = w.name.slice(len);
    w.forms = new Set([...w.forms].map((f) => (f.length > len ? f.slice(len) : f)).filter((f) => f.length >= 2));
  }
}

/** Resolves the entities of one article's extraction (see the file's banner). */
export function resolveArticle(x: ArticleExtraction, opts: ResolveOptions = {}): ArticleExtraction {
  const k = opts.knowledge ?? knowledgeFor();
  const ws: Working[] = x.entities.map((e) => ({
    name: canonicalForm(e.name, e.type, k),
    type: e.type,
    forms: formsOf(e),
    nameEn: e.nameEn,
    mentions: e.mentions.slice(),
    from: [e.id],
    mentioned: e.mentions.length > 0,
  }));
  // The passes below compare the text with names and word lists one code unit at a time.
  const units = normalizeEachUnit(x.text);
  resolveCharacters(units, ws, k);
  personsListedWithFigures(units, ws, k);
  readChinaAfrica(units, ws, k);
  trimGluedPersons(units, ws, k);
  trimGluedOrganizations(units, ws, k);
  extendCutPersons(units, x.title, x.sentences, ws);
  extendMarriedNames(units, x.title, ws);
  completeCutPersons(units, ws);
  extendVerbEndedNames(units, ws);
  countriesReadAsPersons(units, ws, k);
  abbreviationsReadAsPersons(ws);
  countriesBeforeTrades(units, ws, k);
  divisionsReadAsPersons(units, ws, k);
  placesReadAsPersons(units, ws, k);
  dropDescriptors(units, ws, k);
  splitCountryPrefixedPlaces(ws, k);
  splitGluedPlaces(ws, k);
  roadsCutFromPlaces(units, ws);
  dropStormNames(units, ws);
  dropNamesOfOtherThings(units, ws);
  outletsReadAsPlaces(ws, k);
  companiesReadAsPlaces(units, ws);
  dropHeadings(units, ws);
  const live = ws.filter((w) => w.mentions.length > 0 || !w.mentioned);
  const union = new Union(live.length);
  const firstByName = new Map<string, number>();
  live.forEach((w, i) => {
    const seen = firstByName.get(w.name);
    if (seen === undefined) firstByName.set(w.name, i);
    else union.join(seen, i); // one name, one entity, whatever types it was read as
  });
  live.forEach((w, i) => {
    for (const f of w.forms) {
      const j = firstByName.get(f) ?? firstByName.get(canonicalForm(f, w.type, k));
      if (j !== undefined) union.join(i, j);
    }
    if (w.nameEn) {
      const j = firstByName.get(w.nameEn) ?? firstByName.get(canonicalForm(w.nameEn, w.type, k));
      if (j !== undefined) union.join(i, j);
    }
  });
  for (const [a, b] of shortFormLinks(live, k)) union.join(a, b);

  const idOf = new Map<string, string>();
  const byId = new Map<string, ExtractedEntity>();
  for (const set of union.sets()) {
    const group = set.map((i) => live[i]!);
    let type = decideType(group, k);
    let name = decideName(group, type, k);
    const forms = new Set<string>();
    for (const w of group) {
      forms.add(w.name);
      for (const f of w.forms) forms.add(f);
    }
    let id = entityId(type, name);
    const known = opts.known && [name, ...forms].map((f) => opts.known!.get(f)?.find((e) => e.type === type)).find((e) => e !== undefined);
    if (known) {
      forms.add(name);
      ({ id, name, type } = known);
    }
    forms.delete(name);
    const nameEn = group.map((w) => w.nameEn).find((n) => n !== undefined);
    const mentions = groupMentions(group);
    let entity = byId.get(id);
    if (entity === undefined) {
      // The set's forms hold neither its name (deleted above) nor duplicates: they are its aliases.
      entity = { id, name, type, aliases: [...forms], mentions };
      if (nameEn !== undefined) entity.nameEn = nameEn;
      byId.set(id, entity);
    } else {
      // Two sets a stored entity joins: the smallest English name, as the store keeps.
      if (nameEn !== undefined && (entity.nameEn === undefined || nameEn < entity.nameEn)) entity.nameEn = nameEn;
      entity.aliases = [...new Set([...entity.aliases, ...forms])].filter((a) => a !== entity!.name);
      // Their mentions are merged and sorted again.
      entity.mentions = entity.mentions.length === 0 ? mentions : [...entity.mentions, ...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    }
    for (const w of group) for (const old of w.from) idOf.set(old, id);
  }
  const entities = [...byId.values()];
  const events = x.events.map((ev) => {
    const kept = ev.participants.map((p) => idOf.get(p));
    const participants = new Set(kept.filter((p) => p !== undefined));
    // A participant named by a compound's character (泰 of 泰柬) now is the entity it stands for:
    // the entities with a one-character mention inside the event's own span take part.
    if (kept.includes(undefined))
      for (const e of entities)
        if (e.mentions.some((m) => m.end - m.start === 1 && ev.mentions.some((s) => m.start >= s.start && m.end <= s.end))) participants.add(e.id);
    const out = { ...ev, participants: [...participants] };
    const place = ev.place === undefined ? undefined : idOf.get(ev.place);
    if (place === undefined) delete out.place;
    else out.place = place;
    return out;
  });
  // In any order: coMentions sorts the sentences and each sentence's ids itself.
  const sentenceMentions: SentenceMention[] = [];
  for (const e of entities) for (const m of e.mentions) sentenceMentions.push({ entityId: e.id, sentence: m.sentence });
  const result: ArticleExtraction = { ...x, entities, events, coMentions: coMentions(sentenceMentions) };
  if (x.authors !== undefined) result.authors = [...new Set(x.authors.map((a) => idOf.get(a)).filter((a) => a !== undefined))];
  // Roles are read off the resolved mentions, so they name the ids the article is stored under.
  result.relations = extractRelations(result, units);
  return attachConfidence(result);
}
