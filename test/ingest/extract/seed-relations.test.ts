// Seed checks of issue 3: co-mentioned pairs, dated events, and the wall between the main
// article and its 相关 snippets.
import { describe, expect, it } from 'vitest';
import { SEED_EVENTS, SEED_PAIRS, seedChecks } from '../../../ingest/extract/eval/seed-checks.ts';
import { entityNamed, paired, seed } from './seed-fixture.ts';

const main = () => seed().extractions[0]!;

describe('seed article co-mentions', () => {
  for (const [label, a, b] of SEED_PAIRS) {
    it(`should co-mention ${label} (${a}) with ${b}`, () => {
      expect(paired(main(), a, b)).toBe(true);
    });
  }

  it('should weigh a pair by the number of sentences and list those sentences', () => {
    const x = main();
    for (const c of x.coMentions) {
      expect(c.weight).toBe(c.sentences.length);
      expect(new Set(c.sentences).size).toBe(c.sentences.length);
      expect(c.source < c.target).toBe(true);
    }
  });

  it('should read 中美 as a mention of both 中国 and 美国', () => {
    const x = main();
    const s = x.sentences.findIndex((s) => s.text.startsWith('但近来中美在AI领域'));
    const ids = x.entities.filter((e) => e.mentions.some((m) => m.sentence === s)).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['place:中国', 'place:美国']));
  });
});

describe('seed article events', () => {
  // The same finders as the seed checks npm run eval prints (seed-checks.ts SEED_EVENTS).
  const event = (label: string) => main().events.find(SEED_EVENTS.find(([l]) => l === label)![1]);

  it('should date the Blinken visit to 2024-04-26', () => {
    const ev = event('Blinken visit');
    expect(ev?.date).toBe('2024-04-26');
  });

  it('should date the Musk visit (上周日) to Sunday 2024-04-28 and place it in 北京', () => {
    const ev = event('Musk visit');
    expect(ev).toMatchObject({ date: '2024-04-28', dateText: '上周日', place: 'place:北京' });
  });

  it('should find the AI safety summit of 2023-11', () => {
    expect(event('AI safety summit')?.date).toBe('2023-11');
  });

  it('should find the Beijing AI safety dialogue of 2024-03 held in 北京', () => {
    const ev = event('Beijing AI safety dialogue');
    expect(ev).toMatchObject({ date: '2024-03', place: 'place:北京' });
  });

  it('should add the organizer named in the next sentence (本次对话由智源研究院发起) to the dialogue', () => {
    const ev = event('Beijing AI safety dialogue');
    expect(ev?.participants).toContain('organization:智源研究院');
  });

  it('should give events ids that are stable and name their date', () => {
    for (const e of main().events) expect(e.id).toBe(e.date ? `event:${e.name}@${e.date}` : `event:${e.name}`);
  });

  it('should only list participants that are entities of the article', () => {
    const ids = new Set(main().entities.map((e) => e.id));
    for (const e of main().events) for (const p of [...e.participants, ...(e.place ? [e.place] : [])]) expect(ids.has(p)).toBe(true);
  });
});

describe('seed 相关 snippets', () => {
  it('should never co-mention 哈马斯 with 马斯克', () => {
    for (const x of seed().extractions) expect(paired(x, '哈马斯', '马斯克')).toBe(false);
  });

  it('should keep every snippet entity out of the main article and vice versa', () => {
    const [first, ...snippets] = seed().extractions;
    expect(entityNamed(first!, '哈马斯')).toBeUndefined();
    expect(entityNamed(snippets[0]!, '哈马斯')?.type).toBe('Organization');
    for (const x of snippets) expect(entityNamed(x, '马斯克')).toBeUndefined();
  });

  it('should only pair entities of the same article', () => {
    for (const x of seed().extractions) {
      const ids = new Set(x.entities.map((e) => e.id));
      for (const c of x.coMentions) expect(ids.has(c.source) && ids.has(c.target)).toBe(true);
    }
  });

  it('should link 巴勒斯坦伊斯兰抵抗运动 and 哈马斯 to one organization', () => {
    const hamas = seed().extractions[1]!.entities.filter((e) => e.name === '哈马斯' || e.aliases.includes('巴勒斯坦伊斯兰抵抗运动'));
    expect(hamas).toHaveLength(1);
    expect(hamas[0]!.id).toBe('organization:哈马斯');
  });
});

describe('seed checks as npm run eval prints them', () => {
  it('should pass every check, one per entity, fragment, common word, pair, event and the snippet wall', () => {
    const checks = seedChecks(seed().extractions);
    expect(checks.length).toBeGreaterThan(50);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([]);
  });

  it('should fail the checks when the extraction misses what they name', () => {
    const [main, ...rest] = seed().extractions;
    const blind = { ...main!, entities: main!.entities.filter((e) => e.name !== '布林肯'), coMentions: [] };
    const failed = seedChecks([blind, ...rest])
      .filter((c) => !c.pass)
      .map((c) => c.name);
    expect(failed).toEqual(expect.arrayContaining(['布林肯 is a Person', 'Blinken: 布林肯–北京 co-mentioned']));
  });
});
