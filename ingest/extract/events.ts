// Events: named ones (…峰会, …会议, …对话, …论坛, …年会, …首演) and ones a trigger verb expresses
// (X访华, X访问Y, X宣布…), each dated by the nearest date expression of its sentence, resolved
// against the publication date, with its participants (entity ids) and place where stated.
import type { EntityType, ExtractedEvent, Sentence } from '../model.ts';
import { findDates, type DateMention } from './dates.ts';
import { isSurrogate } from './code-units.ts';
import { isHanCode, titlesAt } from './rules/name-shapes.ts';
import { stableSort } from './stable-sort.ts';

export interface EventMention {
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
  name: string;
}

const NAMED_SUFFIXES: [string, string][] = [
  ['峰会', 'summit'],
  ['会议', 'meeting'],
  ['会谈', 'meeting'],
  ['大会', 'meeting'],
  ['对话', 'dialogue'],
  ['论坛', 'forum'],
  ['年会', 'forum'],
  ['博览会', 'expo'],
  ['运动会', 'games'],
  ['首演', 'premiere'],
  ['首映', 'premiere'],
  ['发布会', 'launch'],
];
/** A-Z, a-z, 0-9 by code unit. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

const DOT = 0x2022;

/** The code unit is /[\p{Script=Han}A-Za-z0-9•]/u: a character of an event's name. */
function isNameCode(c: number): boolean {
  return isHanCode(c) || isAsciiAlnum(c) || c === DOT;
}

/**
 * text[from, to) is /^[\p{Script=Han}A-Za-z0-9]*$/u, read by code unit; a surrogate (a character
 * outside the BMP, which may be Han) is left to the regex.
 */
function allNameParts(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isHanCode(c) || isAsciiAlnum(c)) continue;
    if (isSurrogate(c)) return /^[\p{Script=Han}A-Za-z0-9]*$/u.test(text.slice(from, to));
    return false;
  }
  return true;
}
const BOUNDARY = /(的|在|了|举行|召开|举办|出席|参加|宣布|将|于|与|和|就|是|同意|参与|为期|通过|并|由|从|到|首次|本次|此次|这次|这一)/gu;
/** Names that are generic, not an event of their own. */
const GENERIC = new Set(['电话会议', '视频会议', '记者会', '新闻发布会', '发布会', '首次会议', '会议', '对话', '峰会', '论坛', '年会']);
const JOIN_GAP = 8;
/** Characters that may follow an event name (峰会上, 对话中); others mean the word goes on (对话机制). */
const AFTER_NAME = new Set([...'上中后前期间时的与和及在将由于开闭举召已再也还'].map((ch) => ch.charCodeAt(0)));
/** Where a place's preposition stands before it (在/于/赴 + place). */
const PLACE_PREPOSITIONS = new Set([...'在于赴'].map((ch) => ch.charCodeAt(0)));
/** Deictic dates inside a quotation are the speaker's, not the article's (“今天早些时候”). */
const DEICTIC = new Set(['今天', '今日', '昨天', '昨日', '前天', '明天', '次日']);
// Global regexes are searched with exec from lastIndex 0, never with matchAll: matchAll copies the
// regex (a new RegExp object) at every call, and these run on every sentence with a cue. No loop
// over one of them calls anything that uses the same regex.
const VISIT_CHINA = /访华|来华|赴华|抵华/gu;
const VISIT_PLACE = /(访问|到访|来到|抵达|出访)了?/gu;
const ANNOUNCE = /宣布/gu;
const QUOTED = /“[^”]*”?|「[^」]*」?/gu;
const BACK_REFERENCE = new RegExp(`(本次|此次|这次|该)(${NAMED_SUFFIXES.map(([x]) => x).join('|')})`, 'u');
/**
 * Every event, and every back-reference, needs one of these in its sentence: one test skips the
 * sentences that have none (most of them) instead of a dozen searches each. A new trigger pattern
 * in sentenceEvents must join it.
 */
const EVENT_CUE = new RegExp([...NAMED_SUFFIXES.map(([x]) => x), VISIT_CHINA.source, VISIT_PLACE.source, ANNOUNCE.source].join('|'), 'u');

interface Draft extends ExtractedEvent {
  visitor?: string;
}

function nearestDate(dates: readonly DateMention[], at: number): DateMention | undefined {
  const before = dates.filter((d) => d.end <= at);
  return before.length > 0 ? before[before.length - 1] : dates.find((d) => d.start >= at);
}

/** A place written as 在/于 + place before the event, not 在英国首相… (a title follows). */
function statedPlace(text: string, mentions: readonly EventMention[], before: number): EventMention | undefined {
  const places = mentions.filter((m) => m.type === 'Place' && m.end <= before && PLACE_PREPOSITIONS.has(text.charCodeAt(m.start - 1)));
  const ok = places.filter((m) => titlesAt(text, m.end).length === 0);
  let place = ok[ok.length - 1];
  // 在埃及开罗举行: the most specific of adjacent places is where it happened.
  for (let next = place && mentions.find((m) => m.type === 'Place' && m.start === place!.end && m.end <= before); next;) {
    place = next;
    next = mentions.find((m) => m.type === 'Place' && m.start === place!.end && m.end <= before);
  }
  return place;
}

interface NamedHit {
  start: number;
  end: number;
  name: string;
  kind: string;
  /** A bare 会议 after 举行: named after its stated place, or dropped. */
  generic?: boolean;
}

function namedEvents(text: string): NamedHit[] {
  const out: NamedHit[] = [];
  const hits: { start: number; end: number; kind: string }[] = [];
  for (const [suffix, kind] of NAMED_SUFFIXES) {
    for (let i = text.indexOf(suffix); i >= 0; i = text.indexOf(suffix, i + 1)) hits.push({ start: i, end: i + suffix.length, kind });
  }
  stableSort(hits, (a, b) => a.start - b.start || b.end - a.end);
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    let end = hit.end;
    // 对话首次会议, 论坛2024年年会: a further suffix shortly after extends the same name.
    while (k + 1 < hits.length && hits[k + 1]!.start >= end && hits[k + 1]!.start - end <= JOIN_GAP && allNameParts(text, end, hits[k + 1]!.start)) {
      end = hits[++k]!.end;
    }
    const next = text.charCodeAt(end);
    if (isHanCode(next) && !AFTER_NAME.has(next)) continue;
    let s = hit.start;
    while (s > 0 && hit.start - s < 24 && isNameCode(text.charCodeAt(s - 1))) s--;
    const prefix = text.slice(s, hit.start);
    let cut = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(prefix); m !== null; m = BOUNDARY.exec(prefix)) cut = m.index + m[0].length;
    s += cut;
    const name = text.slice(s, end);
    // 在开罗举行会议: a generic name right after 举行/召开/举办 is an event named by its place later.
    const held = /(举行|召开|举办)了?$/u.test(text.slice(Math.max(0, s - 3), s));
    if (GENERIC.has(name) && held && name === text.slice(hit.start, hit.end)) {
      out.push({ start: s, end, name, kind: hit.kind, generic: true });
      continue;
    }
    if (hit.start - s < 2 || GENERIC.has(name)) continue;
    out.push({ start: s, end, name, kind: hit.kind });
  }
  return out;
}

/** The dates of a sentence, without the speaker's deictic dates inside quotations. */
function sentenceDates(text: string, reference: string | undefined): DateMention[] {
  const quoted: [number, number][] = [];
  QUOTED.lastIndex = 0;
  for (let q = QUOTED.exec(text); q !== null; q = QUOTED.exec(text)) quoted.push([q.index, q.index + q[0].length]);
  return findDates(text, reference).filter((d) => !(DEICTIC.has(d.text) && quoted.some(([a, b]) => d.start >= a && d.end <= b)));
}

/**
 * The drafts of one sentence, dated on demand: the sentence's dates are found on its first event
 * only. A class rather than closures inside sentenceEvents: under tsx every named closure costs a
 * __name call per sentence.
 */
class SentenceDrafts {
  readonly drafts: Draft[] = [];
  private dates: DateMention[] | undefined;

  constructor(
    private readonly sentence: Sentence,
    private readonly reference: string | undefined,
  ) {}

  add(start: number, end: number, name: string, kind: string, participants: string[], place?: string, visitor?: string): void {
    this.dates ??= sentenceDates(this.sentence.text, this.reference);
    const date = nearestDate(this.dates, start);
    const ev: Draft = { id: '', name, kind, participants: [...new Set(participants)], mentions: [{ start, end, sentence: this.sentence.index }] };
    if (date) {
      ev.date = date.date;
      ev.dateText = date.text;
    }
    if (place !== undefined) ev.place = place;
    if (visitor !== undefined) ev.visitor = visitor;
    this.drafts.push(ev);
  }
}

/** The last of `mentions` that matches, scanning from the end. */
function findLast(mentions: readonly EventMention[], match: (m: EventMention) => boolean): EventMention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) if (match(mentions[k]!)) return mentions[k];
  return undefined;
}

/** The person named last within 24 chars before `at` (the visitor of 访华). */
function lastPersonBefore(mentions: readonly EventMention[], at: number): EventMention | undefined {
  return findLast(mentions, (m) => m.type === 'Person' && m.end <= at && at - m.end <= 24);
}

/** Events of one sentence (offsets relative to `sentence.text`); `mentions` relative too. */
function sentenceEvents(sentence: Sentence, mentions: readonly EventMention[], reference: string | undefined): Draft[] {
  const text = sentence.text;
  const out = new SentenceDrafts(sentence, reference);
  for (const ne of namedEvents(text)) {
    const place =
      statedPlace(text, mentions, ne.kind === 'premiere' ? ne.end : ne.start) ??
      mentions.find((m) => m.type === 'Place' && m.start >= ne.end && /^[在于]/u.test(text.slice(ne.end - 0, ne.end + 1)));
    let name = ne.name;
    if (ne.generic) {
      if (!place) continue;
      name = `${place.name}${ne.name}`;
    }
    if (ne.kind === 'premiere') {
      const work = /《[^》]{1,20}》/u.exec(text);
      if (!work || work.index > ne.start) continue;
      name = `${work[0]}${text.slice(ne.end - 2, ne.end)}`;
    }
    const participants = mentions.filter((m) => m.entityId !== place?.entityId).map((m) => m.entityId);
    out.add(ne.start, ne.end, name, ne.kind, participants, place?.entityId);
  }
  VISIT_CHINA.lastIndex = 0;
  for (let m = VISIT_CHINA.exec(text); m !== null; m = VISIT_CHINA.exec(text)) {
    const visitor = lastPersonBefore(mentions, m.index);
    if (!visitor) continue;
    const china = mentions.find((x) => x.start >= m.index && x.end <= m.index + m[0].length);
    out.add(
      visitor.start,
      m.index + m[0].length,
      `${visitor.name}访华`,
      'visit',
      [visitor.entityId, ...(china ? [china.entityId] : [])],
      china?.entityId,
      visitor.entityId,
    );
  }
  VISIT_PLACE.lastIndex = 0;
  for (let m = VISIT_PLACE.exec(text); m !== null; m = VISIT_PLACE.exec(text)) {
    const after = m.index + m[0].length;
    const place = mentions.find((x) => x.type === 'Place' && x.start === after);
    const visitor = lastPersonBefore(mentions, m.index);
    if (!place || !visitor) continue;
    out.add(visitor.start, place.end, `${visitor.name}访问${place.name}`, 'visit', [visitor.entityId, place.entityId], place.entityId, visitor.entityId);
  }
  ANNOUNCE.lastIndex = 0;
  for (let m = ANNOUNCE.exec(text); m !== null; m = ANNOUNCE.exec(text)) {
    const actor = findLast(mentions, (x) => x.type !== 'Place' && x.end <= m.index && m.index - x.end <= 8);
    if (!actor) continue;
    const rest = /^[^,,。;;!?!?“”]{2,16}/u.exec(text.slice(m.index + 2));
    if (!rest) continue;
    out.add(actor.start, m.index + 2 + rest[0].length, `${actor.name}宣布${rest[0]}`, 'announcement', [actor.entityId]);
  }
  return out.drafts;
}

function eventId(name: string, date: string | undefined): string {
  return date === undefined ? `event:${name}` : `event:${name}@${date}`;
}

/**
 * The event a draft describes, under its id; the visitor served merging only. Built field by
 * field in the draft's order: copying the draft and deleting `visitor` cost more than the event.
 */
function finalEvent(d: Draft, id: string): ExtractedEvent {
  const ev: ExtractedEvent = { id, name: d.name, kind: d.kind, participants: d.participants, mentions: d.mentions };
  if (d.date !== undefined) ev.date = d.date;
  if (d.dateText !== undefined) ev.dateText = d.dateText;
  if (d.place !== undefined) ev.place = d.place;
  return ev;
}

/** Merge an article's visits by the same visitor (马斯克访华 and 马斯克访问北京 are one trip). */
function mergeVisits(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const byVisitor = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.kind !== 'visit' || d.visitor === undefined) out.push(d);
    else {
      const list = byVisitor.get(d.visitor);
      if (list) list.push(d);
      else byVisitor.set(d.visitor, [d]);
    }
  }
  for (const visits of byVisitor.values()) {
    const dates = new Set(visits.map((v) => v.date).filter((d) => d !== undefined));
    if (dates.size > 1) {
      out.push(...visits);
      continue;
    }
    const main = visits.find((v) => v.date !== undefined) ?? visits[0]!;
    const merged: Draft = { ...main, participants: [...new Set(visits.flatMap((v) => v.participants))], mentions: visits.flatMap((v) => v.mentions) };
    merged.place ??= visits.find((v) => v.place !== undefined)?.place;
    if (merged.place === undefined) delete merged.place;
    out.push(merged);
  }
  return out;
}

/**
 * Events of an article. `mentions` carry offsets in the same coordinates as `sentences`;
 * the returned event mentions are in those coordinates too.
 */
/** A sentence's mentions with offsets relative to the sentence, which starts at `offset`. */
function relativeMentions(mentions: readonly (EventMention & { sentence: number })[] | undefined, offset: number): (EventMention & { sentence: number })[] {
  const out: (EventMention & { sentence: number })[] = [];
  if (mentions === undefined) return out;
  for (const m of mentions) out.push({ start: m.start - offset, end: m.end - offset, entityId: m.entityId, type: m.type, name: m.name, sentence: m.sentence });
  return out;
}

/** The last draft, not a visit, whose name ends in `kind` (对话 of 本次对话). */
function lastReferred(drafts: readonly Draft[], kind: string): Draft | undefined {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k]!;
    if (d.kind !== 'visit' && d.name.endsWith(kind)) return d;
  }
  return undefined;
}

export function extractEvents(
  sentences: readonly Sentence[],
  mentions: readonly (EventMention & { sentence: number })[],
  reference: string | undefined,
): ExtractedEvent[] {
  const drafts: Draft[] = [];
  const bySentence = new Map<number, (EventMention & { sentence: number })[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const s of sentences) {
    if (!EVENT_CUE.test(s.text)) continue;
    const local = relativeMentions(bySentence.get(s.index), s.start);
    for (const d of sentenceEvents(s, local, reference)) {
      // A draft's mentions are its own, made by SentenceDrafts.add: shifted in place.
      for (const x of d.mentions) {
        x.start += s.start;
        x.end += s.start;
      }
      drafts.push(d);
    }
    // 本次对话由智源研究院发起: a back-reference adds its sentence's entities to the named event.
    const back = BACK_REFERENCE.exec(s.text);
    const target = back ? lastReferred(drafts, back[2]!) : undefined;
    if (back && target) {
      target.participants = [...new Set([...target.participants, ...local.filter((m) => m.entityId !== target.place).map((m) => m.entityId)])];
      target.mentions.push({ start: s.start + back.index, end: s.start + back.index + back[0].length, sentence: s.index });
    }
  }
  const merged = new Map<string, ExtractedEvent>();
  for (const d of mergeVisits(drafts)) {
    const id = eventId(d.name, d.date);
    const ev = finalEvent(d, id);
    const prev = merged.get(id);
    if (prev) {
      prev.participants = [...new Set([...prev.participants, ...ev.participants])];
      prev.mentions.push(...ev.mentions);
      prev.place ??= ev.place;
    } else merged.set(id, ev);
  }
  return [...merged.values()];
}
