import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../ingest/parse/index.ts';

// Invented pages: 晨光日报, 青禾网 and every name here are made up.
const page = (head: string, body = '青州市政府5月4日召开新闻发布会,介绍今年一季度经济运行情况。\n\n会议定于5月16日至17日继续举行。') =>
  parseDocument(`青州发布一季度经济数据\n${head}\n\n${body}\n`, { name: 'page.txt' })[0]!;

describe('publication dates of news pages', () => {
  it('should read a date line with a label, a time and a source, and keep the byline and source', () => {
    const a = page('发布时间:2025年07月15日 19:14  来源:晨光日报\n编辑:林小满');
    expect(a).toMatchObject({
      publishedAt: '2025-07-15T19:14:00+08:00',
      publishedZone: 'Asia/Shanghai',
      datePrecision: 'minute',
      source: '晨光日报',
      authors: ['林小满'],
    });
    expect(a.text).not.toContain('发布时间');
  });

  it('should read the date beside a byline without taking the date for a name', () => {
    const a = page('撰文:林小满 2024-10-15');
    expect(a.publishedAt).toBe('2024-10-15T00:00:00+08:00');
    expect(a.authors).toEqual(['林小满']);
  });

  it('should read a date line after an outlet line and one after a blank line', () => {
    expect(page('晨光财经\n2022-09-13 08:05:47').publishedAt).toBe('2022-09-13T08:05:47+08:00');
    expect(page('\n2023-12-02 22:48 嘿!星报 綜合報導').publishedAt).toBe('2023-12-02T22:48:00+08:00');
  });

  it('should keep a month-only date line as a month', () => {
    const a = page('2024年9月');
    expect(a).toMatchObject({ publishedAt: '2024-09-01T00:00:00+08:00', datePrecision: 'month' });
  });

  it('should take a traditional-script date line with a stated zone', () => {
    const a = page('發佈時間:2024年5月5日 上午1:06 HKT | 來源:青禾網');
    expect(a).toMatchObject({ publishedAt: '2024-05-05T01:06:00+08:00', publishedZone: 'Asia/Hong_Kong' });
  });

  it('should not take a date in the story body for the publication date', () => {
    expect(page('', '青州市政府2024年5月4日召开新闻发布会,介绍一季度经济运行情况。\n\n2024年5月5日起施行新规。').publishedAt).toBeUndefined();
    expect(page('', '昨日,青州市政府召开新闻发布会。').publishedAt).toBeUndefined();
  });

  it('should not take a date line that comes after the story has started', () => {
    const a = page('', '青州市政府召开新闻发布会,介绍一季度经济运行情况。\n\n2024-05-05 10:00');
    expect(a.publishedAt).toBeUndefined();
  });

  it('should date a story by a wire dateline with a year when there is no date line', () => {
    const a = page('', '晨光社青州2024年5月5日电 (记者 林小满)青州市政府当天召开新闻发布会。');
    expect(a.publishedAt).toBe('2024-05-05T00:00:00+08:00');
  });

  it('should give no date for an absurd date line', () => {
    expect(page('2024年13月45日 来源:晨光日报').publishedAt).toBeUndefined();
    expect(page('发布时间:3024-05-05').publishedAt).toBeUndefined();
  });
});
