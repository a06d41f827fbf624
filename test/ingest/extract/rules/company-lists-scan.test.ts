// The closed-list scan (rules/company-lists.ts closedLists) tries the pattern only within an item's
// length before each 、; an oracle test against the plain matchAll over every offset, on lists of
// our own and on seeded random strings of list pieces, so the shortcut never changes a match.
import { describe, expect, it } from 'vitest';
import { CLOSED_LIST, closedLists } from '../../../../ingest/extract/rules/company-lists.ts';

const PIECES = [
  '星河',
  '蓝海科技',
  '*ST远航',
  'ST青禾',
  '和',
  '及',
  '与',
  '等',
  '、',
  '、',
  '、',
  '两家',
  '三家',
  '公司',
  '上市公司',
  '银行',
  '涉案',
  '，',
  '对',
  'A股',
  '8',
  '企业',
  '车企',
];

function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
}

const plain = (text: string): string[] => [...text.matchAll(CLOSED_LIST)].map((m) => [m.index, ...m].join('|'));
const fast = (text: string): string[] => closedLists(text).map((m) => [m.index, ...m].join('|'));

describe('closedLists', () => {
  it('should find the lists matchAll finds in sentences of our own', () => {
    const texts = [
      '监管部门对星河、蓝海科技和远航三家公司立案调查，另有青禾、白鹭等车企被约谈。',
      '*ST远航、ST青禾两家上市公司同日公告。',
      '北京、上海、深圳三地的银行，以及星河、蓝海等涉案企业',
      '没有任何列举的句子。',
    ];
    for (const t of texts) expect(fast(t)).toEqual(plain(t));
    expect(fast(texts[0]!).length).toBe(2);
  });

  it('should agree with matchAll on 5,000 seeded random strings of list pieces', () => {
    const random = seeded(15);
    let found = 0;
    for (let k = 0; k < 5000; k++) {
      let t = '';
      const n = 3 + Math.floor(random() * 25);
      for (let i = 0; i < n; i++) t += PIECES[Math.floor(random() * PIECES.length)];
      const expected = plain(t);
      found += expected.length;
      expect(fast(t)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(100);
  });
});
