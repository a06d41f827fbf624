// Issue 15: 大陆 standing for mainland China is a place (the real-news guidelines and MSRA agree); a
// continent, a landmass or geology is not. Invented sentences.
import { describe, expect, it } from 'vitest';
import { mainland } from '../../../../ingest/extract/rules/place-rules.ts';
import { TokenIndex, tokenize } from '../../../../ingest/extract/tokens.ts';

const found = (text: string): string[] => mainland(text, new TokenIndex(tokenize(text), text.length)).map((c) => c.text);

describe('mainland', () => {
  it('should read 大陆 standing for mainland China as a place', () => {
    expect(found('两位大陆导演获奖,大陆当局尚未回应。')).toEqual(['大陆', '大陆']);
    expect(found('法院审理与大陆有关的案件。')).toEqual(['大陆']);
  });

  it('should not read a continent, a landmass or geology as mainland China', () => {
    expect(found('非洲大陆和欧亚大陆,以及大陆架资源和新大陆。')).toEqual([]);
  });
});
