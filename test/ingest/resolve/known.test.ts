// Resolution across articles (ingest/resolve/known.ts): which stored and batch entities become one,
// which id they keep, and the aliases two entities claim, reported and not used to join them.
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, EntityType } from '../../../ingest/model.ts';
import { linkAcrossArticles, lookupKeys, type StoredEntity } from '../../../ingest/resolve/known.ts';

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

  it('should look the batch up by every name, alias and id', () => {
    expect(lookupKeys([article('a', [['星研院', 'Organization', '青岚星河研究院']])])).toEqual({
      forms: ['星研院', '青岚星河研究院'],
      ids: ['organization:星研院'],
    });
  });
});
