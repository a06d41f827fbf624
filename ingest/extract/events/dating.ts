// An event's date: the sentence's date expression nearest before its trigger (else the first after
// it), resolved against the publication date by dates.ts; a speaker's deictic date inside a
// quotation is the speaker's, not the article's. A dispatch's dateline (新华社北京1月8日电) dates
// the lead that follows it: that is the news of the day. No other sentence takes the publication date.
import { findDates, type DateMention } from '../dates.ts';

/** Deictic days (今天, 昨晚, 次日): inside a quotation they are the speaker's. */
const DEICTIC = /^(?:今|昨|前天|明天|次日)/u;
const QUOTED = /“[^”]*”?|「[^」]*」?/gu;
/** 2023年度 (a period a thing is of), 2019年以来 / 4月底以来 (since when): not when it happened. */
const NOT_WHEN = /^(?:度|[底初中]?以来|[底初]?至今)/u;
const RANGE = /^\s*(?:至|到|~|-|—|－)\s*$/u;
/** A dispatch's dateline: a date, then 电 / 讯 / 消息, at most a short place and outlet before it. */
const DATELINE = /^[^,。;]{0,24}?((?:\d{4}年)?\d{1,2}月\d{1,2}日)(?:电|讯|消息)/u;

/** The dates of a sentence, without the speaker's deictic dates inside quotations. */
export function sentenceDates(text: string, reference: string | undefined): DateMention[] {
  const quoted: [number, number][] = [];
  QUOTED.lastIndex = 0;
  for (let q = QUOTED.exec(text); q !== null; q = QUOTED.exec(text)) quoted.push([q.index, q.index + q[0].length]);
  const out: DateMention[] = [];
  for (const d of findDates(text, reference)) {
    if (DEICTIC.test(d.text) && quoted.some(([a, b]) => d.start >= a && d.end <= b)) continue;
    if (NOT_WHEN.test(text.slice(d.end, d.end + 4))) continue;
    // 5月16日至17日: a range's end is no date of its own; the event began at its start.
    const last = out[out.length - 1];
    if (last && RANGE.test(text.slice(last.end, d.start))) continue;
    out.push(d);
  }
  return out;
}

export function nearestDate(dates: readonly DateMention[], at: number): DateMention | undefined {
  let before: DateMention | undefined;
  for (const d of dates) if (d.end <= at) before = d;
  return before ?? dates.find((d) => d.start >= at);
}

/** The date of the dispatch a sentence opens with (新华社北京1月8日电), or undefined. */
export function datelineDate(text: string, reference: string | undefined): DateMention | undefined {
  const m = DATELINE.exec(text);
  if (!m) return undefined;
  return findDates(m[1]!, reference)[0];
}
