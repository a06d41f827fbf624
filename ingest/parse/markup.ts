// HTML markup inside plain text and Markdown. Saved articles and pasted pages often carry tags
// (`<p>`, `<br>`, `<img src=x onerror=…>`); read as prose, their attribute text became names (a
// byline "作者 | <img src=x …>" made a Person `src=x`) and their punctuation changed how the names
// around them were read. Markup is not prose: tags go, block tags become line breaks so paragraphs
// stay paragraphs, the text between tags stays, and a `<` that opens no tag (价格<100元, a<b) is text.
// A hand scanner rather than one regular expression: attribute syntax under a regex backtracks
// quadratically on a long unclosed `<a   …`, and every tag here is bounded by MAX_TAG_LENGTH.

/** Elements of HTML (living standard and common obsolete ones); `<foo>` in prose is not a tag. */
const ELEMENTS = new Set(
  (
    'a abbr acronym address area article aside audio b base bdi bdo big blink blockquote body br button canvas caption center cite code col ' +
    'colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset ' +
    'h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark marquee menu meta meter nav ' +
    'nobr noembed noframes noscript object ol optgroup option output p param picture plaintext pre progress q rp rt ruby s samp script ' +
    'search section select slot small source span strike strong style sub summary sup svg math table tbody td template textarea tfoot th ' +
    'thead time title tr track tt u ul var video wbr xmp'
  ).split(' '),
);

/** Elements that end a line of text where they open or close. */
const BLOCKS = new Set(
  (
    'address article aside blockquote body br center dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset ' +
    'h1 h2 h3 h4 h5 h6 head header hgroup hr html li main menu nav ol p pre search section summary table tbody td tfoot th thead title tr ul'
  ).split(' '),
);

/** Elements whose content is code or styling, never prose: dropped with the tags. */
const RAW_TEXT = new Set(['script', 'style', 'template', 'noscript', 'xmp', 'textarea', 'svg', 'math']);

/** Longest tag (attributes included) taken as markup; beyond it the `<` is text, so scanning stays linear. */
export const MAX_TAG_LENGTH = 2000;

interface Tag {
  /** Index just past the tag's `>`. */
  end: number;
  /** Lower-case element name; '' for comments and declarations. */
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isAsciiAlpha = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isNameChar = (c: string | undefined): boolean => isAsciiAlpha(c) || (c !== undefined && ((c >= '0' && c <= '9') || c === '-'));
const ATTRIBUTE_NAME_STOP = new Set([' ', '\t', '\n', '\r', '\f', '"', "'", '<', '>', '/', '=']);
const UNQUOTED_VALUE_STOP = new Set([' ', '\t', '\n', '\r', '\f', '"', "'", '<', '>', '`', '=']);

/** The tag that starts at `s[start] === '<'`, or null when that `<` is text. */
function scanTag(s: string, start: number): Tag | null {
  const limit = Math.min(s.length, start + MAX_TAG_LENGTH);
  if (s.startsWith('<!--', start)) {
    const close = s.indexOf('-->', start + 4);
    return close < 0 || close + 3 > limit ? null : { end: close + 3, name: '', closing: false, selfClosing: true };
  }
  if (s[start + 1] === '!' && s.slice(start + 2, start + 9).toLowerCase() === 'doctype') {
    const close = s.indexOf('>', start);
    return close < 0 || close >= limit ? null : { end: close + 1, name: '', closing: false, selfClosing: true };
  }
  let i = start + 1;
  const closing = s[i] === '/';
  if (closing) i++;
  if (!isAsciiAlpha(s[i])) return null;
  const nameStart = i;
  while (i < limit && isNameChar(s[i])) i++;
  const name = s.slice(nameStart, i).toLowerCase();
  if (!ELEMENTS.has(name) && !/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(name)) return null; // custom elements have a hyphen
  if (!isSpace(s[i]) && s[i] !== '/' && s[i] !== '>') return null; // <b且…: not a tag name
  for (;;) {
    while (i < limit && isSpace(s[i])) i++;
    if (i >= limit) return null;
    if (s[i] === '>') return { end: i + 1, name, closing, selfClosing: false };
    if (s[i] === '/' && s[i + 1] === '>') return { end: i + 2, name, closing, selfClosing: true };
    const attrStart = i;
    while (i < limit && !ATTRIBUTE_NAME_STOP.has(s[i]!)) i++;
    if (i === attrStart) return null; // a quote, `<` or stray `/` where an attribute should be
    while (i < limit && isSpace(s[i])) i++;
    if (s[i] !== '=') continue;
    i++;
    while (i < limit && isSpace(s[i])) i++;
    const quote = s[i];
    if (quote === '"' || quote === "'") {
      const close = s.indexOf(quote, i + 1);
      if (close < 0 || close >= limit) return null;
      i = close + 1;
    } else {
      const valueStart = i;
      while (i < limit && !UNQUOTED_VALUE_STOP.has(s[i]!)) i++;
      if (i === valueStart) return null;
    }
  }
}

/** Index just past the `</name>` that ends a raw-text element opened before `from`, or -1. */
function rawTextEnd(s: string, name: string, from: number): number {
  const close = new RegExp(`</${name}[\\s/]*>`, 'gi');
  close.lastIndex = from;
  const m = close.exec(s);
  return m ? m.index + m[0].length : -1;
}

/**
 * `text` without its HTML markup: comments, declarations and tags removed, script/style content
 * dropped, block tags replaced by a line break; everything else, `<` signs of prose included, kept.
 * Text without a tag comes back unchanged (the same string).
 */
export function stripMarkup(text: string): string {
  let at = text.indexOf('<');
  if (at < 0) return text;
  let out = '';
  let copied = 0;
  for (; at >= 0; at = text.indexOf('<', at + 1)) {
    const tag = scanTag(text, at);
    if (!tag) continue;
    out += text.slice(copied, at);
    let end = tag.end;
    if (!tag.closing && !tag.selfClosing && RAW_TEXT.has(tag.name)) {
      const rawEnd = rawTextEnd(text, tag.name, end);
      if (rawEnd >= 0) end = rawEnd;
    }
    if (BLOCKS.has(tag.name)) out += '\n';
    copied = end;
    at = end - 1;
  }
  return out + text.slice(copied);
}
