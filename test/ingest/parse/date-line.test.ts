import { describe, expect, it } from 'vitest';
import { isDateLine, readDateLine, readWireDateline } from '../../../ingest/parse/date-line.ts';

// Invented outlets and names throughout (晨光日报, 青禾网, 林小满 …).
describe('readDateLine', () => {
  it.each([
    ['发布时间:2025年07月15日 19:14', '2025-07-15'],
    ['發佈時間:2025年07月15日 19:14', '2025-07-15'],
    ['更新時間:2024/05/05 08:12', '2024-05-05'],
    ['日期:2019年2月12日', '2019-02-12'],
    ['撰文:林小满 2024-10-15', '2024-10-15'],
    ['2025-01-24 20:42 晨光日报', '2025-01-24'],
    ['2013年2月7日 第A09版', '2013-02-07'],
    ['来源:青禾网 时间:2009-05-04', '2009-05-04'],
    ['| 编辑: 周一禾 | 时间: 2017-03-14 09:41:05 | 来源: 青禾网 |', '2017-03-14'],
    ['[2014.08.19] 發表', '2014-08-19'],
    ['2022年07月09日10:27  来源:晨光日报', '2022-07-09'],
    ['2023-12-02 22:48 嘿!星报 編輯小满/綜合報導', '2023-12-02'],
    ['二〇二四年五月五日 星期日', '2024-05-05'],
    ['2024-05-05 01:06 HKT', '2024-05-05'],
    ['2023-09', '2023-09'],
    ['发布日期:2024年9月', '2024-09'],
    ['发布时间:2023-07-28 15:13:00来源: 晨光日报', '2023-07-28'],
    ['2023年07月28日 15:13作者:林小满', '2023-07-28'],
  ])('should read "%s" as a date line of %s', (line, local) => {
    expect(readDateLine(line)?.date.local).toBe(local);
  });

  it('should hand back what stands beside the date, for the byline and source', () => {
    expect(readDateLine('撰文:林小满 2024-10-15')!.rest).toBe('撰文:林小满');
    expect(readDateLine('来源:青禾网 时间:2009-05-04')!.rest).toBe('来源:青禾网 时间:');
  });

  it.each([
    '2024年5月5日,市政府召开新闻发布会,宣布三项新措施。',
    '2024年5月5日起施行',
    '2024年5月5日来访的代表团',
    '5月16日至17日',
    '2023年度报告显示',
    '2024年9月起实施的新规',
    '青禾网记者 林小满',
    '2024年13月45日',
  ])('should not take "%s" for a date line', (line) => {
    expect(isDateLine(line)).toBe(false);
  });
});

describe('readWireDateline', () => {
  it('should date a story that opens with a wire dateline with a year', () => {
    expect(readWireDateline('晨光社青州2024年5月5日电 (记者 林小满)当天上午,…')?.local).toBe('2024-05-05');
  });

  it('should give nothing for a dateline without a year or a date later in the sentence', () => {
    expect(readWireDateline('晨光社青州5月5日电 当天上午,…')).toBeUndefined();
    expect(readWireDateline('青州市政府说,2024年5月5日电价上调。')).toBeUndefined();
  });
});
