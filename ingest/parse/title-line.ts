// Which first line is a headline. A plain-text article starts with its headline, and Chinese
// headlines run long (two clauses, a colon, a quote: 60–100 characters is common), so a first line
// up to MAX_TITLE_LENGTH is the title unless it reads as something else: body text (a long line
// ending like a sentence), a date line or a byline. Replacing a long headline by the file name
// lost the one line that says what the article is about.
import { isDateLine } from './date-line.ts';
import { MAX_HEADING_LENGTH } from './paragraphs.ts';

/** Longest line taken as a title. */
export const MAX_TITLE_LENGTH = 120;

/** A full stop ends body text; a headline may end with ? or ! (是否…？, 大赢家!). */
const SENTENCE_END = /[。.][”’」』"]?$/u;
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
  if (s.length > MAX_HEADING_LENGTH && SENTENCE_END.test(s)) return false;
  return !isDateLine(s) && !isBylineLine(s);
}
