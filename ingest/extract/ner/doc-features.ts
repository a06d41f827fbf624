// Document-level evidence for the second (stacked) pass of the tagger: the strings the first pass
// tagged elsewhere in the same document. News names a person in full once (刘绍棠) and then
// repeats the name or only the given name (绍棠); one confident first mention helps the weaker
// ones. Each sentence sees only the OTHER sentences' predictions, so a lone guess cannot confirm
// itself. Kinds: Person, Place, Organization, and the given name of a three-character Person.
import { normalizeCode } from './chars.ts';
import { mix3 } from './hash.ts';
import type { LabelSpan } from './labels.ts';
import { LEX_MAX_LEN, finish, start, step } from './lexicon.ts';

export const DOC_KINDS = 4;
export const DOC_GIVEN = 3;
/** Keys per position written by docFeatureKeys. */
export const DOC_TEMPLATES = 5;
/** Training and the dev evaluation cut MSRA into pseudo-documents of this many sentences. */
export const DOC_SENTENCES = 30;

/** One first-pass sentence: its normalized codes and predicted spans. */
export interface FirstPass {
  codes: Uint16Array;
  spans: readonly LabelSpan[];
}

interface Contribution {
  key: number;
  kind: number;
}

/**
 * The chars that start some document string, as a 64 kB flag per code: a DocDictionary per
 * document, so its caller (the tagger) keeps one and lends it to each, which clears only the flags
 * the previous one set instead of allocating and zeroing 64 kB per document.
 */
export class FirstChars {
  readonly flags = new Uint8Array(0x10000);
  private readonly set: number[] = [];

  add(code: number): void {
    if (this.flags[code] === 1) return;
    this.flags[code] = 1;
    this.set.push(code);
  }

  clear(): void {
    for (const c of this.set) this.flags[c] = 0;
    this.set.length = 0;
  }
}

/** The document strings a sentence's spans contribute, with their proper prefixes (for matching). */
function contributions(p: FirstPass, prefixes: Set<number>, firstChars: FirstChars): Contribution[] {
  const out: Contribution[] = [];
  const add = (from: number, to: number, kind: number): void => {
    firstChars.add(p.codes[from]!);
    let h = start();
    for (let i = from; i < to; i++) {
      h = step(h, p.codes[i]!);
      if (i + 1 < to) prefixes.add(finish(h, i + 1 - from));
    }
    out.push({ key: finish(h, to - from), kind });
  };
  for (const s of p.spans) {
    const len = s.end - s.start;
    if (len < 2 || len > LEX_MAX_LEN) continue;
    add(s.start, s.end, s.typeIndex);
    if (s.typeIndex === 0 && len === 3) add(s.start + 1, s.end, DOC_GIVEN);
  }
  return out;
}

/** Counts of first-pass entity strings over a document, by kind. */
export class DocDictionary {
  private readonly counts = new Map<number, Int32Array>();
  private readonly prefixes = new Set<number>();
  /** Chars that start some string: most positions are rejected with one array read. */
  private readonly firstChars: Uint8Array;
  private readonly own: Contribution[][];
  /** Sentences contributing at least one string; below 2 the second pass has nothing to add. */
  readonly contributing: number;
  /** featureKeys' per char and kind best match, one buffer for every sentence of the document. */
  private best = new Int32Array(0);

  /**
   * `firstChars`: scratch lent by a caller that makes one dictionary after another (cleared here;
   * an earlier dictionary over the same scratch must not be used again). Default: its own.
   */
  constructor(
    private readonly sentences: readonly FirstPass[],
    firstChars = new FirstChars(),
  ) {
    firstChars.clear();
    this.firstChars = firstChars.flags;
    this.own = sentences.map((p) => contributions(p, this.prefixes, firstChars));
    let contributing = 0;
    for (const o of this.own) {
      if (o.length > 0) contributing++;
      for (const c of o) this.bump(c, 1);
    }
    this.contributing = contributing;
  }

  private bump(c: Contribution, by: number): void {
    let e = this.counts.get(c.key);
    if (!e) this.counts.set(c.key, (e = new Int32Array(DOC_KINDS)));
    e[c.kind]! += by;
  }

  /**
   * Writes DOC_TEMPLATES keys per char of sentence si into out (0 = no feature) and returns whether
   * any fired. `firstLabels` are the first-pass labels of that sentence.
   */
  featureKeys(si: number, firstLabels: ArrayLike<number>, out: Int32Array): boolean {
    const p = this.sentences[si]!;
    const codes = p.codes;
    const n = codes.length;
    const own = this.own[si]!;
    for (const c of own) this.bump(c, -1);
    // (len << 4) | (part << 2) | bucket per char and kind, longest wins; in this.best.
    if (this.best.length < n * DOC_KINDS) this.best = new Int32Array(2 * n * DOC_KINDS);
    const best = this.best;
    best.fill(0, 0, n * DOC_KINDS);
    let any = false;
    for (let s = 0; s < n; s++) {
      if (this.firstChars[codes[s]!] === 0) continue;
      let h = start();
      for (let e = s; e < n && e - s < LEX_MAX_LEN; e++) {
        h = step(h, codes[e]!);
        const len = e - s + 1;
        const key = finish(h, len);
        if (len >= 2) {
          const counts = this.counts.get(key);
          if (counts) {
            for (let k = 0; k < DOC_KINDS; k++) {
              const c = counts[k]!;
              if (c <= 0) continue;
              any = true;
              const bucket = c === 1 ? 0 : c === 2 ? 1 : c <= 4 ? 2 : 3;
              for (let i = s; i <= e; i++) {
                const at = i * DOC_KINDS + k;
                if (best[at]! >> 4 >= len) continue;
                const part = i === s ? 1 : i === e ? 3 : 2;
                best[at] = (len << 4) | (part << 2) | bucket;
              }
            }
          }
        }
        if (!this.prefixes.has(key)) break;
      }
    }
    for (const c of own) this.bump(c, 1);
    out.fill(0, 0, n * DOC_TEMPLATES);
    if (!any) return false;
    for (let i = 0; i < n; i++) {
      let parts = 0;
      for (let k = 0; k < DOC_KINDS; k++) {
        const b = best[i * DOC_KINDS + k]!;
        if (b === 0) continue;
        parts |= ((b >> 2) & 3) << (2 * k);
        out[i * DOC_TEMPLATES + k] = mix3(60 + k, (b >> 2) & 3, b & 3, 0);
      }
      if (parts !== 0) out[i * DOC_TEMPLATES + 4] = mix3(64, parts, firstLabels[i]!, 0);
    }
    return true;
  }
}

/** Normalized codes of a string (the same normalization the features use). */
export function normalizedCodes(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = normalizeCode(text.charCodeAt(i));
  return codes;
}
