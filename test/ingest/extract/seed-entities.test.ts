// Seed checks of issue 3: every person, organization and place of the main article with its
// right type, and no fragments or common words.
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../ingest/model.ts';
import { entityNamed, seed } from './seed-fixture.ts';

const main = () => seed().extractions[0]!;

const EXPECTED: [string, EntityType][] = [
  ['张忠谋', 'Person'], ['布林肯', 'Person'], ['马斯克', 'Person'], ['埃隆•马斯克', 'Person'], ['库克', 'Person'], ['李强', 'Person'],
  ['郑栅洁', 'Person'], ['窦唯', 'Person'], ['王欣', 'Person'], ['王一鹏', 'Person'], ['苏纳克', 'Person'], ['张亚勤', 'Person'],
  ['姚期智', 'Person'], ['傅莹', 'Person'], ['欣顿', 'Person'], ['本吉奥', 'Person'], ['拉塞尔', 'Person'],
  ['台积电', 'Organization'], ['特斯拉', 'Organization'], ['百度', 'Organization'], ['苹果', 'Organization'],
  ['Stanford HAI', 'Organization'], ['Wedbush Securities', 'Organization'], ['国家发展改革委', 'Organization'],
  ['国家互联网信息办公室', 'Organization'], ['虎嗅', 'Organization'], ['智源研究院', 'Organization'],
  ['清华大学智能产业研究院', 'Organization'], ['加州大学伯克利分校', 'Organization'],
  ['中国', 'Place'], ['美国', 'Place'], ['北京', 'Place'], ['上海', 'Place'], ['贵州', 'Place'], ['英国', 'Place'], ['欧洲', 'Place'],
];

describe('seed article entities', () => {
  for (const [name, type] of EXPECTED) {
    it(`should find ${name} as a ${type}`, () => {
      expect(entityNamed(main(), name)?.type).toBe(type);
    });
  }

  it('should list the bylined authors 王欣 and 王一鹏 as the article authors', () => {
    const ids = main().authors ?? [];
    expect(ids).toEqual(expect.arrayContaining(['person:王欣', 'person:王一鹏']));
  });

  for (const fragment of ['布', '林肯', '纳克', '欣', '埃', '隆']) {
    it(`should never make the fragment ${fragment} an entity`, () => {
      expect(main().entities.filter((e) => e.name === fragment || e.aliases.includes(fragment))).toEqual([]);
    });
  }

  for (const word of ['美丽', '大国', '超级大国', '高水平', '科技公司', 'AI公司']) {
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
