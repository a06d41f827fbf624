// Where the news rules and gazetteers used to add what no reader sees as a name: the grammar jieba
// glues onto a name's edge, common words in THUOCL's lists, a reporter's credit read as a short
// form, and two places listed as one. Sentences from 1998 news (MSRA) and from today's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDictionaries } from '../../../ingest/extract/dictionaries.ts';
import { extractSpans } from '../../../ingest/extract/pipeline.ts';
import { candidate } from '../../../ingest/extract/span.ts';
import { isValidCandidate } from '../../../ingest/extract/validate.ts';

const found = (text: string): string[] => extractSpans(text).map((s) => `${s.text}/${s.type}`);
const organizations = (text: string): string[] =>
  extractSpans(text)
    .filter((s) => s.type === 'Organization')
    .map((s) => s.text);

describe('organizations named by a suffix', () => {
  it('should not take a date, a numeral or a verb before the name (日同南斯拉夫联盟, 二是母公司, 住进医院)', () => {
    expect(found('克林顿希望叶利钦16日同南斯拉夫联盟总统米洛舍维奇的会谈能取得成果。')).toContain('南斯拉夫联盟/Place');
    expect(found('新华社贝尔格莱德6月15日电南斯拉夫联盟副总理利利奇强调指出。')).toContain('南斯拉夫联盟/Place');
    expect(organizations('一是内部审计，二是母公司定期实施现场审计。')).toEqual([]);
    expect(organizations('他突患中风，右身瘫痪，住进医院。')).toEqual([]);
    expect(organizations('两大电信公司此次的并购是继美国花旗集团之后的又一大案。')).not.toContain('两大电信公司');
  });

  it('should not grow over a common noun once the name has a proper part (贴现率意大利银行)', () => {
    const text = '意大利银行降低贴现率意大利银行4月21日晚宣布将官方贴现率下调。';
    expect(organizations(text)).toEqual(['意大利银行', '意大利银行']);
  });

  it('should keep a verbal noun between two parts of a name, not at its edge', () => {
    expect(organizations('江泽民今天下午在中南海会见了美中贸易全国委员会主席。')).toContain('美中贸易全国委员会');
    expect(organizations('与此同时，台湾地区有关法院审理的与大陆有关的民事案件增多。')).toEqual([]);
  });

  it('should read 西蒙·玻利瓦尔大学 as a university, not a person', () => {
    expect(found('这是西蒙·玻利瓦尔大学第二次举办人才交流会。')).toEqual(['西蒙·玻利瓦尔大学/Organization']);
  });

  it('should start a dotted name where jieba starts a word, whatever the tagger cut', () => {
    expect(found('委内瑞拉西蒙·玻利瓦尔的雕像矗立在广场上。')).toEqual(['委内瑞拉/Place', '西蒙·玻利瓦尔/Person']);
  });

  it('should not make a hall named after a place an office (北京人民大会堂澳门厅)', () => {
    const spans = found('他们又提供加工了北京人民大会堂澳门厅的石材。');
    expect(spans.filter((s) => s.endsWith('/Organization'))).toEqual([]);
    expect(spans).toContain('北京/Place');
  });

  it('should refuse a kind of bank or hospital and keep banks named by their line', () => {
    expect(organizations('一位外国银行经理告诉记者，他在那里工作了三年。')).toEqual([]);
    expect(organizations('这笔钱用于支持公费医疗和公立医院系统。')).toEqual([]);
    const dicts = bundledDictionaries();
    const valid = (text: string): boolean => isValidCandidate(candidate(0, text.length, 'Organization', text, 'rule'), dicts, { strictStatistical: false });
    for (const name of ['建设银行', '中央医院', '意大利银行', 'IBM公司', 'TRW公司']) expect({ name, valid: valid(name) }).toEqual({ name, valid: true });
    for (const kind of ['外国银行', '商业银行', '公立医院', 'AI公司', 'IT公司']) expect({ kind, valid: valid(kind) }).toEqual({ kind, valid: false });
  });

  it('should read a company name with a bracketed place or form of business whole', () => {
    expect(organizations('去年底，该集团又改制为中科实业集团（控股）公司。')).toEqual(['中科实业集团（控股）公司']);
    expect(organizations('此次柯达（中国）股份有限公司的成立，是双方进一步合作的结果。')).toEqual(['柯达（中国）股份有限公司']);
  });
});

describe('a reporter credited in brackets', () => {
  it('should not turn the dateline before the bracket into a person', () => {
    const spans = found('据新华社北京6月11日电（吴广义）《东史郎诉讼案》今天开庭。');
    expect(spans).toEqual(expect.arrayContaining(['新华社/Organization', '北京/Place', '吴广义/Person']));
    expect(spans.filter((s) => s.includes('电'))).toEqual([]);
  });
});

describe('THUOCL gazetteers', () => {
  it('should not take common words of the famous-people list for people (马克, 高昂, 牛群)', () => {
    expect(found('1美元可兑换1.8793马克。')).toEqual([]);
    expect(found('公安局之所以连续多年保持高昂的工作热情，靠的是制度。')).not.toContain('高昂/Person');
    expect(found('研究所的人员长期在岛上考察牛群生活习性。')).not.toContain('牛群/Person');
  });

  it('should list each place once, not chains of two places or residential compounds', () => {
    const names = readFileSync(new URL('../../../ingest/extract/dict/places-thuocl.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split('\t')[0]!);
    expect(names).toEqual(expect.arrayContaining(['承德市', '沧州市', '厦门市']));
    const bad = names.filter((n) => /(小区|社区|地区|超市)$/u.test(n) || /^.{2,}(省|市).{2,}(市|区|县)$/u.test(n));
    expect(bad).toEqual([]);
    expect(found('本报讯河北沧州市新华区积极探索新形势下城市安全管理的新路子。')).toEqual(expect.arrayContaining(['沧州市/Place', '新华区/Place']));
  });
});

describe('brands in the alias file', () => {
  it('should read a transliterated brand as a company, not a person (迪奥包)', () => {
    const spans = found('金建希收受一款价值约300万韩元的迪奥包。');
    expect(spans).toContain('迪奥/Organization');
    expect(spans).not.toContain('迪奥/Person');
  });
});

describe('Uyghur and Kazakh names', () => {
  it('should read a name ending in 古丽 whole, where jieba and the tagger cut it', () => {
    const spans = found('5月4日上午，沙拉麦提古丽和雇员一边接待络绎不绝的游客。');
    expect(spans).toContain('沙拉麦提古丽/Person');
    expect(spans.filter((s) => s.startsWith('提古丽') || s.startsWith('古丽'))).toEqual([]);
  });
});

describe('a place with a qualifier', () => {
  it('should find the place itself in 台湾地区 and 中国大陆, as the tagger does', () => {
    expect(found('最高人民法院今天宣布，对台湾地区有关法院的民事判决予以认可。')).toContain('台湾/Place');
    expect(found('去了解这片中国大陆上神奇土地的更多史实。')).toContain('中国/Place');
  });
});

describe('name + honorific', () => {
  it('should not read 全处 of 全处同志 ("the whole office") as a name', () => {
    expect(found('经常组织全处同志学习法律、法规。')).toEqual([]);
    expect(found('傅莹女士出席了会议。')).toContain('傅莹/Person');
  });
});
