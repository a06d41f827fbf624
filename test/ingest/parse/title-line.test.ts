import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../ingest/parse/index.ts';
import { isTitleLine } from '../../../ingest/parse/title-line.ts';

// Invented headlines and outlets.
const LONG_TITLE = '青州新区发布人工智能产业三年行动方案:到2027年培育百家骨干企业,打造千亿级产业集群并建设五个公共算力中心';

describe('isTitleLine', () => {
  it('should keep a headline of up to 120 characters, also one ending with ? or !', () => {
    expect(LONG_TITLE.length).toBeGreaterThan(30);
    expect(isTitleLine(LONG_TITLE)).toBe(true);
    expect(isTitleLine('开年第一周,滨州市长关心的几件事释放了哪些改革信号?')).toBe(true);
  });

  it('should not take body text, a date line, a byline or an over-long line for a title', () => {
    expect(isTitleLine('青州市政府今天召开新闻发布会,介绍了今年上半年全市经济运行的总体情况。')).toBe(false);
    expect(isTitleLine('2024-05-05 10:00 来源:晨光日报')).toBe(false);
    expect(isTitleLine('作者:林小满')).toBe(false);
    expect(isTitleLine('本报记者 林小满')).toBe(false);
    expect(isTitleLine('标'.repeat(121))).toBe(false);
  });

  it('should read a short first line that opens with its day and a comma and ends with a full stop as the lede', () => {
    expect(isTitleLine('6月3日,青州市政府发言人林小满主持例行记者会。')).toBe(false);
    expect(isTitleLine('3日上午,青州新区管委会发布行动方案。')).toBe(false);
    // A headline may end with a full stop, and may open with a day when no comma follows.
    expect(isTitleLine('晨光队主帅怒:主场未胜,极度不满。')).toBe(true);
    expect(isTitleLine('6月3日青州新区发布行动方案')).toBe(true);
  });
});

describe('parseDocument titles', () => {
  it('should keep a long first line of a plain-text file as the title, not the file name', () => {
    const [a] = parseDocument(`${LONG_TITLE}\n\n青州新区管委会5日发布行动方案。方案提出,到2027年培育百家骨干企业。\n`, {
      name: 'qingzhou.txt',
      format: 'text',
    });
    expect(a!.title).toBe(LONG_TITLE);
    expect(a!.text.startsWith('青州新区管委会5日发布')).toBe(true);
  });

  it('should fall back to the file name when the first line is body text', () => {
    const body = '青州新区管委会今天发布了人工智能产业三年行动方案,提出到2027年培育百家骨干企业。';
    const [a] = parseDocument(`${body}\n\n方案还提出建设公共算力中心。\n`, { name: 'qingzhou.txt', format: 'text' });
    expect(a!.title).toBe('qingzhou.txt');
    expect(a!.text.startsWith(body)).toBe(true);
  });
});

describe('a headline that carries a date', () => {
  const page = (first: string, second: string): string => `${first}\n${second}\n\n青州市政府新闻办5日举行发布会,介绍上半年经济运行情况。\n`;

  it('should be the title, with the date line under it as the publication date', () => {
    for (const format of ['auto', 'text'] as const) {
      const [a] = parseDocument(page('青州市政府例行新闻发布会 (2025年7月8日)', '2025-07-09 09:12:40'), { name: 'press.txt', format });
      expect(a!.title).toBe('青州市政府例行新闻发布会 (2025年7月8日)');
      expect(a!.publishedAt?.slice(0, 10)).toBe('2025-07-09');
    }
    const [b] = parseDocument(page('青州市政府例行新闻发布会 (2025年10月17日)', '晨光网 资讯 2025-10-18 13:20'), { name: 'press.txt', format: 'auto' });
    expect(b!.title).toBe('青州市政府例行新闻发布会 (2025年10月17日)');
    expect(b!.publishedAt?.slice(0, 10)).toBe('2025-10-18');
  });

  it('should stay a date line when it is page furniture or nothing dates the page under it', () => {
    const [a] = parseDocument(page('2025-07-09 来源:晨光日报 编辑:林小满', '2025-07-10 08:00'), { name: 'press.txt', format: 'auto' });
    expect(a!.title).toBe('press.txt');
    const [b] = parseDocument(`青州市政府例行新闻发布会 (2025年7月8日)\n\n青州市政府新闻办举行发布会,介绍上半年经济运行情况。\n`, {
      name: 'press.txt',
      format: 'text',
    });
    expect(b!.publishedAt?.slice(0, 10)).toBe('2025-07-08');
  });
});
