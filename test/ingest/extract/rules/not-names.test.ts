// Issue 15, precision by class (rules/not-names.ts): a generic company, a person's title after a
// party or body, a team named after its leader, a stage name with digits. Invented strings.
import { describe, expect, it } from 'vitest';
import { namesNothing } from '../../../../ingest/extract/rules/not-names.ts';
import { extractSpans } from '../../../../ingest/extract/pipeline.ts';

const noCountry = (): boolean => false;
const found = (text: string): string[] => extractSpans(text).map((s) => `${s.text}/${s.type}`);

describe('namesNothing', () => {
  it('should refuse a verb done to a city (封城, 进城) as a place, and keep a place named 某城', () => {
    for (const t of ['封城', '进城', '攻城']) expect(namesNothing(t, 'Place', noCountry)).toBe(true);
    expect(namesNothing('北城', 'Place', noCountry)).toBe(false);
    expect(found('剧组遇到某市封城的困境。')).not.toContain('封城/Place');
  });

  it('should refuse a slogan of a community with a shared future and a delegation named by its kind', () => {
    for (const t of ['人类命运共同体', '云岭命运共同体', '国家代表团', '各国代表团']) expect(namesNothing(t, 'Organization', noCountry)).toBe(true);
    for (const t of ['云岭代表团', '东岸共同体']) expect(namesNothing(t, 'Organization', noCountry)).toBe(false);
    expect(found('两国同意共建云岭命运共同体。')).not.toContain('云岭命运共同体/Organization');
  });

  it('should refuse a unit of a body and a court’s division named by their kind alone, and keep them with an owner in front', () => {
    for (const t of ['总台', '分社', '子公司', '民二庭', '刑一庭', '立案庭']) expect(namesNothing(t, 'Organization', noCountry)).toBe(true);
    for (const t of ['云岭日报分社', '云岭中院民二庭']) expect(namesNothing(t, 'Organization', noCountry)).toBe(false);
  });

  it('should refuse a bare company or enterprise, with or without a determiner', () => {
    for (const t of ['公司', '该公司', '上市公司', '本企业']) expect(namesNothing(t, 'Organization', noCountry)).toBe(true);
    expect(namesNothing('云杉公司', 'Organization', noCountry)).toBe(false);
  });

  it('should refuse an organization that ends with a person’s title (某党籍立委, 议会朝野议员)', () => {
    for (const t of ['青山党籍立委', '市议会朝野议员', '某某党籍市议员']) expect(namesNothing(t, 'Organization', noCountry)).toBe(true);
    expect(namesNothing('青山党', 'Organization', noCountry)).toBe(false);
  });

  it('should refuse a leader’s team inside an organization and a person’s name with digits', () => {
    expect(namesNothing('云杉数据有限公司周明团队', 'Organization', noCountry)).toBe(true);
    expect(namesNothing('星辰K99', 'Person', noCountry)).toBe(true);
    expect(namesNothing('周明', 'Person', noCountry)).toBe(false);
  });
});

describe('in a sentence', () => {
  it('should keep the party and the people of 某党籍立委某某, not the phrase as an organization', () => {
    expect(found('民进党籍立委王小明与国民党籍立委李大同发言。').filter((s) => s.includes('立委'))).toEqual([]);
  });
});

describe('people and bodies a clause makes', () => {
  it('should not read a surname and a day counted from the story as a person (卢同月9日), but keep a name that is a date', () => {
    expect(namesNothing('卢同月', 'Person', noCountry)).toBe(true);
    expect(namesNothing('陈当天', 'Person', noCountry)).toBe(true);
    expect(namesNothing('金正日', 'Person', noCountry)).toBe(false);
  });

  it('should not read a report’s man or woman inside an organization, but keep a women’s college and team', () => {
    expect(namesNothing('某地男子移送检察院', 'Organization', noCountry)).toBe(true);
    expect(namesNothing('中华女子学院', 'Organization', noCountry)).toBe(false);
    expect(namesNothing('青山女子足球队', 'Organization', noCountry)).toBe(false);
  });

  it('should not read the name of a disease before 热 and its cases as a person', () => {
    expect(found('全市累计报告奥罗普热确诊病例120例。').filter((s) => s.endsWith('/Person'))).toEqual([]);
    expect(found('奥罗普热主要分布于热带地区。').filter((s) => s.endsWith('/Person'))).toEqual([]);
    expect(found('王明热爱工作。')).toContain('王明/Person');
  });
});
