// Paragraph-level helpers shared by the news, text and Markdown readers: what counts as a heading,
// which lines are site chrome, and how paragraphs become an article's `text`.

const END_PUNCT = /[。!?!?…;;::,,、]$/;
const QUOTE_END = /[。!?!?…][”’」』"]$/;
export const MAX_HEADING_LENGTH = 30;

/** A short line without end punctuation (避免AI“核灾难”) is a section heading, not a paragraph. */
export function isHeading(line: string): boolean {
  const s = line.trim();
  return s.length > 0 && s.length <= MAX_HEADING_LENGTH && !END_PUNCT.test(s) && !QUOTE_END.test(s);
}

const CHROME_PATTERNS: RegExp[] = [
  /^[,,、]/, // a paragraph never starts with a comma: ",森舟 中美AI的破冰时刻"
  /^(责任编辑|责编|原标题|分享到|扫一扫|点击|举报|返回搜狐|查看更多|本文来源|免责声明|版权声明)/,
  /^(上一篇|下一篇|更多精彩|相关阅读|热门推荐)/,
];

/** Lines a page wraps around the article: navigation, share bars, a repeat of the title. */
export function isChrome(line: string, title: string): boolean {
  const s = line.trim();
  if (CHROME_PATTERNS.some((re) => re.test(s))) return true;
  return title.length >= 4 && s !== title && s.length <= title.length + 12 && s.endsWith(title);
}

/** Body text: paragraphs joined by a blank line, as ParsedArticle.text promises. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('\n\n');
}
