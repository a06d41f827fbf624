// Which first line is a headline. A plain-text article starts with its headline, and Chinese
// headlines run long (two clauses, a colon, a quote: 60–100 characters is common), so a first line
// up to MAX_TITLE_LENGTH is the title unless it reads as something else: body text (a long line
// ending like a sentence), a date line or a byline. Replacing a long headline by the file name
// lost the one line that says what the article is about.
import { isDateLine, readDateLine } from './date-line.ts';
import { MAX_HEADING_LENGTH } from './paragraphs.ts';

/** Longest line taken as a title. */
export const MAX_TITLE_LENGTH = 120;

/** A full stop ends body text; a headline may end with ? or ! (是否…？, 大赢家!). */
const SENTENCE_END = /[。.][”’」』"]?$/u;
/**
 * A story's first sentence opens with its day and a comma (10月26日,某部发言人某某主持例行记者会。);
 * a headline that ends with a full stop does not (某队主帅怒:未胜,极度不满。).
 */
const LEDE_OPENING = /^(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚间|晚上|晚|凌晨|早上|中午|夜间)?[,，]/u;
/** 作者: 某某, 记者｜某某, 本报记者 某某, 文/某某: a credit line, not a headline. */
const BYLINE =
  /^(?:(?:本报|本報|本台|本刊|本网|本網)?(?:特约|特約)?(?:记者|記者|通讯员|通訊員)\s+\S|(?:作者|编辑|編輯|记者|記者|责任编辑|責任編輯|责编|責編|撰文|文|图|圖|采写|採寫|整理|摄影|攝影)\s*[|｜/:：])/u;

/** True when `line` reads as a byline (作者: 某某, 本报记者 某某). */
export function isBylineLine(line: string): boolean {
  return BYLINE.test(line.trim());
}

/** True when `line` can be an article's title: short enough, and not body text, a date line or a byline. */
export function isTitleLine(line: string): boolean {
  const s = line.trim();
  if (s === '' || s.length > MAX_TITLE_LENGTH) return false;
  if (SENTENCE_END.test(s) && (s.length > MAX_HEADING_LENGTH || LEDE_OPENING.test(s))) return false;
  return !isDateLine(s) && !isBylineLine(s);
}

/** A headline's worth of Han characters beside a date (外交部例行记者会 (2025年10月17日)). */
const HEADLINE_HAN = /\p{Script=Han}{4}/u;
/** A label of a date line (来源:, 发布时间 …): a line with one is page furniture, not a headline (记者会 is no label). */
const LABEL = /(?:来源|來源|发布|發布|發佈|时间|時間|日期|编辑|編輯|作者|记者|記者|责编|責編|撰文|摄影|攝影|更新|出处|出處)(?=[:：|｜\s]|$)/u;

/**
 * True when `lines[0]` is a headline that carries a date (外交部例行记者会 (2025年10月17日)) over a
 * date line of its own among the next `headLines` lines: the first line is then the title, and the
 * page's date line, not the date in the headline, is the publication date.
 */
export function isDatedTitleLine(lines: readonly string[], headLines: number): boolean {
  const first = (lines[0] ?? '').trim();
  const read = readDateLine(first);
  if (read === undefined || first.length > MAX_TITLE_LENGTH || LABEL.test(read.rest) || !HEADLINE_HAN.test(read.rest)) return false;
  return lines.slice(1, 1 + headLines).some((l) => isDateLine(l));
}
