import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../ingest/model.ts';
import { extractArticle } from '../../../ingest/extract/pipeline.ts';

const article = (text: string, publishedAt = '2024-05-05T10:00:00+08:00'): ParsedArticle => ({ id: 'sha:test', title: '', authors: [], text, publishedAt });

describe('events', () => {
  it('should name a bare 会议 held somewhere after the most specific stated place', () => {
    const [ev] = extractArticle(article('当地时间5月4日,美国和以色列的谈判代表在埃及开罗举行会议。')).events;
    expect(ev).toMatchObject({ id: 'event:开罗会议@2024-05-04', date: '2024-05-04', place: 'place:开罗', kind: 'meeting' });
    expect(ev!.participants).toEqual(expect.arrayContaining(['place:美国', 'place:以色列']));
  });

  it('should turn X访问Y into a dated visit with the visitor and the place', () => {
    const { events } = extractArticle(article('英国首相里希•苏纳克上周三访问了东京。'));
    expect(events).toEqual([
      expect.objectContaining({ name: '里希•苏纳克访问东京', kind: 'visit', date: '2024-04-24', dateText: '上周三', place: 'place:东京' }),
    ]);
  });

  it('should merge the visits of one person in one article into one trip', () => {
    const { events } = extractArticle(article('4月26日,国务卿布林肯访华。布林肯在访华结束的路上买了唱片。'));
    expect(events.filter((e) => e.kind === 'visit')).toHaveLength(1);
    expect(events[0]!.mentions).toHaveLength(2);
  });

  it('should not date an event by a 今天 that a quoted speaker said', () => {
    const { events } = extractArticle(article('4月26日,布林肯表示:“今天早些时候,我们同意举行首次美中人工智能会谈。”'));
    expect(events.find((e) => e.name === '美中人工智能会谈')?.date).toBe('2024-04-26');
  });

  it('should not take 对话机制 or an 电话会议 for a named event', () => {
    const { events } = extractArticle(article('美中同意就此问题建立对话机制。马斯克在电话会议上表示乐观。'));
    expect(events).toEqual([]);
  });

  it('should leave an event undated when the article has no date and the text none', () => {
    const x = extractArticle({ id: 'sha:x', title: '', authors: [], text: '3月份,在北京举行了AI安全国际对话。' });
    expect(x.events[0]).toMatchObject({ name: 'AI安全国际对话', place: 'place:北京' });
    expect(x.events[0]!.date).toBeUndefined();
  });
});
