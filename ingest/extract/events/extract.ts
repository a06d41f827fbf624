// Events of an article: each sentence's finders (named events, relation verbs, event-only cues),
// dated, with participants; back-references (此次访问, 会上) and award winners join the event
// they refer to; one event per happening; the most salient few kept.
import type { ExtractedEvent, Sentence } from '../../model.ts';
import { TRIGGER_BY_CUE } from '../relations/verbs.ts';
import type { DateMention } from '../dates.ts';
import { EVENT_ONLY_WORDS, cueEvents } from './cue-events.ts';
import { datelineDate, nearestDate, sentenceDates } from './dating.ts';
import { mergeDrafts } from './merge.ts';
import { NAMED_SUFFIXES, namedEvents } from './named.ts';
import { mostSalient } from './salience.ts';
import type { Draft, EventMention, Found, SentenceView } from './types.ts';
import { verbEvents } from './verb-events.ts';

/**
 * The words that start a cue of any finder, by their first code unit: a sentence without one
 * states no event and refers to none, and one scan of its characters tells (a regex alternation
 * of two hundred words tried every one at every character).
 */
const CUE_WORDS = new Map<number, string[]>();
for (const w of [...NAMED_SUFFIXES.map(([x]) => x), ...TRIGGER_BY_CUE.keys(), ...EVENT_ONLY_WORDS, '届', '最佳', '会上', '此次', '本次', '这次']) {
  const list = CUE_WORDS.get(w.charCodeAt(0));
  if (list) list.push(w);
  else CUE_WORDS.set(w.charCodeAt(0), [w]);
}
/** 1 where a cue word starts with the code unit, 2 for a digit (a score may start there). */
const CUE_START = new Uint8Array(0x10000);
for (const c of CUE_WORDS.keys()) CUE_START[c] = 1;
for (let d = 0x30; d <= 0x39; d++) CUE_START[d] = 2;
const SCORE_MARKS = new Set([...'比:：'].map((c) => c.charCodeAt(0)));

function hasCue(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = CUE_START[c];
    if (kind === 0) continue;
    if (kind === 1) {
      for (const w of CUE_WORDS.get(c)!) if (w.length === 1 || text.startsWith(w, i)) return true;
    } else {
      // A score: a digit, then 比 or a colon (spaces allowed).
      let k = i + 1;
      while (text.charCodeAt(k) === 0x20) k++;
      if (SCORE_MARKS.has(text.charCodeAt(k))) return true;
    }
  }
  return false;
}
/** 此次访问, 本次会谈, 会上: the sentence goes on about an event already found. */
const BACK_REFERENCE =
  /(?:此次|本次|这次|该)(访问|访华|行程|之行|会谈|会见|会晤|通话|飞行|任务|发布会|记者会|比赛|决赛|典礼|颁奖礼|会议|大会|峰会|论坛|对话|行动|冲突|停火)|(?:^|从|在)(?:会上|发布会上|记者会上|会谈中|会见时)/u;
const REFERRED: Record<string, readonly string[]> = {
  访问: ['visit'],
  访华: ['visit'],
  行程: ['visit'],
  之行: ['visit'],
  会谈: ['meeting'],
  会见: ['meeting'],
  会晤: ['meeting'],
  通话: ['call'],
  飞行: ['spaceflight'],
  任务: ['spaceflight'],
  发布会: ['press-conference'],
  记者会: ['press-conference'],
  比赛: ['match'],
  决赛: ['match'],
  典礼: ['award', 'ceremony'],
  颁奖礼: ['award'],
  会议: ['meeting', 'summit', 'forum'],
  大会: ['meeting'],
  峰会: ['summit'],
  论坛: ['forum'],
  对话: ['dialogue'],
  行动: ['operation', 'police'],
  冲突: ['clash'],
  停火: ['ceasefire'],
};
const AT_MEETING = ['meeting', 'press-conference', 'summit', 'forum', 'hearing'];
/** A winner of an award named in the sentence (由X夺得最佳导演, X获最佳新人). */
const WINNERS = /最佳|获奖|得奖|大奖|奖项/u;
/** 将会见, 拟于下月访华, 即将举行: what the text says is to come. */
const PLANNED = /(?:将|拟|计划|准备|即将|有望|预计|打算)[^,。;]{0,6}$/u;
/** 原定…访华, 两度推迟访华, 取消访问: what was to come and did not, no event at all. */
const CALLED_OFF = /(?:原定|原订|原本|推迟|延期|延后|取消|暂缓)[^,。;]{0,12}$/u;
/** A quotation long enough to be speech (“破案会战” is a name in quotes, not speech). */
const QUOTED = /“[^”]*”?|「[^」]*」?/gu;

/** A sentence's mentions with offsets relative to the sentence. */
function relative(mentions: readonly (EventMention & { sentence: number })[] | undefined, offset: number): EventMention[] {
  if (mentions === undefined) return [];
  const out = mentions.map((m) => ({ start: m.start - offset, end: m.end - offset, entityId: m.entityId, type: m.type, name: m.name }));
  // The mentions mostly come in text order: a sort allocated its work arrays for every sentence.
  for (let k = 1; k < out.length; k++) if (byPosition(out[k - 1]!, out[k]!) > 0) return out.sort(byPosition);
  return out;
}

function byPosition(a: EventMention, b: EventMention): number {
  return a.start - b.start || b.end - a.end;
}

/** The finders' events of one sentence, the first of overlapping ones of one kind kept. */
function sentenceFinds(v: SentenceView, prev: readonly EventMention[]): Found[] {
  const out: Found[] = [];
  for (const f of [...verbEvents(v), ...cueEvents(v, prev), ...namedEvents(v)]) {
    // The same trigger read twice (a named 会晤 and the verb 会晤): one actor's two acts are two events.
    if (out.some((o) => o.kind === f.kind && ((f.at >= o.at && f.at < o.end) || (o.at >= f.at && o.at < f.end)))) continue;
    out.push(f);
  }
  return out;
}

function lastOf(drafts: readonly Draft[], kinds: readonly string[]): Draft | undefined {
  for (let k = drafts.length - 1; k >= 0; k--) if (kinds.includes(drafts[k]!.kind)) return drafts[k];
  return undefined;
}

function join(d: Draft, ms: readonly EventMention[], sentence: Sentence, at?: { start: number; end: number }): void {
  d.participants = [...new Set([...d.participants, ...ms.filter((m) => m.entityId !== d.place).map((m) => m.entityId)])];
  if (at) d.mentions.push({ start: sentence.start + at.start, end: sentence.start + at.end, sentence: sentence.index });
}

/** The spans of a sentence's quotations (“…”, 「…」). */
function quotations(text: string): [number, number][] {
  const out: [number, number][] = [];
  QUOTED.lastIndex = 0;
  for (let q = QUOTED.exec(text); q !== null; q = QUOTED.exec(text)) if (q[0].length > 12) out.push([q.index, q.index + q[0].length]);
  return out;
}

function toDraft(f: Found, v: SentenceView, s: Sentence, date: DateMention | undefined, inherited: string | undefined): Draft {
  const participants = f.takesSentence ? [...new Set([...f.participants, ...v.mentions.map((m) => m.entityId)])].filter((p) => p !== f.place) : f.participants;
  return {
    id: '',
    name: f.name,
    kind: f.kind,
    participants,
    mentions: [{ start: s.start + f.start, end: s.start + f.end, sentence: s.index }],
    date: date ? date.date : inherited,
    dateText: date?.text,
    place: f.place,
    actor: f.actor,
    proper: f.proper,
    planned: false,
    quoted: false,
    first: s.index,
  };
}

export interface ArticleInfo {
  /** The headline, for salience. */
  title?: string;
  /** The article's local publication day (YYYY-MM-DD), for the headline's event told in the lead. */
  published?: string;
}

/**
 * The lead's event the headline names (朔尔茨首次访华 over 李强会见访华的德国总理朔尔茨), undated
 * in its sentence, is the news of the day: it takes the publication day.
 */
function headlineDay(d: Draft, title: string | undefined, names: ReadonlyMap<string, { name: string }>, published: string | undefined): void {
  if (d.date !== undefined || published?.length !== 10 || !title) return;
  if (d.participants.some((p) => p !== d.place && !p.startsWith('place:') && title.includes(names.get(p)?.name ?? '\u0000'))) d.date = published;
}

/**
 * Events of an article. `mentions` carry offsets in the same coordinates as `sentences`, and so do
 * the returned events' mentions. `reference` is the publication date relative dates resolve against.
 */
export function extractEvents(
  sentences: readonly Sentence[],
  mentions: readonly (EventMention & { sentence: number })[],
  reference: string | undefined,
  info: ArticleInfo = {},
): ExtractedEvent[] {
  const bySentence = new Map<number, (EventMention & { sentence: number })[]>();
  const counts = new Map<string, { name: string; count: number }>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
    const c = counts.get(m.entityId);
    if (c) c.count++;
    else counts.set(m.entityId, { name: m.name, count: 1 });
  }
  const drafts: Draft[] = [];
  let prev: EventMention[] = [];
  let dispatch: DateMention | undefined;
  let leadIndex: number | undefined;
  for (const s of sentences) {
    const local = relative(bySentence.get(s.index), s.start);
    const lead = dispatch;
    dispatch = s.index < 4 ? datelineDate(s.text, reference) : undefined;
    // The lead: the first sentence naming anyone, a dispatch's dateline alone excepted.
    if (leadIndex === undefined && local.length > 0 && !(dispatch && s.text.length < 40)) leadIndex = s.index;
    if (hasCue(s.text)) {
      const v: SentenceView = { index: s.index, text: s.text, mentions: local };
      let dates: DateMention[] | undefined;
      let quotes: [number, number][] | undefined;
      for (const f of sentenceFinds(v, prev)) {
        const referred = f.refersTo !== undefined ? [...drafts].reverse().find((d) => d.kind === f.kind && d.name.endsWith(f.refersTo!)) : undefined;
        if (referred) {
          join(
            referred,
            local.filter((m) => f.participants.includes(m.entityId)),
            s,
            f,
          );
          continue;
        }
        dates ??= sentenceDates(s.text, reference);
        if (CALLED_OFF.test(s.text.slice(Math.max(0, f.at - 16), f.at))) continue;
        const date = nearestDate(dates, f.at) ?? lead ?? dispatch;
        const inherited =
          !date && f.sequel && f.actor !== undefined ? [...drafts].reverse().find((d) => d.actor === f.actor && d.date !== undefined)?.date : undefined;
        const d = toDraft(f, v, s, date, inherited);
        quotes ??= quotations(s.text);
        if (quotes.some(([a, b]) => f.at > a && f.at < b)) d.quoted = true;
        if (PLANNED.test(s.text.slice(Math.max(0, f.at - 8), f.at))) d.planned = true;
        drafts.push(d);
      }
      const back = BACK_REFERENCE.exec(s.text);
      const target = back ? lastOf(drafts, back[1] !== undefined ? REFERRED[back[1]]! : AT_MEETING) : undefined;
      if (back && target)
        join(
          target,
          local.filter((m) => m.type !== 'Place'),
          s,
          { start: back.index, end: back.index + back[0].length },
        );
      const award = WINNERS.test(s.text) ? lastOf(drafts, ['award']) : undefined;
      if (award)
        join(
          award,
          local.filter((m) => m.type === 'Person'),
          s,
        );
    }
    prev = local.length > 0 ? local : prev;
  }
  const merged = mergeDrafts(drafts);
  // After merging: a happening the text dates elsewhere (当地时间周五) keeps that date.
  for (const d of merged) if (d.mentions.some((m) => m.sentence === leadIndex)) headlineDay(d, info.title, counts, info.published);
  const kept = mostSalient(merged, { title: info.title ?? '', entities: counts });
  const byId = new Map<string, ExtractedEvent>();
  for (const d of kept) {
    const id = d.date === undefined ? `event:${d.name}` : `event:${d.name}@${d.date}`;
    const prior = byId.get(id);
    if (prior) {
      prior.participants = [...new Set([...prior.participants, ...d.participants])];
      prior.mentions.push(...d.mentions);
      continue;
    }
    const ev: ExtractedEvent = { id, name: d.name, kind: d.kind, participants: d.participants, mentions: d.mentions };
    if (d.date !== undefined) ev.date = d.date;
    if (d.dateText !== undefined) ev.dateText = d.dateText;
    if (d.place !== undefined) ev.place = d.place;
    byId.set(id, ev);
  }
  return [...byId.values()];
}
