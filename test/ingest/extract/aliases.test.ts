import { copyFileSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAliasFile } from '../../../ingest/extract/alias-file.ts';
import { loadDictionaries } from '../../../ingest/extract/dictionaries.ts';
import { DictionaryError } from '../../../ingest/extract/errors.ts';
import { extractArticle } from '../../../ingest/extract/pipeline.ts';
import { parseLine } from '../../../ingest/parse/plain-text.ts';

const BUNDLED = fileURLToPath(new URL('../../../ingest/extract/dict/aliases.tsv', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'aliases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entitiesOf = (text: string, aliasFile?: string) =>
  extractArticle(parseLine(text), aliasFile ? { dictionaries: loadDictionaries({ aliasFile }) } : {}).entities;

describe('alias file', () => {
  it('should read 国足 and 中国男足 as one team, never 国足 as a person', () => {
    const ents = entitiesOf('国足主帅赛后表示，中国男足将总结教训，球迷对国足失望。');
    expect(ents.filter((e) => e.id === 'organization:中国男足')).toHaveLength(1);
    expect(ents.some((e) => e.type === 'Person')).toBe(false);
  });

  it('should read a Taiwan transliteration of an organization or a leader as the entity it names, in one type', () => {
    const ents = entitiesOf('哈瑪斯發表聲明。哈马斯官员称，以色列总理納坦雅胡回应，内塔尼亚胡将出访。');
    expect(ents.filter((e) => e.id === 'organization:哈马斯')).toHaveLength(1);
    expect(ents.some((e) => e.type === 'Person' && e.id.includes('哈'))).toBe(false);
    expect(ents.filter((e) => e.type === 'Person').map((e) => e.id)).toEqual(['person:内塔尼亚胡']);
  });

  it('should link 国家发展改革委, 国家发改委 and 发改委 to one organization', () => {
    const ents = entitiesOf('国家发展改革委发布通知。国家发改委表示,发改委将推进改革。');
    expect(ents.filter((e) => e.type === 'Organization').map((e) => e.id)).toEqual(['organization:国家发展改革委']);
    expect(ents[0]!.mentions).toHaveLength(3);
  });

  it('should make a line an operator adds take effect without code', () => {
    const file = join(dir, 'aliases.tsv');
    copyFileSync(BUNDLED, file);
    const text = '星辰科技宣布新品。星辰公司股价上涨。';
    expect(entitiesOf(text, file).some((e) => e.id === 'organization:星辰科技')).toBe(false);
    appendFileSync(file, '\n# added by an operator\nOrganization\t星辰科技\t星辰公司|星辰\tStar Tech\n');
    const star = entitiesOf(text, file).filter((e) => e.id === 'organization:星辰科技');
    expect(star).toHaveLength(1);
    expect(star[0]!.mentions).toHaveLength(2);
    expect(star[0]!.aliases).toEqual(expect.arrayContaining(['星辰公司', 'Star Tech']));
  });

  it('should normalize alias lines (traditional, full-width) on load', () => {
    const [e] = parseAliasFile('Person\t馬斯克\t埃隆・馬斯克|Ｅｌｏｎ Ｍｕｓｋ\tElon Musk\n');
    expect(e).toEqual({ type: 'Person', canonical: '马斯克', aliases: ['埃隆•马斯克', 'Elon Musk'], nameEn: 'Elon Musk', line: 1 });
  });

  it('should reject a malformed line with its number and what to fix', () => {
    expect(() => parseAliasFile('# ok\nPerson马斯克\n', 'mine.tsv')).toThrow(DictionaryError);
    expect(() => parseAliasFile('# ok\nPerson马斯克\n', 'mine.tsv')).toThrow(/alias-file: mine\.tsv line 2: expected/);
  });

  it('should report a missing alias file as a DictionaryError naming it', () => {
    expect(() => loadDictionaries({ aliasFile: join(dir, 'missing.tsv') })).toThrow(/cannot read .*missing\.tsv/);
  });
});

describe('identity rules', () => {
  it('should link a dotted full name, its last part and the English name in brackets', () => {
    const ents = entitiesOf('英国首相里希•苏纳克(Rishi Sunak)召集峰会。苏纳克表示欢迎。');
    const sunak = ents.filter((e) => e.type === 'Person');
    expect(sunak).toHaveLength(1);
    expect(sunak[0]).toMatchObject({ id: 'person:苏纳克', name: '苏纳克', nameEn: 'Rishi Sunak' });
    expect(sunak[0]!.mentions).toHaveLength(2);
  });

  it('should meet 馬斯克 and 马斯克 in one entity', () => {
    const ents = entitiesOf('埃隆・馬斯克訪問北京。马斯克会见了李强。');
    expect(ents.filter((e) => e.id === 'person:马斯克')[0]!.mentions).toHaveLength(2);
  });

  it('should link a 全称(简称) pair written in the text', () => {
    const ents = entitiesOf('据报道,浙江星光电子研究院(星光院)发布报告,星光院称将扩大合作。');
    const org = ents.filter((e) => e.type === 'Organization');
    expect(org).toHaveLength(1);
    expect(org[0]!.aliases).toContain('浙江星光电子研究院');
  });
});

describe('dotted names sharing a last name', () => {
  it('should link 埃隆•马斯克 and a later bare 马斯克 to person:马斯克, the usual id', () => {
    const people = entitiesOf('埃隆•马斯克抵达北京。马斯克随后会见了李强。').filter((e) => e.type === 'Person');
    expect(people.find((e) => e.id === 'person:马斯克')?.mentions).toHaveLength(2);
  });

  it('should keep 赛塔•他威信 whole when the article never calls him 他威信 alone, the last part an alias', () => {
    const people = entitiesOf('泰国总理赛塔•他威信周二在曼谷会见了来访的代表团。').filter((e) => e.type === 'Person');
    expect(people.map((e) => e.name)).toEqual(['赛塔•他威信']);
    expect(people[0]!.aliases).toContain('他威信');
  });

  it('should keep two people who share a last name apart, the first introduced owning the short name', () => {
    const people = entitiesOf('埃隆•马斯克与弟弟金博尔•马斯克一同抵达北京。马斯克随后会见了李强。').filter((e) => e.type === 'Person');
    const ids = people.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['person:马斯克', 'person:金博尔•马斯克']));
    expect(people.find((e) => e.id === 'person:马斯克')!.mentions).toHaveLength(2);
    expect(people.find((e) => e.id === 'person:金博尔•马斯克')!.mentions).toHaveLength(1);
  });
});

describe('an organization named with and without its owner', () => {
  it('should make 上海超级工厂 after 特斯拉上海超级工厂 one organization, and keep others apart', () => {
    const ents = entitiesOf('2023年,特斯拉上海超级工厂累计交付量达到94.7万辆。从供应链来看,中国的上海超级工厂是特斯拉的全球出口中心。');
    const factory = ents.filter((e) => e.name.endsWith('超级工厂'));
    expect(factory.map((e) => e.id)).toEqual(['organization:特斯拉上海超级工厂']);
    expect(factory[0]!.aliases).toContain('上海超级工厂');
    expect(factory[0]!.mentions).toHaveLength(2);
    expect(ents.map((e) => e.id)).toContain('organization:特斯拉');
    // Without the owner's longer name in the article, the short name is its own entity.
    expect(entitiesOf('中国的上海超级工厂是全球出口中心。').map((e) => e.id)).toContain('organization:上海超级工厂');
  });
});
