// Seed checks of issue 3: every person, organization and place of the main article with its
// right type, and no fragments or common words.
import { describe, expect, it } from 'vitest';
import { SEED_COMMON_WORDS, SEED_ENTITIES, SEED_FRAGMENTS } from '../../../ingest/extract/eval/seed-checks.ts';
import { entityNamed, seed } from './seed-fixture.ts';

const main = () => seed().extractions[0]!;

describe('seed article entities', () => {
  for (const [name, type] of SEED_ENTITIES) {
    it(`should find ${name} as a ${type}`, () => {
      expect(entityNamed(main(), name)?.type).toBe(type);
    });
  }

  it('should list the bylined authors 王欣 and 王一鹏 as the article authors', () => {
    const ids = main().authors ?? [];
    expect(ids).toEqual(expect.arrayContaining(['person:王欣', 'person:王一鹏']));
  });

  for (const fragment of SEED_FRAGMENTS) {
    it(`should never make the fragment ${fragment} an entity`, () => {
      expect(main().entities.filter((e) => e.name === fragment || e.aliases.includes(fragment))).toEqual([]);
    });
  }

  for (const word of SEED_COMMON_WORDS) {
    it(`should never make the common word ${word} an entity`, () => {
      expect(main().entities.filter((e) => e.name === word || e.aliases.includes(word))).toEqual([]);
    });
  }

  it('should link 埃隆•马斯克, 马斯克 and Elon Musk to one person person:马斯克', () => {
    const musk = main().entities.filter((e) => /马斯克|Musk/.test(e.name + e.aliases.join()));
    expect(musk).toHaveLength(1);
    expect(musk[0]).toMatchObject({ id: 'person:马斯克', name: '马斯克', nameEn: 'Elon Musk' });
    expect(musk[0]!.aliases).toEqual(expect.arrayContaining(['埃隆•马斯克', 'Elon Musk']));
  });

  it('should give every mention offsets that point at the entity in the article text', () => {
    const x = main();
    for (const e of x.entities) {
      for (const m of e.mentions) {
        const surface = x.text.slice(m.start, m.end);
        expect(surface.length).toBeGreaterThan(0);
        expect(x.sentences[m.sentence]!.start).toBeLessThanOrEqual(m.start);
        expect(x.sentences[m.sentence]!.end).toBeGreaterThanOrEqual(m.end);
      }
    }
  });
});

describe('seed snippets', () => {
  const snippet = (title: string) => seed().extractions.find((x) => x.title.startsWith(title))!;

  it('should make the reporters a dateline credits people, named where the text credits them', () => {
    const x = snippet('新疆托克逊县盘吉尔怪石林');
    expect(x.authors).toEqual(['person:宋建泽', 'person:韩栋']);
    const han = entityNamed(x, '韩栋')!;
    expect(han.mentions.map((m) => x.text.slice(m.start, m.end))).toEqual(['韩栋']);
  });

  it('should not co-mention a credited reporter with the people and places of the story', () => {
    const x = snippet('莫言编剧');
    const partners = x.coMentions
      .filter((c) => c.source === 'person:崔白露' || c.target === 'person:崔白露')
      .map((c) => (c.source === 'person:崔白露' ? c.target : c.source));
    expect(partners.sort()).toEqual(['organization:中新网', 'place:北京']);
  });

  it('should read the Uyghur name 沙拉麦提古丽 whole', () => {
    const x = snippet('“五一”假期新疆喀什');
    expect(entityNamed(x, '沙拉麦提古丽')?.type).toBe('Person');
    expect(x.entities.map((e) => e.name)).not.toContain('提古丽');
  });
});
