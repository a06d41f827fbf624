import { describe, expect, it } from 'vitest';
import { parsePublishedAt, parsePublishedDate } from '../../../ingest/parse/published-at.ts';

// Every example here is invented: outlets, names and dates are made up for the tests.
describe('parsePublishedDate', () => {
  it.each([
    ['2024-05-05 17:38:55', '2024-05-05', '2024-05-05T17:38:55+08:00', 'second'],
    ['2024/5/6 8:02', '2024-05-06', '2024-05-06T08:02:00+08:00', 'minute'],
    ['2024.05.07', '2024-05-07', '2024-05-07T00:00:00+08:00', 'day'],
    ['2024年5月8日 19:14', '2024-05-08', '2024-05-08T19:14:00+08:00', 'minute'],
    ['2024年05月09日09:30', '2024-05-09', '2024-05-09T09:30:00+08:00', 'minute'],
    ['２０２４年５月１０日　１０：１５', '2024-05-10', '2024-05-10T10:15:00+08:00', 'minute'],
    ['二〇二四年五月十一日', '2024-05-11', '2024-05-11T00:00:00+08:00', 'day'],
    ['二○一九年十二月三十一日', '2019-12-31', '2019-12-31T00:00:00+08:00', 'day'],
    ['2024年5月12日 星期日 下午3:05', '2024-05-12', '2024-05-12T15:05:00+08:00', 'minute'],
    ['2024年5月13日 晚上9时30分', '2024-05-13', '2024-05-13T21:30:00+08:00', 'minute'],
    ['2024年5月14日 凌晨1时6分', '2024-05-14', '2024-05-14T01:06:00+08:00', 'minute'],
    ['2024-05-15 02:40 PM', '2024-05-15', '2024-05-15T14:40:00+08:00', 'minute'],
  ])('should read %s as the local date %s', (text, local, instant, precision) => {
    expect(parsePublishedDate(text)).toEqual({ local, instant, zone: 'Asia/Shanghai', precision });
  });

  it('should read the year last day first, as Hong Kong, Malaysian and European outlets write it, unless the numbers say month first', () => {
    expect(parsePublishedDate('发表时间 25.02.2026 - 10:31')?.local).toBe('2026-02-25');
    expect(parsePublishedDate('11.05.2015')?.local).toBe('2015-05-11');
    expect(parsePublishedDate('更新 25/02/2026 08:15')).toMatchObject({ local: '2026-02-25', instant: '2026-02-25T08:15:00+08:00' });
    expect(parsePublishedDate('發布: 11:32pm 04/10/2024')?.local).toBe('2024-10-04');
    expect(parsePublishedDate('02/25/2026')?.local).toBe('2026-02-25');
    expect(parsePublishedDate('31.02.2026')).toBeUndefined();
  });

  it('should read eight digits as a date only with a time after them or alone at the start of the line', () => {
    expect(parsePublishedDate('记者 王小明20150511 10:30')).toMatchObject({ local: '2015-05-11', instant: '2015-05-11T10:30:00+08:00' });
    expect(parsePublishedDate('20240409 李小文/综合报道')?.local).toBe('2024-04-09');
    expect(parsePublishedDate('订单号20150511')).toBeUndefined();
    expect(parsePublishedDate('编号 20150511 已登记')).toBeUndefined();
    expect(parsePublishedDate('电话 20151399 10:30')).toBeUndefined();
  });

  it('should keep a month-only date as a month', () => {
    expect(parsePublishedDate('2023-09')).toMatchObject({ local: '2023-09', precision: 'month', instant: '2023-09-01T00:00:00+08:00' });
    expect(parsePublishedDate('2024年9月')).toMatchObject({ local: '2024-09', precision: 'month' });
  });

  it('should date an article at 01:06 Beijing time on that day, not the UTC day before', () => {
    const date = parsePublishedDate('2015年07月23日 01:06')!;
    expect(date.local).toBe('2015-07-23');
    expect(date.instant).toBe('2015-07-23T01:06:00+08:00');
    expect(new Date(date.instant).toISOString()).toBe('2015-07-22T17:06:00.000Z');
  });

  it('should use the zone the text states: HKT, GMT+8, UTC+8, 台北時間, an ISO offset, summer time in New York', () => {
    expect(parsePublishedDate('2024-05-05 01:06 HKT')).toMatchObject({ local: '2024-05-05', zone: 'Asia/Hong_Kong', instant: '2024-05-05T01:06:00+08:00' });
    expect(parsePublishedDate('2024-05-05 01:06 (GMT+8)')).toMatchObject({ zone: '+08:00', instant: '2024-05-05T01:06:00+08:00' });
    expect(parsePublishedDate('更新時間 2024/05/05 23:50 UTC+8')).toMatchObject({ local: '2024-05-05', zone: '+08:00' });
    expect(parsePublishedDate('台北時間2024年5月5日 上午7點20分')).toMatchObject({ zone: 'Asia/Taipei', instant: '2024-05-05T07:20:00+08:00' });
    expect(parsePublishedDate('2024-05-04T23:30:00-04:00')).toMatchObject({ local: '2024-05-04', zone: '-04:00', instant: '2024-05-04T23:30:00-04:00' });
    expect(parsePublishedDate('2024-05-04T17:06:00Z')).toMatchObject({ local: '2024-05-04', zone: '+00:00' });
    expect(parsePublishedDate('美东时间2024年7月4日 20:00')).toMatchObject({ zone: 'America/New_York', instant: '2024-07-04T20:00:00-04:00' });
    expect(parsePublishedDate('美东时间2024年1月4日 20:00')!.instant).toBe('2024-01-04T20:00:00-05:00');
  });

  it.each([
    '2024年13月45日',
    '2024-02-30',
    '2023-02-29',
    '0000-01-01',
    '0年1月1日',
    '3024-05-05',
    '9999/12/31',
    '2024-05-05 25:61',
    '5月5日',
    '今天(18日)',
    '10-30',
    '2024.5',
  ])('should give no date for %s rather than a wrong one', (text) => {
    expect(parsePublishedDate(text)).toBeUndefined();
  });

  it('should accept 29 February in a leap year', () => {
    expect(parsePublishedDate('2024-02-29')?.local).toBe('2024-02-29');
  });

  it('should give the instant for parsePublishedAt and nothing for a month alone', () => {
    expect(parsePublishedAt('2024年5月5日 17:38')).toBe('2024-05-05T17:38:00+08:00');
    expect(parsePublishedAt('2024年9月')).toBeUndefined();
  });
});
