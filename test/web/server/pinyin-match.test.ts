import { describe, expect, it } from 'vitest';
import { isLatinQuery, matchesFrom, normalizeLatin, pinyinScore } from '../../../web/server/pinyin-match.ts';
import { syllables } from '../../../web/server/pinyin-index.ts';

const musk = syllables('马斯克');

describe('pinyin matching', () => {
  it('should turn 马斯克 into the syllables ma si ke', () => {
    expect(musk).toEqual(['ma', 'si', 'ke']);
  });

  it.each([
    ['masike', 100],
    ['msk', 90],
    ['masi', 80],
    ['mask', 70],
    ['mas', 80],
    ['sike', 40],
    ['mskr', 20],
  ])('should match %s to 马斯克 with score %i', (q, score) => {
    expect(pinyinScore(q, musk)).toBe(score);
  });

  it.each([['mskrr'], ['kesi'], ['x'], ['']])('should not match %s to 马斯克', (q) => {
    expect(pinyinScore(q, musk)).toBe(0);
  });

  it('should ignore case, spaces and apostrophes', () => {
    expect(pinyinScore("Ma Si'Ke", musk)).toBe(100);
  });

  it('should match syllable prefixes only in order and from the given start', () => {
    expect(matchesFrom('bl', syllables('布林肯'), 0)).toBe(true);
    expect(matchesFrom('lk', syllables('布林肯'), 0)).toBe(false);
    expect(matchesFrom('lk', syllables('布林肯'), 1)).toBe(true);
  });

  it.each([['mǎ sī kè'], ['ma3 si1 ke4'], ['MA-SI-KE']])('should read %s as the whole pinyin of 马斯克', (q) => {
    expect(pinyinScore(q, musk)).toBe(100);
  });

  it('should read ü as v, typed either way', () => {
    expect(normalizeLatin('lǚ')).toBe('lv');
    expect(pinyinScore('lvliang', syllables('吕梁'))).toBe(100);
  });

  it('should tell Latin queries from Chinese ones', () => {
    expect(isLatinQuery('mǎ sī kè')).toBe(true);
    expect(isLatinQuery('ma3si1ke4')).toBe(true);
    expect(isLatinQuery('123')).toBe(false);
    expect(isLatinQuery('mask')).toBe(true);
    expect(isLatinQuery('马斯克')).toBe(false);
    expect(isLatinQuery('  ')).toBe(false);
  });
});
