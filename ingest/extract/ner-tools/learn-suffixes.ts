// Learns the organization and place suffix table of ner/suffixes.ts from labelled sentences: the
// last 1–3 chars of Organization / Place entities that end at least minCount entities and, where
// they occur at all, end one at least minShare of the time.
import { MAX_SUFFIX, SUFFIX_ORG, SUFFIX_PLACE, wordKey } from '../ner/for-tools.ts';
import type { LabelledSentence } from './msra-corpus.ts';

/** Type indexes of labels.ts NER_TYPES. */
const TYPE_PLACE = 1;
const TYPE_ORG = 2;

/** [key, value] entries of the suffix table (value: see ner/suffixes.ts). */
export function learnSuffixes(sentences: readonly LabelledSentence[], minCount = 10, minShare = 0.2): Array<[number, number]> {
  const finals = new Map<string, [number, number]>(); // suffix → [org ends, place ends]
  for (const s of sentences) {
    for (const span of s.spans) {
      if (span.typeIndex !== TYPE_ORG && span.typeIndex !== TYPE_PLACE) continue;
      for (let k = 1; k <= MAX_SUFFIX && k < span.end - span.start; k++) {
        const suffix = s.text.slice(span.end - k, span.end);
        const c = finals.get(suffix) ?? [0, 0];
        c[span.typeIndex === TYPE_ORG ? 0 : 1]++;
        finals.set(suffix, c);
      }
    }
  }
  const candidates = new Map<string, number>();
  for (const [suffix, [org, place]] of finals) if (org + place >= minCount) candidates.set(suffix, 0);
  for (const s of sentences) {
    for (let i = 0; i < s.text.length; i++) {
      for (let k = 1; k <= MAX_SUFFIX && i + k <= s.text.length; k++) {
        const w = s.text.slice(i, i + k);
        const n = candidates.get(w);
        if (n !== undefined) candidates.set(w, n + 1);
      }
    }
  }
  const out: Array<[number, number]> = [];
  for (const [suffix, occurrences] of candidates) {
    const [org, place] = finals.get(suffix)!;
    const share = (org + place) / Math.max(1, occurrences);
    if (share < minShare) continue;
    const types = (org >= minCount / 2 ? SUFFIX_ORG : 0) | (place >= minCount / 2 ? SUFFIX_PLACE : 0);
    if (types === 0) continue;
    const bucket = Math.min(3, Math.floor(share * 5) - 1);
    out.push([wordKey(suffix), types | (bucket << 2)]);
  }
  return out;
}
