// Issue 15: a tagger's organization that holds a title, a place, a person or a clause after the
// organization is cut back to the organization (rules/organization-spans.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractSpans } from '../../../../ingest/extract/pipeline.ts';

const spans = (text: string): string[] => extractSpans(text).map((s) => `${s.text}/${s.type}`);

describe('organizations cut at jieba words', () => {
  it('should keep a party before a title and a name, not drop it with the title (某党立委某某)', () => {
    expect(spans('民进党立委王建明今天表示,将提出修正案。')).toEqual(['民进党/Organization', '王建明/Person']);
  });

  it('should read a party and the city of its councillor as two names (某党某市议员)', () => {
    expect(spans('国民党台中市议员李秋华日前提出质询。')).toEqual(['国民党/Organization', '台中市/Place', '李秋华/Person']);
  });

  it('should end a body at its last word when a clause follows it glued (某党团预计…)', () => {
    expect(spans('民进党立院党团预计下周公布提案。')).toEqual(['民进党立院党团/Organization']);
  });

  it('should leave whole organizations whole', () => {
    expect(spans('中国国民党中央委员会今天开会。')).toContainEqual(expect.stringMatching(/^中国国民党/u));
    expect(spans('中国移动发布财报。')).toEqual(['中国移动/Organization']);
    // jieba tags 宣传部 as a name: a body's word is still part of the organization.
    expect(spans('北京市委宣传部副部长王建明出席。')).toContain('北京市委宣传部/Organization');
  });
});
