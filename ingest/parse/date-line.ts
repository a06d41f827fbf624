// Date lines: the short line under a headline that says when the article was published, with
// whatever the page puts beside the date (发布时间:, 來源:某网, a byline, an outlet name, 第A09版, a
// weekday, a time and its zone). A date inside the story ("5月16日至17日", "2023年度报告显示，…") is no
// publication date, so a line counts only when, the date taken out, what is left reads as page
// furniture: labels, names, separators, never a sentence. A month alone counts only on a line that
// holds nothing else. Where the page has no date line, a wire dateline with a year opening the first
// paragraph (某社某地2024年5月5日电) is the date.
import { findDates, type PublishedDate } from './published-at.ts';
import { asciiDigits } from './date-digits.ts';
import { withoutZoneWords } from './date-zones.ts';

/** Longest line read as a date line: bylines and source lists run long, a body paragraph longer. */
export const MAX_DATE_LINE_LENGTH = 120;
/** Longest leftover (labels removed) beside the date: an outlet, a byline or two, a page number. */
const MAX_LEFTOVER = 40;

/** Labels that stand before or after a date on a date line (simplified and traditional). */
const LABELS =
  /(?:最后|最後)?(?:发布|發布|發佈|发表|發表|更新|修改|出版|刊出|刊登|上线|上線|首发|首發|见报|見報)(?:时间|時間|日期|于|於)?|(?:文章|稿件|新闻|新聞|信息|消息)?(?:来源|來源|出处|出處)|(?:时间|時間|日期|日時|编辑|編輯|责任编辑|責任編輯|责编|責編|作者|记者|記者|撰文|撰稿|文字|摄影|攝影|审核|審核|校对|校對|来自|來自|报道|報導|报导|綜合報導|综合报道|版次|版面|浏览|瀏覽|阅读|閱讀|点击|點擊)/gu;
/** Sentence punctuation: a leftover with any of it is prose, not a date line. */
const PROSE = /[,，。;；、“”「」]/u;
/** What may follow a date glued to it (no space): 发布, 电, 版, a weekday; any other Han character makes it prose (2024年5月5日起施行)… */
const GLUED_OK = /^[发發更电電讯訊报報出星周週第刊版(（[【|｜/:：\s]/u;
/** …or the label of the next field, colon and all (2023-07-28 15:13:00来源: 某报). */
const GLUED_LABEL = /^(?:来源|來源|出处|出處|作者|编辑|編輯|责任编辑|責任編輯|责编|責編|记者|記者)\s*[:：]/u;

export interface DateLine {
  date: PublishedDate;
  /** The line with the date and time taken out (for a byline or source beside the date). */
  rest: string;
}

/** The publication date a line states, when the line is a date line; undefined otherwise. */
export function readDateLine(line: string): DateLine | undefined {
  const s = line.trim();
  if (s === '' || s.length > MAX_DATE_LINE_LENGTH) return undefined;
  const [found] = findDates(s);
  if (!found) return undefined;
  const after = found.normalized.slice(found.end);
  if (after !== '' && /^\p{Script=Han}/u.test(after) && !GLUED_OK.test(after) && !GLUED_LABEL.test(after)) return undefined;
  const rest = (found.normalized.slice(0, found.start) + ' ' + after).replace(/\s+/g, ' ').trim();
  const leftover = withoutZoneWords(rest)
    .replace(LABELS, ' ')
    .replace(/[\s|｜/:：·•\-—_[\]【】()（）<>《》]+/gu, ' ')
    .trim();
  if (PROSE.test(leftover) || leftover.length > MAX_LEFTOVER) return undefined;
  if (found.date.precision === 'month' && leftover !== '') return undefined;
  return { date: found.date, rest };
}

/** True when `line` is a date line (see readDateLine). */
export function isDateLine(line: string): boolean {
  return readDateLine(line) !== undefined;
}

/** A wire dateline with a year at the start of a paragraph: 某社某地2024年5月5日电 (or 讯, 报道). */
const WIRE = /^[\p{Script=Han}A-Za-z·\s]{2,16}?(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:电|電|讯|訊|报道|報導|消息)/u;

/** The date of a wire dateline opening `paragraph`, when it has a year; undefined otherwise. */
export function readWireDateline(paragraph: string): PublishedDate | undefined {
  const head = asciiDigits(paragraph.trim().slice(0, 40));
  const m = WIRE.exec(head);
  if (!m) return undefined;
  const [found] = findDates(m[1]!);
  return found?.date.precision === 'day' ? found.date : undefined;
}

/** A clock time, with the zone's label before it (香港時間10時30分, 10:30). */
const CLOCK = String.raw`(?:\p{Script=Han}{1,3}(?:時間|时间))?\s*\d{1,2}(?:[時时点點]\d{1,2}分|:\d{2})`;
/** A clock time alone on a line, as press releases print it under their date. */
const TIME_LINE = new RegExp(`^${CLOCK}$`, 'u');
/** What a closing date line may hold besides its date: the weekday, that clock time. */
const DATE_LINE_REST = new RegExp(`^[(（]?(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][)）]?(?:\\s*${CLOCK})?$`, 'u');

/**
 * The date a press release prints under its text (2022年12月20日(星期二), then 香港時間10時30分 on a line
 * of its own). Only a bare date (a weekday and a clock time at most) is read: a list of related
 * links at the end of a page also carries dates, each beside a title or an outlet.
 */
export function readClosingDateLine(lines: readonly string[]): PublishedDate | undefined {
  const last = lines.at(-1);
  if (last === undefined) return undefined;
  const previous = lines.at(-2);
  const line = TIME_LINE.test(last) && previous !== undefined ? `${previous} ${last}` : last;
  const read = readDateLine(line);
  if (read === undefined || read.date.precision !== 'day') return undefined;
  const rest = read.rest.trim();
  return rest === '' || DATE_LINE_REST.test(rest) ? read.date : undefined;
}
