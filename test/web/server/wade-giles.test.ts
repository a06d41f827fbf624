import { describe, expect, it } from 'vitest';
import { syllableForms, wadeGiles } from '../../../web/server/wade-giles.ts';

describe('Wade–Giles spellings of pinyin syllables', () => {
  it.each([
    ['cai', 'tsai'],
    ['zeng', 'tseng'],
    ['jiang', 'chiang'],
    ['qing', 'ching'],
    ['zhong', 'chung'],
    ['xiong', 'hsiung'],
    ['xie', 'hsieh'],
    ['bian', 'pien'],
    ['de', 'te'],
    ['ke', 'ko'],
    ['guo', 'kuo'],
    ['ren', 'jen'],
    ['shi', 'shih'],
    ['zi', 'tzu'],
    ['si', 'ssu'],
    ['er', 'erh'],
    ['you', 'yu'],
    ['yan', 'yen'],
  ])('should spell %s as %s', (pinyin, wg) => {
    expect(wadeGiles(pinyin)).toContain(wg);
  });

  it('should write ü as v, and let it be typed as u too (許 xu: hsü, hsu)', () => {
    expect(wadeGiles('xu')).toEqual(['hsv']);
    expect(syllableForms('xu')).toEqual(['xu', 'hsv', 'hsu']);
    expect(syllableForms('lve')).toContain('lueh');
  });

  it('should keep the pinyin among the forms a user may type', () => {
    expect(syllableForms('cai')).toEqual(['cai', 'tsai']);
    expect(syllableForms('wen')).toEqual(['wen']);
  });

  it('should add the Taiwanese spellings of names beside the system’s (Ing-wen, Lee, Wen-je)', () => {
    expect(syllableForms('ying')).toContain('ing');
    expect(syllableForms('li')).toContain('lee');
    expect(syllableForms('zhe')).toEqual(expect.arrayContaining(['che', 'je']));
  });

  it('should not give a syllable the spelling of an unrelated one', () => {
    expect(syllableForms('cai')).not.toContain('chai');
    expect(syllableForms('jiang')).not.toContain('chang');
    expect(syllableForms('xin')).not.toContain('sin');
  });
});
