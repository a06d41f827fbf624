// Publication dates as Chinese news pages write them, read into the article's own local date plus
// the instant with its offset. Forms: 2024-05-05 17:38:55, 2024/5/5, 2024.05.05, 2024年5月5日 下午3:05,
// the year last, day first unless the numbers say otherwise (25.02.2026, 04/12/2025, 02/25/2026),
// eight digits with a time or alone at the line's start (20240505 10:30),
// 二〇二四年五月五日, full-width digits, ISO with an offset (2024-05-05T01:06:00+08:00), a weekday
// between date and time, zone words (北京时间, 台北時間, HKT, GMT+8); a month alone (2024-09,
// 2024年9月) is a date of month precision. The local date is what the page says, in the zone it
// states (Asia/Shanghai when it states none): an article at 01:06 +08:00 is that day, never the UTC
// day before. A date that does not exist (2024年13月45日, 2023-02-29, year 0, year 3024) is no date:
// a wrong date is worse than none.
import type { DatePrecision, ParsedArticle } from '../model.ts';
import { asciiDigits } from './date-digits.ts';
import { DEFAULT_ZONE, formatOffset, offsetFor, parseOffset, statedZone } from './date-zones.ts';

export interface PublishedDate {
  /** The article's own local date: `YYYY-MM-DD`, or `YYYY-MM` when only a month is stated. */
  local: string;
  /** ISO 8601 in the article's zone, with its offset; midnight when no time is stated, the 1st for a month. */
  instant: string;
  /** IANA zone (`Asia/Shanghai`, the default) or the offset the text states (`+08:00`). */
  zone: string;
  precision: DatePrecision;
}

/** A date found in a line; `start`/`end` index `normalized` (the line read by asciiDigits). */
export interface DateMatch {
  date: PublishedDate;
  normalized: string;
  start: number;
  end: number;
}

/** Years a publication date may have: news on the web, not a typo or a far-future placeholder. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const DATE = new RegExp(
  String.raw`(?<![\p{Nd}A-Za-z])(?:(?<y>\d{4})(?:` +
    String.raw`\s*年\s*(?<cm>\d{1,2})\s*月(?:\s*(?<cd>\d{1,2})\s*[日号號])?` +
    String.raw`|(?<sep>[-/.])(?<nm>\d{1,2})(?:\k<sep>(?<nd>\d{1,2}))?(?![\p{Nd}])` +
    // 20150511: eight digits are a date only with a time after them or alone at the line's start.
    String.raw`|(?<km>\d{2})(?<kd>\d{2})(?:(?=\s*\d{1,2}:\d{2})|(?<=^\s*\d{8})(?=\s|$)))` +
    // The year last, as European outlets' Chinese pages write it (25.02.2026, 25/02/2026).
    String.raw`|(?<ld>\d{1,2})(?<lsep>[-/.])(?<lm>\d{1,2})\k<lsep>(?<ly>\d{4})(?![\p{Nd}]))`,
  'gu',
);

/**
 * Day and month of a date written with the year last. Chinese pages that put the year last are
 * those of Hong Kong, Macau, Singapore, Malaysian and European outlets, which write the day first
 * (25.02.2026, 04/12/2025); only a second number above 12 makes it month first (02/25/2026).
 */
function dayMonthOfYearLast(a: number, b: number): [number, number] {
  return b > 12 && a <= 12 ? [b, a] : [a, b];
}
const WEEKDAY = String.raw`(?:[((]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天七][))]?\s*)?`;
const DAYPART = '上午|下午|中午|晚上|晚间|晚間|凌晨|早上|早晨|清晨|傍晚|深夜|夜间|夜間|午间|午間|白天';
/** A time right after a date (sticky): 19:14, 19:14:05, 下午3时05分, 3:05 PM, T01:06:00+08:00. */
const TIME = new RegExp(
  String.raw`\s*${WEEKDAY}(?:T|\s*)(?<part>${DAYPART})?\s*(?<h>\d{1,2})\s*(?:[:]|[时時点點])\s*(?:(?<mi>\d{1,2})\s*分?)?` +
    String.raw`(?:\s*:\s*(?<s>\d{1,2})(?:\.\d+)?|\s*(?<s2>\d{1,2})\s*秒)?\s*(?<ampm>[AaPp]\.?[Mm]\.?(?![A-Za-z]))?(?<off>Z|[+-]\d{2}:?\d{2}(?!\d))?`,
  'uy',
);

const pad = (n: number): string => String(n).padStart(2, '0');

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 24-hour clock hour of `hour` said with a part of the day (下午3时 → 15), or undefined when impossible. */
function clockHour(hour: number, part: string | undefined, ampm: string | undefined): number | undefined {
  if (hour > 23) return undefined;
  const pm = ampm !== undefined && /^p/i.test(ampm);
  const am = ampm !== undefined && /^a/i.test(ampm);
  if (pm || am) {
    if (hour < 1 || hour > 12) return hour > 12 && !am ? hour : undefined;
    return (hour % 12) + (pm ? 12 : 0);
  }
  if (part === undefined || hour >= 13) return hour;
  if (/下午|晚|傍晚|夜/.test(part)) return hour === 12 ? (part === '下午' ? 12 : 0) : hour + (part.startsWith('深夜') && hour < 6 ? 0 : 12);
  if (part === '中午' || part === '午间' || part === '午間') return hour <= 2 ? hour + 12 : hour;
  if (part === '凌晨') return hour === 12 ? 0 : hour;
  return hour;
}

interface Clock {
  h: number;
  mi: number;
  s: number;
  precision: DatePrecision;
  offset: string | undefined;
  end: number;
}

/** The time right after a date ending at `at`, or null when none (undefined when it is impossible). */
function readTime(s: string, at: number): Clock | null | undefined {
  TIME.lastIndex = at;
  const m = TIME.exec(s);
  if (!m) return null;
  const g = m.groups!;
  const h = clockHour(Number(g.h), g.part, g.ampm);
  const mi = g.mi === undefined ? 0 : Number(g.mi);
  const secText = g.s ?? g.s2;
  const sec = secText === undefined ? 0 : Number(secText);
  if (h === undefined || mi > 59 || sec > 59) return undefined;
  return { h, mi, s: sec, precision: secText === undefined ? 'minute' : 'second', offset: g.off, end: m.index + m[0].length };
}

function build(y: number, mo: number, d: number | undefined, clock: Clock | null, line: string): PublishedDate | undefined {
  // An offset written with the time (ISO) is the zone; else the zone words of the line; else Beijing.
  const textOffset = clock?.offset === undefined ? undefined : parseOffset(clock.offset);
  if (clock?.offset !== undefined && textOffset === undefined) return undefined;
  const zone = textOffset !== undefined ? formatOffset(textOffset) : (statedZone(line) ?? DEFAULT_ZONE);
  const day = d ?? 1;
  const h = clock?.h ?? 0;
  const mi = clock?.mi ?? 0;
  const sec = clock?.s ?? 0;
  const wall = new Date(0);
  wall.setUTCFullYear(y, mo - 1, day);
  wall.setUTCHours(h, mi, sec, 0);
  const offset = offsetFor(zone, wall.getTime());
  const local = d === undefined ? `${y}-${pad(mo)}` : `${y}-${pad(mo)}-${pad(day)}`;
  const precision: DatePrecision = d === undefined ? 'month' : clock ? clock.precision : 'day';
  return { local, instant: `${y}-${pad(mo)}-${pad(day)}T${pad(h)}:${pad(mi)}:${pad(sec)}${offset}`, zone, precision };
}

/** Every real date(-time) in `line`, in order; month-only dates included. */
export function findDates(line: string): DateMatch[] {
  const normalized = asciiDigits(line);
  const out: DateMatch[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(normalized); m !== null; m = DATE.exec(normalized)) {
    const g = m.groups!;
    let y: number;
    let mo: number;
    let d: number | undefined;
    if (g.ly !== undefined) {
      [d, mo] = dayMonthOfYearLast(Number(g.ld), Number(g.lm));
      y = Number(g.ly);
    } else {
      y = Number(g.y);
      mo = Number(g.cm ?? g.nm ?? g.km);
      const dText = g.cd ?? g.nd ?? g.kd;
      d = dText === undefined ? undefined : Number(dText);
    }
    if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12) continue;
    if (d !== undefined && (d < 1 || d > daysInMonth(y, mo))) continue;
    // 2024.5 or 2024-5 alone reads as a month only when written as one (two digits or 年/月).
    if (d === undefined && g.nm !== undefined && g.nm.length !== 2) continue;
    const end = m.index + m[0].length;
    const clock = d === undefined ? null : readTime(normalized, end);
    if (clock === undefined) continue;
    const date = build(y, mo, d, clock, normalized);
    if (date === undefined) continue;
    // The span ends at the last character of the date or time, never on the space after it.
    let spanEnd = clock ? clock.end : end;
    while (spanEnd > end && /\s/.test(normalized[spanEnd - 1]!)) spanEnd--;
    out.push({ date, normalized, start: m.index, end: spanEnd });
  }
  return out;
}

/** The first real date(-time) in `s` (a day, or a month when that is all it states), or undefined. */
export function parsePublishedDate(s: string): PublishedDate | undefined {
  return findDates(s)[0]?.date;
}

/** The first real date(-time) in `s` as an instant with its offset (`2024-05-05T17:38:55+08:00`), or undefined. */
export function parsePublishedAt(s: string): string | undefined {
  const date = parsePublishedDate(s);
  return date === undefined || date.precision === 'month' ? undefined : date.instant;
}

/** The ParsedArticle fields that carry a publication date. */
export function publishedFields(date: PublishedDate): Required<Pick<ParsedArticle, 'publishedAt' | 'publishedZone' | 'datePrecision'>> {
  return { publishedAt: date.instant, publishedZone: date.zone, datePrecision: date.precision };
}
