// The extractor must stay useful when the trained model cannot be loaded: the nodejieba POS
// fallback with dictionaries and rules still passes the core seed checks.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../ingest/extract/pipeline.ts';
import { jiebaSpanSource } from '../../../ingest/extract/span-source.ts';
import { entityNamed, paired, seed } from './seed-fixture.ts';

const fallback = () => extractArticle(seed().articles[0]!, { spanSource: jiebaSpanSource });

describe('extraction with the nodejieba fallback span source', () => {
  it('should find the seed people, organizations and places with their types', () => {
    const x = fallback();
    const types = Object.fromEntries(
      ['布林肯', '马斯克', '郑栅洁', '张忠谋', '特斯拉', '国家发展改革委', '北京', '上海'].map((n) => [n, entityNamed(x, n)?.type]),
    );
    expect(types).toEqual({
      布林肯: 'Person',
      马斯克: 'Person',
      郑栅洁: 'Person',
      张忠谋: 'Person',
      特斯拉: 'Organization',
      国家发展改革委: 'Organization',
      北京: 'Place',
      上海: 'Place',
    });
  });

  it('should keep the fragments and common words the raw POS tags produce out', () => {
    const names = new Set(fallback().entities.flatMap((e) => [e.name, ...e.aliases]));
    for (const bad of ['布', '林肯', '纳克', '欣', '美丽', '大国', '高水平', '超级大国']) expect(names.has(bad)).toBe(false);
  });

  it('should co-mention Musk with Tesla and Blinken with Beijing', () => {
    const x = fallback();
    expect(paired(x, '马斯克', '特斯拉')).toBe(true);
    expect(paired(x, '布林肯', '北京')).toBe(true);
  });
});
