// Bad input never crashes or hangs the extractor: it returns an empty or partial result.
import { describe, expect, it } from 'vitest';
import { extractArticle, extractSpans } from '../../../ingest/extract/pipeline.ts';
import { parseLine } from '../../../ingest/parse/plain-text.ts';

const extract = (text: string) => extractArticle(parseLine(text));

describe('extraction on bad input', () => {
  it('should return nothing for empty text', () => {
    expect(extract('')).toMatchObject({ entities: [], events: [], coMentions: [], sentences: [] });
    expect(extractSpans('')).toEqual([]);
  });

  it('should return nothing for text of only punctuation', () => {
    expect(extract('。。。!!??,,、;:“”‘’《》()【】…—').entities).toEqual([]);
  });

  it('should handle a 5 MB single line in bounded time', { timeout: 120_000 }, () => {
    const unit = '美国国务卿布林肯访华,在北京会见了中国外长。埃隆•马斯克(Elon Musk)访问了北京,特斯拉上海超级工厂交付量上升';
    const line = unit.repeat(Math.ceil(5_000_000 / Buffer.byteLength(unit)));
    // Bounded by the test's timeout (a quadratic pass would take hours), not a measured figure.
    const x = extract(line);
    // The text never says 马斯克 alone, so the full dotted name is the canonical one.
    expect(x.entities.find((e) => e.id === 'person:埃隆•马斯克')!.mentions.length).toBeGreaterThan(1000);
    for (const s of x.sentences) expect(s.end - s.start).toBeLessThanOrEqual(1000);
  });

  it('should treat NUL bytes as spaces and still find the entities around them', () => {
    const x = extract('马斯克\u0000访问了北京\u0000\u0000。');
    expect(x.entities.map((e) => e.id).sort()).toEqual(['person:马斯克', 'place:北京']);
    expect(x.text).toBe('马斯克\u0000访问了北京\u0000\u0000。');
  });

  it('should survive invalid surrogates and keep offsets into the original text', () => {
    const text = '\ud800马斯克\udc00访问北京\ud83d';
    const x = extract(text);
    const musk = x.entities.find((e) => e.id === 'person:马斯克')!;
    expect(text.slice(musk.mentions[0]!.start, musk.mentions[0]!.end)).toBe('马斯克');
  });

  it('should read mixed scripts (Latin, Cyrillic, Japanese, Korean) without inventing entities from them', () => {
    const x = extract('Путин и 文在寅 在 東京 with Stanford HAI 和 특스라 讨论。');
    expect(x.entities.find((e) => e.name === 'Stanford HAI')?.type).toBe('Organization');
    for (const e of x.entities) for (const m of e.mentions) expect(m.end).toBeGreaterThan(m.start);
  });

  it('should keep emoji out of entities and offsets on code unit boundaries', () => {
    const text = '🚀马斯克😀访问北京🇨🇳,特斯拉👍';
    const x = extract(text);
    expect(x.entities.map((e) => e.name).sort()).toEqual(['北京', '特斯拉', '马斯克'].sort());
    for (const e of x.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(e.name);
  });
});
