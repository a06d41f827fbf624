// The two long-range views the tagger has besides jieba's one best path: every dictionary word
// around a char (lattice.ts), and how far the next organization / place ending is (suffixes.ts).
import { describe, expect, it } from 'vitest';
import { normalizeInto } from '../../../../ingest/extract/ner/chars.ts';
import { matchLattice } from '../../../../ingest/extract/ner/lattice.ts';
import { LEX_SUFFIX, buildTable } from '../../../../ingest/extract/ner/lexicon.ts';
import { parseMsraBio } from '../../../../ingest/extract/ner/msra-corpus.ts';
import { NO_SUFFIX, SUFFIX_ORG, SUFFIX_PLACE, SUFFIX_REACH, learnSuffixes, suffixLookahead } from '../../../../ingest/extract/ner/suffixes.ts';
import { loadNerModel } from '../../../../ingest/extract/ner/tagger.ts';

const PERSON_BIT = 1;
const PLACE_BIT = 2;

describe('matchLattice', () => {
  const model = loadNerModel();
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

describe('learnSuffixes / suffixLookahead', () => {
  // 20 organizations ending in 公司 and 20 places ending in 县; 公司 also occurs once outside a name.
  const bio = (text: string, type?: string): string =>
    Array.from(text, (ch, i) => `${ch} ${type ? (i === 0 ? 'B-' : 'I-') + type : 'O'}`).join('\n');
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
    suffixLookahead(table, codes, text.length, out.org, out.place);
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
    expect(loadNerModel().lexicon.tables[LEX_SUFFIX]!.keys.some((k) => k !== 0)).toBe(true);
  });
});
