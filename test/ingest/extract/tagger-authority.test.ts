// Where the dictionaries and the tagger disagree: a dictionary knows strings, the tagger reads the
// sentence. Dictionary, alias and propagated names must sit on word boundaries, and a gazetteer's
// context-free type yields to the tagger's on the same span; the curated alias file keeps its say.
import { describe, expect, it } from 'vitest';
import { bundledDictionaries } from '../../../ingest/extract/dictionaries.ts';
import { isValidCandidate } from '../../../ingest/extract/validate.ts';
import { extractSpans } from '../../../ingest/extract/pipeline.ts';
import { alignedWithWords, yieldToLongerStatistical } from '../../../ingest/extract/resolve.ts';
import { candidate } from '../../../ingest/extract/span.ts';

const found = (text: string): string[] => extractSpans(text).map((s) => `${s.text}/${s.type}`);

describe('names inside ordinary words', () => {
  it('should not find 中国 inside 发展中国家 or 海地 inside 黑海地区', () => {
    expect(found('发展中国家的利益应得到尊重。')).not.toContain('中国/Place');
    expect(found('这将为黑海地区带来丰厚的收益。')).not.toContain('海地/Place');
  });

  it('should still find a country that stands as a word, and 欧盟 as an organization', () => {
    expect(found('中国和海地建立了联系。')).toEqual(expect.arrayContaining(['中国/Place', '海地/Place']));
    expect(found('欧盟及其成员国必须加快改革。')).toContain('欧盟/Organization');
  });

  it('should keep rule spans that cut through words (中美 is 中 + 美)', () => {
    const text = '中美会晤达成了五点共识。';
    const words = new Set([0, 2, 4, 6]); // 中美|会晤|达成 — 1 is not a boundary
    const rule = candidate(0, 1, 'Place', text, 'rule', { canonical: '中国' });
    const lexicon = candidate(0, 1, 'Place', text, 'lexicon');
    expect(alignedWithWords([rule, lexicon], (i) => words.has(i))).toEqual([rule]);
  });
});

describe('the tagger decides the type of its own span', () => {
  const text = '立陶宛队战胜了美国。';
  const tagged = candidate(0, 3, 'Organization', text, 'statistical');

  it('should drop a gazetteer or propagated type that contradicts the tagger on the same span', () => {
    const gazetteer = candidate(0, 3, 'Place', text, 'lexicon');
    const propagated = candidate(0, 3, 'Place', text, 'document');
    expect(yieldToLongerStatistical([tagged, gazetteer, propagated])).toEqual([tagged]);
  });

  it('should keep the alias file type and a dictionary that agrees with the tagger', () => {
    const alias = candidate(0, 3, 'Place', text, 'alias');
    const agreeing = candidate(0, 3, 'Organization', text, 'lexicon');
    expect(yieldToLongerStatistical([tagged, alias, agreeing])).toEqual([tagged, alias, agreeing]);
  });
});

describe('propagating the tagger’s names through the article', () => {
  it('should spread a tagged name of three or more chars to its other occurrences, but not a two-char one', async () => {
    const { propagateNames } = await import('../../../ingest/extract/propagate.ts');
    const text = '班长唐四清带队。唐四清一个猛子扎下去。王五和王五';
    const tagged = [candidate(2, 5, 'Person', text, 'statistical'), candidate(19, 21, 'Person', text, 'statistical')];
    const spread = propagateNames(text, tagged).map((c) => `${c.start}:${c.text}`);
    expect(spread).toContain('8:唐四清');
    expect(spread.some((s) => s.endsWith(':王五'))).toBe(false);
  });
});

describe('a rule organization that a tagger organization crosses', () => {
  it('should yield when the tagger reads the organization across the rule’s boundary (经最高人民法院)', () => {
    const text = '不久前经最高人民法院审判委员会讨论通过。';
    const rule = candidate(3, 10, 'Organization', text, 'rule'); // 经最高人民法院
    const tagged = candidate(4, 15, 'Organization', text, 'statistical'); // 最高人民法院审判委员会
    expect(yieldToLongerStatistical([rule, tagged])).toEqual([tagged]);
  });

  it('should keep a rule organization when the tagger’s longer one ends inside a word (计算机科|学)', () => {
    const boundariesOf = (words: string[]): Set<number> => new Set(words.map((_, k) => words.slice(0, k + 1).join('').length).concat(0));
    const text = '加州大学伯克利分校计算机科学教授';
    const words = boundariesOf(['加州大学', '伯克利', '分校', '计算机科学', '教授']);
    const rule = candidate(0, 9, 'Organization', text, 'rule'); // 加州大学伯克利分校
    const tagged = candidate(0, 13, 'Organization', text, 'statistical'); // 加州大学伯克利分校计算机科
    expect(yieldToLongerStatistical([rule, tagged], (i) => words.has(i))).toEqual([rule, tagged]);
    // The same kind of longer span ending where a word ends is the whole name: the rule yields.
    const dept = '河北经贸大学法律系主任';
    const ruleDept = candidate(0, 6, 'Organization', dept, 'rule'); // 河北经贸大学
    const taggedDept = candidate(0, 9, 'Organization', dept, 'statistical'); // 河北经贸大学法律系
    const atWordEnd = boundariesOf(['河北经贸大学', '法律系', '主任']);
    const insideWord = boundariesOf(['河北经贸大学', '法律', '系主任']);
    expect(yieldToLongerStatistical([ruleDept, taggedDept], (i) => atWordEnd.has(i))).toEqual([taggedDept]);
    expect(yieldToLongerStatistical([ruleDept, taggedDept], (i) => insideWord.has(i))).toEqual([ruleDept, taggedDept]);
  });

  it('should keep a rule organization the tagger does not cross', () => {
    const text = '清华大学智能产业研究院与智源研究院合作';
    const rule = candidate(0, 11, 'Organization', text, 'rule'); // 清华大学智能产业研究院
    const after = candidate(12, 17, 'Organization', text, 'statistical'); // 智源研究院, after it
    const crossingPlace = candidate(2, 13, 'Place', text, 'statistical'); // another type never overrides a rule
    expect(yieldToLongerStatistical([rule, after, crossingPlace])).toContain(rule);
  });
});

describe('a company whose name is an ordinary word, and a kind of company', () => {
  it('should keep 可口可乐公司 and 波音公司 as the tagger reads them', () => {
    expect(found('可口可乐公司的发言人辩称，饮料市场本来就是竞争高度激烈的地方。')).toContain('可口可乐公司/Organization');
    expect(found('联邦航空局和波音公司官员曾于4月25日发现电线管道有破洞。')).toContain('波音公司/Organization');
  });

  it('should refuse a line of business or a determiner before 公司 as an organization', () => {
    const dicts = bundledDictionaries();
    const valid = (text: string): boolean =>
      isValidCandidate(candidate(0, text.length, 'Organization', text, 'statistical'), dicts, { strictStatistical: false });
    for (const generic of ['科技公司', '这家科技公司', '新能源汽车公司', '多家保险公司', '该公司', 'AI公司'])
      expect({ generic, valid: valid(generic) }).toEqual({ generic, valid: false });
    for (const name of ['可口可乐公司', '波音公司', '环球公司', '台积电公司']) expect({ name, valid: valid(name) }).toEqual({ name, valid: true });
  });
});
