// Issue 15, names the tagger cuts short or reads through a verb: a three-character name after a
// title whose last character jieba leaves alone, Japanese names of four characters, and a surname
// standing alone before a verb it shares a character with. Invented sentences and names.
import { describe, expect, it } from 'vitest';
import { extractSpans } from '../../../../ingest/extract/pipeline.ts';
import { japaneseNames } from '../../../../ingest/extract/rules/japanese-names.ts';
import { TokenIndex, tokenize } from '../../../../ingest/extract/tokens.ts';

const found = (text: string): string[] => extractSpans(text).map((s) => `${s.text}/${s.type}`);
const people = (text: string): string[] => found(text).filter((s) => s.endsWith('/Person'));
const japanese = (text: string): string[] => japaneseNames(text, new TokenIndex(tokenize(text), text.length)).map((c) => c.text);

describe('three-character names after a title', () => {
  it('should keep the third character of a name after a title where a word of its own follows', () => {
    expect(people('集團總裁梁見後站台助陣。')).toContain('梁見後/Person');
    expect(people('晶圓廠董事長魏哲家會面客戶。')).toContain('魏哲家/Person');
  });

  it('should not take a verb after a two-character name into it', () => {
    expect(people('中国驻某国大使黄勇到会场致辞。')).toContain('黄勇/Person');
    expect(people('中国驻某国大使黄勇到会场致辞。')).not.toContain('黄勇到/Person');
  });
});

describe('Japanese names', () => {
  it('should read a Japanese family name and the given name jieba does not know as one person', () => {
    expect(people('打者对北山亘基击出全垒打。')).toContain('北山亘基/Person');
    expect(people('日本演员阿部寬出席典礼。')).toContain('阿部寬/Person');
    expect(people('日本首相石破茂会见客人。')).toContain('石破茂/Person');
  });

  it('should take a second given-name character jieba leaves alone (秋山翔|吾)', () => {
    expect(japanese('第六局秋山翔吾轰出全垒打。')).toEqual(['秋山翔吾']);
  });

  it('should leave a verb after a one-character given name out of it', () => {
    expect(japanese('经济学家山田一说，增长放缓。')).toEqual(['山田一']);
  });

  it('should not read a family name before a common word, a school or a park as a person', () => {
    expect(japanese('游客在北山公园散步。')).toEqual([]);
    expect(japanese('他在中村小学读书。')).toEqual([]);
    expect(japanese('山本的说法。')).toEqual([]);
  });
});

describe('a surname before a verb', () => {
  it('should keep a name at a clause start, where the surname cannot be a back reference', () => {
    expect(people('鲍建有严重的关节炎。')).toContain('鲍建/Person');
  });

  it('should not read a surname and the first character of the verb after it as a name (陈|明知)', () => {
    expect(people('法官认为陈明知诈骗猖獗仍提供账户。')).not.toContain('陈明/Person');
    expect(people('检方查出，卢、蔡明知是诈骗仍交付账户。')).not.toContain('蔡明/Person');
  });

  it('should keep a two-character name before a word that is not a verb', () => {
    expect(people('王明知道这件事。')).toContain('王明/Person');
  });
});
