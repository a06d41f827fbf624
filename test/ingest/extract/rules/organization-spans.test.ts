// Issue 15: a tagger's organization that holds a title, a place, a person or a clause after the
// organization is cut back to the organization (rules/organization-spans.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractSpans } from '../../../../ingest/extract/pipeline.ts';
import { organizationOnWords } from '../../../../ingest/extract/rules/organization-spans.ts';
import { candidate } from '../../../../ingest/extract/span.ts';
import { TokenIndex, type Token } from '../../../../ingest/extract/tokens.ts';

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

describe("a caucus's name before its convener's title (blind sample 9)", () => {
  /** jieba's words as given, one after another from offset 0. */
  const words = (text: string, ...ws: [string, string][]): TokenIndex => {
    let at = 0;
    const tokens: Token[] = ws.map(([word, tag]) => ({ word, tag, start: (at += word.length) - word.length, end: at }));
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    return new TokenIndex(tokens, text.length);
  };

  it('should cut 某党团总 to the caucus where jieba reads 团总 as a word and 总召 is the title', () => {
    const text = '晨光党团总召林小满表示';
    const index = words(text, ['晨光党', 'nt'], ['团总', 'n'], ['召', 'v'], ['林小满', 'nr'], ['表示', 'v']);
    expect(organizationOnWords(candidate(0, 5, 'Organization', text, 'statistical'), text, index).text).toBe('晨光党团');
  });

  it('should keep a body whose last character is a body’s before a title (某社会党|主席)', () => {
    const text = '晨光社会党主席表示';
    const index = words(text, ['晨光', 'nz'], ['社会党', 'nt'], ['主席', 'n'], ['表示', 'v']);
    expect(organizationOnWords(candidate(0, 5, 'Organization', text, 'statistical'), text, index).text).toBe('晨光社会党');
  });
});
