// Names the text itself links with brackets: 埃隆•马斯克(Elon Musk) gives an English name, and
// 巴勒斯坦伊斯兰抵抗运动(哈马斯) says the long form and the short form are one organization.
import { candidate, type Candidate } from '../span.ts';
import { isOrdinaryWord } from '../validate.ts';
import { stableSort } from '../stable-sort.ts';

const LATIN_INNER = /^[A-Za-z][A-Za-z .'&-]{1,60}$/;
const HAN_INNER = /^[\p{Script=Han}•]{2,10}$/u;
/** Linked forms must beat the unlinked candidate for the same span. */
const LINK_PRIORITY = 6;
const NAME_GOES_ON = /^(股份|有限|责任|公司|集团)/;
const LEADING_FUNCTION = /^(据|在|对|由|与|和|向|从|被|将|把|于|称|而|但|其中|包括|以及)/;

export interface EnglishName {
  /** End offset of the entity span the bracket follows. */
  after: number;
  nameEn: string;
}

/** English names in brackets right after an accepted span. */
export function englishNames(text: string, accepted: readonly Candidate[]): EnglishName[] {
  const out: EnglishName[] = [];
  for (const c of accepted) {
    if (text[c.end] !== '(') continue;
    const close = text.indexOf(')', c.end + 1);
    if (close < 0 || close - c.end > 64) continue;
    const inner = text.slice(c.end + 1, close).trim();
    if (LATIN_INNER.test(inner) && /[A-Za-z]{2}/.test(inner)) out.push({ after: c.end, nameEn: inner });
  }
  return out;
}

const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

/** Index of the first candidate starting at or after `offset` in candidates sorted by start. */
function firstFrom(sorted: readonly Candidate[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `全称(简称)`: the run before the bracket becomes a candidate that refers to the short form. */
export function longForms(text: string, accepted: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // By start, for the check that the long form holds no other entity: searching all accepted spans
  // for every bracket was quadratic in a long text. Stable sort: accepted usually comes sorted.
  let byStart: Candidate[] | undefined;
  for (const c of accepted) {
    if (text.charCodeAt(c.start - 1) !== OPEN_PAREN || text.charCodeAt(c.end) !== CLOSE_PAREN) continue;
    // A person in brackets credits a reporter or a photographer (新华社北京6月11日电(吴广义)): no short form.
    if (c.type === 'Person') continue;
    const inner = text.slice(c.start, c.end);
    // 中国人民保险(集团)公司: a generic word in brackets is part of a name, not its short form.
    if (!HAN_INNER.test(inner) || isOrdinaryWord(inner)) continue;
    const open = c.start - 1;
    let s = open;
    while (s > 0 && open - s < 24 && /[\p{Script=Han}A-Za-z0-9•]/u.test(text[s - 1]!)) s--;
    // The long form starts after the last function character (…改建为中国人民保险 → 中国人民保险).
    const run = text.slice(s, open);
    const lastBreak = Math.max(...[...'的了是为在和与及对把被将向从'].map((ch) => run.lastIndexOf(ch)));
    if (lastBreak >= 0) s += lastBreak + 1;
    if (/^\d/.test(text.slice(s, open))) continue;
    let long = text.slice(s, open);
    const lead = LEADING_FUNCTION.exec(long);
    if (lead) {
      s += lead[0].length;
      long = long.slice(lead[0].length);
    }
    if (long.length < inner.length + 2 || long.includes(inner)) continue;
    // The long form must not already belong to a different entity span.
    byStart ??= stableSort([...accepted], (a, b) => a.start - b.start);
    let taken = false;
    for (let k = firstFrom(byStart, s); !taken && k < byStart.length && byStart[k]!.start <= open; k++) {
      const a = byStart[k]!;
      taken = a !== c && a.end <= open && a.end - a.start >= long.length - 1;
    }
    if (taken) continue;
    out.push(candidate(s, open, c.type, text, 'rule', { canonical: c.canonical ?? inner, priority: LINK_PRIORITY }));
  }
  return out;
}

/** A short form the text declares in the bracket after a name: (以下简称某某), (下称“某某”,股票代码). */
const DECLARED = /^(?:以下简称|以下称|下称|简称)[:：]?[“"「『]?([\p{Script=Han}A-Za-z0-9•]{2,12}?)[”"」』]?(?=[)，,、;；])/u;

/** The offsets of the short form declared in the bracket opening at `from`, if any. */
function declaredShortForm(text: string, from: number): [number, number] | undefined {
  const c = text.charCodeAt(from);
  // 以, 下, 简: the words that declare one (a bracket opening otherwise is read no further here).
  if (c !== 0x4ee5 && c !== 0x4e0b && c !== 0x7b80) return undefined;
  const m = DECLARED.exec(text.slice(from, from + 24));
  if (m === null) return undefined;
  const start = from + m[0].lastIndexOf(m[1]!);
  return [start, start + m[1]!.length];
}

/**
 * `全称(简称)` the other way round: a recognized long name followed by an unknown short form in
 * brackets (浙江星光电子研究院(星光院)). The short form becomes the canonical name of both.
 */
export function shortForms(text: string, accepted: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const byStart = new Map(accepted.map((a) => [a.start, a]));
  for (const c of accepted) {
    if (text[c.end] !== '(' || c.type === 'Place' || c.end - c.start < 4) continue;
    const declared = declaredShortForm(text, c.end + 1);
    if (declared !== undefined) {
      // The text says what the form stands for: it is this name's whatever else a span read there
      // (香港 of a declared 香港某某).
      const [start, end] = declared;
      const known = byStart.get(start);
      const canonical = (known?.type === c.type && known.end === end ? known.canonical : undefined) ?? c.canonical ?? text.slice(start, end);
      out.push(candidate(start, end, c.type, text, 'rule', { canonical, priority: LINK_PRIORITY }));
      out.push(candidate(c.start, c.end, c.type, text, 'rule', { canonical, priority: LINK_PRIORITY }));
      continue;
    }
    const close = text.indexOf(')', c.end + 1);
    if (close < 0 || close - c.end > 10) continue;
    const inner = text.slice(c.end + 1, close);
    if (!HAN_INNER.test(inner) || inner.length >= c.end - c.start) continue;
    // 中科实业集团(控股)公司: the bracket qualifies a name that goes on; it is no short form.
    if (NAME_GOES_ON.test(text.slice(close + 1, close + 7))) continue;
    // Both recognized already (the tagger saw both): link them if they are of one type.
    const known = byStart.get(c.end + 1);
    if (known && (known.type !== c.type || known.end !== close)) continue;
    const canonical = known?.canonical ?? c.canonical ?? inner;
    out.push(candidate(c.end + 1, close, c.type, text, 'rule', { canonical, priority: LINK_PRIORITY }));
    out.push(candidate(c.start, c.end, c.type, text, 'rule', { canonical, priority: LINK_PRIORITY }));
  }
  declaredAfterCompanies(text, accepted, out);
  return out;
}

/** How a company's or an institution's name ends, before a bracket that declares its short form. */
const COMPANY_END = /(?:公司|集团|银行|协会|学会|研究院|研究所|基金会|事务所|合伙企业)$/u;
/** How far back a name declared so may start. */
const MAX_DECLARED_NAME = 30;

/**
 * A short form declared after a company's name that no span read whole (某地某某贸易有限公司(下称
 * “某某”), the tagger reading a place and a person in it): the name runs from the last place or
 * organization read inside the unbroken run of characters before the bracket, and the short form is
 * an organization of the same canonical name, whatever the tagger read it as.
 */
function declaredAfterCompanies(text: string, accepted: readonly Candidate[], out: Candidate[]): void {
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const declared = declaredShortForm(text, open + 1);
    if (declared === undefined || !COMPANY_END.test(text.slice(Math.max(0, open - 6), open))) continue;
    if (accepted.some((c) => c.end === open) || out.some((c) => c.end === open)) continue;
    // The unbroken run before the bracket: Han characters, Latin letters and digits.
    let from = open;
    while (from > 0 && open - from < MAX_DECLARED_NAME && /[\p{Script=Han}A-Za-z0-9]/u.test(text[from - 1]!)) from--;
    const inside = accepted.filter((c) => c.start >= from && c.end < open && (c.type === 'Place' || c.type === 'Organization'));
    if (inside.length === 0) continue;
    // The last such start: what stands before it (某公司及其一致行动人|某地) is another clause.
    const start = Math.max(...inside.map((c) => c.start));
    if (text.slice(start, open).includes('的')) continue;
    const canonical = text.slice(declared[0], declared[1]);
    out.push(candidate(declared[0], declared[1], 'Organization', text, 'rule', { canonical, priority: LINK_PRIORITY }));
    out.push(candidate(start, open, 'Organization', text, 'rule', { canonical, priority: LINK_PRIORITY }));
  }
}
