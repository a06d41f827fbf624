// The explorer's banner text for a server that extracts degraded (web/src/views/extractor-banner.ts).
import { describe, expect, it } from 'vitest';
import { degradedBannerText } from '../../../web/src/views/extractor-banner.ts';

describe('the degraded-extraction banner', () => {
  it('should tell the reader in Chinese and English that entities come from jieba POS tags', () => {
    const text = degradedBannerText({ name: 'jieba-pos', model: 'ingest/extract/ner/model/ner-model.bin', degraded: true, reason: 'cannot read' });
    expect(text).toContain('降级模式');
    expect(text).toContain('jieba 词性标注');
    expect(text).toContain('Degraded mode');
    expect(text).toContain('F1 ~53 instead of ~89');
    expect(text).toContain('npm run train');
  });

  it('should show nothing when the NER model runs or the server extracts nothing', () => {
    expect(degradedBannerText({ name: 'ner-tagger', model: 'm.bin', degraded: false })).toBeNull();
    expect(degradedBannerText(null)).toBeNull();
  });
});
