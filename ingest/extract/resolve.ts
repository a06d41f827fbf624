// Overlap resolution: candidates from every layer compete for each stretch of text. Rules and the
// alias file know their boundaries best and win outright; among the others the longer span wins
// (北京大学 over 北京, 布林肯 over 林肯), then the more trusted origin.
import type { Candidate } from './span.ts';

const rank = (c: Candidate): number => (c.origin === 'rule' || c.origin === 'alias' ? 1 : 0);

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
