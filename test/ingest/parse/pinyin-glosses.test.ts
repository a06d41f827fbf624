import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../ingest/parse/index.ts';
import { stripPinyinGlosses } from '../../../ingest/parse/pinyin-glosses.ts';

// Invented text; glossed pages print a syllable in brackets after a character.
describe('pinyin glosses (blind sample 8)', () => {
  it('should drop a toned gloss, so the name it cut reads whole', () => {
    expect(stripPinyinGlosses('晨光日報(bào)记者林衛(wèi)东报道')).toBe('晨光日報记者林衛东报道');
    const [a] = parseDocument('青州法院通报案件\n副院长林衛(wèi)东表示,案件数量下降。\n', { name: 'court.txt', format: 'text' });
    expect(a!.text).toContain('副院长林衛东表示');
  });

  it('should drop toneless glosses only on a page that glosses several characters', () => {
    expect(stripPinyinGlosses('全(quan)國兩(liang)會(hui)即將召開')).toBe('全國兩會即將召開');
    expect(stripPinyinGlosses('用户打开微信(wechat)支付')).toBe('用户打开微信(wechat)支付');
  });

  it('should keep Latin names and capitalized glosses in brackets', () => {
    expect(stripPinyinGlosses('林小满(Lin Xiaoman)表示')).toBe('林小满(Lin Xiaoman)表示');
    expect(stripPinyinGlosses('公司推出AI(人工智能)产品')).toBe('公司推出AI(人工智能)产品');
  });
});
