// Issue 15, precision on fresh real news (blind sample 11): one class per test, each with invented
// sentences (simplified and traditional).
import { describe, expect, it } from 'vitest';
import { extractArticle, extractSpans } from '../../../ingest/extract/pipeline.ts';
import { namesNothing } from '../../../ingest/extract/rules/not-names.ts';
import { organizationOnWords } from '../../../ingest/extract/rules/organization-spans.ts';
import { candidate } from '../../../ingest/extract/span.ts';
import { TokenIndex, type Token } from '../../../ingest/extract/tokens.ts';

const found = (text: string): string[] => extractSpans(text).map((s) => `${s.text}/${s.type}`);
/** The entities extractArticle makes of an invented text (resolution included), with their mention counts. */
const counted = (text: string): string[] =>
  extractArticle({ id: 'sha:t', title: '', authors: [], text }).entities.map((e) => `${e.name}/${e.type}/${e.mentions.length}`);

describe('a person whose every character abbreviates a place', () => {
  it('should keep a full name such as 苏云青 or 马新宁 one person, not 江苏 + 云南 + 青海', () => {
    expect(counted('议员苏云青昨天表示,苏云青将继续推动法案。')).toEqual(['苏云青/Person/2']);
    expect(counted('教練馬新寧說,馬新寧對球隊很滿意。')).toEqual(['马新宁/Person/2']);
  });

  it('should still read a compound of abbreviations as the places it stands for', () => {
    const names = counted('两国外长会晤后,中美关系出现转机。');
    expect(names).toContain('中国/Place/1');
    expect(names).toContain('美国/Place/1');
  });
});

describe('parties a report keeps anonymous', () => {
  it('should not take 某 + a company or a court, nor 甲公司, for a name', () => {
    const spans = found('某物流有限公司与某科技股份有限公司买卖合同纠纷一案,甲公司不服判决,某市公安局介入。');
    expect(spans.filter((s) => s.endsWith('/Organization'))).toEqual([]);
  });

  it('should still find a named company beside them', () => {
    expect(found('某物流公司与华星物流有限公司发生纠纷。')).toContain('华星物流有限公司/Organization');
  });
});

describe('bureaus named by two fields joined with 及', () => {
  it('should read the whole name, not the last field’s body alone', () => {
    const spans = found('運輸及物流局局長陳偉明表示,文化體育及旅遊局和環境及生態局會配合。');
    expect(spans).toContain('運輸及物流局/Organization');
    expect(spans).toContain('文化體育及旅遊局/Organization');
    expect(spans).toContain('環境及生態局/Organization');
  });

  it('should not join a company or a person listed before a bureau, nor 以及', () => {
    const spans = found('公司及税务局均未回应,以及公安局也未表态。');
    expect(spans).toContain('税务局/Organization');
    expect(spans.some((s) => s.startsWith('公司及') || s.startsWith('以及'))).toBe(false);
  });
});

describe('names before a photo credit in brackets', () => {
  it('should read each name of (某某 某某 摄影报道), also one with a place inside it', () => {
    expect(counted('村民在田里劳作。(吴天津 陈国华 摄影报道)')).toEqual(['吴天津/Person/1', '陈国华/Person/1']);
    expect(found('图为新建的桥梁。(周海明摄)')).toContain('周海明/Person');
  });

  it('should not take words before a credit that are no names', () => {
    expect(found('他说(大约在冬季 报道)。')).toEqual([]);
  });
});

describe('a place’s bare name that is a common word', () => {
  it('should not read 安宁 (peace) as the city, but keep 安宁市', () => {
    expect(found('祝愿家乡安宁祥和,社会安宁。')).toEqual([]);
    expect(found('他来自云南安宁市。')).toContain('安宁市/Place');
  });
});

describe('identifiers that are no names', () => {
  it('should not take a listed share’s code for an organization', () => {
    expect(found('华星科技(688001.SH)与东港控股(0881.HK)同日公告。')).not.toContain('688001.SH/Organization');
    expect(found('华星科技(688001.SH)与东港控股(0881.HK)同日公告。')).not.toContain('0881.HK/Organization');
  });

  it('should not read the court’s code of a case number as a name, but keep a place after a bracketed year', () => {
    expect(found('本院作出(2021)苏民二终字第12号判决,(2022)湘刑初7号案同日宣判。')).toEqual([]);
    expect(found('据统计(2020)北京接待游客两亿人次。')).toContain('北京/Place');
  });
});

describe('a law firm whose profession jieba glued on (某某律师事务所律师)', () => {
  it('should read the firm whole, bracketed city included', () => {
    expect(found('委托代理人:王小红,江苏金海(南通)律师事务所律师。')).toEqual(['王小红/Person', '江苏金海(南通)律师事务所/Organization']);
  });
});

describe('a verb glued before an organization’s word', () => {
  /** A text's jieba words as given (the tagger's glue depends on context an invented sentence need not have). */
  const words = (text: string, ...ws: [string, string][]): TokenIndex => {
    let at = 0;
    const tokens: Token[] = ws.map(([word, tag]) => ({ word, tag, start: (at += word.length) - word.length, end: at }));
    return new TokenIndex(tokens, text.length);
  };

  it('should cut 希望, 要求 and the like off a body jieba reads as one word', () => {
    const text = '市民希望议会尽快表决';
    const index = words(text, ['市民', 'n'], ['希望', 'v'], ['议会', 'nt'], ['尽快', 'd'], ['表决', 'v']);
    expect(organizationOnWords(candidate(2, 6, 'Organization', text, 'statistical'), text, index).text).toBe('议会');
  });

  it('should keep a name whose first word is a verb but whose rest is no body’s word (创新|工场)', () => {
    const text = '创新工场投资';
    const index = words(text, ['创新', 'v'], ['工场', 'n'], ['投资', 'v']);
    expect(organizationOnWords(candidate(0, 4, 'Organization', text, 'statistical'), text, index).text).toBe('创新工场');
  });
});

describe('a title and a transliterated name read as one organization', () => {
  it('should read the country and the person, not 某国国家安全顾问某某 as a body', () => {
    const spans = found('他引述法国总统外交顾问博纳丰的话说,谈判仍在继续。');
    expect(spans).toContain('博纳丰/Person');
    expect(spans.some((s) => s.includes('顾问'))).toBe(false);
  });

  it('should keep a consultancy named …顾问 a name', () => {
    const isCountry = (name: string): boolean => name === '法国';
    expect(namesNothing('华信顾问', 'Organization', isCountry)).toBe(false);
    expect(namesNothing('法国总统外交顾问博纳丰', 'Organization', isCountry)).toBe(true);
  });
});

describe('a short form the text declares (以下简称, 下称)', () => {
  it('should make the full and the declared short name one organization', () => {
    expect(counted('上诉人江南星辰饲料有限公司(以下简称星辰饲料公司)不服判决。星辰饲料公司认为原判有误。')).toContain('星辰饲料公司/Organization/3');
    expect(counted('华星电子科技股份有限公司(下称“华星电子”,688001.SH)公告称,华星电子营收增长。')).toEqual(['华星电子/Organization/3']);
  });

  it('should take the declared form whole where a place starts it (the place only nested in it)', () => {
    const text = '控股股东台北远航国际集团有限公司(以下简称“台北远航”)未及时披露,台北远航已致歉。';
    const entities = extractArticle({ id: 'sha:t', title: '', authors: [], text }).entities;
    expect(entities.find((e) => e.name === '台北远航')?.mentions.length).toBe(3);
    expect(entities.filter((e) => e.name === '台北').flatMap((e) => e.mentions.filter((m) => m.nested !== true))).toEqual([]);
  });
});

describe('a short form declared after a company no span read whole', () => {
  it('should make the company, from the place that starts it, and its declared short form one organization', () => {
    const text = '星河投资及其一致行动人青州保税区岚诺信贸易有限公司(下称“岚诺信”)已增持。岚诺信表示看好。';
    const entities = extractArticle({ id: 'sha:t', title: '', authors: [], text }).entities;
    const short = entities.find((e) => e.name === '岚诺信');
    expect(short?.type).toBe('Organization');
    expect(short?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['青州保税区岚诺信贸易有限公司', '岚诺信', '岚诺信']);
  });
});

describe('an outlet named by its reporter’s credit (某省法治报记者)', () => {
  it('should read a place, a word and 报 or 网 before 记者 as the outlet, not the place alone', () => {
    expect(found('江西法治报全媒体记者 王小明 报道')).toEqual(['江西法治报/Organization', '王小明/Person']);
    expect(found('福建经济网记者从会上获悉')).toEqual(['福建经济网/Organization']);
  });

  it('should leave a place before 报 with nothing between alone (他向上海报记者…)', () => {
    expect(found('他向上海报记者透露了细节。')).toEqual(['上海/Place']);
  });
});

describe('a place the tagger read inside a longer common word', () => {
  it('should drop a place that starts inside one of jieba’s common words (滚|地球)', () => {
    expect(found('第五局他击出游击方向滚地球出局。')).toEqual([]);
  });

  it('should keep the place standing alone, and one starting a word as MSRA labels it', () => {
    expect(found('保护地球是每个人的责任。')).toEqual(['地球/Place']);
    expect(found('意大利人喜欢咖啡。')).toEqual(['意大利/Place']);
  });
});

describe('a surname and a form of address (张大爷, 李阿姨)', () => {
  it('should name nobody, nor give its surname to the article’s person of that surname', () => {
    expect(counted('李大爷今年七十岁。民警李国强说,李大爷的自行车找到了,李阿姨也很高兴。')).toEqual(['李国强/Person/1']);
  });
});

describe('a firm named by its kind alone (会计师事务所)', () => {
  it('should not take 会计师事务所 or 律师事务所 without a name for an organization, but keep a named one', () => {
    expect(found('年审会计师事务所出具了否定意见,律师事务所也未回应。')).toEqual([]);
    expect(found('华明会计师事务所为公司出具审计报告。')).toContain('华明会计师事务所/Organization');
  });
});

describe('Taiwan’s professional baseball teams (listed as the Chinese leagues’ clubs are)', () => {
  it('should read a team whole, not the listed company its name starts with (中信兄弟, not 中信)', () => {
    expect(found('富邦悍將今晚以3:2擊敗中信兄弟,樂天桃猿也輸球。')).toEqual(['富邦悍將/Organization', '中信兄弟/Organization', '樂天桃猿/Organization']);
  });
});

describe('a local body named with and without the places in front, or its town’s suffix', () => {
  it('should make 某省某市某镇派出所 and 某镇派出所 one organization', () => {
    const names = counted('江西省瑞金市黄柏镇派出所民警巡逻。黄柏镇派出所现有8名民警。');
    expect(names.filter((n) => n.endsWith('/Organization/2'))).toEqual(['黄柏镇派出所/Organization/2']);
  });

  it('should make 某庄镇派出所 and 某庄派出所 one where the town is a place of the article', () => {
    const names = counted('民警赶到刘庄镇。刘庄镇派出所接到报警,刘庄派出所教导员赶到。');
    expect(names.filter((n) => n.includes('派出所'))).toEqual(['刘庄派出所/Organization/2']);
  });
});

describe('a dateline ending in 讯 with the story right after it', () => {
  it('should read the outlet, not the place its name starts with', () => {
    expect(found('中国财经网上海3月2日讯今年以来全市经济平稳。')).toEqual(['中国财经网/Organization', '上海/Place']);
  });
});
