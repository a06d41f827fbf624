// normalizeEachUnit: the text the role and resolution passes read at the original offsets, each code
// unit normalized on its own as normalizeName would normalize that one character.
import { describe, expect, it } from 'vitest';
import { normalizeEachUnit, normalizeName } from '../../../ingest/parse/normalize.ts';

describe('normalizeEachUnit', () => {
  it('should simplify and narrow each character in place, keeping the length', () => {
    const text = '國務卿布林肯訪華，ＣＥＯ馬斯克';
    const out = normalizeEachUnit(text);
    expect(out).toBe('国务卿布林肯访华,CEO马斯克');
    expect(out).toHaveLength(text.length);
  });

  it('should give each character what normalizeName gives it alone, or the character itself', () => {
    const text = '臺灣・香港 \u3000乾隆😀\ud800';
    const alone = [...Array(text.length).keys()].map((i) => {
      const folded = normalizeName(text[i]!);
      return folded.length === 1 ? folded : text[i]!;
    });
    expect(normalizeEachUnit(text)).toBe(alone.join(''));
  });

  it('should return plain simplified text unchanged', () => {
    expect(normalizeEachUnit('外交部发言人毛宁')).toBe('外交部发言人毛宁');
  });
});
