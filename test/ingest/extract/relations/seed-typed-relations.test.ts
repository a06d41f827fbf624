// Seed checks of issue 16: the visits the seed article states, with their dates. The same data
// (seed-checks.ts SEED_RELATIONS) is what `npm run eval` prints.
import { describe, expect, it } from 'vitest';
import { SEED_RELATIONS, relationFound, seedRelationName } from '../../../../ingest/extract/eval/seed-checks.ts';
import { seed } from '../seed-fixture.ts';

const main = () => seed().extractions[0]!;

describe('seed article typed relations', () => {
  it('should find 布林肯 VISITS 中国 dated within 2024-04-24..2024-04-26', () => {
    const check = SEED_RELATIONS.find((r) => seedRelationName(r) === '布林肯 VISITS 中国 dated 2024-04-24..2024-04-26')!;
    expect(relationFound(main(), check)).toBe(true);
  });

  it('should find 马斯克 VISITS 北京 dated 2024-04-28', () => {
    const check = SEED_RELATIONS.find((r) => seedRelationName(r) === '马斯克 VISITS 北京 dated 2024-04-28')!;
    expect(relationFound(main(), check)).toBe(true);
  });

  it('should state each visit with its evidence sentence and span', () => {
    const x = main();
    const visit = x.relations!.find((r) => r.type === 'VISITS' && r.source === 'person:马斯克' && r.date === '2024-04-28')!;
    expect(x.sentences[visit.sentence]!.text).toContain('访问了北京');
    expect(x.text.slice(visit.start, visit.end)).toMatch(/马斯克.*访问了北京$/u);
  });

  it('should relate nothing in a 相关 snippet to the main article', () => {
    const [, ...snippets] = seed().extractions;
    for (const x of snippets) {
      const ids = new Set(x.entities.map((e) => e.id));
      for (const r of x.relations ?? []) expect(ids.has(r.source) && (r.target === null || ids.has(r.target))).toBe(true);
    }
  });
});
