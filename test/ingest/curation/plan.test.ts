// The curation plan (pure): records folded into rules, and one article rewritten by them — ids of
// merged entities followed, mentions of a split alias moved, curated names and types kept, the
// co-mentions and typed relations following the new ids. No Neo4j.
import { describe, expect, it } from 'vitest';
import { curateExtraction, planFrom, type CurationRecord } from '../../../ingest/curation/plan.ts';
import type { ArticleExtraction } from '../../../ingest/model.ts';

const TEXT = '甲公司与乙公司签约。丙先生代表甲公司出席。';
const X: ArticleExtraction = {
  id: 'a1',
  title: '签约',
  text: TEXT,
  sentences: [
    { index: 0, start: 0, end: 10, text: '甲公司与乙公司签约。' },
    { index: 1, start: 10, end: 21, text: '丙先生代表甲公司出席。' },
  ],
  entities: [
    {
      id: 'organization:甲公司',
      name: '甲公司',
      type: 'Organization',
      aliases: [],
      mentions: [
        { start: 0, end: 3, sentence: 0 },
        { start: 15, end: 18, sentence: 1 },
      ],
    },
    { id: 'organization:乙公司', name: '乙公司', type: 'Organization', aliases: [], mentions: [{ start: 4, end: 7, sentence: 0 }] },
    { id: 'person:丙', name: '丙', type: 'Person', aliases: ['丙先生'], mentions: [{ start: 10, end: 13, sentence: 1 }] },
  ],
  events: [],
  coMentions: [
    { source: 'organization:乙公司', target: 'organization:甲公司', weight: 1, sentences: [0] },
    { source: 'organization:甲公司', target: 'person:丙', weight: 1, sentences: [1] },
  ],
  relations: [
    {
      id: 'signs:organization:甲公司|organization:乙公司|-',
      type: 'SIGNS',
      source: 'organization:甲公司',
      target: 'organization:乙公司',
      sentence: 0,
      start: 0,
      end: 9,
      sentences: [0],
    },
  ],
};

let seq = 0;
const rec = (operation: CurationRecord['operation'], args: unknown, undone = false): CurationRecord => ({
  id: `c${++seq}`,
  seq,
  operation,
  args: args as CurationRecord['args'],
  who: 'a',
  when: '2024-05-05T00:00:00Z',
  why: '',
  undone,
});
const ref = (id: string, name: string) => ({ id, name, type: 'Organization' as const, aliases: [] });

describe('curateExtraction', () => {
  it('should leave an article no rule touches as it is', () => {
    expect(curateExtraction(X, planFrom([rec('rename', { entity: 'person:丁', name: '丁一', previous: '丁' })]))).toBe(X);
  });

  it('should merge by id: one entity, no self co-mention, the relation between them gone', () => {
    const y = curateExtraction(X, planFrom([rec('merge', { into: ref('organization:甲公司', '甲公司'), absorbed: [ref('organization:乙公司', '乙公司')] })]));
    expect(y.entities.map((e) => [e.id, e.aliases, e.mentions.length])).toEqual([
      ['organization:甲公司', ['乙公司'], 3],
      ['person:丙', ['丙先生'], 1],
    ]);
    expect(y.coMentions.map((c) => [c.source, c.target, c.weight])).toEqual([['organization:甲公司', 'person:丙', 1]]);
    expect(y.relations).toEqual([]);
  });

  it('should move the mentions written as a split alias, and give them back after the undo of a merge', () => {
    const target = { id: 'person:丙先生', name: '丙先生', type: 'Person' as const };
    const y = curateExtraction(X, planFrom([rec('split', { entity: 'person:丙', aliases: ['丙先生'], target, created: true })]));
    expect(y.entities.map((e) => e.id)).toEqual(['organization:甲公司', 'organization:乙公司', 'person:丙先生']);
    const merge = rec('merge', { into: ref('organization:甲公司', '甲公司'), absorbed: [ref('organization:乙公司', '乙公司')] }, true);
    const undo = rec('undo', { curation: merge.id, operation: 'merge', args: merge.args });
    const z = curateExtraction(X, planFrom([merge, undo]));
    expect(z.entities.map((e) => [e.id, e.mentions.length])).toEqual([
      ['organization:甲公司', 2],
      ['organization:乙公司', 1],
      ['person:丙', 1],
    ]);
  });

  it('should keep the curated name, the former one as an alias, and the curated type, following the latest rename', () => {
    const y = curateExtraction(
      X,
      planFrom([
        rec('rename', { entity: 'person:丙', name: '丙某', previous: '丙' }),
        rec('rename', { entity: 'person:丙', name: '丙某人', previous: '丙某' }),
        rec('retype', { entity: 'person:丙', type: 'Organization', previous: 'Person' }),
      ]),
    );
    expect(y.entities.find((e) => e.id === 'person:丙')).toMatchObject({ name: '丙某人', type: 'Organization', aliases: ['丙', '丙先生', '丙某'] });
  });

  it('should move with a split alias the roles, relations and event parts its mentions are the evidence of, and leave the others', () => {
    const text = '丙先生代表甲公司出席。丙会见乙公司代表。';
    const role = { type: 'HOLDS_ROLE' as const, normalizedTitle: '代表', title: '代表', date: '2024-05-05' };
    const y0: ArticleExtraction = {
      id: 'a2',
      title: '出席',
      text,
      sentences: [
        { index: 0, start: 0, end: 11, text: '丙先生代表甲公司出席。' },
        { index: 1, start: 11, end: 21, text: '丙会见乙公司代表。' },
      ],
      entities: [
        { id: 'organization:甲公司', name: '甲公司', type: 'Organization', aliases: [], mentions: [{ start: 5, end: 8, sentence: 0 }] },
        { id: 'organization:乙公司', name: '乙公司', type: 'Organization', aliases: [], mentions: [{ start: 14, end: 17, sentence: 1 }] },
        {
          id: 'person:丙',
          name: '丙',
          type: 'Person',
          aliases: ['丙先生'],
          confidence: 0.9,
          mentions: [
            { start: 0, end: 3, sentence: 0 },
            { start: 11, end: 12, sentence: 1 },
          ],
        },
      ],
      events: [
        { id: 'ev1', name: '出席', kind: 'attend', participants: ['person:丙', 'organization:甲公司'], mentions: [{ start: 8, end: 10, sentence: 0 }] },
        { id: 'ev2', name: '会见', kind: 'meeting', participants: ['person:丙', 'organization:乙公司'], mentions: [{ start: 12, end: 14, sentence: 1 }] },
      ],
      coMentions: [],
      relations: [
        { ...role, id: 'r1', source: 'person:丙', target: 'organization:甲公司', sentence: 0, start: 0, end: 8, sentences: [0] },
        { id: 'r2', type: 'MEETS', source: 'person:丙', target: 'organization:乙公司', sentence: 1, start: 11, end: 17, sentences: [1] },
      ],
    };
    const target = { id: 'person:丙先生', name: '丙先生', type: 'Person' as const };
    const y = curateExtraction(y0, planFrom([rec('split', { entity: 'person:丙', aliases: ['丙先生'], target, created: true })]));
    expect(y.entities.map((e) => [e.id, e.mentions.map((m) => m.start), e.confidence])).toEqual([
      ['organization:甲公司', [5], undefined],
      ['organization:乙公司', [14], undefined],
      ['person:丙先生', [0], 0.9],
      ['person:丙', [11], 0.9],
    ]);
    expect(y.relations!.map((r) => [r.id, r.source, r.target])).toEqual([
      ['holds_role:person:丙先生|代表|organization:甲公司', 'person:丙先生', 'organization:甲公司'],
      ['meets:person:丙|organization:乙公司|-', 'person:丙', 'organization:乙公司'],
    ]);
    expect(y.events.map((e) => e.participants)).toEqual([
      ['person:丙先生', 'organization:甲公司'],
      ['person:丙', 'organization:乙公司'],
    ]);
  });
});
