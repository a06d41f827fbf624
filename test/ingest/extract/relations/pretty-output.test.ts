// kg extract --format pretty lists the typed relations a reader would check, by name and date.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../ingest/extract/pipeline.ts';
import { toPretty } from '../../../../ingest/extract/output.ts';
import { parseLine } from '../../../../ingest/parse/plain-text.ts';

describe('typed relations in kg extract --format pretty', () => {
  it('should print each relation with its date, ends by name and type', () => {
    const x = extractArticle({ ...parseLine('美国国务卿布林肯上周五访华。'), publishedAt: '2024-05-05T10:00:00+08:00' });
    const lines = toPretty(x).split('\n');
    expect(lines).toContain('relation: 2024-05-05 布林肯 HOLDS_ROLE 国务卿 美国');
    expect(lines).toContain('relation: 2024-04-26 布林肯 VISITS 中国');
  });
});
