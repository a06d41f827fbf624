// Resolution across articles (ingest/resolve/known.ts): which stored and batch entities become one,
// which id they keep, and the aliases two entities claim, reported and not used to join them.
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, EntityType } from '../../../ingest/model.ts';
import { ESTABLISHED_ARTICLES, linkAcrossArticles, lookupKeys, type StoredEntity } from '../../../ingest/resolve/known.ts';

function article(id: string, entities: [string, EntityType, ...string[]][]): ArticleExtraction {
  return {
    id,
    title: '',
    text: '',
    sentences: [],
    entities: entities.map(([name, type, ...aliases]) => ({ id: `${type.toLowerCase()}:${name}`, name, type, aliases, mentions: [] })),
    events: [],
    coMentions: [],
  };
}
const stored = (name: string, type: EntityType, aliases: string[] = [], mergedIds: string[] = []): StoredEntity => ({
  id: `${type.toLowerCase()}:${name}`,
  name,
  type,
  aliases,
  mergedIds,
});

describe('linkAcrossArticles', () => {
  it('should give a short form the stored full name’s node, under the shorter name', () => {
    const links = linkAcrossArticles([article('a', [['星研院', 'Organization', '青岚星河研究院']])], [stored('青岚星河研究院', 'Organization')]);
    expect(links.known.get('星研院')).toEqual([{ id: 'organization:星研院', name: '星研院', type: 'Organization' }]);
    expect(links.merges).toEqual([
      {
        into: { id: 'organization:星研院', name: '星研院', type: 'Organization' },
        absorbed: ['organization:青岚星河研究院'],
        mergedIds: ['organization:青岚星河研究院'],
      },
    ]);
  });

  it('should choose the same id whatever was stored first', () => {
    const a = linkAcrossArticles([article('a', [['青岚星河研究院', 'Organization']])], [stored('星研院', 'Organization', ['青岚星河研究院'])]);
    expect(a.known.get('青岚星河研究院')![0]!.id).toBe('organization:星研院');
    expect(a.merges).toEqual([
      { into: { id: 'organization:星研院', name: '星研院', type: 'Organization' }, absorbed: [], mergedIds: ['organization:青岚星河研究院'] },
    ]);
    // Once recorded, nothing more to do.
    const again = linkAcrossArticles(
      [article('a', [['青岚星河研究院', 'Organization']])],
      [stored('星研院', 'Organization', ['青岚星河研究院'], ['organization:青岚星河研究院'])],
    );
    expect(again.merges).toEqual([]);
  });

  it('should never join entities of different types', () => {
    const links = linkAcrossArticles([article('a', [['星研院', 'Person']])], [stored('青岚星河研究院', 'Organization', ['星研院'])]);
    expect(links.known.get('星研院')).toEqual([{ id: 'person:星研院', name: '星研院', type: 'Person' }]);
    expect(links.merges).toEqual([]);
  });

  it('should report an alias two different entities claim and join neither through it', () => {
    const links = linkAcrossArticles(
      [
        article('a', [
          ['云栖湖科学院', 'Organization', '云科院'],
          ['云科院', 'Organization'],
        ]),
      ],
      [stored('云栖湖科技学院', 'Organization', ['云科院'])],
    );
    expect(links.merges).toEqual([]);
    expect(links.known.get('云栖湖科学院')![0]!.id).toBe('organization:云栖湖科学院');
    expect(links.warnings).toEqual([
      'resolve/known: 云科院 is an alias of organization:云栖湖科学院 and organization:云栖湖科技学院; they are not merged (check the alias table or the articles)',
    ]);
  });

  describe('two stored entities that each stand on many articles', () => {
    const many = (name: string, articles: number): StoredEntity => ({ ...stored(name, 'Person'), articles });

    it('should not merge them on one article’s parenthesis, and say how to merge them if they are one', () => {
      // An article writing 岳明川（司徒瀚） declares one person under both names.
      const links = linkAcrossArticles(
        [article('a', [['岳明川', 'Person', '司徒瀚']])],
        [many('岳明川', ESTABLISHED_ARTICLES + 180), many('司徒瀚', ESTABLISHED_ARTICLES)],
      );
      expect(links.merges).toEqual([]);
      // The article's entity is the one of its own name.
      expect(links.known.get('岳明川')).toEqual([{ id: 'person:岳明川', name: '岳明川', type: 'Person' }]);
      expect(links.warnings).toEqual([
        `resolve/known: a batch article links person:司徒瀚 (${ESTABLISHED_ARTICLES} articles) and person:岳明川 (${ESTABLISHED_ARTICLES + 180}) through 司徒瀚;` +
          ' not merged, as each stands on many articles of its own — if they are one thing, run: kg curate merge person:司徒瀚 person:岳明川',
      ]);
    });

    it('should keep each article with the entity of its own name, whichever way the parenthesis goes', () => {
      const storedPair = [many('岳明川', 400), many('司徒瀚', 300)];
      const reverse = linkAcrossArticles([article('a', [['司徒瀚', 'Person', '岳明川']])], storedPair);
      expect(reverse.merges).toEqual([]);
      expect(reverse.known.get('司徒瀚')![0]!.id).toBe('person:司徒瀚');
      // Once the declaration is stored as an alias, a later article naming only the other stays with it, unreported.
      const later = linkAcrossArticles([article('b', [['司徒瀚', 'Person']])], [{ ...many('岳明川', 401), aliases: ['司徒瀚'] }, many('司徒瀚', 300)]);
      expect(later.merges).toEqual([]);
      expect(later.known.get('司徒瀚')![0]!.id).toBe('person:司徒瀚');
      expect(later.warnings).toEqual([]);
    });

    it('should still merge when one of them is not yet established, into the established one', () => {
      const links = linkAcrossArticles([article('a', [['岳明川', 'Person', '司徒瀚']])], [many('岳明川', 500), many('司徒瀚', ESTABLISHED_ARTICLES - 1)]);
      expect(links.merges).toEqual([
        { into: { id: 'person:岳明川', name: '岳明川', type: 'Person' }, absorbed: ['person:司徒瀚'], mergedIds: ['person:司徒瀚'] },
      ]);
      expect(links.known.get('岳明川')![0]!.id).toBe('person:岳明川');
      expect(links.warnings).toEqual([]);
    });

    it('should finish a merge made before, into the one it was recorded on', () => {
      const links = linkAcrossArticles([article('a', [['司徒瀚', 'Person']])], [{ ...many('岳明川', 500), mergedIds: ['person:司徒瀚'] }, many('司徒瀚', 300)]);
      // The store recorded 司徒瀚 as merged into 岳明川 but still holds it (a merge cut short): it goes on.
      expect(links.merges.map((m) => [m.into.id, m.absorbed])).toEqual([['person:岳明川', ['person:司徒瀚']]]);
      expect(links.warnings).toEqual([]);
    });
  });

  it('should give a new short form the established full name’s node, which is never absorbed', () => {
    const established = { ...stored('青岚星河研究院', 'Organization'), articles: ESTABLISHED_ARTICLES };
    const links = linkAcrossArticles([article('a', [['星研院', 'Organization', '青岚星河研究院']])], [established]);
    expect(links.known.get('星研院')).toEqual([{ id: 'organization:青岚星河研究院', name: '青岚星河研究院', type: 'Organization' }]);
    expect(links.merges).toEqual([
      { into: { id: 'organization:青岚星河研究院', name: '青岚星河研究院', type: 'Organization' }, absorbed: [], mergedIds: ['organization:星研院'] },
    ]);
  });

  it('should look the batch up by every name, alias and id', () => {
    expect(lookupKeys([article('a', [['星研院', 'Organization', '青岚星河研究院']])])).toEqual({
      forms: ['星研院', '青岚星河研究院'],
      ids: ['organization:星研院'],
    });
  });
});
