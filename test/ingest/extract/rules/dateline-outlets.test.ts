// Issue 15, recall by class: the outlet a dateline credits at a line's start (某某财经6月20日消息),
// without the dateline's city, and never the writer's own (本报). Invented outlets.
import { describe, expect, it } from 'vitest';
import { bundledDictionaries } from '../../../../ingest/extract/dictionaries.ts';
import { datelineOutlets } from '../../../../ingest/extract/rules/dateline-outlets.ts';

const outlets = (text: string): string[] => datelineOutlets(text, bundledDictionaries()).map((c) => c.text);

describe('datelineOutlets', () => {
  it('should read the outlet before the date of a dateline, without the city', () => {
    expect(outlets('青松财经8月3日消息 今天上午宣布。')).toEqual(['青松财经']);
    expect(outlets('标题\n星河网杭州5月5日电 会议召开。')).toEqual(['星河网']);
  });

  it('should not read the writer’s own outlet, a name that does not end as outlets do, or a date inside a sentence', () => {
    expect(outlets('本报北京6月1日电 记者报道。')).toEqual([]);
    expect(outlets('王小明6月1日电话告知。')).toEqual([]);
    expect(outlets('他说星河网6月1日消息有误。')).toEqual([]);
  });
});
