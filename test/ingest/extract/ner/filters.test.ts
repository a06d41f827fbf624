// The bitsets in front of the dictionary lookups of matchLattice and matchLexicon only skip
// lookups that would miss: both must give what a plain lookup of every candidate gives, on MSRA
// dev sentences and on random and hostile strings.
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeInto } from '../../../../ingest/extract/ner/chars.ts';
import { LATTICE_MAX, matchLattice } from '../../../../ingest/extract/ner/lattice.ts';
import {
  LEX_KINDS,
  LEX_MAX_LEN,
  LEX_SUFFIX,
  LexiconScratch,
  finish,
  lookupTable,
  matchLexicon,
  start,
  step,
  type Lexicon,
} from '../../../../ingest/extract/ner/lexicon.ts';
import { defaultMsraPath, parseMsraBio, splitMsra } from '../../../../ingest/extract/ner-tools/msra-corpus.ts';
import { RAW_KEY_SEED, lookupPos, rawKeyFinish, rawKeyStep } from '../../../../ingest/extract/ner/pos-dict.ts';
import { mulberry32 } from '../../../../ingest/extract/ner-tools/random.ts';
import { loadModel } from '../../../../ingest/extract/ner/index.ts';
import { MSRA_DATA, readData } from '../../../setup/shared-data.ts';

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadModel().lexicon;
});

/** Every dictionary word of length 2..LATTICE_MAX in text, as "start:length:tag", by plain lookups. */
function wordsByLookup(text: string): string[] {
  const out: string[] = [];
  for (let s = 0; s + 1 < text.length; s++) {
    let h = rawKeyStep(RAW_KEY_SEED, text.charCodeAt(s));
    for (let len = 2; len <= Math.min(LATTICE_MAX, text.length - s); len++) {
      h = rawKeyStep(h, text.charCodeAt(s + len - 1));
      const tag = lookupPos(lexicon.pos, rawKeyFinish(h, len));
      if (tag !== 0) out.push(`${s}:${len}:${tag}`);
    }
  }
  return out;
}

/** The longest word starting at each char as matchLattice packs it (length bits 8–11, tag bits 12–19). */
function longestFromLattice(text: string): string[] {
  const n = text.length;
  const begin = new Int32Array(n);
  matchLattice(text, n, lexicon.pos, begin, new Int32Array(n), new Int32Array(n));
  const out: string[] = [];
  for (let s = 0; s < n; s++) if (begin[s]! >>> 8) out.push(`${s}:${(begin[s]! >>> 8) & 0xf}:${begin[s]! >>> 12}`);
  return out;
}

function longestByLookup(text: string): string[] {
  const longest = new Map<number, string>();
  for (const w of wordsByLookup(text)) longest.set(Number(w.split(':')[0]), w); // longer words come later
  return [...longest.values()];
}

/** matchLexicon's loop with a lookup at every step (0x3f: value bits, 0x40: prefix bit). */
function lexiconByLookup(codes: Uint16Array, n: number): Int32Array[] {
  const out = Array.from({ length: LEX_KINDS }, () => new Int32Array(n));
  for (let kind = 0; kind < Math.min(LEX_SUFFIX, lexicon.tables.length); kind++) {
    const bestLen = new Uint8Array(n);
    for (let s = 0; s < n; s++) {
      let h = step(start(), codes[s]!);
      let found = 0;
      let value = 0;
      for (let e = s + 1; e < Math.min(n, s + LEX_MAX_LEN); e++) {
        h = step(h, codes[e]!);
        const v = lookupTable(lexicon.tables[kind]!, finish(h, e - s + 1));
        if (v & 0x3f) {
          found = e - s + 1;
          value = v & 0x3f;
        }
        if (!(v & 0x40)) break;
      }
      for (let i = s; i < s + found; i++) {
        if (found <= bestLen[i]!) continue;
        bestLen[i] = found;
        out[kind]![i] = (i === s ? 1 : i === s + found - 1 ? 3 : 2) | (found << 2) | (value << 7);
      }
    }
  }
  return out;
}

function sameAsLookups(text: string): boolean {
  if (longestFromLattice(text).join() !== longestByLookup(text).join()) return false;
  const n = text.length;
  const codes = new Uint16Array(n);
  normalizeInto(text, 0, n, codes);
  const got = Array.from({ length: LEX_KINDS }, () => new Int32Array(n));
  matchLexicon(lexicon, codes, n, got, new LexiconScratch());
  const want = lexiconByLookup(codes, n);
  return got.every((o, kind) => o.join() === want[kind]!.join());
}

function hostile(random: () => number): string {
  const pool = ['\u0000', '\ud83d', '\ude00', '\uffff', ' ', '中华人民共和国', '北京大学', '国务院', '布林肯', '，', '内蒙古自治区'];
  let s = '';
  for (let i = Math.floor(random() * 40); i > 0; i--) {
    s += random() < 0.6 ? pool[Math.floor(random() * pool.length)]! : String.fromCharCode(0x4e00 + Math.floor(random() * 0x5000));
  }
  return s;
}

describe('dictionary lookups behind bitsets', () => {
  it('should find the same words as plain lookups in news text', () => {
    expect(sameAsLookups('4月26日，美国国务卿布林肯访华之际，中美会晤达成了五点共识。国务院新闻办公室今天举行新闻发布会。')).toBe(true);
    expect(longestByLookup('布林肯访华').length).toBeGreaterThan(0);
  });

  it('should find the same words as plain lookups in every MSRA dev sentence', () => {
    const dev = splitMsra(parseMsraBio(readData(defaultMsraPath(), MSRA_DATA))).dev;
    expect(dev.filter((s) => !sameAsLookups(s.text)).length).toBe(0);
  });

  it('should find the same words as plain lookups in random and hostile strings', () => {
    const random = mulberry32(7);
    let differing = 0;
    for (let k = 0; k < 300; k++) if (!sameAsLookups(hostile(random))) differing++;
    expect(differing).toBe(0);
  });
});
