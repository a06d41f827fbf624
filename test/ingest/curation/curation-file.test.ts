// The curation YAML (kg curate export/import): what export writes, import reads back, and a bad
// file is refused whole with the line named. Pure: no Neo4j.
import { describe, expect, it } from 'vitest';
import { exportYaml, parseCurationFile } from '../../../ingest/curation/curation-file.ts';
import { CurationError } from '../../../ingest/curation/errors.ts';
import type { CurationRecord } from '../../../ingest/curation/plan.ts';

const RECORDS: CurationRecord[] = [
  {
    id: 'cur-1',
    seq: 1,
    operation: 'merge',
    args: {
      into: { id: 'organization:甲', name: '甲', type: 'Organization', aliases: [] },
      absorbed: [{ id: 'organization:乙', name: '乙', type: 'Organization', aliases: [] }],
    },
    who: 'analyst-1',
    when: '2024-05-05T01:00:00.000Z',
    why: '同一机构',
    undone: false,
  },
  { id: 'cur-2', seq: 2, operation: 'hide', args: { entity: 'person:丙' }, who: 'analyst-1', when: '2024-05-05T02:00:00.000Z', why: '', undone: true },
  {
    id: 'cur-3',
    seq: 3,
    operation: 'undo',
    args: { curation: 'cur-2', operation: 'hide', args: { entity: 'person:丙' } },
    who: 'analyst-2',
    when: '2024-05-05T03:00:00.000Z',
    why: '',
    undone: false,
  },
];

const fails = (text: string): CurationError => {
  try {
    parseCurationFile(text, 'curation.yml');
  } catch (err) {
    expect(err).toBeInstanceOf(CurationError);
    return err as CurationError;
  }
  throw new Error('expected the file to be refused');
};

describe('curation YAML', () => {
  it('should read back what export writes, as requests', () => {
    const items = parseCurationFile(exportYaml(RECORDS), 'curation.yml');
    expect(items.map((i) => [i.id, i.operation])).toEqual([
      ['cur-1', 'merge'],
      ['cur-2', 'hide'],
      ['cur-3', 'undo'],
    ]);
    expect(items[0]).toMatchObject({ entities: ['organization:甲', 'organization:乙'], who: 'analyst-1', why: '同一机构' });
    expect(items[2]).toMatchObject({ curation: 'cur-2' });
  });

  it('should name the line of an unknown operation', () => {
    const text =
      'curations:\n  - id: cur-1\n    operation: hide\n    entity: person:丙\n    who: a\n    when: 2024-05-05T01:00:00Z\n  - id: cur-2\n    operation: explode\n    entity: person:丙\n    who: a\n    when: 2024-05-05T01:00:00Z\n';
    expect(fails(text).message).toMatch(
      /^curation: curation.yml line 7: unknown operation "explode"; one of merge, split, rename, retype, hide, unhide, undo$/,
    );
  });

  it('should name the line and field of a malformed record, a duplicate id, and broken YAML', () => {
    const missing = 'curations:\n  - id: cur-1\n    operation: rename\n    entity: person:丙\n    who: a\n    when: 2024-05-05T01:00:00Z\n';
    expect(fails(missing).message).toMatch(/line 2: rename: name: /);
    const extra = 'curations:\n  - id: cur-1\n    operation: hide\n    entity: person:丙\n    who: a\n    when: 2024-05-05T01:00:00Z\n    colour: red\n';
    expect(fails(extra).message).toMatch(/line 2: hide: .*colour/);
    const twice =
      'curations:\n  - {id: cur-1, operation: hide, entity: "person:丙", who: a, when: "2024-05-05T01:00:00Z"}\n  - {id: cur-1, operation: unhide, entity: "person:丙", who: a, when: "2024-05-05T01:00:00Z"}\n';
    expect(fails(twice).message).toMatch(/line 3: id cur-1 appears twice/);
    expect(fails('curations:\n  - id: [unclosed\n').message).toMatch(/line \d+: not YAML/);
    expect(fails('jobs: []\n').message).toMatch(/line 1: expected a list under "curations:"/);
  });
});
