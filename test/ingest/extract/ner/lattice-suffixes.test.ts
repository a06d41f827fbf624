// The two long-range views the tagger has besides jieba's one best path: every dictionary word
// around a char (lattice.ts), and how far the next organization / place ending is (suffixes.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeInto } from '../../../../ingest/extract/ner/chars.ts';
import { latticeFromWords, matchLattice } from '../../../../ingest/extract/ner/lattice.ts';
import { LEX_SUFFIX, buildTable } from '../../../../ingest/extract/ner/lexicon.ts';
import { defaultMsraPath, parseMsraBio, splitMsra } from '../../../../ingest/extract/ner-tools/msra-corpus.ts';
import { defaultJiebaDictPath, defaultJiebaUserDictPath } from '../../../../ingest/extract/ner/pos-dict.ts';
import { JiebaCutter, jiebaWords } from '../../../../ingest/extract/ner/jieba-cut.ts';
import { emptySegmentation, segment } from '../../../../ingest/extract/ner/segmentation.ts';
import { learnSuffixes } from '../../../../ingest/extract/ner-tools/learn-suffixes.ts';
import { NO_SUFFIX, SUFFIX_ORG, SUFFIX_PLACE, SUFFIX_REACH, suffixLookahead, suffixScratchLength } from '../../../../ingest/extract/ner/suffixes.ts';
import { loadModel } from '../../../../ingest/extract/ner/index.ts';
import { MSRA_DATA, readData } from '../../../setup/shared-data.ts';

const PERSON_BIT = 1;
const PLACE_BIT = 2;

describe('matchLattice', () => {
  const model = loadModel();
  const lattice = (text: string): { begin: Int32Array; end: Int32Array; inside: Int32Array } => {
    const n = text.length;
    const out = { begin: new Int32Array(n), end: new Int32Array(n), inside: new Int32Array(n) };
    matchLattice(text, n, model.lexicon.pos, out.begin, out.end, out.inside);
    return out;
  };

  it('should see the dictionary person 林肯 inside 布林肯, which the one best path may hide', () => {
    const { begin, end } = lattice('布林肯访华');
    expect(begin[1]! & PERSON_BIT).toBe(PERSON_BIT); // 林肯 starts at 林
    expect(end[2]! & PERSON_BIT).toBe(PERSON_BIT); // and ends at 肯
    expect((begin[1]! >>> 8) & 0xf).toBe(2); // longest word starting at 林: two chars
  });

  it('should mark chars strictly inside a dictionary place and nothing on empty or one-char text', () => {
    const { inside } = lattice('他去了内蒙古自治区');
    expect(inside.slice(4, 8).every((v) => (v & PLACE_BIT) === PLACE_BIT)).toBe(true);
    expect(() => lattice('')).not.toThrow();
    expect(Array.from(lattice('美').begin)).toEqual([0]);
  });
});

describe("latticeFromWords: the lattice from the words jieba's segmenter met", () => {
  const model = loadModel();
  const pos = model.lexicon.pos;
  const dictionary = new Set<string>();
  for (const file of [defaultJiebaDictPath(), defaultJiebaUserDictPath()]) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const word = line.trim().split(/\s+/)[0];
      if (word && word.length >= 2) dictionary.add(word);
    }
  }
  const marks = (text: string, starts: number[], ends: number[]): number[] => {
    const n = text.length;
    const begin = new Int32Array(n);
    const end = new Int32Array(n);
    const inside = new Int32Array(n);
    latticeFromWords(
      text,
      n,
      pos,
      { ...jiebaWords(0), dictStarts: Int32Array.from(starts), dictEnds: Int32Array.from(ends), dictCount: starts.length },
      begin,
      end,
      inside,
    );
    return [...begin, ...end, ...inside];
  };
  /** Every dictionary word of the text by string lookup, by start then length. */
  const exact = (text: string): number[] => {
    const starts: number[] = [];
    const ends: number[] = [];
    for (let s = 0; s < text.length; s++) {
      for (let e = s + 2; e <= Math.min(text.length, s + 16); e++) {
        if (dictionary.has(text.slice(s, e))) {
          starts.push(s);
          ends.push(e);
        }
      }
    }
    return marks(text, starts, ends);
  };
  const cutter = new JiebaCutter();
  const fromSegmenter = (text: string): number[] | undefined => {
    const seg = segment(cutter, text, new Uint16Array(text.length), pos, emptySegmentation(16));
    const w = seg.words;
    if (!seg.aligned || !w.dictAligned) return undefined;
    return marks(text, Array.from(w.dictStarts.subarray(0, w.dictCount)), Array.from(w.dictEnds.subarray(0, w.dictCount)));
  };
  const texts = ['布林肯访华', '他去了内蒙古自治区', '国家发展改革委主任郑栅洁，Elon Musk 与 特斯拉CEO。', '北京\t上海\n广州 深圳，天津。重庆'];
  texts.push(
    ...splitMsra(parseMsraBio(readData(defaultMsraPath(), MSRA_DATA)))
      .dev.slice(0, 400)
      .map((s) => s.text),
  );

  it('should mark exactly the dictionary words a string lookup finds', () => {
    for (const text of texts) expect(fromSegmenter(text), text).toEqual(exact(text));
  });

  it('should agree with matchLattice on news text, and leave texts with surrogate pairs to it', () => {
    const text = '美国国务卿布林肯访华，与中国外长王毅会谈。马斯克上周日访问北京。';
    const n = text.length;
    const begin = new Int32Array(n);
    const end = new Int32Array(n);
    const inside = new Int32Array(n);
    matchLattice(text, n, pos, begin, end, inside);
    expect(fromSegmenter(text)).toEqual([...begin, ...end, ...inside]);
    expect(fromSegmenter('中国😀北京')).toBeUndefined();
  });
});

describe('learnSuffixes / suffixLookahead', () => {
  // 20 organizations ending in 公司 and 20 places ending in 县; 公司 also occurs once outside a name.
  const bio = (text: string, type?: string): string => Array.from(text, (ch, i) => `${ch} ${type ? (i === 0 ? 'B-' : 'I-') + type : 'O'}`).join('\n');
  const sentences = parseMsraBio(
    [
      ...Array.from({ length: 20 }, (_, i) => `${bio(`甲${String.fromCharCode(0x4e00 + i)}公司`, 'ORG')}\n${bio('成立')}`),
      ...Array.from({ length: 20 }, (_, i) => `${bio(`乙${String.fromCharCode(0x4e50 + i)}县`, 'LOC')}\n${bio('很美')}`),
      bio('开公司'),
    ].join('\n\n'),
  );
  const table = buildTable(learnSuffixes(sentences));
  const look = (text: string): { org: Int32Array; place: Int32Array } => {
    const codes = new Uint16Array(text.length);
    normalizeInto(text, 0, text.length, codes);
    const out = { org: new Int32Array(text.length), place: new Int32Array(text.length) };
    suffixLookahead(table, codes, text.length, out.org, out.place, new Int32Array(suffixScratchLength(text.length)));
    return out;
  };

  it('should tell each char how far ahead the next organization and place endings are', () => {
    const { org, place } = look('中国对外建设总公司在某县');
    expect(org[0]! & 15).toBe(8); // 中 … 司: the organization ends 8 chars later
    expect((org[0]! >>> 4) & 3).toBe(SUFFIX_ORG);
    expect(place[0]! & 15).toBe(11);
    expect((place[0]! >>> 4) & 3).toBe(SUFFIX_PLACE);
    expect(org[10]).toBe(NO_SUFFIX); // nothing after 某
  });

  it('should not see a suffix beyond its reach', () => {
    const text = `${'的'.repeat(SUFFIX_REACH)}公司`; // 司 is SUFFIX_REACH + 1 chars after the first 的
    expect(look(text).org[0]).toBe(NO_SUFFIX);
    expect(look(text).org[1]! & 15).toBe(SUFFIX_REACH);
  });

  it('should ship the learned suffixes in the committed model', () => {
    expect(loadModel().lexicon.tables[LEX_SUFFIX]!.keys.some((k) => k !== 0)).toBe(true);
  });
});
