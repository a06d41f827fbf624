// Issue 15, recall by class: named facilities as places, outlets, clubs and companies known
// without a suffix, with invented sentences (never text of an evaluation set).
import { describe, expect, it } from 'vitest';
import { extractSpans } from '../../../ingest/extract/pipeline.ts';
import { suffixOrganizations } from '../../../ingest/extract/rules/organization-rules.ts';
import { personOnWords } from '../../../ingest/extract/rules/not-mentions.ts';
import { candidate } from '../../../ingest/extract/span.ts';
import { TokenIndex, tokenize } from '../../../ingest/extract/tokens.ts';

const found = (text: string): string[] => extractSpans(text).map((s) => `${s.text}/${s.type}`);
const bySuffix = (text: string): string[] => suffixOrganizations(text, new TokenIndex(tokenize(text), text.length)).map((c) => `${c.text}/${c.type}`);

describe('named facilities', () => {
  it('should read a border crossing, a stadium and a landing site with their names as places', () => {
    expect(bySuffix('他从深圳皇岗口岸入境。')).toContain('深圳皇岗口岸/Place');
    expect(bySuffix('返回舱在东方红着陆场着陆。')).toContain('东方红着陆场/Place');
    expect(bySuffix('歌手在台北小巨蛋举行演唱会。')).toContain('台北小巨蛋/Place');
    expect(bySuffix('在上海虹桥火车站换乘。')).toContain('上海虹桥火车站/Place');
  });

  it('should read a suffix jieba cuts into two words (合作|区)', () => {
    expect(bySuffix('粤澳深度合作区发布规划。')).toContain('粤澳深度合作区/Place');
  });

  it('should take a known place that jieba does not tag as one into the facility after it (首尔|城南机场)', () => {
    expect(found('代表团乘包机抵达首爾城南機場。')).toContain('首爾城南機場/Place');
    expect(found('代表团乘包机抵达首尔城南机场。')).not.toContain('城南机场/Place');
  });

  it('should read a zone whose name holds programme verbs, and development zones, as places', () => {
    expect(found('市长到广佛科技创新合作区调研。')).toContain('广佛科技创新合作区/Place');
    expect(found('两地共建科技创新合作区。')).not.toContain('两地共建科技创新合作区/Place');
    expect(found('企业落户天津经济技术开发区。')).toContain('天津经济技术开发区/Place');
  });

  it('should keep the head of a Hong Kong body written with the variant 衞 (食物及衞生局)', () => {
    expect(found('食物及衞生局局長表示將增購疫苗。')).toContain('食物及衞生局/Organization');
  });

  it('should leave a country in front of a facility out of its name, and a country plus a bare kind unnamed', () => {
    expect(found('航班降落在英国伦敦希思罗机场。')).toEqual(expect.arrayContaining(['英国/Place', '伦敦希思罗机场/Place']));
    expect(bySuffix('中国射电望远镜的灵敏度很高。')).toEqual([]);
  });

  it('should not name a generic facility or one that is part of an organization', () => {
    expect(bySuffix('该口岸和边境口岸,陆路口岸都已开放。')).toEqual([]);
    expect(bySuffix('研究团队利用大亚湾核电站的数据。')).not.toContain('研究团队利用大亚湾核电站/Place');
    expect(bySuffix('奈曼车站派出所民警赶到。').filter((s) => s.endsWith('/Place'))).toEqual([]);
  });
});

describe('outlets', () => {
  it('should read names ending in 早报, 新闻台 and 新闻社 as organizations', () => {
    expect(bySuffix('据东森新闻台报道。')).toContain('东森新闻台/Organization');
    expect(found('记者来自联合早报和星岛日报。')).toEqual(expect.arrayContaining(['联合早报/Organization', '星岛日报/Organization']));
  });
});

describe('clubs and companies without a suffix', () => {
  it('should know clubs of the form place + nickname', () => {
    expect(found('北京国安主场迎战山东泰山。')).toEqual(expect.arrayContaining(['北京国安/Organization', '山东泰山/Organization']));
  });

  it('should know companies named without a suffix, and ambiguous ones only with a cue', () => {
    expect(found('保时捷和药明康德公布了业绩。')).toEqual(expect.arrayContaining(['保时捷/Organization', '药明康德/Organization']));
    expect(found('甲骨文是商代的文字。')).not.toContain('甲骨文/Organization');
  });
});

describe('verbs glued before a name', () => {
  const cut = (text: string, name: string): string => {
    const words = new TokenIndex(tokenize(text), text.length);
    const start = text.indexOf(name);
    return personOnWords(candidate(start, start + name.length, 'Person', text, 'statistical'), text, words).text;
  };

  it('should cut a one-character verb off a person at a jieba word edge when the rest is a name', () => {
    expect(cut('警方铁捕张德明后,他说。', '铁捕张德明')).toBe('张德明');
  });

  it('should leave a whole name as it is', () => {
    expect(cut('记者采访了欧阳获新。', '欧阳获新')).toBe('欧阳获新');
  });
});

describe('names glued to another name', () => {
  it('should read the home country before a listed company as a place of its own', () => {
    expect(found('中国阿里巴巴集团宣布重组。')).toEqual(expect.arrayContaining(['中国/Place', '阿里巴巴集团/Organization']));
  });

  it('should split two schools glued into one (某某学校某某中学)', () => {
    expect(bySuffix('南洋学校光华中学的学生。')).toEqual(['光华中学/Organization']);
  });

  it('should take a listed outlet out of its marks, and a header in 【】 out of a name', () => {
    expect(found('据新加坡《联合早报》报道。')).toEqual(expect.arrayContaining(['新加坡/Place', '联合早报/Organization']));
    expect(found('【东森新闻台】卫生防护中心发布数据。')).not.toContain('【东森新闻台】卫生防护中心/Organization');
  });

  it('should not read a listed company as a person', () => {
    expect(found('比亚迪表示将扩大产能。')).not.toContain('比亚迪/Person');
  });
});

describe('share names and country names of Taiwan and Hong Kong', () => {
  it('should read an A-share name under special treatment as a company, whole', () => {
    expect(found('证券简称变更为*ST华信,ST远程同日公告。')).toEqual(expect.arrayContaining(['*ST华信/Organization', 'ST远程/Organization']));
  });

  it('should know a country by its Taiwan name, a republic without 共和国 too', () => {
    expect(found('球队在复赛击败多明尼加。')).toContain('多明尼加/Place');
  });

  it('should cut a visit to China glued after a name', () => {
    const text = '自民党干事长二阶俊博赴华访问。';
    const words = new TokenIndex(tokenize(text), text.length);
    const start = text.indexOf('二阶');
    expect(personOnWords(candidate(start, start + 6, 'Person', text, 'statistical'), text, words).text).toBe('二阶俊博');
  });
});

describe('divisions', () => {
  it("should know a district by its full name from China's division list", () => {
    expect(found('佛山市禅城区和南海区的居民。')).toEqual(expect.arrayContaining(['禅城区/Place', '南海区/Place']));
  });
});

describe("an outlet's website", () => {
  it('should read a listed outlet followed by 网 as one outlet, on jieba word edges only', () => {
    expect(found('人民日报网刊文称。')).toContain('人民日报网/Organization');
  });
});

describe('hotels named by their chain', () => {
  it('should read a city and a hotel chain after it as one place, with or without 酒店', () => {
    expect(found('部长赶赴台北文华东方,出席晚宴。')).toContain('台北文华东方/Place');
    expect(found('代表团入住上海君悦酒店。')).toContain('上海君悦酒店/Place');
  });

  it('should not read the chain as a hotel where it names the company or starts a longer name', () => {
    expect(found('希尔顿集团宣布在北京开店。')).not.toContain('北京希尔顿/Place');
    expect(found('会议在北京喜来登长城饭店举行。')).not.toContain('北京喜来登/Place');
  });
});
