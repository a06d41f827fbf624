// Overlap resolution: candidates from every layer compete for each stretch of text. Rules know
// their boundaries best and win outright; among the others the longer span wins (北京大学 over
// 北京, 布林肯 over 林肯, 中国共产党 over 中国), then the more trusted origin.
import type { Candidate } from './span.ts';
import { stableSort } from './stable-sort.ts';

const rank = (c: Candidate): number => (c.origin === 'rule' ? 1 : 0);

/**
 * The tagger's spans by (start, end). Keyed by start, then searched by end: one number for both
 * (start * 2^26 + end) left the small-integer range, so every key was a heap number to allocate.
 */
export class TaggerTypes {
  private readonly byStart = new Map<number, { end: number; type: Candidate['type'] }[]>();

  constructor(candidates: readonly Candidate[]) {
    for (const c of candidates) {
      if (c.origin !== 'statistical') continue;
      const list = this.byStart.get(c.start);
      if (list) list.push({ end: c.end, type: c.type });
      else this.byStart.set(c.start, [{ end: c.end, type: c.type }]);
    }
  }

  /** Type of the tagger's span with the same start and end as `c` (the last one proposed), if any. */
  typeOf(c: Candidate): Candidate['type'] | undefined {
    const list = this.byStart.get(c.start);
    if (list === undefined) return undefined;
    for (let k = list.length - 1; k >= 0; k--) if (list[k]!.end === c.end) return list[k]!.type;
    return undefined;
  }
}

/**
 * The tagger's spans among some candidates, indexed for yieldToLongerStatistical and
 * alignedWithWords. The pipeline builds it once per text: its later candidates (rules, propagated
 * names) add no tagger spans, so the same index serves every round.
 */
export class TaggerIndex {
  /** By (start, end), for the tagger's type of exactly a candidate's span. */
  readonly types: TaggerTypes;
  /**
   * One index per type: only a tagger span of the same type overrides a rule (特斯拉CEO马斯克 as
   * one organization must not swallow the person 马斯克).
   */
  readonly byType = new Map<Candidate['type'], TaggerSpans>();

  constructor(candidates: readonly Candidate[]) {
    this.types = new TaggerTypes(candidates);
    for (const type of ['Person', 'Organization', 'Place'] as const) {
      this.byType.set(type, new TaggerSpans(candidates.filter((c) => c.origin === 'statistical' && c.type === type)));
    }
  }
}

/**
 * Drop rule candidates that lie strictly inside a longer span of the trained tagger: the tagger
 * saw the whole name (河北经贸大学法律系, 马丁•威廉斯) where a rule stopped early. `isBoundary`
 * says where jieba's words start and end: an organization the tagger ends inside a word
 * (加州大学伯克利分校计算机科|学) has not found its ending, and the rule's name stays. `tagger`
 * defaults to the tagger's spans among `candidates`.
 */
export function yieldToLongerStatistical(
  candidates: readonly Candidate[],
  isBoundary: (offset: number) => boolean = () => true,
  tagger: TaggerIndex = new TaggerIndex(candidates),
): Candidate[] {
  // The tagger read the context: where it proposes exactly this span with another type (立陶宛 as a
  // team), a gazetteer's or a propagated context-free type yields to it. The curated alias file
  // keeps its say (特斯拉 is a company whatever the sentence).
  return candidates.filter((c) => {
    if (c.origin === 'lexicon' || c.origin === 'document') {
      const t = tagger.types.typeOf(c);
      return t === undefined || t === c.type;
    }
    // Linked forms (canonical set by a rule: 中 → 中国, 全称(简称)) keep their say.
    if (c.origin !== 'rule' || c.canonical !== undefined) return true;
    const spans = tagger.byType.get(c.type);
    return spans !== undefined && !yieldsToTagger(c, spans, isBoundary);
  });
}

/** How far before a rule's start a tagger span may begin and still matter: tagger spans are short names. */
const LOOK_BACK = 40;

/**
 * The tagger's spans of one type sorted by start, with the furthest end reached so far, so that
 * "which spans start in [a, b)" and "how far do spans starting before x reach" are binary
 * searches: no per-offset array of the text's length (two per type per call cost ~50 MB on 1 MB).
 */
class TaggerSpans {
  readonly spans: Candidate[];
  // Plain arrays: six indexes per call, most of them tiny (a sentence's spans of one type), where
  // typed arrays cost more to allocate than they save.
  private readonly starts: number[] = [];
  /** furthestEnd[k]: the largest end among spans[0..k]. */
  private readonly furthestEnd: number[] = [];

  constructor(spans: Candidate[]) {
    // Stable sort: the tagger's spans usually come in text order already.
    this.spans = stableSort(spans, (a, b) => a.start - b.start);
    let furthest = -1;
    for (const s of spans) {
      furthest = Math.max(furthest, s.end);
      this.starts.push(s.start);
      this.furthestEnd.push(furthest);
    }
  }

  /** Index of the first span starting at or after `offset` (spans.length when none does). */
  firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Furthest end of the spans starting before `offset`, or -1 when none does. */
  reachBefore(offset: number): number {
    const k = this.firstFrom(offset);
    return k > 0 ? this.furthestEnd[k - 1]! : -1;
  }

  /** Spans starting in [from, to). */
  startingIn(from: number, to: number): Candidate[] {
    return this.spans.slice(this.firstFrom(from), this.firstFrom(to));
  }
}

/** Endings of organization names (河北经贸大学法律系), so a tagger span ending elsewhere
 * (加州大学伯克利分校计算机科学) does not override a rule's organization. */
const ORG_ENDINGS =
  /(研究院|研究所|中心|办公室|委员会|委|会|大学|学院|分校|学校|系|所|处|科|室|队|站|厂|社|团|集团|公司|银行|局|部|署|厅|院|台|报|网|党|组|协会|联盟|俱乐部|法院|组织|馆|行)$/u;

function plausibleEnd(rule: Candidate, tagged: TaggerSpans, isBoundary: (offset: number) => boolean): boolean {
  if (rule.type !== 'Organization') return true;
  // Tagger spans are short (a name), so looking back a few dozen offsets finds every container.
  return tagged
    .startingIn(Math.max(0, rule.start - LOOK_BACK), rule.start + 1)
    .some((s) => s.end >= rule.end && s.end - s.start > rule.end - rule.start && ORG_ENDINGS.test(s.text) && isBoundary(s.end));
}

/** A rule candidate (no canonical) that a tagger span of its type overrides. */
function yieldsToTagger(c: Candidate, tagged: TaggerSpans, isBoundary: (offset: number) => boolean): boolean {
  // The tagger's spans are cut at brackets (pipeline.ts cleanStatistical): they cannot judge 柯达(中国)股份有限公司.
  if (c.text.includes('(')) return false;
  // Strictly inside a longer tagger span: one that covers c.start and ends after c.end, or one
  // that starts before c.start and reaches c.end. A span that starts at or before c.start and
  // ends after c.end covers c.start, so the furthest end of such spans answers both questions.
  const inside = tagged.reachBefore(c.start + 1) > c.end || tagged.reachBefore(c.start) >= c.end;
  if (inside && plausibleEnd(c, tagged, isBoundary)) return true;
  const near = tagged.startingIn(Math.max(0, c.start - LOOK_BACK), c.end);
  // Tagger spans strictly inside the rule span that share its start or end: the rule took a word
  // too many (向吴宓 for 吴宓, 原国家计划委员会 for 国家计划委员会).
  // Only a tagger span cut on jieba's words says so: 西|蒙•玻利瓦尔 does not shorten 西蒙•玻利瓦尔.
  const overreaches = near.some(
    (t) => (t.start === c.start && t.end < c.end && isBoundary(t.end)) || (t.end === c.end && t.start > c.start && isBoundary(t.start)),
  );
  // A tagger span of the same type that crosses the rule's boundary (经最高人民法院 against
  // 最高人民法院审判委员会, 现任兰州大学 against 兰州大学地理科学系): the rule cut in the wrong place.
  const crosses = near.some((t) => (t.start < c.start && t.end > c.start && t.end < c.end) || (t.start > c.start && t.end > c.end));
  return overreaches || crosses;
}

/**
 * Dictionary, alias and propagated candidates must start and end where jieba's words do, unless
 * the tagger proposed the same span: 中国 inside 发展中国家 and 海地 inside 黑海地区 are not
 * names. Rules are exempt: they exist for names jieba cuts apart (中美 → 中 + 美, 埃隆•马斯克).
 */
export function alignedWithWords(
  candidates: readonly Candidate[],
  isBoundary: (offset: number) => boolean,
  tagged: TaggerTypes = new TaggerTypes(candidates),
): Candidate[] {
  return candidates.filter(
    (c) => c.origin === 'statistical' || c.origin === 'rule' || (isBoundary(c.start) && isBoundary(c.end)) || tagged.typeOf(c) !== undefined,
  );
}

/** Rules first, then the longer span, then the higher priority, then the earlier start. */
function stronger(a: Candidate, b: Candidate): number {
  return rank(b) - rank(a) || b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start;
}

/** Candidates strongest first, in the order overlap resolution considers them (a stable sort). */
export function byStrength(candidates: readonly Candidate[]): Candidate[] {
  return stableSort([...candidates], stronger);
}

/**
 * Two lists in byStrength order merged into the order byStrength gives `[...a, ...b]` (on a tie
 * `a` first, as the stable sort keeps it): a second round adds candidates without sorting the
 * first round's again.
 */
export function mergeByStrength(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(stronger(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * Greedy pick from candidates in byStrength order: each one that overlaps none picked before.
 * Returned in text order, read off the marks of covered offsets rather than sorted: picked spans
 * do not overlap, so each starts where the marks change.
 */
/**
 * pickNonOverlapping's marks, kept between calls (it runs twice per text, and allocating a typed
 * array costs about a microsecond even for a short text) unless a long text made them large.
 */
let ownerScratch: Int32Array = new Int32Array(4096);
const MAX_KEPT_SCRATCH = 1 << 20;

export function pickNonOverlapping(strongestFirst: readonly Candidate[], textLength: number): Candidate[] {
  /** 1 + the index of the picked candidate covering each offset, 0 where none does. */
  let owner: Int32Array;
  if (textLength <= ownerScratch.length) {
    owner = ownerScratch;
    owner.fill(0, 0, textLength);
  } else {
    owner = new Int32Array(textLength);
    if (textLength <= MAX_KEPT_SCRATCH) ownerScratch = owner;
  }
  let picked = 0;
  for (let k = 0; k < strongestFirst.length; k++) {
    const c = strongestFirst[k]!;
    let free = c.start >= 0 && c.end <= textLength && c.end > c.start;
    for (let i = c.start; free && i < c.end; i++) if (owner[i] !== 0) free = false;
    if (!free) continue;
    owner.fill(k + 1, c.start, c.end);
    picked++;
  }
  const accepted: Candidate[] = [];
  for (let i = 0; i < textLength && accepted.length < picked; i++) {
    const k = owner[i]!;
    if (k !== 0 && (i === 0 || owner[i - 1] !== k)) accepted.push(strongestFirst[k - 1]!);
  }
  return accepted;
}

/** Non-overlapping candidates, in text order. Linear in text length plus n log n for sorting. */
export function resolveOverlaps(candidates: readonly Candidate[], textLength: number): Candidate[] {
  return pickNonOverlapping(byStrength(candidates), textLength);
}
