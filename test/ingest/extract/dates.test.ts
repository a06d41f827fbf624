import { describe, expect, it } from 'vitest';
import { findDates, resolveDate } from '../../../ingest/extract/dates.ts';

const REF = '2024-05-05T17:38:55+08:00'; // a Sunday

describe('resolveDate', () => {
  const CASES: [string, string][] = [
    ['4月26日', '2024-04-26'],
    ['去年11月', '2023-11'],
    ['3月份', '2024-03'],
    ['上周日', '2024-04-28'],
    ['上周一', '2024-04-22'],
    ['本周三', '2024-05-01'],
    ['下星期五', '2024-05-10'],
    ['昨天', '2024-05-04'],
    ['2023年', '2023'],
    ['2021年12月3日', '2021-12-03'],
    ['今年1月', '2024-01'],
    ['3日', '2024-05-03'],
    // The very next day is tomorrow (a page dated a day behind the place it reports from).
    ['6日', '2024-05-06'],
    ['28日', '2024-04-28'],
    ['12月', '2023-12'],
    ['周五', '2024-05-03'],
    ['星期日', '2024-05-05'],
    ['周一', '2024-04-29'],
    ['今晚', '2024-05-05'],
    ['昨晚', '2024-05-04'],
  ];
  for (const [expr, date] of CASES) {
    it(`should resolve ${expr} against Sunday 2024-05-05 to ${date}`, () => {
      expect(resolveDate(expr, REF)).toBe(date);
    });
  }

  it('should reject impossible months and days', () => {
    expect(resolveDate('13月', REF)).toBeUndefined();
    expect(resolveDate('2月40日', REF)).toBeUndefined();
  });

  it('should read no day of the month in an address, an ordinal or a weekly habit', () => {
    expect(findDates('总部位于新港路2号,第3号议案,每周五开放', REF)).toEqual([]);
  });

  it('should only resolve absolute dates without a reference', () => {
    expect(findDates('2024年3月举行,4月26日结束', undefined).map((d) => d.date)).toEqual(['2024-03']);
  });

  it('should find every date in a sentence with its offsets', () => {
    const s = '去年11月美中讨论了AI安全问题,3月份在北京举行了对话';
    const found = findDates(s, REF);
    expect(found.map((d) => [d.text, d.date])).toEqual([
      ['去年11月', '2023-11'],
      ['3月份', '2024-03'],
    ]);
    for (const d of found) expect(s.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('day ranges', () => {
  const last = (text: string) => findDates(text, REF).at(-1)?.date;
  it('should put the end of a range in its start’s month, not in the month before the article', () => {
    expect(last('5月3日至6日')).toBe('2024-05-06');
    expect(last('今天(5号)起至8号')).toBe('2024-05-08');
    expect(last('4月3日晚至6日')).toBe('2024-04-06');
  });
  it('should carry a range into the next month when its end day is smaller', () => {
    expect(last('4月29日至2日')).toBe('2024-05-02');
  });
  it('should keep a day that follows a date without joining it as resolved alone', () => {
    expect(last('5月3日，8日')).toBe('2024-04-08');
  });
});

describe('days ahead and 昨 alone', () => {
  it('should resolve 将于20日 in the reference month and 将于3日 in the next, 昨 to the day before', () => {
    expect(findDates('总理将于20日出访', '2024-05-15').map((d) => d.date)).toEqual(['2024-05-20']);
    expect(findDates('代表团拟于3日抵达', '2024-05-28').map((d) => d.date)).toEqual(['2024-06-03']);
    expect(findDates('他20日出访', '2024-05-15').map((d) => d.date)).toEqual(['2024-04-20']);
    expect(findDates('总统昨抵达', '2024-05-15').map((d) => d.date)).toEqual(['2024-05-14']);
    expect(findDates('总统日昨抵达', '2024-05-15')).toEqual([]);
  });
});

describe('days and months in Chinese numerals, and this or last month (issue 16, fourth blind sample)', () => {
  it('should resolve a day or a month and day written in Chinese numerals', () => {
    // A day after the reference day (Sunday the 5th) is last month's, as with digits.
    expect(findDates('俄军七日空袭', REF).map((d) => d.date)).toEqual(['2024-04-07']);
    expect(findDates('俄军三日空袭', REF).map((d) => d.date)).toEqual(['2024-05-03']);
    expect(findDates('廿八日晚', REF).map((d) => d.date)).toEqual(['2024-04-28']);
    expect(findDates('三十日', REF).map((d) => d.date)).toEqual(['2024-04-30']);
    expect(findDates('十月二十四日', REF).map((d) => d.date)).toEqual(['2023-10-24']);
    expect(findDates('本月二十日', REF).map((d) => d.date)).toEqual(['2024-05-20']);
  });

  it('should read a day spaced from 日, but no spaced 号 (2 号线 is a metro line)', () => {
    expect(findDates('24 日', '2024-05-25').map((d) => d.date)).toEqual(['2024-05-24']);
    expect(findDates('地铁 2 号线', REF)).toEqual([]);
  });

  it('should read no day in a span or a count written in Chinese numerals', () => {
    for (const t of ['为期七日', '七日内', '第二日', '一日游', '数日', '连日', '同一日']) expect(findDates(t, REF)).toEqual([]);
  });

  it('should read this month and last month at the month precision', () => {
    expect(findDates('本月初', REF).map((d) => d.date)).toEqual(['2024-05']);
    expect(findDates('上个月', REF).map((d) => d.date)).toEqual(['2024-04']);
  });
});
