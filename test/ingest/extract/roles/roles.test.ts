// Roles (issue 16): appositions and explicit statements become HOLDS_ROLE relations between the
// article's own entities, with the title as written and normalized; seed targets and the shapes
// of Chinese news that state them.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../ingest/extract/pipeline.ts';
import { toRecord } from '../../../../ingest/extract/output.ts';
import { normalizeTitle } from '../../../../ingest/extract/roles/index.ts';
import { parseLine } from '../../../../ingest/parse/plain-text.ts';
import { seed } from '../seed-fixture.ts';

const roles = (text: string) => (extractArticle(parseLine(text)).relations ?? []).map((r) => [r.source, r.title, r.target]);

describe('roles in the seed article', () => {
  const main = () => seed().extractions[0]!;

  it('should find that 布林肯 holds 国务卿 of 美国', () => {
    const r = main().relations!.find((r) => r.source === 'person:布林肯');
    expect(r).toMatchObject({ type: 'HOLDS_ROLE', title: '国务卿', normalizedTitle: '国务卿', target: 'place:美国', date: '2024-05-05' });
    expect(main().text.slice(r!.start, r!.end)).toBe('美国国务卿布林肯');
    expect(main().sentences[r!.sentence]!.text).toContain('美国国务卿布林肯');
  });

  it('should find that 马斯克 holds CEO of 特斯拉', () => {
    const r = main().relations!.find((r) => r.source === 'person:马斯克');
    expect(r).toMatchObject({ type: 'HOLDS_ROLE', title: 'CEO', normalizedTitle: '首席执行官', target: 'organization:特斯拉' });
    expect(main().text.slice(r!.start, r!.end)).toBe('特斯拉CEO马斯克');
  });

  it('should only relate entities of the same article', () => {
    for (const x of seed().extractions) {
      const ids = new Set(x.entities.map((e) => e.id));
      for (const r of x.relations ?? []) {
        expect(ids.has(r.source)).toBe(true);
        if (r.target !== null) expect(ids.has(r.target)).toBe(true);
      }
    }
  });
});

describe('roles from appositions and statements', () => {
  it('should read an organization before a title before a name', () => {
    expect(roles('外交部发言人毛宁表示,中方欢迎。')).toEqual([['person:毛宁', '发言人', 'organization:外交部']]);
  });

  it('should keep titles without an organization, each of a 兼 chain', () => {
    expect(roles('国务委员兼外长王毅会见了来访的客人。')).toEqual(
      expect.arrayContaining([
        ['person:王毅', '国务委员', null],
        ['person:王毅', '外长', null],
      ]),
    );
  });

  it('should give the organization of a 、 list only to the title it stands before', () => {
    const rs = roles('中共中央政治局委员、外交部长王毅周一会见客人。');
    expect(rs).toContainEqual(['person:王毅', '委员', 'organization:中共中央政治局']);
    expect(rs).toContainEqual(['person:王毅', '外交部长', null]);
  });

  it('should keep a traditional title as written and normalize it', () => {
    const x = extractArticle(parseLine('特斯拉執行長馬斯克抵達北京。'));
    expect(x.relations!.filter((r) => r.type === 'HOLDS_ROLE')).toMatchObject([
      { source: 'person:马斯克', title: '執行長', normalizedTitle: '首席执行官', target: 'organization:特斯拉' },
    ]);
  });

  it('should read a reporter with the agency of the dateline', () => {
    expect(roles('新华社北京5月5日电 (记者李鑫)')).toEqual([['person:李鑫', '记者', 'organization:新华社']]);
  });

  it('should read candidates, former titles and explicit statements', () => {
    expect(roles('民进党候选人赖清德当天表示。')).toEqual([['person:赖清德', '候选人', 'organization:民进党']]);
    expect(roles('前总统特朗普宣布参选。')).toEqual([['person:特朗普', '前总统', null]]);
    expect(roles('王毅当选为中共中央政治局委员。')).toEqual([['person:王毅', '委员', 'organization:中共中央政治局']]);
  });

  it('should let a place scope every title listed after it, and the officials of one country listed', () => {
    expect(roles('上海市人大代表、副市长王强表示,将加快建设。')).toContainEqual(['person:王强', '副市长', 'place:上海']);
    expect(roles('法国总统马克龙、总理巴尔尼耶出席了仪式。')).toContainEqual(['person:巴尔尼耶', '总理', 'place:法国']);
  });

  it('should give no role when a generic body stands where the organization goes', () => {
    expect(roles('集团副总裁李明表示,业绩增长。')).toEqual([]);
  });

  it('should share one title among a short list of names', () => {
    const rs = roles('国务院副总理胡春华、孙春兰到会祝贺。');
    expect(rs.map((r) => r[0])).toEqual(expect.arrayContaining(['person:胡春华', 'person:孙春兰']));
  });

  it('should put the relations in the JSONL record in the contract order', () => {
    const rec = toRecord(extractArticle(parseLine('外交部发言人毛宁表示,中方欢迎。')));
    expect(Object.keys(rec.relations[0]!)).toEqual(['id', 'type', 'source', 'target', 'title', 'normalizedTitle', 'sentence', 'start', 'end', 'confidence']);
  });
});

describe('normalizeTitle', () => {
  it('should give one word per post', () => {
    expect(normalizeTitle('外长')).toBe('外交部长');
    expect(normalizeTitle('CEO')).toBe('首席执行官');
    expect(normalizeTitle('执行长')).toBe('首席执行官');
    expect(normalizeTitle('前总理')).toBe('总理');
    expect(normalizeTitle('副总理')).toBe('副总理');
    expect(normalizeTitle('驻俄罗斯大使')).toBe('驻俄罗斯大使');
  });
});

describe('roles along a chain of titles (issue 16, fresh blind sample)', () => {
  it("should give an organization's later titles that name no body of their own to it (某公司创办人、董事长兼首席执行官)", () => {
    expect(roles('青禾科技公司创办人、董事长兼首席执行官林志远在年会上致辞。')).toEqual(
      expect.arrayContaining([
        ['person:林志远', '创办人', 'organization:青禾科技公司'],
        ['person:林志远', '董事长', 'organization:青禾科技公司'],
        ['person:林志远', '首席执行官', 'organization:青禾科技公司'],
      ]),
    );
  });

  it('should leave a title that names its own body without the organization before it (某政治局委员、外交部长)', () => {
    expect(roles('中共中央政治局委员、外交部长王毅出席。')).toContainEqual(['person:王毅', '外交部长', null]);
  });

  it('should credit a reporter of a kind to the outlet before it (某报全媒体记者 某某)', () => {
    expect(roles('青州日报全媒体记者 钟雨桐 报道:夜市今晚开张。')).toContainEqual(['person:钟雨桐', '记者', 'organization:青州日报']);
    expect(roles('南江晚报首席记者 钟雨桐 报道:夜市今晚开张。')).toContainEqual(['person:钟雨桐', '记者', 'organization:南江晚报']);
  });
});

describe('titles of Taiwan politics and titles that are verbs (blind sample 6)', () => {
  it("should read a caucus convener's and the premier's titles (总召, 阁揆), not glue them into the name", () => {
    expect(roles('民进党立院党团总召蔡明宏表示欢迎。')).toContainEqual(['person:蔡明宏', '总召', 'organization:民进党立院党团']);
    expect(roles('阁揆卓明泰当天出席会议。')).toContainEqual(['person:卓明泰', '阁揆', null]);
  });

  it('should read 代表 after an adverb as the verb (并不代表某某), not a title', () => {
    expect(roles('近期的攻击并不代表普京不想和平。')).toEqual([]);
    expect(roles('俄罗斯代表普京出席了会议。').map((r) => r[1])).toContain('代表');
  });
});

describe('standing titles (blind sample 7)', () => {
  it("should read 常务 as a title's modifier, so the company before it is the title's (某公司常务董事某某)", () => {
    expect(roles('华为常务董事余承东透露,新品将在三月发布。')).toContainEqual(['person:余承东', '常务董事', 'organization:华为']);
  });
});
