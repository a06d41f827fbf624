// Dictionaries of the entity strings seen in the training corpus, one per type, with how often each
// string was an entity and how often it was one when it occurred at all. Seen names recur in news
// (人民大会堂, 江泽民), and a dictionary hit generalizes across contexts the n-grams never saw.
// Training uses k-fold jackknifing: the sentences of fold f are featurized with dictionaries built
// from the other folds only, so the model learns how far to trust a hit on text the dictionary
// has NOT seen — which is what tagging new text is like. The model ships the full-corpus version.
import { normalizeCode, LEX_MAX_LEN, buildTable, finish, start, step, type LexiconTable } from '../ner/for-tools.ts';
import { pushEntry } from './dictionary-entries.ts';
import type { LabelledSentence } from './msra-corpus.ts';

/** Per string: counts per fold, so any fold can be left out by subtraction. */
interface EntryCounts {
  text: string;
  /** entity[fold * 3 + type]: times tagged as an entity of that type in that fold. */
  entity: Int32Array;
  /** occurrences[fold]: times the string occurs in that fold's text at all. */
  occurrences: Int32Array;
}

export interface EntityLexiconOptions {
  /** Entity strings shorter than this are ignored (single characters are too ambiguous). */
  minLength: number;
  /** Number of contiguous folds for jackknifing. */
  folds: number;
}

export const DEFAULT_ENTITY_LEXICON_OPTIONS: EntityLexiconOptions = { minLength: 2, folds: 10 };

const TYPES = 3;

export class EntityLexiconBuilder {
  private readonly entries = new Map<string, EntryCounts>();
  readonly foldOf: Int32Array;

  constructor(
    private readonly sentences: readonly LabelledSentence[],
    private readonly options = DEFAULT_ENTITY_LEXICON_OPTIONS,
  ) {
    const k = options.folds;
    this.foldOf = Int32Array.from(sentences, (_, i) => Math.min(k - 1, Math.floor((i * k) / sentences.length)));
    sentences.forEach((s, i) => {
      for (const span of s.spans) {
        const len = span.end - span.start;
        if (len < options.minLength || len > LEX_MAX_LEN) continue;
        this.entry(s.text.slice(span.start, span.end)).entity[this.foldOf[i]! * TYPES + span.typeIndex]!++;
      }
    });
    this.countOccurrences();
  }

  private entry(text: string): EntryCounts {
    let e = this.entries.get(text);
    if (!e) {
      e = { text, entity: new Int32Array(this.options.folds * TYPES), occurrences: new Int32Array(this.options.folds) };
      this.entries.set(text, e);
    }
    return e;
  }

  /** Counts every occurrence of every entry in the raw text, walking a hash trie of the entries. */
  private countOccurrences(): void {
    const byKey = new Map<number, EntryCounts>();
    const prefixes = new Set<number>();
    for (const e of this.entries.values()) {
      let h = start();
      for (let i = 0; i < e.text.length; i++) {
        h = step(h, normalizeCode(e.text.charCodeAt(i)));
        if (i + 1 < e.text.length) prefixes.add(finish(h, i + 1));
      }
      byKey.set(finish(h, e.text.length), e);
    }
    this.sentences.forEach((s, si) => {
      const fold = this.foldOf[si]!;
      const n = s.text.length;
      const codes = new Uint16Array(n);
      for (let i = 0; i < n; i++) codes[i] = normalizeCode(s.text.charCodeAt(i));
      for (let a = 0; a < n; a++) {
        let h = start();
        for (let b = a; b < n && b - a < LEX_MAX_LEN; b++) {
          h = step(h, codes[b]!);
          const key = finish(h, b - a + 1);
          const e = byKey.get(key);
          if (e && b > a) e.occurrences[fold]!++;
          if (!prefixes.has(key)) break;
        }
      }
    });
  }

  /** One table per type (Person, Place, Organization), leaving fold `leaveOut` out (-1: none). */
  tables(leaveOut = -1): LexiconTable[] {
    const lists: Array<Array<[number, number]>> = [[], [], []];
    const k = this.options.folds;
    for (const e of this.entries.values()) {
      let occ = 0;
      const ent = [0, 0, 0];
      for (let f = 0; f < k; f++) {
        if (f === leaveOut) continue;
        occ += e.occurrences[f]!;
        for (let t = 0; t < TYPES; t++) ent[t]! += e.entity[f * TYPES + t]!;
      }
      for (let t = 0; t < TYPES; t++) {
        const c = ent[t]!;
        if (c === 0) continue;
        pushEntry(lists[t]!, e.text, entryValue(c, Math.max(occ, c)));
      }
    }
    return lists.map((l) => buildTable(l));
  }
}

/** 1 + 4 × count bucket (1, 2–3, 4–15, 16+) + rate bucket (entity share of occurrences). */
export function entryValue(count: number, occurrences: number): number {
  const cb = count < 2 ? 0 : count < 4 ? 1 : count < 16 ? 2 : 3;
  const rate = count / occurrences;
  const rb = rate < 0.3 ? 0 : rate < 0.6 ? 1 : rate < 0.9 ? 2 : 3;
  return 1 + cb * 4 + rb;
}
