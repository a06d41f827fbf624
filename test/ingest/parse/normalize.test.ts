import { describe, expect, it } from 'vitest';
import { MIDDLE_DOT, normalizeName, normalizeText, toOriginal } from '../../../ingest/parse/normalize.ts';

describe('normalizeText', () => {
  it('should turn full-width ASCII into half-width', () => {
    expect(normalizeText('ＡＩ（Ｅｌｏｎ）：１２３').text).toBe('AI(Elon):123');
  });

  it('should unify every middle dot variant to one', () => {
    for (const dot of ['•', '·', '・', '‧', '･']) expect(normalizeText(`埃隆${dot}马斯克`).text).toBe(`埃隆${MIDDLE_DOT}马斯克`);
  });

  it('should convert traditional characters so 馬斯克 meets 马斯克', () => {
    expect(normalizeName('馬斯克')).toBe('马斯克');
    expect(normalizeText('特斯拉的市場占有率時為10.5%').text).toBe('特斯拉的市场占有率时为10.5%');
  });

  it('should fold Hong Kong and Taiwan variant characters that the converter leaves, keeping offsets', () => {
    const n = normalizeText('食物及衞生局與衞生署');
    expect(n.text).toBe('食物及卫生局与卫生署');
    expect(n.text.length).toBe(10);
    expect(normalizeName('衞生防護中心')).toBe('卫生防护中心');
  });

  it('should map every normalized offset back to the same place in the original', () => {
    const raw = '據法新社５日消息，埃隆・馬斯克😀訪問北京';
    const n = normalizeText(raw);
    const i = n.text.indexOf('马斯克');
    expect(raw.slice(toOriginal(n, i), toOriginal(n, i + 3))).toBe('馬斯克');
    expect(toOriginal(n, n.text.length)).toBe(raw.length);
  });

  it('should replace lone surrogates and control characters without changing offsets', () => {
    const raw = `a\ud800b\u0000c\udc00`;
    const n = normalizeText(raw);
    expect(n.text).toBe('a\ufffdb c\ufffd');
    expect(n.text.length).toBe(raw.length);
  });

  it('should keep emoji (valid surrogate pairs) intact', () => {
    expect(normalizeText('马斯克👍').text).toBe('马斯克👍');
  });
});
