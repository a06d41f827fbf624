import { describe, expect, it } from 'vitest';
import { localPublishedDate } from '../../../ingest/model.ts';
import { loadDocument } from '../../../ingest/sources/documents.ts';
import { parseFeed, type FeedItem } from '../../../ingest/sources/feed.ts';
import { DEFAULT_SOURCE_OPTIONS } from '../../../ingest/sources/options.ts';

// Invented feeds. An outlet in Beijing publishes at 01:06 its time (17:06 UTC the day before): the
// item must keep the outlet's offset, so its local day is the day the outlet printed.
function rss(pubDate: string, tag = 'pubDate'): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>晨光日报</title><item><title>青州港夜航</title><link>http://example.test/a</link><${tag}>${pubDate}</${tag}><description>青州港凌晨迎来首班夜航货轮。</description></item></channel></rss>`;
}

function atom(published: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>晨光日报</title><entry><title>青州港夜航</title><link href="http://example.test/a"/><id>a</id><published>${published}</published><content type="html">青州港凌晨迎来首班夜航货轮。</content></entry></feed>`;
}

const only = (xml: string): FeedItem => parseFeed(xml, 'test.xml').items[0]!;

describe('feed publication times', () => {
  it('should keep an RSS time at 01:06 +0800 on its own local day, with its offset', () => {
    const item = only(rss('Sun, 05 May 2024 01:06:00 +0800'));
    expect(item.publishedAt).toBe('2024-05-05T01:06:00+08:00');
    expect(item.publishedZone).toBe('+08:00');
    expect(localPublishedDate(item)).toBe('2024-05-05');
  });

  it('should keep an Atom time with its offset rather than converting it to UTC', () => {
    const item = only(atom('2024-05-05T01:06:00+08:00'));
    expect(item.publishedAt).toBe('2024-05-05T01:06:00+08:00');
    expect(localPublishedDate(item)).toBe('2024-05-05');
  });

  it('should keep the zone a feed states, GMT or a named RFC 822 zone, as that offset', () => {
    expect(only(rss('Sat, 04 May 2024 17:06:00 GMT')).publishedAt).toBe('2024-05-04T17:06:00+00:00');
    expect(only(rss('Sat, 4 May 2024 13:06 EDT')).publishedAt).toBe('2024-05-04T13:06:00-04:00');
    expect(only(atom('2024-05-04T17:06:00.250Z')).publishedAt).toBe('2024-05-04T17:06:00+00:00');
  });

  it('should read a time without a zone as Beijing time, as the article text does', () => {
    const item = only(rss('2024-05-05 01:06:00'));
    expect(item.publishedAt).toBe('2024-05-05T01:06:00+08:00');
    expect(item.publishedZone).toBe('Asia/Shanghai');
  });

  it('should read a Dublin Core date with its offset', () => {
    expect(only(rss('2024-05-05T01:06+08:00', 'dc:date')).publishedAt).toBe('2024-05-05T01:06:00+08:00');
  });

  it('should give no time for a date that does not exist rather than a wrong one', () => {
    expect(only(rss('Thu, 31 Feb 2024 10:00:00 +0800')).publishedAt).toBeUndefined();
    expect(only(rss('Sun, 05 May 2024 25:06:00 +0800')).publishedAt).toBeUndefined();
  });

  it("should carry the item's offset and zone into the article read from it", async () => {
    const item = only(rss('Sun, 05 May 2024 01:06:00 +0800'));
    const [article] = await loadDocument(
      { key: 'http://example.test/a', kind: 'feed-item', source: 'test.xml', item },
      { options: { ...DEFAULT_SOURCE_OPTIONS, minFeedTextLength: 1 } },
    );
    expect(article!.publishedAt).toBe('2024-05-05T01:06:00+08:00');
    expect(article!.publishedZone).toBe('+08:00');
  });
});
