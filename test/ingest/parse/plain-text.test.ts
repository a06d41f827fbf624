import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../ingest/parse/index.ts';

// Invented press releases.
const RELEASE =
  '行政长官前往青州访问\n**********\n  行政长官林小满将于明日(六月四日)前往青州访问,与当地官员会面。\n  在林小满离开期间,由政务司司长陈大文署理行政长官职务。\n';

describe('a plain-text press release dated at its end', () => {
  it('should take the bare date under the text, with the clock time line under it, as the publication date', () => {
    const [a] = parseDocument(`${RELEASE}\n2024年6月3日(星期一)\n香港時間10時30分\n`, { name: 'release.txt', format: 'text' });
    expect(a!.title).toBe('行政长官前往青州访问');
    expect(a!.publishedAt?.slice(0, 10)).toBe('2024-06-03');
    expect(a!.publishedZone).toBe('Asia/Hong_Kong');
    const [b] = parseDocument(`${RELEASE}\n2024年6月3日\n`, { name: 'release.txt', format: 'auto' });
    expect(b!.publishedAt?.slice(0, 10)).toBe('2024-06-03');
  });

  it('should not date the text from a related link or a date inside the last sentence', () => {
    const [a] = parseDocument(`${RELEASE}\n相关阅读\n青州新区发布行动方案 晨光日报 2024-05-30\n`, { name: 'release.txt', format: 'text' });
    expect(a!.publishedAt).toBeUndefined();
    const [b] = parseDocument(`${RELEASE}\n会议定于2024年6月10日举行。\n`, { name: 'release.txt', format: 'text' });
    expect(b!.publishedAt).toBeUndefined();
  });

  it('should keep a date line under the title before a closing date', () => {
    const [a] = parseDocument(`行政长官前往青州访问\n2024-06-02 09:00\n${RELEASE.split('\n').slice(2).join('\n')}\n2024年6月3日(星期一)\n`, {
      name: 'release.txt',
      format: 'text',
    });
    expect(a!.publishedAt?.slice(0, 10)).toBe('2024-06-02');
  });
});
