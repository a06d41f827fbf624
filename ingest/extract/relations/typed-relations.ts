// The article's typed relations between entities (MEETS, VISITS, SANCTIONS …): the finders run on
// the sentences that hold a cue, each finding is dated by its sentence's own time expression
// (resolved against the publication date, at the precision written) or else the article's local
// date, and one relation is kept per type, ends and date, with every sentence that states it.
import { localPublishedDate, type ArticleExtraction, type ExtractedRelation } from '../../model.ts';
import { normalizeEachUnit } from '../../parse/normalize.ts';
import { findDates, RANGE_JOIN, type DateMention } from '../dates.ts';
import type { RoleMention } from '../roles/role-patterns.ts';
import { FACILITY_SUFFIXES } from '../rules/organization-rules.ts';
import { datelineDate } from '../events/dating.ts';
import { clauses } from './context.ts';
import { sentenceRelations } from './finders.ts';

/** A clause holding only a time (4月26日, 当地时间26日上午): its date is the next clause's. */
const TIME_ONLY =
  /^(?:就在|在|于)?(?:当地时间|北京时间|美东时间)?(?:上午|下午|晚上|晚间|早上|早间|凌晨|中午|傍晚|夜间|当天|当日|早前|\d{1,2}[时点](?:\d{1,2}分)?|许|左右|上旬|中旬|下旬|初|中|底|末|\s)*$/u;

/** After a date, the end of a span (2019年以来, 10日前): that date is not the act's. */
// A span's start (自3月起制裁, 从2020年8月开始) dates the act it starts; after 截至 a date dates nothing.
const SPAN_BOUND = /^(?:以来|以前|之前|之后|以后|至今|前|后)/u;
/**
 * A vague or relative past (日前, 近日, 此前, 早些时候, 前不久, 曾, 三年前, 两周前, 上周, 最近, 几天后) puts the act before
 * the article on no day the text gives: such an act is left undated, not given the article's day.
 */
const VAGUE_PAST =
  /(?<!节)日前|近日|近期|近来|最近|此前|先前|早前|早些时候|前不久|不久前|日昨|曾经|曾(?=对|与|同|向|在|于|和|跟|多次|数次|两次|几次|一度|到|赴|访|率|前往|会|表示|宣布|发动|起诉|批评|谴责|制裁|击败|战胜|输给|负于|签|致电|通|抵达|出访)|(?:\d+|[一二两三四五六七八九十几数多]+)年(?:之)?前|[几数多](?:天|日|周|个月)(?:之)?后|不久(?:之)?后|(?:\d+|[一二两三四五六七八九十几数多]+)(?:周|星期|个星期|礼拜|个礼拜|个月|天)(?:之)?前|(?:上周|上星期|上个星期|上礼拜)(?![一二三四五六日天])/u;

/** A dispatch dateline ending its clause's head (新华社北京3月4日电, 东京14日综合外电报导): the rest is the sentence's. */
const DATELINE_HEAD = /^.*\d{1,2}日(?:电|专电|(?:综合)?(?:外电)?报[导道])\s*/u;

/** 当天, 同日: the day the text last named, in an earlier sentence. */
const SAME_DAY = /当天|当日|同日|同一天|是日|当晚|当天晚上/u;
/** A sentence opening with a clock time and no day (下午5时许，…): the day is the one last named. */
const CLOCK_OPENING = /^(?:当地时间|北京时间)?(?:早上|上午|中午|下午|傍晚|晚上|晚间|凌晨)?\s*\d{1,2}\s*[时点]/u;
/** How many sentences back 当天 may find its day. */
const SAME_DAY_REACH = 3;

/** A sentence about what is to come (马克龙将于11月访华): its days are not the day 当天 refers to. */
const TO_COME = /将|拟|即将|计划|预计|准备/u;

/**
 * The last day (YYYY-MM-DD) the sentences before `index` name, within SAME_DAY_REACH of them,
 * passing over sentences about what is to come.
 */
function earlierDay(sentences: ArticleExtraction['sentences'], norm: string, index: number, reference: string | undefined): string | undefined {
  for (let k = index - 1; k >= 0 && k >= index - SAME_DAY_REACH; k--) {
    const s = sentences[k]!;
    const text = norm.slice(s.start, s.start + s.text.length);
    const days = findDates(text, reference).filter((d) => d.date.length === 10);
    if (days.length === 0 || TO_COME.test(text.slice(0, days[0]!.start))) continue;
    return days[days.length - 1]!.date;
  }
  return undefined;
}

/** `<type in lower case>:<source>|<target>|<date or ->`. */
export function relationId(type: string, source: string, target: string, date: string | undefined): string {
  return `${type.toLowerCase()}:${source}|${target}|${date ?? '-'}`;
}

/**
 * The date a sentence gives the act at `cue` (offset in the sentence): the nearest date before it
 * in its clause, else that of a time-only clause before it; undefined when the sentence gives none.
 */
export function sentenceDate(
  text: string,
  cue: number,
  reference: string | undefined,
  found: readonly DateMention[] = findDates(text, reference),
  bounds: readonly [number, number][] = clauses(text),
): string | undefined {
  const dates = found.filter((d) => d.end <= cue && !SPAN_BOUND.test(text.slice(d.end, d.end + 2)) && !/截$/u.test(text.slice(0, d.start)));
  if (dates.length === 0) return undefined;
  const [cs] = clauseOf(bounds, cue);
  for (let i = dates.length - 1; i >= 0; i--) {
    // A range (10月26日至28日) dates the act by its start, which also carries the month; in
    // 今天(18号)起至21号 the start is the day in brackets, which the text states.
    const last = dates[i]!;
    while (i > 0 && RANGE_JOIN.test(text.slice(dates[i - 1]!.end, dates[i]!.start))) i--;
    const d = dates[i]!;
    if (d.start >= cs) return d.date;
    const [ds, de] = clauseOf(bounds, d.start);
    const rest = text.slice(ds, d.start).replace(DATELINE_HEAD, '') + text.slice(last.end, de).replace(/^[)）]/u, '');
    if (TIME_ONLY.test(rest)) return d.date;
  }
  return undefined;
}

/** The clause of `bounds` holding offset `at` (a module function: under tsx a named closure per call cost a __name call each). */
function clauseOf(bounds: readonly [number, number][], at: number): [number, number] {
  return bounds.find(([, e]) => at <= e)!;
}

/** Whether the act at `cue` is put in a vague or relative past: in its clause, or a time-only clause before it. */
export function vaguePast(text: string, cue: number, bounds: readonly [number, number][] = clauses(text)): boolean {
  const k = bounds.findIndex(([, e]) => cue <= e);
  if (k < 0) return false;
  if (VAGUE_PAST.test(text.slice(bounds[k]![0], cue))) return true;
  const prev = bounds[k - 1];
  if (prev === undefined) return false;
  const head = text.slice(prev[0], prev[1]).replace(/[，,：:\s]+$/u, '');
  return VAGUE_PAST.test(head) && TIME_ONLY.test(head.replace(VAGUE_PAST, '').replace(/^今年|^去年/u, ''));
}

/**
 * The place a visit to `target` is a visit to: a facility (上海浦东国际机场, 某某口岸) is where the
 * visitor lands, not what is visited, so the visit goes to the place named at its front (上海), and
 * to nothing when its name holds none (浦东国际机场). Other places are themselves.
 */
function visitedPlace(target: string, sentence: number, mentions: readonly RoleMention[], nested: readonly RoleMention[]): string | undefined {
  const name = target.slice(target.indexOf(':') + 1);
  if (!target.startsWith('place:') || !FACILITY_SUFFIXES.some((suffix) => name.endsWith(suffix))) return target;
  const facility = mentions.find((m) => m.sentence === sentence && m.entityId === target);
  if (facility === undefined) return undefined;
  return nested.find((n) => n.start === facility.start && n.end < facility.end && n.type === 'Place')?.entityId;
}

/**
 * The typed relations (all but HOLDS_ROLE) of an article, from its resolved, non-nested mentions;
 * `nested` are the places inside names (上海 of 上海浦东国际机场), for visits to facilities. Cues and
 * words are matched on `norm`, the text simplified and half-width one code unit at a time (會見 =
 * 会见, offsets unchanged); a caller that has it already passes it.
 */
export function verbRelations(
  x: Pick<ArticleExtraction, 'text' | 'sentences' | 'publishedAt' | 'datePrecision'>,
  mentions: readonly RoleMention[],
  nested: readonly RoleMention[] = [],
  norm = normalizeEachUnit(x.text),
): ExtractedRelation[] {
  const articleDate = localPublishedDate(x);
  const published = x.datePrecision === 'month' ? undefined : x.publishedAt;
  // After a dispatch's dateline (新华社北京3月5日电) its day is the writer's today: 今天 and 6日 count from it.
  let reference = published;
  const bySentence = new Map<number, RoleMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list === undefined) bySentence.set(m.sentence, [m]);
    else list.push(m);
  }
  const byId = new Map<string, ExtractedRelation>();
  /** Ids of relations dated by the article, not by their own sentence. */
  const undated = new Set<string>();
  for (const s of x.sentences) {
    const text = norm.slice(s.start, s.start + s.text.length);
    if (s.index < 4 && reference === published) {
      const dispatch = datelineDate(text, published);
      if (dispatch !== undefined && dispatch.date.length === 10) reference = dispatch.date;
    }
    // The sentence's dates and clauses are read once for all its findings.
    let dates: DateMention[] | undefined;
    let bounds: [number, number][] | undefined;
    for (const f of sentenceRelations(text, s.start, bySentence.get(s.index) ?? [])) {
      const target = f.type === 'VISITS' ? visitedPlace(f.target, s.index, mentions, nested) : f.target;
      if (target === undefined || target === f.source) continue;
      const cueAt = f.cue - s.start;
      bounds ??= clauses(text);
      let own = sentenceDate(text, cueAt, reference, (dates ??= findDates(text, reference)), bounds);
      if (own === undefined && (SAME_DAY.test(text.slice(0, cueAt)) || CLOCK_OPENING.test(text))) own = earlierDay(x.sentences, norm, s.index, reference);
      // An act dated after the article was written is announced, not done (布林肯下周访华).
      if (own !== undefined && articleDate !== undefined && own.slice(0, articleDate.length) > articleDate.slice(0, own.length)) continue;
      // A vague past (日前, 曾, 三年前) gives the act no day: neither its own nor the article's.
      const date = own ?? (vaguePast(text, cueAt, bounds) ? undefined : articleDate);
      const id = relationId(f.type, f.source, target, date);
      const seen = byId.get(id);
      if (seen !== undefined) {
        if (!seen.sentences.includes(s.index)) seen.sentences.push(s.index);
        continue;
      }
      const r: ExtractedRelation = {
        id,
        type: f.type,
        source: f.source,
        target,
        sentence: s.index,
        start: f.start,
        end: f.end,
        sentences: [s.index],
      };
      if (date !== undefined) r.date = date;
      if (own === undefined) undated.add(id);
      byId.set(id, r);
    }
  }
  return mergeUndated([...byId.values()], undated);
}

/** A relation's type and ends, without its date. */
function undatedKey(r: ExtractedRelation): string {
  return `${r.type}|${r.source}|${r.target}`;
}

/**
 * A relation dated only by the article (布林肯在访华结束的路上) joins the one act of the same type
 * and ends that a sentence dates (4月26日…布林肯访华): the same visit, not a second one on the
 * publication day. With two dated acts or none, it stays as it is.
 */
function mergeUndated(all: ExtractedRelation[], undated: ReadonlySet<string>): ExtractedRelation[] {
  const dated = new Map<string, ExtractedRelation[]>();
  for (const r of all) if (!undated.has(r.id)) dated.set(undatedKey(r), [...(dated.get(undatedKey(r)) ?? []), r]);
  const out: ExtractedRelation[] = [];
  for (const r of all) {
    const same = undated.has(r.id) ? dated.get(undatedKey(r)) : undefined;
    if (same?.length !== 1) {
      out.push(r);
      continue;
    }
    const into = same[0]!;
    into.sentences = [...new Set([...into.sentences, ...r.sentences])].sort((a, b) => a - b);
    // `sentence`, `start` and `end` stay those of the first stating sentence.
    if (r.sentence < into.sentence) Object.assign(into, { sentence: r.sentence, start: r.start, end: r.end });
  }
  return out;
}
