// Overlap resolution: candidates from every layer compete for each stretch of text. Rules know
// their boundaries best and win outright; among the others the longer span wins (北京大学 over
// 北京, 布林肯 over 林肯, 中国共产党 over 中国), then the more trusted origin.
import type { Candidate } from './span.ts';

const rank = (c: Candidate): number => (c.origin === 'rule' ? 1 : 0);

/** One number per (start, end): exact in a double for texts below 2^26 chars. */
const spanKey = (c: Candidate): number => c.start * 67_108_864 + c.end;

/**
 * Drop rule candidates that lie strictly inside a longer span of the trained tagger: the tagger
 * saw the whole name (河北经贸大学法律系, 马丁•威廉斯) where a rule stopped early.
 */
export function yieldToLongerStatistical(candidates: readonly Candidate[], textLength: number): Candidate[] {
  // reach[i]: furthest end of a tagger span covering i; reachFromBefore[i]: the same for spans
  // that start before i. Linear, so a 5 MB line stays cheap.
  // One pass per type: only a tagger span of the same type overrides a rule (特斯拉CEO马斯克 as
  // one organization must not swallow the person 马斯克).
  const kept = new Set<Candidate>(candidates.filter((c) => c.origin !== 'rule' || c.canonical !== undefined));
  // The tagger read the context: where it proposes exactly this span with another type (立陶宛 as a
  // team), a gazetteer's or a propagated context-free type yields to it. The curated alias file
  // keeps its say (特斯拉 is a company whatever the sentence).
  const taggerType = new Map<number, string>();
  for (const c of candidates) if (c.origin === 'statistical') taggerType.set(spanKey(c), c.type);
  for (const c of candidates) {
    if (c.origin !== 'lexicon' && c.origin !== 'document') continue;
    const t = taggerType.get(spanKey(c));
    if (t !== undefined && t !== c.type) kept.delete(c);
  }
  for (const type of ['Person', 'Organization', 'Place'] as const) {
    const ofType = candidates.filter((c) => c.type === type);
    for (const c of yieldOneType(ofType, textLength)) kept.add(c);
  }
  return candidates.filter((c) => kept.has(c));
}

/** Endings of organization names (河北经贸大学法律系), so a tagger span ending elsewhere
 * (加州大学伯克利分校计算机科学) does not override a rule's organization. */
const ORG_ENDINGS = /(研究院|研究所|中心|办公室|委员会|委|会|大学|学院|分校|学校|系|所|处|科|室|队|站|厂|社|团|集团|公司|银行|局|部|署|厅|院|台|报|网|党|组|协会|联盟|俱乐部|法院|组织|馆|行)$/u;

function plausibleEnd(rule: Candidate, statisticalByStart: Map<number, Candidate[]>): boolean {
  if (rule.type !== 'Organization') return true;
  // Tagger spans are short (a name), so looking back a few dozen offsets finds every container.
  for (let start = rule.start; start >= Math.max(0, rule.start - 40); start--) {
    for (const s of statisticalByStart.get(start) ?? []) {
      if (s.end >= rule.end && s.end - s.start > rule.end - rule.start && ORG_ENDINGS.test(s.text)) return true;
    }
  }
  return false;
}

function yieldOneType(candidates: readonly Candidate[], textLength: number): Candidate[] {
  const reach = new Int32Array(textLength + 1).fill(-1);
  const reachFromBefore = new Int32Array(textLength + 1).fill(-1);
  for (const c of candidates) {
    if (c.origin !== 'statistical') continue;
    for (let i = c.start; i < c.end; i++) {
      if (c.end > reach[i]!) reach[i] = c.end;
      if (i > c.start && c.end > reachFromBefore[i]!) reachFromBefore[i] = c.end;
    }
  }
  // Tagger spans strictly inside a rule span that share its start or end: the rule took a word
  // too many (向吴宓 for 吴宓, 原国家计划委员会 for 国家计划委员会).
  const statisticalByStart = new Map<number, Candidate[]>();
  for (const c of candidates) if (c.origin === 'statistical') (statisticalByStart.get(c.start) ?? statisticalByStart.set(c.start, []).get(c.start)!).push(c);
  const endsByStart = new Map<number, number[]>();
  const startsByEnd = new Map<number, number[]>();
  for (const c of candidates) {
    if (c.origin !== 'statistical') continue;
    (endsByStart.get(c.start) ?? endsByStart.set(c.start, []).get(c.start)!).push(c.end);
    (startsByEnd.get(c.end) ?? startsByEnd.set(c.end, []).get(c.end)!).push(c.start);
  }
  const overreaches = (c: Candidate): boolean =>
    (endsByStart.get(c.start) ?? []).some((e) => e < c.end) || (startsByEnd.get(c.end) ?? []).some((s) => s > c.start);
  // A tagger span of the same type that crosses the rule's boundary (经最高人民法院 against
  // 最高人民法院审判委员会, 现任兰州大学 against 兰州大学地理科学系): the rule cut in the wrong place.
  const crosses = (c: Candidate): boolean => {
    for (let start = Math.max(0, c.start - 40); start < c.end; start++) {
      for (const t of statisticalByStart.get(start) ?? []) {
        if (start < c.start && t.end > c.start && t.end < c.end) return true;
        if (start > c.start && t.end > c.end) return true;
      }
    }
    return false;
  };
  const inside = (c: Candidate): boolean =>
    ((reach[c.start]! > c.end || reachFromBefore[c.start]! >= c.end) && plausibleEnd(c, statisticalByStart)) || overreaches(c) || crosses(c);
  // Linked forms (canonical set by a rule: 中 → 中国, 全称(简称)) keep their say.
  return candidates.filter((c) => c.origin === 'rule' && c.canonical === undefined && !inside(c));
}

/**
 * Dictionary, alias and propagated candidates must start and end where jieba's words do, unless
 * the tagger proposed the same span: 中国 inside 发展中国家 and 海地 inside 黑海地区 are not
 * names. Rules are exempt: they exist for names jieba cuts apart (中美 → 中 + 美, 埃隆•马斯克).
 */
export function alignedWithWords(candidates: readonly Candidate[], isBoundary: (offset: number) => boolean): Candidate[] {
  const tagged = new Set<number>();
  for (const c of candidates) if (c.origin === 'statistical') tagged.add(spanKey(c));
  return candidates.filter(
    (c) => c.origin === 'statistical' || c.origin === 'rule' || (isBoundary(c.start) && isBoundary(c.end)) || tagged.has(spanKey(c)),
  );
}

/** Non-overlapping candidates, in text order. Linear in text length plus n log n for sorting. */
export function resolveOverlaps(candidates: readonly Candidate[], textLength: number): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => rank(b) - rank(a) || b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const used = new Uint8Array(textLength);
  const accepted: Candidate[] = [];
  for (const c of sorted) {
    let free = c.start >= 0 && c.end <= textLength && c.end > c.start;
    for (let i = c.start; free && i < c.end; i++) if (used[i]) free = false;
    if (!free) continue;
    used.fill(1, c.start, c.end);
    accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}
