// Reading an event's parts around its trigger: the actor before it, the object after it, the place
// stated with 在/于, and a short object phrase. Bounded looks (a few dozen characters), so a
// sentence of any length costs one pass per trigger.
import type { EntityType } from '../../model.ts';
import { titlesAt } from '../rules/name-shapes.ts';
import type { EventMention, SentenceView } from './types.ts';

/** Where a place's preposition stands before it (在/于/赴 + place): a location, not an actor. */
const LOCATIVE = new Set([...'在于赴到'].map((ch) => ch.charCodeAt(0)));
const PEOPLE: readonly EntityType[] = ['Person'];
export const ACTORS: readonly EntityType[] = ['Person', 'Organization'];
export const ANY: readonly EntityType[] = ['Person', 'Organization', 'Place'];
export { PEOPLE };

/** The mention is a place written after 在/于/赴/到: where something happens, never who does it. */
export function isLocative(text: string, m: EventMention): boolean {
  return m.type === 'Place' && LOCATIVE.has(text.charCodeAt(m.start - 1));
}

/** 在某某陪同下: who accompanies does not act. */
const ACCOMPANIES = /^[^,。;]{0,5}?陪同/u;

/** A place or an organization written after 在/于/赴/到 (在香港联合交易所挂牌): a venue, not an actor. */
function isVenue(text: string, m: EventMention): boolean {
  return m.type !== 'Person' && LOCATIVE.has(text.charCodeAt(m.start - 1));
}

/**
 * The entity named last before `at`, within `window` characters, of one of `types` (in order of
 * preference: a person before an organization), never a locative place.
 */
export function actorBefore(v: SentenceView, at: number, window: number, types: readonly EntityType[]): EventMention | undefined {
  for (const type of types) {
    for (let k = v.mentions.length - 1; k >= 0; k--) {
      const m = v.mentions[k]!;
      if (m.end > at || at - m.end > window) continue; // nested-free, but a long name may start first
      if (m.type === type && !isVenue(v.text, m) && !ACCOMPANIES.test(v.text.slice(m.end, m.end + 8))) return m;
    }
  }
  return undefined;
}

const OBJECT_OF = /会见|会晤|接见|致电|陪同|[同与和跟、]/u;

/**
 * Who does what a clause after a comma says when that clause names no one before its verb
 * (李强将会见某某,同某某举行会晤): the nearest entity before `at`, unless a comma stands between
 * it and `at` — then the sentence's first person, its subject.
 */
export function clauseSubject(v: SentenceView, at: number, window: number, types: readonly EntityType[]): EventMention | undefined {
  const near = actorBefore(v, at, window, types);
  if (!near || !/[,;]/u.test(v.text.slice(near.end, at))) return near;
  // Only when the nearest is the object of the clause before (会见某某, 同某某, a list's member).
  if (!OBJECT_OF.test(v.text.slice(Math.max(0, near.start - 14), near.start))) return near;
  const first = v.mentions.find((m) => m.type === 'Person' && m.end <= at && !isVenue(v.text, m));
  return first ?? near;
}

/** The first entity of `types` starting within `window` characters after `at` (preference by order). */
export function objectAfter(v: SentenceView, at: number, window: number, types: readonly EntityType[]): EventMention | undefined {
  for (const type of types) {
    for (const m of v.mentions) {
      if (m.start < at) continue;
      if (m.start - at > window) break; // sorted by start
      if (m.type === type) return m;
    }
  }
  return undefined;
}

/** A place written as 在/于 + place before `before` (在埃及开罗 → 开罗), not 在英国首相… (a title follows). */
export function statedPlace(v: SentenceView, before: number, window = 40): EventMention | undefined {
  let place: EventMention | undefined;
  for (const m of v.mentions) {
    if (m.end > before) break;
    if (m.type === 'Place' && before - m.end <= window && isLocative(v.text, m) && titlesAt(v.text, m.end).length === 0) place = m;
  }
  // 在埃及开罗举行: the most specific of adjacent places is where it happened.
  for (let next = place && v.mentions.find((m) => m.start === place!.end && m.end <= before); next;) {
    place = next;
    next = v.mentions.find((m) => m.start === place!.end && m.end <= before);
  }
  return place;
}

const PHRASE_END = /[,，。;；:：!！?？、(（\s」』》”]/u;
const LEADING = /^(?:了|将|已|已经|正式|再次|首次|共|向外界|对外)+/u;
/** Words after which an object phrase goes on as a clause: cut there (…的 is kept inside 《》/“”). */
const CLAUSE = /(?:并|以及|同时|其中|此外|因为|由于|以便|但|而|表示|指出|强调|称|说|后的|以后|之后|以来|是否)/u;
/** A time or place phrase is not an object (通报,截至18日…; 宣布自即日起…). */
const NOT_OBJECT = /^(?:截至|截止|至|到|自|从|于|当地时间|北京时间)/u;
/** Aspect and tense words: what follows the verb is a clause, not an object (官宣造车已过去…). */
const ASPECT = /[已了过着]|正在|曾经/u;
/** What an object starts with: a letter, a digit, or an opening quote or title mark. */
const OBJECT_START = /^[\p{Script=Han}A-Za-z0-9《“「]/u;

/**
 * The object of a verb written right after it (发布《告全体市民书》, 宣布停火): up to the first
 * punctuation, cut at a conjunction, at most `max` characters, else nothing (a clause is no name).
 * A title in 《》 or “” ends the phrase where it closes.
 */
export function objectPhrase(text: string, at: number, max: number): string | undefined {
  const rest = text.slice(at, at + max * 3);
  const colon = /^[,:]/u.test(rest) ? 1 : 0; // 宣布,将在… / 宣布:…
  const lead = colon + (LEADING.exec(rest.slice(colon))?.[0].length ?? 0);
  let s = rest.slice(lead);
  if (!OBJECT_START.test(s) || NOT_OBJECT.test(s)) return undefined;
  const quoted = /^[^,，。;；]{0,12}?(?:《[^》]{1,24}》|“[^”]{1,24}”|「[^」]{1,24}」)/u.exec(s);
  // 一款“别人想不到”的产品: a counted quote qualifying the noun after it is no object of its own.
  if (quoted && s.startsWith('的', quoted[0].length) && /^[一两几多][款部个项种份批台辆件]/u.test(s)) return undefined;
  if (quoted) {
    // “1+6+N”组织变革: the words the title mark qualifies belong to the object too.
    // Only a short head up to the clause's end (never past a 的 or into the next verb phrase).
    const head = /^([\p{Script=Han}A-Za-z0-9]{1,6})(?=[,，。;；、]|$)/u.exec(s.slice(quoted[0].length))?.[1] ?? '';
    const obj = head.includes('的') || CLAUSE.test(head) || quoted[0].length + head.length > max ? quoted[0] : quoted[0] + head;
    return obj.length <= max ? obj : undefined;
  }
  const end = PHRASE_END.exec(s);
  if (end && s[end.index] === '、') return undefined; // a list goes on: no short object
  if (end) s = s.slice(0, end.index);
  const clause = CLAUSE.exec(s);
  if (clause && clause.index >= 2) s = s.slice(0, clause.index);
  // 给某基地提供的补助: a relative clause is no short object.
  return s.length >= 2 && s.length <= max && !ASPECT.test(s) && !s.includes('的') ? s : undefined;
}

/** Ids of `ms`, once each, in order. */
export function ids(...ms: (EventMention | undefined)[]): string[] {
  return [...new Set(ms.filter((m) => m !== undefined).map((m) => m.entityId))];
}
