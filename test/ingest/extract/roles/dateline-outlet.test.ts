// A reporter's outlet read from a dispatch dateline with more than one place or a space before
// the place (issue 16, fourth blind sample of roles); invented credits.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../ingest/extract/pipeline.ts';
import { parseLine } from '../../../../ingest/parse/plain-text.ts';

const roles = (text: string) =>
  (extractArticle(parseLine(text)).relations ?? []).filter((r) => r.type === 'HOLDS_ROLE').map((r) => [r.source, r.title, r.target]);

describe('the outlet of a reporter in a dispatch dateline', () => {
  it('should read the outlet before two places of the dateline (新华社美国纽约5月6日电)', () => {
    expect(roles('新华社美国纽约5月6日电(记者李鑫)联合国大会当天举行会议。')).toContainEqual(['person:李鑫', '记者', 'organization:新华社']);
  });

  it('should read the outlet when a space stands before the place (中新社 巴黎5月6日电)', () => {
    expect(roles('中新社 巴黎5月6日电 (记者 李鑫)法国议会当天举行会议。')).toContainEqual(['person:李鑫', '记者', 'organization:中新社']);
  });
});

describe('the place of a title written with a part of it (issue 16, fourth blind sample)', () => {
  it('should give 中国大陆国家主席 the place 中国, not its part 大陆', () => {
    expect(roles('中国大陆国家主席李明会见来访的客人。')).toContainEqual(['person:李明', '国家主席', 'place:中国']);
  });
});
