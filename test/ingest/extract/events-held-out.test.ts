import { describe, expect, it } from 'vitest';
import type { ExtractedEvent, ParsedArticle } from '../../../ingest/model.ts';
import { extractArticle } from '../../../ingest/extract/pipeline.ts';

// The event classes of the second blind held-out sample (issue 16, docs/experiments.md), on
// sentences written for this test in the shape the class had.
const article = (text: string): ParsedArticle => ({ id: 'sha:test', title: '', authors: [], text, publishedAt: '2024-05-05T10:00:00+08:00' });
const named = (text: string): string[] => extractArticle(article(text)).events.map((e: ExtractedEvent) => `${e.name} ${e.date ?? '-'}`);

describe('talks and named meetings', () => {
  it('should title no talks that name only one party (某某举行会谈, 某某举行会晤)', () => {
    expect(named('王毅当天在北京举行会谈。')).toEqual([]);
    expect(named('张建国3日下午举行会晤，随后返回。')).toEqual([]);
  });

  it('should still title talks that name both parties', () => {
    expect(named('国家主席习近平3日同法国总统马克龙举行会谈。')).toEqual(['习近平同马克龙会谈 2024-05-03']);
  });

  it('should read 联合, 领导人 before a kind word as modifiers: the name takes its owner', () => {
    expect(named('中国外交部4日召开联合记者会。')).toEqual(['外交部召开记者会 2024-05-04']);
    expect(named('欧盟4日召开领导人峰会。')).toEqual(['欧盟召开峰会 2024-05-04']);
  });

  it('should not cut 联合国 as the modifier 联合', () => {
    expect(named('联合国4日召开紧急会议。').join()).toContain('联合国');
  });
});

describe('visits that did not happen, and lists of days', () => {
  it('should title no visit that was planned and called off, or postponed', () => {
    expect(named('法国总统马克龙原定4月2日访问中国，后因故延期。')).toEqual([]);
    expect(named('法国总统马克龙两度推迟访华。')).toEqual([]);
    expect(named('法国总统马克龙3日访华。')).toEqual(['马克龙访华 2024-05-03']);
  });

  it('should give a bare day after a listed day (4月2日、3日) the month of the day before it', () => {
    expect(named('法国总统马克龙4月2日、3日访问北京。')).toEqual(['马克龙访问北京 2024-04-03']);
  });
});

describe('trips to a facility', () => {
  it('should title no visit to an airport (前往某机场送行)', () => {
    expect(named('外交部次长葛葆萱3日前往桃园机场送行。')).toEqual([]);
  });

  it('should title the visit the sentence states after landing, not the airport', () => {
    expect(named('国务院总理李强3日抵达柏林勃兰登堡机场，开始对德国进行正式访问。')).toEqual(['李强访问德国 2024-05-03']);
  });
});
