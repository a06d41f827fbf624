// The tagger must never throw on what scraped text throws at it: nothing, punctuation, control
// characters, broken UTF-16, emoji, and one enormous line.
import { beforeAll, describe, expect, it } from 'vitest';
import { Tagger, loadModel, type NerModel } from '../../../../ingest/extract/ner/index.ts';
import { splitChunks } from '../../../../ingest/extract/ner/chunks.ts';

let model: NerModel;
let tagger: Tagger;
beforeAll(() => {
  model = loadModel();
  tagger = new Tagger(model);
});

describe('NER tagger on bad input', () => {
  it('should return no entities for empty text', () => {
    expect(tagger.tag('')).toEqual([]);
  });

  it('should return no entities for punctuation only', () => {
    expect(tagger.tag('，。！？……——“”（）、；：,.!?')).toEqual([]);
  });

  it('should survive NUL bytes and keep offsets aligned after them', () => {
    const text = 'a\u0000b\u0000美国国务卿布林肯访华';
    const spans = tagger.tag(text);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(spans.map((s) => s.text)).toContain('布林肯');
  });

  it('should survive lone surrogates and emoji', () => {
    const text = '\ud800美国😀国务卿\udc00布林肯😀访华\ud83d';
    const spans = tagger.tag(text);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(spans.map((s) => s.text)).toContain('布林肯');
  });

  it('should tag a 5 MB single line in bounded time', { timeout: 120_000 }, () => {
    const unit = '中美会晤达成了五点共识，美国国务卿布林肯访华，马斯克访问了北京，';
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    // Bounded by the test's timeout (a quadratic pass would take hours), not a measured figure.
    const spans = tagger.tag(text);
    expect(spans.length).toBeGreaterThan(text.length / unit.length);
    expect(spans[spans.length - 1]!.end).toBeLessThanOrEqual(text.length);
  });

  it('should cut chunks without splitting surrogate pairs', () => {
    const text = '😀'.repeat(500);
    for (const c of splitChunks(text, 7)) {
      expect(c.end - c.start).toBeGreaterThan(0);
      expect(text.charCodeAt(c.end - 1) >= 0xd800 && text.charCodeAt(c.end - 1) <= 0xdbff).toBe(false);
    }
  });
});
