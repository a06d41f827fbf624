// Issue 15, recall by class: companies named in a list that its kind closes (甲、乙两家公司, 甲、乙等车企)
// or opens (美企甲、乙和丙), whatever the tagger reads them as. Invented names and sentences.
import { describe, expect, it } from 'vitest';
import { extractSpans } from '../../../../ingest/extract/pipeline.ts';

const found = (text: string): string[] => extractSpans(text).map((s) => `${s.text}/${s.type}`);

describe('companies in lists headed by their kind', () => {
  it('should read every item of a counted list of companies as an organization, ST names included', () => {
    expect(found('监管部门对蓝海股份、*ST远航、ST华辰三家公司立案。')).toEqual(
      expect.arrayContaining(['蓝海股份/Organization', '*ST远航/Organization', 'ST华辰/Organization']),
    );
    expect(found('二是对金石达、林峰科技两家上市公司出具告知书。')).toEqual(expect.arrayContaining(['金石达/Organization', '林峰科技/Organization']));
  });

  it('should read a list closed by 等 and a kind, and one opened by a kind, as companies', () => {
    expect(found('云帆、星舟和启明等车企发布新车。')).toEqual(expect.arrayContaining(['云帆/Organization', '星舟/Organization', '启明/Organization']));
    expect(found('美企橡树、银杉和长青派出高管出席。')).toEqual(expect.arrayContaining(['橡树/Organization', '银杉/Organization', '长青/Organization']));
  });

  it('should leave places in a list of where companies are, and lists of other kinds, alone', () => {
    expect(found('北京、上海两家交易所发布通知。')).toEqual(['北京/Place', '上海/Place']);
    expect(found('苹果、香蕉等水果涨价。').filter((s) => s.endsWith('/Organization'))).toEqual([]);
  });
});
