// Bad input for the typed-relation pass (issue 16): a sentence of 5,000 characters without
// punctuation, a list of 40 names, nested quotes, titles with no name and a person called 张主任
// must neither hang nor relate every pair.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../ingest/extract/pipeline.ts';
import { parseLine } from '../../../../ingest/parse/plain-text.ts';

const typed = (text: string) => (extractArticle(parseLine(text)).relations ?? []).filter((r) => r.type !== 'HOLDS_ROLE');

const SURNAMES = '王李张刘陈杨赵黄周吴';
const GIVEN = '伟娜敏洋杰帆磊勇涛斌';
const names = (n: number) => Array.from({ length: n }, (_, i) => SURNAMES[i % 10]! + GIVEN[Math.floor(i / 4) % 10]! + GIVEN[i % 10]!);

describe('the typed-relation pass on bad input', () => {
  it('should finish a 5,000-character sentence without punctuation and relate nothing in it', { timeout: 60_000 }, () => {
    const unit = '美国国务卿布林肯会见了法国总统马克龙美国制裁俄罗斯马斯克访问了北京';
    const text = unit.repeat(Math.ceil(5000 / unit.length)).slice(0, 5000);
    expect(typed(text)).toEqual([]);
  });

  it('should not relate every pair of a list of 40 names with 会见', () => {
    const list = names(40).join('、');
    expect(typed(`国家主席习近平会见了${list}。`)).toEqual([]);
    expect(typed(`${list}会见了国家主席习近平。`).length).toBeLessThanOrEqual(1);
  });

  it('should relate a host to each of up to three guests', () => {
    const rs = typed('国家主席习近平会见了王伟伟、李伟娜和张伟敏。');
    expect(rs.map((r) => r.target).sort()).toEqual(['person:张伟敏', 'person:李伟娜', 'person:王伟伟']);
  });

  it('should read nothing inside nested quotes', () => {
    expect(typed('他说：“她转述了‘美国制裁了古巴’的说法，“马斯克访问了北京”并非事实。”')).toEqual([]);
  });

  it('should find nothing for titles with no name after them', () => {
    expect(typed('国务卿会见了外交部长。总统访问了。法院判处。')).toEqual([]);
  });

  it('should read a person called 张主任 as an end, not as a title', () => {
    const rs = typed('张主任会见了李伟娜。张主任和李主任随后离开。');
    for (const r of rs) expect([r.source, r.target]).not.toContain(null);
    expect(rs.length).toBeLessThanOrEqual(1);
  });
});
