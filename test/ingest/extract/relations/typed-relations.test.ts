// Typed relations from verbs and structures (issue 16), read through the whole pipeline on
// sentences written for these tests: each type, its direction, its date, and what gives nothing.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../ingest/extract/pipeline.ts';
import type { ArticleExtraction, ExtractedRelation } from '../../../../ingest/model.ts';
import { parseLine } from '../../../../ingest/parse/plain-text.ts';

const PUBLISHED = '2024-05-05T10:00:00+08:00';

function extract(text: string, publishedAt: string | undefined = PUBLISHED): ArticleExtraction {
  const article = parseLine(text);
  return extractArticle(publishedAt === undefined ? article : { ...article, publishedAt, publishedZone: 'Asia/Shanghai' });
}

/** The typed relations (not roles) as `TYPE 源 → 目标 date`, with entity names for ids. */
function typed(text: string, publishedAt?: string): string[] {
  const x = extract(text, publishedAt);
  const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? id;
  return (x.relations ?? [])
    .filter((r: ExtractedRelation) => r.type !== 'HOLDS_ROLE')
    .map((r) => `${r.type} ${name(r.source)} → ${name(r.target)} ${r.date ?? '-'}`);
}

describe('typed relations from verbs', () => {
  it.each([
    ['国家主席习近平在人民大会堂会见了来访的美国国务卿布林肯。', 'MEETS 习近平 → 布林肯'],
    ['国家主席习近平同美国总统拜登举行会谈。', 'MEETS 习近平 → 拜登'],
    ['法国总统马克龙访华。', 'VISITS 马克龙 → 中国'],
    ['马斯克上午访问了北京。', 'VISITS 马斯克 → 北京'],
    ['中国和法国签署了多项合作协议。', 'SIGNS 中国 → 法国'],
    ['中国外交部就此向美方提出严正交涉。', 'PROTESTS 外交部 → 美国'],
    ['美国商务部将华为列入实体清单。', 'SANCTIONS 美国商务部 → 华为'],
    ['美国对俄罗斯实施制裁。', 'SANCTIONS 美国 → 俄罗斯'],
    ['腾讯公司起诉了字节跳动公司。', 'SUES 腾讯 → 字节跳动'],
    ['北京市第一中级人民法院以受贿罪判处刘志军死刑。', 'RULES 北京市第一中级人民法院 → 刘志军'],
    ['中国女排以3比1战胜日本队。', 'COMPETES 中国女排 → 日本队'],
  ])('should read %s as %s', (text, expected) => {
    expect(typed(text)).toEqual([`${expected} 2024-05-05`]);
  });

  it('should point COMPETES from winner to loser when the loser is written first', () => {
    expect(typed('巴西队0比2负于德国队。')).toEqual(['COMPETES 德国队 → 巴西队 2024-05-05']);
    expect(typed('日本队被巴西队击败。')).toEqual(['COMPETES 巴西队 → 日本队 2024-05-05']);
  });

  it('should point MEETS from host to guest in 乙受到甲的接见', () => {
    const [r] = typed('王建国受到了马克龙的亲切接见。');
    expect(r).toMatch(/^MEETS 马克龙 → 王建国/u);
  });
});

describe('dates of typed relations', () => {
  it('should date a relation by its sentence’s own time expression (上周日 → the Sunday before)', () => {
    expect(typed('马斯克上周日访问了北京。')).toEqual(['VISITS 马斯克 → 北京 2024-04-28']);
  });

  it('should take the date of a time-only clause before the act', () => {
    expect(typed('4月26日，美国国务卿布林肯访华。')).toEqual(['VISITS 布林肯 → 中国 2024-04-26']);
  });

  it('should take the date of a clause that only says when (就在昨天下午，…)', () => {
    expect(typed('就在昨天下午，国务院总理李克强在人民大会堂会见了福雷总统。')).toEqual(['MEETS 李克强 → 福雷 2024-05-04']);
  });

  it('should keep a month the text gives at month precision', () => {
    expect(typed('2023年11月，美国对俄罗斯实施制裁。')).toEqual(['SANCTIONS 美国 → 俄罗斯 2023-11']);
  });

  it('should fall back to the publication date, and to no date without one', () => {
    expect(typed('美国国务卿布林肯访华。')).toEqual(['VISITS 布林肯 → 中国 2024-05-05']);
    expect(typed('美国国务卿布林肯访华。', '')).toEqual(['VISITS 布林肯 → 中国 -']);
  });

  it('should not take a date that belongs to another clause’s act', () => {
    expect(typed('去年11月首届峰会召开后，美国对俄罗斯实施制裁。')).toEqual(['SANCTIONS 美国 → 俄罗斯 2024-05-05']);
  });

  it('should join an undated mention of an act to the one act of its kind a sentence dates', () => {
    const x = extract('布林肯在访华期间参观了唱片店。4月26日，美国国务卿布林肯访华。');
    const visits = (x.relations ?? []).filter((r) => r.type === 'VISITS');
    expect(visits.map((r) => [r.date, r.sentence, r.sentences])).toEqual([['2024-04-26', 0, [0, 1]]]);
  });

  it('should give one relation with every sentence that states it', () => {
    const x = extract('马斯克访问了北京。马斯克访问了北京，受到欢迎。');
    const visits = (x.relations ?? []).filter((r) => r.type === 'VISITS');
    expect(visits).toHaveLength(1);
    expect(visits[0]!.sentences).toEqual([0, 1]);
    expect(x.text.slice(visits[0]!.start, visits[0]!.end)).toBe('马斯克访问了北京');
  });
});

describe('what states no typed relation', () => {
  it.each([
    ['a negation', '美国从未制裁过古巴。'],
    ['a denial', '马克龙否认会见了普京。'],
    ['a condition', '如果美国制裁古巴，古巴将会反制。'],
    ['a supposed result', '小组很可能出现少有的现象：如西班牙队与保加利亚队打平、巴拉圭队负于尼日利亚队。'],
    ['a question', '美国会制裁古巴吗？'],
    ['a 是否 question', '外界关注中国是否支持俄罗斯。'],
    ['the future', '美国将于下月制裁古巴。'],
    ['an invitation', '中方邀请马克龙访华。'],
    ['a third party’s quoted words', '他说：“美国制裁了古巴。”'],
    ['an embedded actor after 对', '中方对以色列空袭加沙表示强烈谴责。'],
    ['a possessive object', '中国支持美国的盟友。'],
  ])('should find nothing in %s', (_label, text) => {
    expect(typed(text)).toEqual([]);
  });
});

describe('structures news writes relations in', () => {
  it('should take the topic before a comma as the subject of a clause with no name before its verb', () => {
    expect(typed('上轮排名第二的北京国安，主场0比2不敌山东泰山。')).toEqual(['COMPETES 山东泰山 → 北京国安 2024-05-05']);
  });

  it('should not take the name ending the previous clause when that clause has its own verb', () => {
    expect(typed('马斯克会见了李强，随后访问了上海。')).toEqual(['MEETS 马斯克 → 李强 2024-05-05']);
  });

  it('should read a title that begins inside an organization’s name (外交部 + 长) as one phrase', () => {
    expect(typed('外交部长王毅在北京与巴拿马外交部长莫斯卡举行会谈。')).toEqual(['MEETS 王毅 → 莫斯卡 2024-05-05']);
  });

  it('should read a party’s role before the name (判决被告人X) and a score with a colon', () => {
    expect(typed('2020年3月，长沙市中级人民法院判决被告人王建国犯诈骗罪。')).toEqual(['RULES 长沙市中级人民法院 → 王建国 2020-03']);
    expect(typed('郑钦文以2:0战胜维基奇。')).toEqual(['COMPETES 郑钦文 → 维基奇 2024-05-05']);
  });

  it('should not date an act by the start of a span (2019年以来)', () => {
    expect(typed('微软公司首席执行官纳德拉2018年以来首次到访印度。')).toEqual(['VISITS 纳德拉 → 印度 2024-05-05']);
  });
});

describe('dates of typed relations the held-out judgement found wrong', () => {
  it('should give no day to an act in a vague or relative past (日前, 前不久, 曾, 三年前)', () => {
    expect(typed('国务院总理李克强日前在人民大会堂会见了福雷总统。')).toEqual(['MEETS 李克强 → 福雷 -']);
    expect(typed('前不久，马斯克访问了北京。')).toEqual(['VISITS 马斯克 → 北京 -']);
    expect(typed('美国曾对俄罗斯实施制裁。')).toEqual(['SANCTIONS 美国 → 俄罗斯 -']);
    expect(typed('今年早些时候，马斯克访问了北京。')).toEqual(['VISITS 马斯克 → 北京 -']);
    expect(typed('三年前马斯克访问了北京。')).toEqual(['VISITS 马斯克 → 北京 -']);
    // 曾 in a name (曾荫权) is no past tense.
    expect(typed('香港特首曾荫权访问了北京。')).toEqual(['VISITS 曾荫权 → 北京 2024-05-05']);
  });

  it('should take the day written after a dispatch dateline (…3日电 当地时间3日，…)', () => {
    expect(typed('新华社北京5月3日电 当地时间3日，国务院总理李克强在人民大会堂会见了福雷总统。')).toEqual(['MEETS 李克强 → 福雷 2024-05-03']);
    expect(typed('5月2日早前，马斯克访问了北京。')).toEqual(['VISITS 马斯克 → 北京 2024-05-02']);
  });

  it('should date an act over a day range by its start (N日晚至M日, 今天(N号)起至M号, a range clause)', () => {
    expect(typed('美国国务卿布林肯5月2日晚至4日访华。')).toEqual(['VISITS 布林肯 → 中国 2024-05-02']);
    expect(typed('美国国务卿布林肯今天(5号)起至8号访华。')).toEqual(['VISITS 布林肯 → 中国 2024-05-05']);
    // The day in brackets is the one the text states (the article may be of the next day).
    expect(typed('美国国务卿布林肯今天(4号)开始至8号访华。')).toEqual(['VISITS 布林肯 → 中国 2024-05-04']);
    expect(typed('4月29日至30日，美国国务卿布林肯访华。')).toEqual(['VISITS 布林肯 → 中国 2024-04-29']);
  });

  it('should date an act that starts at a stated month (自2019年5月起制裁) by that month', () => {
    expect(typed('美国自2019年5月起对俄罗斯实施制裁。')).toEqual(['SANCTIONS 美国 → 俄罗斯 2019-05']);
    expect(typed('美国从2020年8月开始对俄罗斯实施制裁。')).toEqual(['SANCTIONS 美国 → 俄罗斯 2020-08']);
  });
});

describe('look-alikes that state no relation between the two names', () => {
  it.each([
    ['a group named by its country (英老兵抗议日本)', '英国老兵抗议日本。'],
    ['a visit talked about, not made', '双方正在为美国总统拜登访华的准备工作进行磋商。'],
    ['a visit wished well', '他预祝法国总统马克龙访华取得圆满成功。'],
    ['a visit with the act still to come', '美国总统拜登访华时，将与中方举行会谈。'],
    ['two hosts meeting a third', '王伟伟和李伟娜共同会见了张伟敏。'],
    ['a call with two countries’ leaders', '拜登同俄罗斯和乌克兰两国领导人通电话。'],
    ['a welcome to a guest', '习近平主持仪式欢迎马克龙一行。'],
    ['a topic after 就', '布热津斯基日前就拜登访华接受了采访。'],
    ['something hard to do', '印度现在很难谴责巴基斯坦。'],
  ])('should find nothing in %s', (_label, text) => {
    expect(typed(text)).toEqual([]);
  });

  it('should read a phone conversation as CALLS, not MEETS', () => {
    expect(typed('德国外长贝尔伯克和伊朗外长阿拉格齐进行了电话会谈。')).toEqual(['CALLS 贝尔伯克 → 阿拉格齐 2024-05-05']);
  });
});

describe('more look-alikes', () => {
  it.each([
    ['an act dated after the article', '美国国务卿布林肯下周访华。'],
    ['a place after 在 and its country', '两国外长在沙特首都利雅得对以色列提出强烈批评。'],
    ['a headline whose subject is left out (胜甲负于乙)', '世界女篮锦标赛上胜阿根廷负于西班牙'],
    ['a name that modifies the object (指责法国同行)', '可口可乐公司指责法国同行利用不公平手段促销。'],
    ['someone sent to act later', '日本政府派专家代表团赴俄罗斯考察。'],
    ['a subject who did something else first', '卡佩基亚尼今天公布了赴法国参加比赛的名单。'],
    ['an unnamed title holder after an organization', '这是我担任中国国务院总理后首次正式访问韩国。'],
    ['a single character read as a country inside a name', '安华在与川普通话后，分别致电两国领袖。'],
  ])('should find nothing in %s', (_label, text) => {
    expect(typed(text)).toEqual([]);
  });
});

describe('calls and visits as diplomatic news writes them', () => {
  it('should read 应约同…通电话 as a call, host first, dated by its own day', () => {
    expect(typed('国家主席习近平3日应约同法国总统马克龙通电话。')).toEqual(['CALLS 习近平 → 马克龙 2024-05-03']);
  });

  it('should read 视频会晤 as CALLS', () => {
    expect(typed('习近平同俄罗斯总统普京举行视频会晤。')).toEqual(['CALLS 习近平 → 普京 2024-05-05']);
  });

  it('should read 飞抵 as a visit', () => {
    expect(typed('马克龙乘专机飞抵北京。')).toEqual(['VISITS 马克龙 → 北京 2024-05-05']);
  });

  it('should give a visit in a relative clause to the name it describes, not to the name before it', () => {
    expect(typed('王芳陪同来京进行国事访问的法国总统马克龙参观颐和园。')).toEqual([]);
  });
});

describe('traditional script, ranges and title chains', () => {
  it('should read a relation written in traditional characters, dated by its weekday', () => {
    expect(typed('外交部長王毅周一在北京會見新加坡外長維文。')).toEqual(['MEETS 王毅 → 维文 2024-04-29']);
  });

  it('should date an act over a range by its start, and drop it when that is after the article', () => {
    expect(typed('布林肯4月24日至26日访华。')).toEqual(['VISITS 布林肯 → 中国 2024-04-24']);
    expect(typed('王毅5月26日至28日访问华盛顿。')).toEqual([]);
  });

  it('should read a guest whose title follows the name (会见了福雷总统)', () => {
    expect(typed('国务院总理李克强在人民大会堂会见了福雷总统。')).toEqual(['MEETS 李克强 → 福雷 2024-05-05']);
  });

  it('should read a guest whose title has a modifier (新西兰前总理约翰•基)', () => {
    expect(typed('王毅会见新西兰前总理约翰•基。')).toEqual(['MEETS 王毅 → 约翰•基 2024-05-05']);
  });

  it('should take the titled topic before the comma as the first party of 与…会面', () => {
    expect(typed('在北京，国务委员兼外长王毅，与到访的俄罗斯外长拉夫罗夫会面。')).toEqual(['MEETS 王毅 → 拉夫罗夫 2024-05-05']);
  });
});

describe('visits whose place is a facility', () => {
  it('should give a landing at a named airport to the city in its name, never to the airport', () => {
    expect(typed('西班牙首相桑切斯当天下午乘专机抵达成都双流国际机场。')).toEqual(['VISITS 桑切斯 → 成都 2024-05-05']);
  });

  it('should find the city in a facility name the tagger reads whole (莫斯科 of a Moscow airport)', () => {
    expect(typed('巴西总统卢拉当天下午乘专机抵达莫斯科瓦西里2号机场。')).toEqual(['VISITS 卢拉 → 莫斯科 2024-05-05']);
  });

  it('should give no visit when the facility names no place', () => {
    expect(typed('西班牙首相桑切斯当天下午乘专机抵达双流国际机场。')).toEqual([]);
  });
});
