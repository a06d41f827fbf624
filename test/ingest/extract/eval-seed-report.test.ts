// `npm run eval` ends with the seed checks: one line per check, and a clear line when the seed
// article is not where it looks.
import { describe, expect, it } from 'vitest';
import { loadRecordExtractor, seedReport } from '../../../ingest/extract/eval/eval-cli.ts';
import { loadModel } from '../../../ingest/extract/ner/index.ts';
import { SEED_PATH } from './seed-fixture.ts';

describe('seedReport', () => {
  const model = loadModel();

  it('should print every seed check as passing on the seed article', async () => {
    const report = await seedReport(model, SEED_PATH);
    expect(report).toContain('pass  布林肯 is a Person');
    expect(report).not.toContain('FAIL');
    expect(report).toMatch(/(\d+) of \1 seed checks pass/);
  });

  it('should say where it looked and what to set when the seed article is missing', async () => {
    expect(await seedReport(model, '/nonexistent/seed.txt')).toBe('skipped: cannot read /nonexistent/seed.txt; set SEED_ARTICLE to the seed article');
  });
});

describe('loadRecordExtractor', () => {
  it('should score what kg extract --lines prints: flat mentions, no place nested in an organization', async () => {
    const extract = await loadRecordExtractor(loadModel());
    if (typeof extract === 'string') throw new Error(extract);
    expect(extract('北京大学的学生访问了上海。')).toEqual([
      { start: 0, end: 4, type: 'Organization' },
      { start: 10, end: 12, type: 'Place' },
    ]);
  });
});
