// Bad input for the role pass (issue 16): long sentences, long lists, nested quotes, titles with
// no name and a name that is a title word must neither hang nor relate every pair.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../ingest/extract/pipeline.ts';
import { parseLine } from '../../../../ingest/parse/plain-text.ts';

const relations = (text: string) => extractArticle(parseLine(text)).relations ?? [];

const SURNAMES = '王李张刘陈杨赵黄周吴';
const GIVEN = '伟娜敏洋杰帆磊勇涛斌';

describe('the role pass on bad input', () => {
  it('should stay linear on sentences of 5,000 characters without punctuation', { timeout: 60_000 }, () => {
    const unit = '外交部发言人毛宁美国国务卿布林肯特斯拉CEO马斯克会见了';
    const text = unit.repeat(Math.ceil(5000 / unit.length)).slice(0, 5000);
    const started = Date.now();
    const rs = relations(text + '\n' + text + '\n' + text);
    expect(Date.now() - started).toBeLessThan(30_000);
    const people = new Set(rs.map((r) => r.source));
    // One role per person and title, never one per pair of mentions.
    expect(rs.length).toBeLessThanOrEqual(people.size * 3);
  });

  it('should give a title before a list of 40 names to the first name only', () => {
    // 40 distinct two-character given names after common surnames.
    const list = Array.from({ length: 40 }, (_, i) => SURNAMES[i % 10]! + GIVEN[Math.floor(i / 4) % 10]! + GIVEN[i % 10]!).join('、');
    const rs = relations(`外交部发言人${list}出席了会议。`);
    expect(rs.length).toBeLessThanOrEqual(1);
    for (const r of rs) expect(r.target).toBe('organization:外交部');
  });

  it('should share a title among a list of up to four names', () => {
    const rs = relations('外交部发言人王伟伟、李伟娜、张伟敏出席了会议。');
    expect(rs.map((r) => r.source).sort()).toEqual(['person:张伟敏', 'person:李伟娜', 'person:王伟伟']);
  });

  it('should not relate names across nested quotes', () => {
    const rs = relations('他说:“她转述了‘外交部发言人’的话,“美国国务卿”并未到场。”布林肯随后离开。');
    expect(rs).toEqual([]);
  });

  it('should find nothing for titles with no name after them', () => {
    expect(relations('外交部发言人。美国国务卿,特斯拉CEO;新华社记者')).toEqual([]);
  });

  it('should give no role to a person called 张主任', () => {
    const rs = relations('张主任说,会议推迟。张主任和李主任随后离开。');
    expect(rs).toEqual([]);
  });
});
