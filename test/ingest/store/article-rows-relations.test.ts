// The writer's rows for typed relations (issue 16): the store turns a relation's type into a Neo4j
// relationship type and compares stated dates as strings, so a relation outside the contract is
// refused with a message, never written.
import { describe, expect, it } from 'vitest';
import { articleRows, ArticleRowsError } from '../../../ingest/store/article-rows.ts';
import type { RelationType } from '../../../ingest/model.ts';
import { fixtureArticle, type FixtureSpec } from './relation-fixtures.ts';

const spec: FixtureSpec = {
  id: 'test:rows',
  publishedAt: '2024-04-27T08:00:00+08:00',
  sentences: ['林远舟抵达北京访问。', '周启明表示欢迎。'],
  entities: [
    { name: '林远舟', type: 'Person' },
    { name: '北京', type: 'Place' },
    { name: '周启明', type: 'Person' },
  ],
  relations: [{ type: 'VISITS', source: '林远舟', target: '北京', sentence: 0, date: '2024-04-26' }],
};

describe('typed relation rows', () => {
  it('should give one statement row per relation with its type, ends, date and sentences, roles apart', () => {
    const rows = articleRows(
      fixtureArticle({ ...spec, relations: [...spec.relations, { type: 'HOLDS_ROLE', source: '周启明', target: null, sentence: 1, title: '市长' }] }),
    );
    expect(rows.relations).toEqual([
      {
        articleId: 'test:rows',
        relationId: 'visits:person:林远舟|place:北京|2024-04-26',
        type: 'VISITS',
        sourceId: 'person:林远舟',
        targetId: 'place:北京',
        date: '2024-04-26',
        sentences: [0],
        start: 0,
        end: 10,
        // The fixture's extraction carries no confidence: stored as unknown.
        confidence: null,
      },
    ]);
    expect(rows.roles.map((r) => r.personId)).toEqual(['person:周启明']);
  });

  it('should refuse a type outside the taxonomy, since it would become a relationship type', () => {
    const article = fixtureArticle(spec);
    article.relations![0]!.type = 'LIKES) DETACH DELETE (x' as RelationType;
    expect(() => articleRows(article)).toThrow(ArticleRowsError);
    expect(() => articleRows(article)).toThrow(/unknown type/);
  });

  it('should refuse a typed relation with no target and a date in another shape', () => {
    const noTarget = fixtureArticle(spec);
    noTarget.relations![0]!.target = null;
    expect(() => articleRows(noTarget)).toThrow(/no target/);
    const badDate = fixtureArticle(spec);
    badDate.relations![0]!.date = '2024年4月26日';
    expect(() => articleRows(badDate)).toThrow(/YYYY-MM-DD/);
  });

  it('should leave out a relation whose end the article does not mention', () => {
    const article = fixtureArticle(spec);
    article.entities = article.entities.filter((e) => e.name !== '北京');
    article.coMentions = [];
    expect(articleRows(article).relations).toEqual([]);
  });
});
