// Issue 15, recall by class: courts and police by their short forms after a place, bodies whose
// names join two fields (及, 和), armed forces (…部队), sites named by a plain word (…着陆场), dotted
// names of venues; and what is not a name: a leader's team inside an organization, a person's name
// with a digit. Invented sentences (never text of an evaluation set).
import { describe, expect, it } from 'vitest';
import { extractSpans } from '../../../../ingest/extract/pipeline.ts';
import { bundledDictionaries } from '../../../../ingest/extract/dictionaries.ts';
import { placeHeadedBodies } from '../../../../ingest/extract/rules/place-headed-bodies.ts';

const found = (text: string): string[] => extractSpans(text).map((s) => `${s.text}/${s.type}`);
const bodies = (text: string): string[] => placeHeadedBodies(text, bundledDictionaries()).map((c) => c.text);

describe('courts, prosecutors and police by their short forms', () => {
  it('should read a listed place and a short head as one organization, even where jieba cuts the place', () => {
    expect(bodies('案件由杭州中院审理,浙江高院维持原判。')).toEqual(['杭州中院', '浙江高院']);
    expect(found('上诉后台南高分院改判。')).toContain('台南高分院/Organization');
    expect(found('澳门司警昨日拘捕一名男子,高雄地院判刑。')).toEqual(expect.arrayContaining(['澳门司警/Organization', '高雄地院/Organization']));
  });

  it('should take a court number between place and head, and name nothing without a listed place', () => {
    expect(bodies('广州二中院受理。')).toEqual(['广州二中院']);
    expect(bodies('高院认为,该中院和地院都有管辖权。')).toEqual([]);
  });
});

describe('bodies and sites by suffix', () => {
  it('should keep two fields joined by 及 in a body, and by 和 after a proper name, but not two names joined', () => {
    expect(found('保安及安全局发言人表示。')).toContain('保安及安全局/Organization');
    expect(found('法国参议院财政和预算委员会发表报告。')).toContain('法国参议院财政和预算委员会/Organization');
    expect(found('家长和教育局沟通。')).not.toContain('家长和教育局/Organization');
    expect(found('汇丰和巴克莱银行发放贷款。')).toEqual(expect.arrayContaining(['汇丰/Organization', '巴克莱银行/Organization']));
  });

  it('should read armed forces with their country, and not a bare 部队', () => {
    expect(found('泰国武装部队发表声明。')).toContain('泰国武装部队/Organization');
    expect(found('部队开进山区。')).toEqual([]);
  });

  it('should read a landing site named by a plain word as a place, not a kind of site', () => {
    expect(found('飞船返回舱在四子王着陆场着陆,另一艘在东风着陆场着陆。')).toContain('东风着陆场/Place');
    expect(found('返回舱在航天发射场附近着陆。')).toEqual([]);
  });

  it('should read a venue named with a dotted name whole', () => {
    expect(found('决赛在苏珊·朗格伦球场举行。')).toContain('苏珊·朗格伦球场/Place');
  });
});

describe('not names', () => {
  it('should read a leader’s team inside a company as the company, not an organization ending in 团队', () => {
    expect(found('星河数据科技有限公司周明团队发布模型。')).not.toContain('星河数据科技有限公司周明团队/Organization');
  });

  it('should not read a stage name with digits as a person, nor a school glued to another', () => {
    expect(found('主持人DJ007上台。').filter((s) => s.endsWith('/Person'))).toEqual([]);
    expect(found('他就读于英华中文学校育英中学。')).not.toContain('中文学校育英中学/Organization');
  });
});
