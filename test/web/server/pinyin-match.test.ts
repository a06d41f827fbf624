import { describe, expect, it } from 'vitest';
import { isLatinQuery, matchesFrom, normalizeLatin, pinyinScore, queryWords, wordsMatchFrom } from '../../../web/server/pinyin-match.ts';
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

  it.each([
    ['Tsai Ing-wen', '蔡英文'],
    ["Ts'ai Ying-wen", '蔡英文'],
    ['Ko Wen-je', '柯文哲'],
    ['Chiang Ching-kuo', '蒋经国'],
    ['Lai Ching-te', '赖清德'],
    ['Teng Hsiao-p’ing', '邓小平'],
    ['Mao Tse-tung', '毛泽东'],
    ['Kaohsiung', '高雄'],
  ])('should match the Wade–Giles %s to the whole name %s', (q, name) => {
    expect(pinyinScore(q, syllables(name))).toBe(95);
  });

  it('should match Wade–Giles surnames and names still being typed at the start of a name', () => {
    expect(pinyinScore('Chiang', syllables('蒋经国'))).toBe(75);
    expect(pinyinScore('Tsai', syllables('蔡英文'))).toBe(75);
    expect(pinyinScore('Tsai Ing-w', syllables('蔡英文'))).toBe(75);
    expect(pinyinScore('Ching-kuo', syllables('蒋经国'))).toBe(40);
  });

  it('should not match Tsai to the places an English-only search returned (韩国, 香港, 朝鲜)', () => {
    for (const name of ['韩国', '香港', '朝鲜']) expect(pinyinScore('Tsai', syllables(name))).toBe(0);
    expect(pinyinScore('Tsai Ing-wen', syllables('蔡文'))).toBe(0);
    expect(pinyinScore('Ko Wen-je', syllables('柯文'))).toBe(0);
  });

  it('should rank the whole pinyin above the same name in Wade–Giles, and both above a prefix', () => {
    const cai = syllables('蔡英文');
    expect(pinyinScore('cai ying wen', cai)).toBeGreaterThan(pinyinScore('Tsai Ing-wen', cai));
    expect(pinyinScore('Tsai Ing-wen', cai)).toBeGreaterThan(pinyinScore('caiy', cai));
  });

  it('should read one letter alone as no Wade–Giles word (it would match half the graph), but one after a word as a start', () => {
    expect(wordsMatchFrom(['t'], syllables('德国'), 0)).toBe(false);
    expect(wordsMatchFrom(['te'], syllables('德国'), 0)).toBe('part');
    expect(wordsMatchFrom(['te', 'k'], syllables('德国'), 0)).toBe('part');
    expect(wordsMatchFrom(['te', 'kuo'], syllables('德国'), 0)).toBe('whole');
  });

  it('should split a query into words at spaces, hyphens and dots, dropping apostrophes and tones', () => {
    expect(queryWords("  Ts'ai Ing-wen ")).toEqual(['tsai', 'ing', 'wen']);
    expect(queryWords('Chiang Ching-kuo.')).toEqual(['chiang', 'ching', 'kuo']);
  });
});
