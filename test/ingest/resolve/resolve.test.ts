// Resolution on hand-made extractions (invented names): full and short forms, compounds, single
// characters, one type per name, and the store's known entities.
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, EntityType, ExtractedEntity } from '../../../ingest/model.ts';
import { resolveArticle, type KnownEntity } from '../../../ingest/resolve/index.ts';

/** An extraction of `text` whose entities are [name, type, surface…]: every occurrence of each surface is a mention. */
function extraction(text: string, specs: [string, EntityType, ...string[]][]): ArticleExtraction {
  const all = specs.flatMap(([name, , ...surfaces]) => (surfaces.length > 0 ? surfaces : [name]));
  // An occurrence inside a longer surface's occurrence (柯 in 柯岳明) is not a mention of its own.
  const inside = (s: string, i: number) =>
    all.some(
      (l) => l.length > s.length && l.includes(s) && [...Array(l.length).keys()].some((d) => text.startsWith(l, i - d) && i - d + l.length >= i + s.length),
    );
  const entities: ExtractedEntity[] = specs.map(([name, type, ...surfaces]) => {
    const mentions = [];
    for (const s of surfaces.length > 0 ? surfaces : [name]) {
      for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) if (!inside(s, i)) mentions.push({ start: i, end: i + s.length, sentence: 0 });
    }
    return { id: `${type.toLowerCase()}:${name}`, name, type, aliases: surfaces.filter((s) => s !== name), mentions };
  });
  return { id: 'sha:test', title: '', text, sentences: [{ index: 0, start: 0, end: text.length, text }], entities, events: [], coMentions: [] };
}

const names = (x: ArticleExtraction) => x.entities.map((e) => e.id).sort();
const entity = (x: ArticleExtraction, id: string) => x.entities.find((e) => e.id === id)!;

describe('resolveArticle: full and short forms', () => {
  it('should make 上海市 and 上海, 台北市 and 台北, 顺德区 and 顺德 one place each, named by the short form', () => {
    const x = resolveArticle(
      extraction('上海市与上海的代表,台北市和台北,顺德区与顺德。', [
        ['上海市', 'Place'],
        ['上海', 'Place'],
        ['台北市', 'Place'],
        ['台北', 'Place'],
        ['顺德区', 'Place'],
        ['顺德', 'Place'],
      ]),
    );
    expect(names(x)).toEqual(['place:上海', 'place:台北', 'place:顺德']);
    expect(entity(x, 'place:上海').aliases).toContain('上海市');
  });

  it('should make a commission (…委员会), its …委 form and their contraction one organization', () => {
    const x = resolveArticle(
      extraction('云州市卫生健康委员会发布通知,云州市卫健委表示,云州市卫生健康委将跟进。', [
        ['云州市卫生健康委员会', 'Organization'],
        ['云州市卫健委', 'Organization'],
        ['云州市卫生健康委', 'Organization'],
      ]),
    );
    expect(names(x)).toEqual(['organization:云州市卫健委']);
    expect(entity(x, 'organization:云州市卫健委').aliases.sort()).toEqual(['云州市卫生健康委', '云州市卫生健康委员会']);
    const y = resolveArticle(
      extraction('云州市教育委员会与云州市教委;北京大学与北京师范大学。', [
        ['云州市教育委员会', 'Organization'],
        ['云州市教委', 'Organization'],
        ['北京大学', 'Organization'],
        ['北京师范大学', 'Organization'],
      ]),
    );
    expect(names(y)).toEqual(['organization:云州市教委', 'organization:北京大学', 'organization:北京师范大学'].sort());
  });

  it('should keep 吉林省 apart from a bare 吉林 elsewhere, but one place when both are in the article', () => {
    expect(names(resolveArticle(extraction('吉林省发布通知。', [['吉林省', 'Place']])))).toEqual(['place:吉林省']);
    expect(
      names(
        resolveArticle(
          extraction('吉林省发布通知,吉林各地响应。', [
            ['吉林省', 'Place'],
            ['吉林', 'Place'],
          ]),
        ),
      ),
    ).toEqual(['place:吉林省']);
  });

  it('should give a country one name in its official, common and regional forms', () => {
    const x = resolveArticle(
      extraction('洪都拉斯共和国总统与宏都拉斯代表团抵达澳洲,澳大利亚官员迎接。', [
        ['洪都拉斯共和国', 'Place'],
        ['宏都拉斯', 'Place'],
        ['澳洲', 'Place'],
        ['澳大利亚', 'Place'],
      ]),
    );
    expect(names(x)).toEqual(['place:洪都拉斯', 'place:澳大利亚']);
  });

  it('should link an invented company full name to its short name only when the short name is in the article', () => {
    const text = '青岚星河新能源科技股份有限公司发布年报。青岚星河称利润增长。';
    const x = resolveArticle(
      extraction(text, [
        ['青岚星河新能源科技股份有限公司', 'Organization'],
        ['青岚星河', 'Organization'],
      ]),
    );
    expect(names(x)).toEqual(['organization:青岚星河']);
    expect(entity(x, 'organization:青岚星河').aliases).toContain('青岚星河新能源科技股份有限公司');
    const alone = resolveArticle(extraction('青岚星河新能源科技股份有限公司发布年报。', [['青岚星河新能源科技股份有限公司', 'Organization']]));
    expect(names(alone)).toEqual(['organization:青岚星河新能源科技股份有限公司']);
  });

  it('should link contractions (某省高级人民法院 / 某省高院, 某地方法院 / 某地院) but not 北京大学 / 北京师范大学', () => {
    const x = resolveArticle(
      extraction('云梦省高级人民法院审理此案,云梦省高院认为……白沙地方法院与白沙地院。', [
        ['云梦省高级人民法院', 'Organization'],
        ['云梦省高院', 'Organization'],
        ['白沙地方法院', 'Organization'],
        ['白沙地院', 'Organization'],
      ]),
    );
    expect(names(x)).toEqual(['organization:云梦省高院', 'organization:白沙地院']);
    const y = resolveArticle(
      extraction('北京大学与北京师范大学合作。', [
        ['北京大学', 'Organization'],
        ['北京师范大学', 'Organization'],
      ]),
    );
    expect(names(y)).toHaveLength(2);
  });

  it('should link a contraction that keeps the last word whole where no word before it is dropped whole, 国家 dropped as a place is (blind sample 8)', () => {
    const x = resolveArticle(
      extraction('据林业监管总局消息,公司向国家林业监督管理总局备案。', [
        ['林业监管总局', 'Organization'],
        ['国家林业监督管理总局', 'Organization'],
      ]),
    );
    expect(names(x)).toHaveLength(1);
    // A unit inside the body is not the body (某某中心 / 某某中心应急中心).
    const y = resolveArticle(
      extraction('云州疾控中心应急中心主任说,云州疾控中心将加强监测。', [
        ['云州疾控中心应急中心', 'Organization'],
        ['云州疾控中心', 'Organization'],
      ]),
    );
    expect(names(y)).toHaveLength(2);
  });

  it('should drop a place in front of an organization (中国某某党 / 某某党), unless two places claim the short form', () => {
    const x = resolveArticle(
      extraction('中国晨光党召开会议,晨光党主席讲话。', [
        ['中国晨光党', 'Organization'],
        ['晨光党', 'Organization'],
      ]),
    );
    expect(names(x)).toEqual(['organization:晨光党']);
    const y = resolveArticle(
      extraction('美国财政部与日本财政部会谈,财政部官员称……', [
        ['美国财政部', 'Organization'],
        ['日本财政部', 'Organization'],
        ['财政部', 'Organization'],
      ]),
    );
    expect(names(y)).toHaveLength(3);
  });

  it('should link a Latin name the text declared (辉光(GLOWX)) to the Chinese one, with one type', () => {
    const x = resolveArticle(
      extraction('辉光(GLOWX)发布芯片。GLOWX股价上涨。', [
        ['辉光', 'Person', '辉光', 'GLOWX'],
        ['GLOWX', 'Organization'],
      ]),
    );
    expect(x.entities).toHaveLength(1);
    expect(x.entities[0]!.name).toBe('辉光');
  });
});

describe('resolveArticle: more full and short forms (issue 15, fresh blind sample)', () => {
  it('should link a body with 中共 in front to the same without it (中共某省委 / 某省委)', () => {
    const x = resolveArticle(
      extraction('中共云州省委召开会议,云州省委常委出席。', [
        ['中共云州省委', 'Organization'],
        ['云州省委', 'Organization'],
      ]),
    );
    expect(names(x)).toEqual(['organization:云州省委']);
    expect(entity(x, 'organization:云州省委').aliases).toEqual(['中共云州省委']);
  });

  it('should link a company ending in 集团公司 to its 集团 form (某某集团公司 / 某某集团)', () => {
    const x = resolveArticle(
      extraction('青禾集团公司与澄江集团签约,青禾集团董事长出席。', [
        ['青禾集团公司', 'Organization'],
        ['青禾集团', 'Organization'],
        ['澄江集团', 'Organization'],
      ]),
    );
    expect(names(x)).toEqual(['organization:澄江集团', 'organization:青禾集团']);
  });

  it('should make a foreign state with and without 州 one place, but never strip a two-character 某州', () => {
    const x = resolveArticle(
      extraction('科罗纳州州长说,科罗纳的山火已受控;广州与德州代表出席。', [
        ['科罗纳州', 'Place'],
        ['科罗纳', 'Place'],
        ['广州', 'Place'],
        ['德州', 'Place'],
      ]),
    );
    expect(names(x)).toEqual(['place:广州', 'place:德州', 'place:科罗纳']);
  });

  it('should name an outlet or party the bundled list knows without the country or region written before it', () => {
    const x = resolveArticle(
      extraction('据日本共同社报道,印度官媒新华社转述,德国自民党回应。', [
        ['日本共同社', 'Organization'],
        ['印度官媒新华社', 'Organization'],
        ['德国自民党', 'Organization'],
      ]),
    );
    expect(names(x)).toEqual(['organization:共同社', 'organization:新华社', 'organization:自民党']);
    expect(entity(x, 'organization:共同社').aliases).toEqual(['日本共同社']);
    const y = resolveArticle(
      extraction('台湾陆委会与中国国台办各自回应。', [
        ['台湾陆委会', 'Organization'],
        ['中国国台办', 'Organization'],
      ]),
    );
    expect(names(y)).toEqual(['organization:国台办', 'organization:陆委会']);
  });

  it('should keep a newspaper with a place in front, a listed whole name and a ministry as they are', () => {
    const x = resolveArticle(
      extraction('香港经济日报、中国银行与美国国务院。', [
        ['香港经济日报', 'Organization'],
        ['中国银行', 'Organization'],
        ['美国国务院', 'Organization'],
      ]),
    );
    expect(names(x)).toEqual(['organization:中国银行', 'organization:美国国务院', 'organization:香港经济日报']);
  });
});

describe('resolveArticle: persons cut, split or glued (issue 15, fresh blind sample)', () => {
  /** An extraction with explicit mentions: [name, type, [start, end]…]. */
  const spans = (text: string, specs: [string, EntityType, ...[number, number][]][]): ArticleExtraction => ({
    ...extraction(text, []),
    entities: specs.map(([name, type, ...ms]) => ({
      id: `${type.toLowerCase()}:${name}`,
      name,
      type,
      aliases: [],
      mentions: ms.map(([start, end]) => ({ start, end, sentence: 0 })),
    })),
  });
  const surfaces = (x: ArticleExtraction, id: string) => entity(x, id).mentions.map((m) => x.text.slice(m.start, m.end));

  it('should give the halves of a name the tagger split to the person the article names whole', () => {
    const text = '外长韦伯斯坦抵达。会见韦伯斯坦时,韦伯斯坦说。';
    const x = resolveArticle(
      spans(text, [
        ['韦伯斯坦', 'Person', [2, 6], [17, 21]],
        ['韦伯', 'Person', [11, 13]],
        ['斯坦', 'Person', [13, 15]],
      ]),
    );
    expect(names(x)).toEqual(['person:韦伯斯坦']);
    expect(surfaces(x, 'person:韦伯斯坦')).toEqual(['韦伯斯坦', '韦伯斯坦', '韦伯斯坦']);
  });

  it('should give a name cut a character short to the whole name where the text writes it whole', () => {
    const text = '副主任罗建成受审。罗建成因罪获刑。';
    const x = resolveArticle(
      spans(text, [
        ['罗建成', 'Person', [3, 6]],
        ['罗建', 'Person', [9, 11]],
      ]),
    );
    expect(names(x)).toEqual(['person:罗建成']);
    expect(entity(x, 'person:罗建成').mentions.map((m) => [m.start, m.end])).toEqual([
      [3, 6],
      [9, 12],
    ]);
  });

  it('should cut a function character glued to a name the article writes alone (某某则表示)', () => {
    const text = '总理施陶特抵达。施陶特则表示欢迎。';
    const x = resolveArticle(
      spans(text, [
        ['施陶特', 'Person', [2, 5]],
        ['施陶特则', 'Person', [8, 12]],
      ]),
    );
    expect(names(x)).toEqual(['person:施陶特']);
    expect(surfaces(x, 'person:施陶特')).toEqual(['施陶特', '施陶特']);
  });

  it('should drop a word describing a country or team glued before its name (友邦某国, 卫冕军某大学)', () => {
    const text = '部长访问友邦瑙鲁,卫冕军青禾大学不敌对手;青禾大学教练说。';
    const x = resolveArticle(
      spans(text, [
        ['友邦瑙鲁', 'Place', [4, 8]],
        ['卫冕军青禾大学', 'Organization', [9, 16]],
        ['青禾大学', 'Organization', [21, 25]],
      ]),
    );
    expect(names(x)).toEqual(['organization:青禾大学', 'place:瑙鲁']);
    expect(surfaces(x, 'place:瑙鲁')).toEqual(['瑙鲁']);
    expect(surfaces(x, 'organization:青禾大学')).toEqual(['青禾大学', '青禾大学']);
    expect(entity(x, 'place:瑙鲁').aliases).toEqual([]);
  });

  it('should keep a descriptor followed by no name it knows (友邦庆贺团)', () => {
    const x = resolveArticle(spans('友邦庆贺团抵达。', [['友邦庆贺团', 'Organization', [0, 5]]]));
    expect(names(x)).toEqual(['organization:友邦庆贺团']);
  });

  it('should keep a person whose name starts another where the text does not write the longer one there', () => {
    const text = '罗建说,罗建成也来了。';
    const x = resolveArticle(
      spans(text, [
        ['罗建', 'Person', [0, 2]],
        ['罗建成', 'Person', [4, 7]],
      ]),
    );
    expect(names(x)).toEqual(['person:罗建', 'person:罗建成']);
  });
});

describe('resolveArticle: contractions that keep a place whole', () => {
  it("should not make a province's committee a contraction of its city's (浙江省委 / 浙江省宁波市委)", () => {
    const x = resolveArticle(
      extraction('青海省委今天任命新人选,青海省云州市委随即开会,云州市委表示拥护。', [
        ['青海省云州市委', 'Organization'],
        ['青海省委', 'Organization'],
        ['云州市委', 'Organization'],
        ['青海省', 'Place'],
      ]),
    );
    const orgs = x.entities.filter((e) => e.type === 'Organization').map((e) => [e.name, ...e.aliases].sort().join('|'));
    expect(orgs.sort()).toEqual(['云州市委|青海省云州市委', '青海省委']);
  });

  it('should still read a contraction after the place (某省高院) and one through it (中科院)', () => {
    const x = resolveArticle(
      extraction('青海省高级人民法院和青海省高院;中国科学院与中科院。', [
        ['青海省高级人民法院', 'Organization'],
        ['青海省高院', 'Organization'],
        ['中国科学院', 'Organization'],
        ['中科院', 'Organization'],
      ]),
    );
    expect(x.entities.filter((e) => e.type === 'Organization')).toHaveLength(2);
  });
});

describe('resolveArticle: a body and its terms', () => {
  it('should make the body and its numbered or new terms one organization', () => {
    const x = resolveArticle(
      extraction('人大常委会主任回顾了青州市第七届人大的工作,第八届人大将于春季开幕,新一届人大任期五年。', [
        ['青州市第七届人大', 'Organization'],
        ['第八届人大', 'Organization'],
        ['新一届人大', 'Organization'],
        ['人大', 'Organization'],
        ['青州市', 'Place'],
      ]),
    );
    expect(x.entities.filter((e) => e.type === 'Organization')).toHaveLength(1);
  });
});

describe("resolveArticle: a team's names in a sports story", () => {
  it('should make the club with its city, the club with 队 and with 俱乐部 one organization', () => {
    const x = resolveArticle(
      extraction('上海蓝鲸客场取胜。蓝鲸队后卫伤愈复出,蓝鲸俱乐部宣布续约。', [
        ['上海蓝鲸', 'Organization'],
        ['蓝鲸队', 'Organization'],
        ['蓝鲸俱乐部', 'Organization'],
        ['上海', 'Place'],
      ]),
    );
    const orgs = x.entities.filter((e) => e.type === 'Organization');
    expect(orgs).toHaveLength(1);
    expect([orgs[0]!.name, ...orgs[0]!.aliases].sort()).toEqual(['上海蓝鲸', '蓝鲸俱乐部', '蓝鲸队']);
  });

  it("should not merge two clubs of one city, two banks of two cities, nor a city's team with a club", () => {
    const x = resolveArticle(
      extraction('广州队与广州恒岳交手,上海银行和北京银行赞助。', [
        ['广州队', 'Organization'],
        ['广州恒岳', 'Organization'],
        ['上海银行', 'Organization'],
        ['北京银行', 'Organization'],
        ['广州', 'Place'],
      ]),
    );
    expect(names(x)).toEqual(['organization:上海银行', 'organization:北京银行', 'organization:广州恒岳', 'organization:广州队', 'place:广州']);
  });
});

describe('resolveArticle: compounds and single characters', () => {
  it('should read 港澳 as 香港 and 澳门, each a mention, and never make 港 a node', () => {
    const text = '港澳居民可申请。';
    const x = resolveArticle(
      extraction(text, [
        ['港', 'Place'],
        ['澳大利亚', 'Place', '澳'],
      ]),
    );
    expect(names(x)).toEqual(['place:澳门', 'place:香港']);
    expect(entity(x, 'place:香港').mentions).toEqual([{ start: 0, end: 1, sentence: 0, confidence: expect.any(Number) as number }]);
  });

  it('should read 中缅 and 俄乌 as countries', () => {
    const x = resolveArticle(
      extraction('中缅边境与俄乌局势。', [
        ['缅', 'Place'],
        ['俄乌', 'Place'],
      ]),
    );
    expect(names(x)).toEqual(['place:乌克兰', 'place:中国', 'place:俄罗斯', 'place:缅甸'].sort());
  });

  it('should give a lone character to the full name in the article (柯说 → 柯某某; 泰 → 泰国) and drop it otherwise', () => {
    const x = resolveArticle(
      extraction('柯岳明表示支持。柯说,泰国与柬埔寨会谈,泰称满意。', [
        ['柯岳明', 'Person'],
        ['柯', 'Person'],
        ['泰国', 'Place'],
        ['柬埔寨', 'Place'],
        ['泰', 'Place'],
      ]),
    );
    expect(names(x)).toEqual(['person:柯岳明', 'place:柬埔寨', 'place:泰国']);
    expect(entity(x, 'person:柯岳明').mentions).toHaveLength(2);
    expect(entity(x, 'place:泰国').mentions).toHaveLength(2);
    const y = resolveArticle(extraction('田说要改。', [['田', 'Person']]));
    expect(y.entities).toEqual([]);
  });

  it('should drop a place character glued into a word of another kind (参加, 青年), but keep 在港 and 中俄', () => {
    const x = resolveArticle(
      extraction('她参加中俄论坛,与港澳青年座谈,他在港停留。', [
        ['加', 'Place'],
        ['加拿大', 'Place'],
        ['中', 'Place'],
        ['俄', 'Place'],
        ['港', 'Place'],
        ['澳', 'Place'],
        ['青', 'Place'],
      ]),
    );
    expect(names(x)).toEqual(['place:中国', 'place:俄罗斯', 'place:加拿大', 'place:澳门', 'place:香港'].sort());
    expect(entity(x, 'place:加拿大').mentions).toEqual([]);
    // 港 of 港澳 and of 在港.
    expect(entity(x, 'place:香港').mentions).toHaveLength(2);
  });
});

describe('resolveArticle: an organization glued to a word before its name', () => {
  it('should cut a subject and its verb before another organization of the article (某某晤某会), making one organization', () => {
    const x = resolveArticle(
      extraction('吴明晤星河协会会长。星河协会表示欢迎。', [
        ['吴明晤星河协会', 'Organization'],
        ['星河协会', 'Organization'],
      ]),
    );
    expect(names(x)).toEqual(['organization:星河协会']);
    expect(entity(x, 'organization:星河协会').mentions).toHaveLength(2);
  });

  it('should cut the day of a date and a word of holding office before the name', () => {
    const x = resolveArticle(
      extraction('10月9日海河管理局发布通知。现任云岭事务局局长到场。', [
        ['日海河管理局', 'Organization'],
        ['现任云岭事务局', 'Organization'],
      ]),
    );
    expect(names(x)).toEqual(['organization:云岭事务局', 'organization:海河管理局']);
  });

  it('should keep a name that joins its parts with 及, and one that starts with 日 after no number', () => {
    const x = resolveArticle(
      extraction('政制及文旅事务局与文旅事务局开会,昨天日光集团到场。', [
        ['政制及文旅事务局', 'Organization'],
        ['文旅事务局', 'Organization'],
        ['日光集团', 'Organization'],
      ]),
    );
    expect(names(x)).toEqual(['organization:政制及文旅事务局', 'organization:文旅事务局', 'organization:日光集团'].sort());
  });
});

describe('resolveArticle: a disease or a theory named after a place or a person', () => {
  it('should drop the mentions inside the disease’s or the theory’s name, and keep the place where the text names it', () => {
    const x = resolveArticle(
      extraction('云岭猪瘟疫情扩散,云岭当局回应。学者提出苏伦陷阱一说。', [
        ['云岭', 'Place'],
        ['苏伦', 'Person'],
      ]),
    );
    expect(names(x)).toEqual(['place:云岭']);
    expect(entity(x, 'place:云岭').mentions).toHaveLength(1);
  });

  it('should keep a country before a virologist or a virus institute: that is no name of a virus', () => {
    const x = resolveArticle(extraction('云岭病毒学家苏伦说,云岭病毒研究所已开展检测。', [['云岭', 'Place']]));
    expect(entity(x, 'place:云岭').mentions).toHaveLength(2);
  });
});

describe('resolveArticle: a kind of body followed by 类', () => {
  it('should drop a company read in a class of cases (某地法院公司类纠纷), and keep a company named before another word', () => {
    const x = resolveArticle(
      extraction('云岭法院公司类纠纷增多。云岭星河公司表示关注。', [
        ['云岭法院公司', 'Organization'],
        ['云岭星河公司', 'Organization'],
      ]),
    );
    expect(names(x)).toEqual(['organization:云岭星河公司']);
  });
});

describe('resolveArticle: an organization’s abbreviation read as a person', () => {
  it('should give the mentions of a person named by an abbreviation of one organization of the article to it', () => {
    const x = resolveArticle(
      extraction('河道保护联盟今日成立。河保盟表示,河保盟将巡查河道。', [
        ['河道保护联盟', 'Organization'],
        ['河保盟', 'Person'],
      ]),
    );
    expect(names(x)).toEqual(['organization:河道保护联盟']);
    expect(entity(x, 'organization:河道保护联盟').mentions).toHaveLength(3);
  });

  it('should keep a person whose name does not keep the organization’s first and last characters', () => {
    const x = resolveArticle(
      extraction('河道保护联盟今日成立。青道说,联盟将巡查河道。', [
        ['河道保护联盟', 'Organization'],
        ['青道', 'Person'],
      ]),
    );
    expect(names(x)).toEqual(['organization:河道保护联盟', 'person:青道']);
  });
});

describe('resolveArticle: a list of people with their figures', () => {
  it('should make the items the tagger missed or read as a province persons where the list holds persons already', () => {
    const x = resolveArticle(
      extraction('得票率依次为周立言31%、钱明吉28.5%、孙若谷22%、吴海生18%。', [
        ['周立言', 'Person'],
        ['孙若谷', 'Person'],
        ['吉林', 'Place', '吉'],
      ]),
    );
    expect(names(x)).toEqual(['person:吴海生', 'person:周立言', 'person:孙若谷', 'person:钱明吉']);
  });

  it('should leave a list of places with figures alone, and one that names a single person', () => {
    const x = resolveArticle(
      extraction('增幅依次为云岭31%、海河28%、周立言22%、青州18%。', [
        ['云岭', 'Place'],
        ['海河', 'Place'],
        ['周立言', 'Person'],
      ]),
    );
    expect(names(x)).toEqual(['person:周立言', 'place:云岭', 'place:海河']);
  });
});

describe('resolveArticle: types from knowledge', () => {
  it('should make a company the bundled list names an organization even where the tagger read it only as a place', () => {
    const x = resolveArticle(extraction('比亚迪宣布在当地建厂,比亚迪表示。', [['比亚迪', 'Place']]));
    expect(names(x)).toEqual(['organization:比亚迪']);
  });

  it("should make a country a place named by the country's name where only another type read it (卡達 as an organization)", () => {
    const x = resolveArticle(extraction('卡达外长昨日抵达,卡达将举办论坛。', [['卡达', 'Organization']]));
    expect(names(x)).toEqual(['place:卡塔尔']);
    expect(entity(x, 'place:卡塔尔').aliases).toContain('卡达');
  });
});

describe('resolveArticle: one mention per span', () => {
  it('should not give an entity the same character twice when an alias and the tagger both found it', () => {
    const x = resolveArticle(
      extraction('韩国总统表示,旅美韩侨欢迎。', [
        ['韩国', 'Place', '韩国', '韩'],
        ['韩', 'Place'],
      ]),
    );
    const starts = entity(x, 'place:韩国').mentions.map((m) => m.start);
    expect(starts).toEqual([...new Set(starts)]);
  });
});

describe('resolveArticle: types, co-mentions and the store', () => {
  it('should give a name one type from all its evidence', () => {
    const x = resolveArticle(
      extraction('云栈科技公司发布产品。云栈称……云栈表示……', [
        ['云栈科技公司', 'Organization'],
        ['云栈', 'Person'],
      ]),
    );
    expect(names(x)).toEqual(['organization:云栈']);
  });

  it('should recompute co-mentions and remap event participants onto the resolved ids', () => {
    const base = extraction('上海市与台北市签约。', [
      ['上海市', 'Place'],
      ['上海', 'Place', '上海市'],
      ['台北市', 'Place'],
    ]);
    base.events = [{ id: 'event:签约', name: '签约', kind: 'sign', participants: ['place:上海市', 'place:台北市'], mentions: [] }];
    const x = resolveArticle(base);
    expect(x.events[0]!.participants).toEqual(['place:上海', 'place:台北']);
    expect(x.coMentions).toEqual([{ source: 'place:上海', target: 'place:台北', weight: 1, sentences: [0], confidence: expect.any(Number) as number }]);
  });

  it('should take the id of an entity the store already holds under one of the aliases', () => {
    const known = new Map<string, KnownEntity[]>([['青岚星河', [{ id: 'organization:青岚星河', name: '青岚星河', type: 'Organization' }]]]);
    const x = resolveArticle(extraction('青岚星河集团宣布。', [['青岚星河集团', 'Organization']]), { known });
    expect(names(x)).toEqual(['organization:青岚星河集团']); // the core name is no mention here, so no store link
    const y = resolveArticle(extraction('青岚星河发布公告。', [['青岚', 'Organization', '青岚星河']]), { known });
    expect(names(y)).toEqual(['organization:青岚星河']);
  });

  it('should never give a set the id of a stored entity of another type', () => {
    const known = new Map<string, KnownEntity[]>([['青岚星河', [{ id: 'organization:青岚星河', name: '青岚星河', type: 'Organization' }]]]);
    const y = resolveArticle(extraction('青岚星河发布公告。', [['青岚', 'Person', '青岚星河']]), { known });
    expect(names(y)).toEqual(['person:青岚']);
  });

  it('should be stable: resolving a resolved extraction changes nothing', () => {
    const once = resolveArticle(
      extraction('港澳与上海市、上海。', [
        ['港', 'Place'],
        ['上海市', 'Place'],
        ['上海', 'Place'],
      ]),
    );
    expect(resolveArticle(once)).toEqual(once);
  });
});

describe('resolveArticle: bad input', () => {
  it('should keep names in mixed scripts, full-width Latin and with emoji as they are, without fusing them', () => {
    const text = '星ＡＩ实验室与星AI实验室,🚀火箭🚀公司,X星Y科技。';
    const x = resolveArticle(
      extraction(text, [
        ['星AI实验室', 'Organization', '星ＡＩ实验室', '星AI实验室'],
        ['🚀火箭🚀公司', 'Organization'],
        ['X星Y科技', 'Organization'],
      ]),
    );
    expect(x.entities).toHaveLength(3);
    expect(entity(x, 'organization:星AI实验室').mentions).toHaveLength(2);
  });

  it('should not crash on an empty extraction', () => {
    expect(resolveArticle(extraction('', [])).entities).toEqual([]);
  });
});

describe('resolveArticle: two places glued into one name (blind sample 10)', () => {
  it('should give a state and a city read as one place to the two places the article names alone', () => {
    const x = resolveArticle(
      extraction('代表团参观了内华达州雷诺城的工厂。内华达州官员陪同,雷诺城市长致辞。', [
        ['内华达州雷诺城', 'Place'],
        ['内华达州', 'Place'],
        ['雷诺城', 'Place'],
      ]),
    );
    expect(x.entities.map((e) => `${e.name}/${e.mentions.length}`).sort()).toEqual(['内华达州/2', '雷诺城/2']);
  });

  it("should read a place's market as a mention of the place, and keep a glued name the article names no part of alone", () => {
    const x = resolveArticle(
      extraction('该品牌去年打入温州市场。温州消费者反响良好,公司落户新泽西州纽瓦克城。', [
        ['温州市场', 'Place'],
        ['温州', 'Place'],
        ['新泽西州纽瓦克城', 'Place'],
      ]),
    );
    expect(x.entities.map((e) => `${e.name}/${e.mentions.length}`).sort()).toEqual(['新泽西州纽瓦克城/1', '温州/2']);
  });
});

describe('resolveArticle: a country and 女 or 男 before a trade (blind sample 10)', () => {
  it('should read 某国女 before 导演 as the country, and leave a woman named so alone', () => {
    const x = resolveArticle(extraction('加拿大女歌手发行了新专辑。', [['加拿大女', 'Person']]));
    expect(x.entities.map((e) => `${e.name}/${e.type}/${e.mentions.map((m) => x.text.slice(m.start, m.end)).join(',')}`)).toEqual(['加拿大/Place/加拿大']);
    expect(x.entities[0]!.aliases).not.toContain('加拿大女');
    const y = resolveArticle(extraction('加拿大女说,她很高兴。', [['加拿大女', 'Person']]));
    expect(y.entities.map((e) => e.type)).toEqual(['Person']);
  });
});

describe('resolveArticle: a countrywide body and its short name (blind sample 10)', () => {
  it('should make 全国某某 and 某某 one organization, as 国家 is dropped', () => {
    const x = resolveArticle(
      extraction('全国妇联发布报告,妇联表示将继续努力。', [
        ['全国妇联', 'Organization'],
        ['妇联', 'Organization'],
      ]),
    );
    expect(x.entities.filter((e) => e.type === 'Organization')).toHaveLength(1);
  });
});

describe('resolveArticle: a company named with its city and form, then by its core (blind sample 10)', () => {
  it('should make 某地某某置业有限公司 and 某某置业 one organization', () => {
    const x = resolveArticle(
      extraction('天津海丰远达置业有限公司获得贷款。海丰远达置业称资金已到位。', [
        ['天津海丰远达置业有限公司', 'Organization'],
        ['海丰远达置业', 'Organization'],
      ]),
    );
    expect(x.entities.filter((e) => e.type === 'Organization')).toHaveLength(1);
  });
});

describe("resolveArticle: the party's central body with the party or the centre left out (blind sample 10)", () => {
  it('should make 中共中央某某, 中共某某 and 中央某某 one organization', () => {
    const x = resolveArticle(
      extraction('中共中央书记处会议召开。他在中共书记处工作,中央书记处成员出席。', [
        ['中共中央书记处', 'Organization'],
        ['中共书记处', 'Organization'],
        ['中央书记处', 'Organization'],
      ]),
    );
    expect(x.entities.filter((e) => e.type === 'Organization')).toHaveLength(1);
  });
});

describe('resolveArticle: a club with its town in transliteration and by its name alone (blind sample 10)', () => {
  it('should make 某某纳姆某某 and the name written alone one club', () => {
    const x = resolveArticle(
      extraction('阿斯顿流浪者主场获胜,流浪者积分升至第三。', [
        ['阿斯顿流浪者', 'Organization'],
        ['流浪者', 'Organization'],
      ]),
    );
    expect(x.entities.filter((e) => e.type === 'Organization')).toHaveLength(1);
  });
});
