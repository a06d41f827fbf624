// Date expressions in Chinese news resolved against the publication date: 4月26日 → 2024-04-26,
// 去年11月 → 2023-11, 3月份 → 2024-03, 上周日 → the Sunday of the previous week. Pure: the
// reference date is an argument, never "today".

import { hasUnit, unitsOf } from './code-units.ts';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
}

const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
/** A day of the month in Chinese numerals: 一 … 九, 十 … 十九, 二十 … 二十九, 廿 … 廿九, 三十, 三十一, 卅, 卅一. */
const CN_DAY = '三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九]';
const CN_UNIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The number a CN_DAY match writes (廿八 → 28, 十 → 10, 三十一 → 31). */
function cnDay(text: string): number {
  const tens = text.startsWith('廿') ? 20 : text.startsWith('卅') ? 30 : text.includes('十') ? (CN_UNIT[text[0]!] ?? 1) * 10 : 0;
  const unitChar = tens === 0 ? text : text.replace(/^.*[十廿卅]/u, '');
  return tens + (unitChar === '' ? 0 : (CN_UNIT[unitChar] ?? 0));
}

const PATTERN = new RegExp(
  [
    // 2024 年 8 月 5 日: some outlets space the parts.
    '(?<full>(?<fy>\\d{4}) ?年(?: ?(?<fm>\\d{1,2}) ?月(?: ?(?<fd>\\d{1,2}) ?[日号])?)?)',
    '(?<rel>(?<ry>去年|今年|明年|前年)(?:(?<rm>\\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份|(?<rd>\\d{1,2})[日号])?)?)',
    '(?<md>(?<mm>\\d{1,2})月(?:(?<md2>\\d{1,2})[日号]|份)?)',
    '(?<week>(?<wk>上|本|这|下)(?:周|星期|礼拜)(?<wd>[一二三四五六日天]))',
    // A bare weekday (周五, 星期一) is the last such day up to the reference day; 每周五 is none.
    '(?<bare>(?<![每隔逢])(?:周|星期|礼拜)(?<bd>[一二三四五六日天])(?![末刊报年岁]))',
    // 昨 alone (昨抵达, 昨(8)日) is yesterday too, as Taiwan's and Hong Kong's papers write it; 日昨 is
    // a vague "recently".
    '(?<day>今天|今日|今早|今晨|今午|今晚|昨天|昨日|昨早|昨晨|昨晚|昨夜|前天|明天|次日|(?<!日)昨)',
    // 新港路2号 is an address, 第2号 a number: no day of the month after 路, 街, 巷, 弄, 楼, 栋, 座 or 第.
    // Some pages space the day (24 日).
    '(?<dom>(?<![\\d路街巷弄楼栋座第])(?<dd>\\d{1,2})(?:[日号]| 日)(?![\\d]))',
    // Days and months in Chinese numerals (十月二十四日, 俄军廿八日空袭, 本月二日): Hong Kong's and
    // Taiwan's papers write them so. 为期七日, 七日内, 第二日, 一日游 are spans and counts, no date.
    `(?<cmd>(?=[一二三四五六七八九十])(?<cm>十[一二]?|[一二三四五六七八九])月(?<cmdd>${CN_DAY})日)`,
    `(?<cdom>(?=[一二三四五六七八九十廿卅])(?<![\\d〇零一二三四五六七八九十廿卅第每数几多连同当逐翌前后今昨明次这该首末有为期过近隔])(?<cdd>${CN_DAY})日(?![内后前来间里之以起游]))`,
    // 本月初, 上个月: this month or the last, at the month's precision (本月二日 is a day: not this).
    '(?<cur>(?<cw>本月|这个月|上月|上个月)(?![\\d一二三四五六七八九十廿卅])(?:初|中旬|上旬|下旬|中|底|末)?)',
  ].join('|'),
  'uy',
);

/**
 * The characters a PATTERN match can start with (each branch's first character, or what its
 * lookahead asks for): PATTERN is tried, sticky, only where one of them stands. Scanning the text
 * for them is a table read per code unit, where the regex tried its ten branches at every offset;
 * the matches are the same, since no branch matches an empty string or starts elsewhere.
 */
const STARTS = unitsOf('0123456789去今明前上本这下周星礼昨次一二三四五六七八九十廿卅'); // a bit per code unit: 8 KB, not a byte each

/** Days from the reference day of a deictic day word (今晚 is today, 昨夜 yesterday). */
const DAY_SHIFT: Record<string, number> = { 前天: -2, 明天: 1, 次日: 1 };
for (const w of ['今天', '今日', '今早', '今晨', '今午', '今晚']) DAY_SHIFT[w] = 0;
for (const w of ['昨天', '昨日', '昨早', '昨晨', '昨晚', '昨夜', '昨']) DAY_SHIFT[w] = -1;

/** 将于26日, 拟在3日: a day still to come, in the reference's month or the next, never the month before. */
const AHEAD = /(?:将|拟|定|预定|计划|预计|准备)(?:于|在)?\s*$/u;

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function validMonth(m: number): boolean {
  return Number.isInteger(m) && m >= 1 && m <= 12;
}
function validDay(d: number): boolean {
  return Number.isInteger(d) && d >= 1 && d <= 31;
}

/** Parse a reference (ISO date or date-time) as a UTC midnight of its calendar date. */
export function referenceDay(reference: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(reference);
  if (!m) return undefined;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

function resolveOne(g: Record<string, string | undefined>, ref: Date): string | undefined {
  const year = ref.getUTCFullYear();
  if (g.full !== undefined) {
    const m = g.fm === undefined ? undefined : Number(g.fm);
    if (m === undefined) return g.fy;
    if (!validMonth(m)) return undefined;
    if (g.fd === undefined) return `${g.fy}-${pad(m)}`;
    return validDay(Number(g.fd)) ? `${g.fy}-${pad(m)}-${pad(Number(g.fd))}` : undefined;
  }
  if (g.rel !== undefined) {
    const y = year + ({ 去年: -1, 今年: 0, 明年: 1, 前年: -2 }[g.ry!] ?? 0);
    if (g.rm === undefined) return String(y);
    const m = /\d/.test(g.rm) ? Number(g.rm) : CN_DIGITS[g.rm];
    if (m === undefined || !validMonth(m)) return undefined;
    if (g.rd === undefined) return `${y}-${pad(m)}`;
    return validDay(Number(g.rd)) ? `${y}-${pad(m)}-${pad(Number(g.rd))}` : undefined;
  }
  if (g.md !== undefined) {
    const m = Number(g.mm);
    if (!validMonth(m)) return undefined;
    // A month well after the reference date is last year's (an article in January about 11月).
    const y = m > ref.getUTCMonth() + 2 ? year - 1 : year;
    if (g.md2 === undefined) return `${y}-${pad(m)}`;
    return validDay(Number(g.md2)) ? `${y}-${pad(m)}-${pad(Number(g.md2))}` : undefined;
  }
  if (g.week !== undefined) {
    // Chinese weeks run Monday (1) to Sunday (7).
    const dow = ref.getUTCDay() === 0 ? 7 : ref.getUTCDay();
    const monday = addDays(ref, 1 - dow);
    const shift = { 上: -7, 本: 0, 这: 0, 下: 7 }[g.wk!] ?? 0;
    return iso(addDays(monday, shift + WEEKDAYS[g.wd!]! - 1));
  }
  if (g.bare !== undefined) {
    const dow = ref.getUTCDay() === 0 ? 7 : ref.getUTCDay();
    const back = (dow - WEEKDAYS[g.bd!]! + 7) % 7;
    return iso(addDays(ref, -back));
  }
  if (g.day !== undefined) {
    const shift = DAY_SHIFT[g.day] ?? 0;
    return iso(addDays(ref, shift));
  }
  if (g.cmd !== undefined) {
    const m = CN_DIGITS[g.cm!]!;
    const d = cnDay(g.cmdd!);
    if (!validDay(d)) return undefined;
    const y = m > ref.getUTCMonth() + 2 ? year - 1 : year;
    return `${y}-${pad(m)}-${pad(d)}`;
  }
  if (g.cur !== undefined) {
    const base = new Date(Date.UTC(year, ref.getUTCMonth() - (g.cw!.startsWith('上') ? 1 : 0), 1));
    return `${base.getUTCFullYear()}-${pad(base.getUTCMonth() + 1)}`;
  }
  if (g.dom !== undefined || g.cdom !== undefined) {
    const d = g.dom !== undefined ? Number(g.dd) : cnDay(g.cdd!);
    if (!validDay(d)) return undefined;
    // A day after the reference day is in the previous month (an article of 5月5日 citing 28日),
    // but the very next day is tomorrow: a page dated a day behind the place it reports from (a US
    // page of 12月3日 on 4日's talks in Beijing), or an act announced for tomorrow.
    const monthShift = d > ref.getUTCDate() + 1 ? -1 : 0;
    const base = new Date(Date.UTC(year, ref.getUTCMonth() + monthShift, 1));
    return `${base.getUTCFullYear()}-${pad(base.getUTCMonth() + 1)}-${pad(d)}`;
  }
  return undefined;
}

/** Between the bounds of a day range: 至, 到, a dash, with 晚/起/开始 or a closing bracket before. */
export const RANGE_JOIN = /^[)）]?\s*(?:早上|上午|中午|下午|晚上|晚间|晚|凌晨)?\s*(?:起|开始)?\s*(?:至|到|-|—|~|～)\s*$/u;

/** Between the days of a list (2月5日、6日, 5日和6日): a bare day takes the month of the one before. */
const DAY_LIST_JOIN = /^\s*(?:、|和|及|与|或)\s*$/u;

/** The day `day` of a range that starts on `start` (YYYY-MM-DD). */
function rangeEnd(start: string, day: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const base = new Date(Date.UTC(y, m - 1 + (day < d ? 1 : 0), 1));
  return `${base.getUTCFullYear()}-${pad(base.getUTCMonth() + 1)}-${pad(day)}`;
}

/** The last reference parsed: extractEvents asks findDates once per sentence with the same one. */
let lastReference: { reference: string; day: Date | undefined } | undefined;

/** referenceDay, remembering the last answer (the Date is only read, never changed). */
function cachedReferenceDay(reference: string): Date | undefined {
  if (lastReference?.reference !== reference) lastReference = { reference, day: referenceDay(reference) };
  return lastReference.day;
}

/** Every date expression in `text`, resolved against `reference` (ISO date or date-time). */
export function findDates(text: string, reference: string | undefined): DateMention[] {
  const ref = reference === undefined ? undefined : cachedReferenceDay(reference);
  const out: DateMention[] = [];
  // The global scan PATTERN made, one sticky try per possible start (see STARTS); nothing in the
  // loop uses PATTERN.
  for (let at = 0; at < text.length; at++) {
    if (!hasUnit(STARTS, text.charCodeAt(at))) continue;
    PATTERN.lastIndex = at;
    const m = PATTERN.exec(text);
    if (m === null) continue;
    at = m.index + m[0].length - 1;
    const g = m.groups ?? {};
    // Without a reference only absolute dates (2024年5月) can be resolved.
    let date = ref ? resolveOne(g, ref) : g.full !== undefined ? resolveOne(g, new Date(0)) : undefined;
    if (date !== undefined && ref !== undefined && (g.dom !== undefined || g.cdom !== undefined) && AHEAD.test(text.slice(Math.max(0, m.index - 5), m.index))) {
      const d = g.dom !== undefined ? Number(g.dd) : cnDay(g.cdd!);
      const base = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + (d < ref.getUTCDate() ? 1 : 0), 1));
      date = `${base.getUTCFullYear()}-${pad(base.getUTCMonth() + 1)}-${pad(d)}`;
    }
    // 本月20日: this month's day, even when it lies after the reference day.
    if (
      date !== undefined &&
      ref !== undefined &&
      (g.dom !== undefined || g.cdom !== undefined) &&
      /(?:本月|这个月)$/u.test(text.slice(Math.max(0, m.index - 4), m.index))
    ) {
      const d = g.dom !== undefined ? Number(g.dd) : cnDay(g.cdd!);
      date = `${ref.getUTCFullYear()}-${pad(ref.getUTCMonth() + 1)}-${pad(d)}`;
    }
    if (date === undefined) continue;
    const prev = out.at(-1);
    // The end of a day range (5月3日至6日, 今天(18号)起至21号) is a day of its start's month, or of
    // the next when it is smaller: not a day before the reference pushed into the month before.
    const end =
      (g.dom !== undefined || g.cdom !== undefined) &&
      prev !== undefined &&
      prev.date.length === 10 &&
      (RANGE_JOIN.test(text.slice(prev.end, m.index)) || DAY_LIST_JOIN.test(text.slice(prev.end, m.index)))
        ? rangeEnd(prev.date, g.dom !== undefined ? Number(g.dd) : cnDay(g.cdd!))
        : date;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date: end });
  }
  return out;
}

/** Resolve one date expression (the whole string), or undefined. */
export function resolveDate(expression: string, reference: string): string | undefined {
  const found = findDates(expression, reference);
  return found.length === 1 && found[0]!.text === expression ? found[0]!.date : undefined;
}
