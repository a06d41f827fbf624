import { describe, expect, it } from 'vitest';
import type { ExtractedEvent, ParsedArticle } from '../../../ingest/model.ts';
import { extractArticle } from '../../../ingest/extract/pipeline.ts';

// Sentences written for these tests (issue 16.3): each class of event a reader would title.
const article = (text: string, publishedAt: string | undefined = '2024-05-05T10:00:00+08:00', title = ''): ParsedArticle => ({
  id: 'sha:test',
  title,
  authors: [],
  text,
  ...(publishedAt === undefined ? {} : { publishedAt }),
});
const events = (text: string, publishedAt?: string, title?: string): ExtractedEvent[] => extractArticle(article(text, publishedAt, title)).events;
const names = (text: string, publishedAt?: string): string[] => events(text, publishedAt).map((e) => e.name);

describe('events a reader would title', () => {
  it('should name a meeting after its host and guest (甲会见乙) with its date and place', () => {
    const [ev] = events('国家主席习近平5月3日在北京会见来访的巴西总统卢拉。');
    expect(ev).toMatchObject({ name: '习近平会见卢拉', kind: 'meeting', date: '2024-05-03', place: 'place:北京' });
    expect(ev!.participants).toEqual(expect.arrayContaining(['person:习近平', 'person:卢拉']));
  });

  it('should name talks held with someone (甲同乙举行会谈) after both', () => {
    expect(names('外交部长王毅4日在北京同到访的法国外长塞茹尔内举行会谈。')).toContain('王毅同塞茹尔内会谈');
  });

  it('should give a visit written as a modifier (会见访华的乙) to the visitor, not the host', () => {
    const evs = events('李强在人民大会堂会见访华的新西兰总理拉克森。');
    expect(evs.map((e) => e.name)).toContain('拉克森访华');
    expect(evs.map((e) => e.name)).not.toContain('李强访华');
  });

  it('should name an arrival after the visitor and the place (甲抵达X)', () => {
    expect(events('应邀请,国务院总理李强当地时间3日下午乘专机抵达悉尼。')[0]).toMatchObject({ name: '李强抵达悉尼', kind: 'visit', date: '2024-05-03' });
  });

  it('should name a press conference after its owner, never a bare 发布会', () => {
    expect(names('4日,市卫健委召开新闻发布会,通报本地疫情。')).toContain('市卫健委召开新闻发布会');
    expect(names('国家气象中心新闻发布会将于下午举行。')).toContain('国家气象中心新闻发布会');
    expect(names('昨天下午,新闻发布会在礼堂举行。')).toEqual([]);
  });

  it('should name a signing ceremony after those who attend it', () => {
    expect(names('5月4日,李强和朔尔茨共同出席合作文件签字仪式。')).toContain('李强和朔尔茨出席合作文件签字仪式');
  });

  it('should name a release after the organization and what it released', () => {
    expect(names('国家统计局15日发布《2023年国民经济公报》。')).toContain('国家统计局发布《2023年国民经济公报》');
  });

  it('should name a speech after the speaker', () => {
    expect(names('联合国秘书长古特雷斯2日在日内瓦发表演讲,呼吁各方克制。')).toContain('古特雷斯发表演讲');
  });

  it('should name a match with its score, winner first when the text says who won', () => {
    expect(names('北京国安主场2比0战胜山东泰山。')).toContain('北京国安2比0胜山东泰山');
    expect(names('浙江队客场1比3负于上海申花。')).toEqual(['浙江队1比3负上海申花']);
    expect(names('【小组赛】 日本 1:4 西班牙')).toEqual(['西班牙4比1胜日本']);
  });

  it('should name a court ruling after the court, its stage and the defendant', () => {
    const [ev] = events('2023年8月,北京市第一中级人民法院一审判决被告人张某某无期徒刑。');
    expect(ev).toMatchObject({ kind: 'ruling', date: '2023-08' });
    expect(ev!.name).toMatch(/^北京市第一中级人民法院一审判决/u);
  });

  it('should name an investigation by the police after the police and what they investigate', () => {
    expect(names('上海警方日前立案调查一宗电信诈骗案。')).toEqual(['上海警方立案调查一宗电信诈骗案']);
  });

  it('should name an election, a resignation and a new post after the person', () => {
    expect(names('5月2日,赖清德当选台湾地区领导人。')).toContain('赖清德当选台湾地区领导人');
    expect(names('董事长王建国将于6月1日卸任。')).toContain('王建国卸任');
    expect(names('新任局长刘洋3日正式履新。')).toContain('刘洋履新');
  });

  it('should name a ceasefire and a clash after the two sides', () => {
    expect(names('以色列和黎巴嫩4日宣布停火。')).toContain('以色列黎巴嫩宣布停火');
    expect(names('苏丹和南苏丹边境3日爆发冲突。')).toContain('苏丹南苏丹爆发冲突');
  });

  it('should let the countries a compound abbreviation stands for take part (泰柬爆发冲突)', () => {
    const ev = events('泰国和柬埔寨关系紧张。泰柬3日在边境爆发新一轮冲突。').find((e) => e.kind === 'clash');
    expect(ev?.name).toBe('泰柬爆发冲突');
    expect(ev?.participants).toEqual(expect.arrayContaining(['place:泰国', 'place:柬埔寨']));
  });

  it('should read 双方 as the two countries named just before', () => {
    expect(names('埃塞俄比亚与厄立特里亚的紧张局势持续数周。4日,双方宣布停火。')).toContain('埃塞俄比亚厄立特里亚宣布停火');
  });

  it('should name an award ceremony and let its winners take part', () => {
    const [ev] = events('第20届华语电影奖颁奖典礼3日晚在澳门举行。最佳男主角由周润发获得。');
    expect(ev).toMatchObject({ name: '第20届华语电影奖颁奖典礼', kind: 'award', date: '2024-05-03' });
    expect(ev!.participants).toContain('person:周润发');
  });

  it('should name a spacecraft landing after the craft and let the crew of 此次飞行 take part', () => {
    const [ev] = events('天舟八号货运飞船返回舱5月2日在东风着陆场成功着陆。此次飞行,航天员王亚平完成多项实验。');
    expect(ev).toMatchObject({ name: '天舟八号货运飞船返回舱成功着陆', kind: 'spaceflight', date: '2024-05-02' });
    expect(ev!.participants).toContain('person:王亚平');
  });
});

describe('event names', () => {
  it('should never be a clause or longer than thirty characters', () => {
    const text = '华为公司3日宣布,将在未来五年内与多所高校在人工智能、芯片设计和基础软件领域开展深入合作并共同培养人才。苹果公司4日发布新款手机。';
    for (const ev of events(text)) {
      expect(ev.name.length).toBeLessThanOrEqual(30);
      expect(ev.name).not.toMatch(/[,。;:!?]/u);
    }
    expect(names(text)).toContainEqual(expect.stringMatching(/^苹果(公司)?发布新款手机$/u));
  });

  it('should drop an announcement whose object is a clause with a tense word (官宣…已…)', () => {
    expect(names('小米官宣造车已过去三年。')).toEqual([]);
  });

  it('should not take a time word before 年会 for a meeting (几年会与团队合作)', () => {
    expect(names('王建国表示,今后几年会与同事保持合作关系。')).toEqual([]);
  });
});

describe('who acts', () => {
  it('should not take the person who accompanies for the visitor (在某某陪同下参观)', () => {
    expect(names('李强4日在省长王伟陪同下参观了苏州工业园区。')).not.toContain('王伟参观苏州工业园区');
  });

  it('should give a clause after a comma to the sentence’s subject (甲将会见乙,同丙举行会晤)', () => {
    const evs = names('访问期间,李强将会见德国总统施泰因迈尔,同德国总理朔尔茨举行会晤。');
    expect(evs).toEqual(expect.arrayContaining(['李强会见施泰因迈尔', '李强同朔尔茨会晤']));
  });

  it('should not make a match of a player against a country', () => {
    expect(names('投手林立4日险胜日本。')).toEqual([]);
  });

  it('should say who reports a ceasefire the two sides agreed (某某称双方同意停火)', () => {
    expect(names('美国总统拜登4日宣称双方总理同意立即停火。')).toEqual(['拜登称双方同意停火']);
  });

  it('should not own a forum held somewhere (在北京举办的论坛) by whoever speaks first', () => {
    expect(names('王毅表示,欢迎日方出席在北京举办的“一带一路”国际合作高峰论坛。')).toEqual(['“一带一路”国际合作高峰论坛']);
  });

  it('should not take a relative clause for what was announced', () => {
    expect(names('欧盟委员会4日公布给电池工厂提供的补助。')).toEqual([]);
  });
});

describe('one event per happening', () => {
  it('should merge a meeting told twice with its parties in either order', () => {
    const evs = events('王毅4日在北京会见黄英贤。黄英贤与王毅在会见中讨论了贸易问题。');
    expect(evs.filter((e) => e.kind === 'meeting')).toHaveLength(1);
  });

  it('should keep two meetings of one host with two guests apart, the sequel on the same day', () => {
    const evs = events('王毅4日在北京会见黄英贤。王毅另会见新西兰前总理约翰•基。');
    expect(evs.map((e) => [e.name, e.date])).toEqual(
      expect.arrayContaining([
        ['王毅会见黄英贤', '2024-05-04'],
        ['王毅会见约翰•基', '2024-05-04'],
      ]),
    );
  });

  it('should keep at most five events in a short article, the headline’s first', () => {
    const guests = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨帆', '赵磊', '黄敏'];
    const text = guests.map((g, i) => `${i + 1}日,李明会见${g}。`).join('') + '5日,王强会见赵刚。';
    const evs = events(text, undefined, '王强会见赵刚');
    expect(evs.length).toBeLessThanOrEqual(5);
    expect(evs[0]!.name).toBe('王强会见赵刚');
  });
});

describe('what is still to come', () => {
  it('should rank an event the text says is to come (将会见) after one that happened', () => {
    const evs = events('在访问期间,李强将会见德国总理朔尔茨。李强4日抵达柏林。');
    expect(evs.map((e) => e.name)).toEqual(['李强抵达柏林', '李强会见朔尔茨']);
  });
});

describe('event dates', () => {
  it('should date an event at the precision the text gives', () => {
    expect(events('去年11月,在英国举行了AI安全峰会。')[0]?.date).toBe('2023-11');
    expect(events('2022年,在东京举行了亚洲数字论坛。')[0]?.date).toBe('2022');
  });

  it('should date a dispatch’s lead by its dateline, and nothing else by the publication date', () => {
    const [lead] = events('新华社北京5月4日电\n国家主席习近平在人民大会堂会见法国总统马克龙。');
    expect(lead?.date).toBe('2024-05-04');
    expect(events('国家主席习近平在人民大会堂会见法国总统马克龙。')[0]?.date).toBeUndefined();
  });

  it('should date the headline’s event told in the lead by the publication day, and no later one', () => {
    const evs = events('国家主席习近平在人民大会堂会见法国总统马克龙。马克龙随后参观了故宫博物院。', '2024-05-05T10:00:00+08:00', '马克龙访华');
    expect(evs.find((e) => e.name === '习近平会见马克龙')?.date).toBe('2024-05-05');
    expect(evs.find((e) => e.name === '马克龙参观故宫博物院')?.date).toBeUndefined();
  });

  it('should date an event over days (16日至17日) by its first day, and not by a 以来', () => {
    expect(events('5月1日至3日,中国—东盟博览会在南宁举行。')[0]?.date).toBe('2024-05-01');
    expect(events('纳德拉2018年以来首次到访印度。')[0]?.date).toBeUndefined();
  });
});

describe('bad input', () => {
  it('should not hang on a 5,000-character sentence without punctuation', () => {
    const text = '会见访问宣布发布会停火'.repeat(500);
    expect(() => events(text)).not.toThrow();
    expect(events(text).length).toBeLessThanOrEqual(5);
  });

  it('should not make an event per pair from a list of 40 names', () => {
    const people = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周杰', '吴刚'];
    const list = Array.from({ length: 40 }, (_, i) => people[i % 10]! + '一二三四'[Math.floor(i / 10)]).join('、');
    const evs = events(`${list}出席了4日举行的全国青年论坛,并会见了记者。`);
    expect(evs.length).toBeLessThanOrEqual(2);
  });

  it('should read nested quotes without taking a quoted 今天 for the event’s day', () => {
    const evs = events('4月26日,布林肯说:“他告诉我‘今天我们会见了王毅’。”布林肯26日会见王毅。');
    for (const ev of evs) expect(ev.date).not.toBe('2024-05-05');
  });

  it('should name a person called 张主任 as a person, not a title', () => {
    expect(() => events('张主任4日会见了李主任。')).not.toThrow();
  });
});

describe('talks named by their parties (blind sample 6)', () => {
  it('should not make talks described by one word and no party an event (高层对话, 直接会谈)', () => {
    expect(names('此后两国恢复了直接会谈,并计划举行高层对话。')).toEqual([]);
    expect(names('他希望会谈能尽快带来和平。')).toEqual([]);
  });

  it('should keep talks with their parties and a dialogue with a name of its own', () => {
    expect(names('时任美国总统拜登2021年6月在日内瓦与普京会晤。', '2025-08-15T10:00:00+08:00')).toContain('拜登同普京会晤');
    expect(names('据报道,双方此前在日内瓦与普京会晤。')).toEqual([]);
    expect(names('首届AI安全国际对话3月在北京举行。')).toEqual([expect.stringContaining('AI安全国际对话')]);
  });
});

describe('objects that end where the clause goes on (blind sample 6)', () => {
  it('should name a resignation by the post alone, not the clause after it', () => {
    expect(names('至于党主席黄明昌卸任立委后朝野气氛是否缓和,他说不知道。')).toEqual(['黄明昌卸任立委']);
  });

  it("should start a spacecraft's name after the clause's verb (将迎来某某号)", () => {
    expect(names('在他们返回前,空间站将迎来天舟九号货运飞船的对接。')).toEqual([expect.stringMatching(/^天舟九号/u)]);
  });
});

describe('events described by one common word (blind sample 7)', () => {
  it('should drop a launch event with no owner (此次新品发布会), keep it with one', () => {
    expect(names('此次新品发布会将推出三款机型,全系产品实现升级。')).toEqual([]);
    expect(names('小米公司9月25日举行新品发布会,推出三款机型。')).toEqual(['小米公司举行新品发布会']);
  });

  it("should give a launch to the company in the verb's own clause, not a person named in the clause before", () => {
    expect(names('8日是马斯克访华一周年,小米公司选在这天举行新品发布会。')).toEqual(['马斯克访华', '小米举行新品发布会']);
  });
});

describe('releases and forums that are no event of their own (blind sample 7)', () => {
  it('should not name a release after a counted quote that qualifies a noun (一款“…”的产品)', () => {
    expect(names('星海科技总裁王明透露,星海科技将在3月份发布一款“谁都想不到”的产品。')).toEqual([]);
  });

  it('should not read 发布 inside a noun (新品发布计划) as a release', () => {
    expect(names('小米总裁王明此前已透露新品发布计划。')).toEqual([]);
  });

  it('should not give a forum to a body its speaker names (…的论坛上介绍,某委…)', () => {
    expect(names('6月,中心主任王明在一个主题为“公共卫生合作”的论坛上介绍,国家卫健委会立刻知道。')).toEqual([]);
  });
});

describe('meetings wished or agreed to, not held (blind sample 6)', () => {
  it('should not make a meeting someone agrees to or would like an event, but keep a scheduled one', () => {
    expect(names('基辅方面表示,泽连斯基已同意在不久的将来与特朗普会面。')).toEqual([]);
    expect(names('泽连斯基表示愿与普京会面。')).toEqual([]);
    expect(names('泽连斯基将于下周与特朗普会面。')).toEqual(['泽连斯基同特朗普会面']);
  });
});
