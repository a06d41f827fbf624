import { describe, expect, it } from 'vitest';
import { NotTextError, detectFormat, parseDocument, parseLine } from '../../../ingest/parse/index.ts';

describe('parseDocument formats', () => {
  it('should read a Markdown title, front matter and strip markup', () => {
    const md = '---\ndate: 2024-05-05\nsource: 虎嗅\n---\n# 中美AI\n\n**马斯克**访问了[北京](https://x.cn)。\n\n## 小标题\n\n- 列表项';
    expect(detectFormat(md)).toBe('markdown');
    const [a] = parseDocument(md);
    expect(a).toMatchObject({ title: '中美AI', source: '虎嗅', publishedAt: '2024-05-05T00:00:00+08:00', headings: ['小标题'] });
    expect(a!.text).toBe('马斯克访问了北京。\n\n小标题\n\n列表项');
  });

  it('should take a short first line of plain text as its title', () => {
    const [a] = parseDocument('马斯克访华\n\n马斯克上周日访问了北京。');
    expect(a).toMatchObject({ title: '马斯克访华', text: '马斯克上周日访问了北京。', authors: [] });
  });

  it('should use the file name as the title when plain text has none', () => {
    const [a] = parseDocument('马斯克上周日访问了北京,并会见了李强。', { name: 'note.txt' });
    expect(a!.title).toBe('note.txt');
  });

  it('should keep a --lines document verbatim so offsets are relative to the line', () => {
    const a = parseLine('  马斯克访问北京 ', { name: 'f', lineNumber: 3 });
    expect(a.text).toBe('  马斯克访问北京 ');
    expect(a.title).toBe('f:3');
  });

  it('should reject an unknown format with a message that lists the known ones', () => {
    expect(() => parseDocument('x', { format: 'html' as never })).toThrow(/ingest\/parse: unknown format "html"; use one of/);
  });
});

describe('parseDocument on bad input', () => {
  it('should return no article for empty or blank text', () => {
    expect(parseDocument('')).toEqual([]);
    expect(parseDocument(' \n\n \t')).toEqual([]);
  });

  it('should parse text of only punctuation without crashing', () => {
    expect(() => parseDocument('。,!?……“”《》')).not.toThrow();
  });

  it('should parse a 5 MB single line into one article in bounded time', () => {
    const unit = '美国国务卿布林肯访华,在北京会见了中国外长。';
    const line = unit.repeat(Math.ceil(5_000_000 / Buffer.byteLength(unit)));
    // Bounded by the test's timeout (a quadratic pass would take hours), not a measured figure.
    const articles = parseDocument(line);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.text.length).toBe(line.length);
  });

  it('should treat a few NUL bytes as spaces', () => {
    const [a] = parseDocument(`${'马斯克访问北京。'.repeat(100)}\u0000`);
    expect(a!.text).not.toContain('\u0000');
  });

  it('should refuse binary data with a NotTextError that says what to do', () => {
    const binary = Array.from({ length: 400 }, (_, i) => String.fromCharCode(i % 32)).join('');
    expect(() => parseDocument(binary, { name: 'x.bin' })).toThrow(NotTextError);
    expect(() => parseDocument(binary, { name: 'x.bin' })).toThrow(/ingest\/parse: x\.bin is not text.*UTF-8/);
  });
});
