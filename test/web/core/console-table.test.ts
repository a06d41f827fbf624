import { describe, expect, it } from 'vitest';
import { cellKind, columnKinds, nodeChip, numberText, pageOf } from '../../../web/src/core/console/index.ts';

const musk = { id: '4:1', labels: ['Entity', 'Person'], properties: { id: 'person:马斯克', name: '马斯克', type: 'Person' } };
const article = { id: '4:2', labels: ['Article'], properties: { id: 'https://example.com/a', title: '中美AI的破冰时刻' } };

describe('console result table', () => {
  it('should tell nodes, relationships, numbers, dates, text, lists and maps apart', () => {
    expect(cellKind(musk)).toBe('node');
    expect(cellKind({ type: 'CO_MENTIONED', properties: { weight: 2 } })).toBe('relationship');
    expect(cellKind(3)).toBe('number');
    expect(cellKind('2024-05-05')).toBe('date');
    expect(cellKind('2024-05-05T17:38:55.000+08:00')).toBe('date');
    expect(cellKind('马斯克')).toBe('string');
    expect(cellKind(['a'])).toBe('list');
    expect(cellKind({ a: 1 })).toBe('map');
    expect(cellKind(null)).toBe('null');
  });

  it('should give each column the kind its values share, ignoring nulls', () => {
    const kinds = columnKinds({
      columns: ['e', 'n', 'd', 'x'],
      rows: [
        { e: musk, n: 1, d: '2024-05-05', x: 1 },
        { e: null, n: 2.5, d: '2024-05', x: 'a' },
      ],
    });
    expect(kinds).toEqual({ e: 'node', n: 'number', d: 'date', x: 'mixed' });
  });

  it('should make an entity a chip that selects it, and another node a chip that does not', () => {
    expect(nodeChip(musk)).toEqual({ label: '马斯克', type: 'Person', entityId: 'person:马斯克' });
    expect(nodeChip(article)).toMatchObject({ label: '中美AI的破冰时刻', type: 'Article', entityId: null });
  });

  it('should page 50,000 rows a hundred at a time and clamp pages out of range', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => ({ i }));
    expect(pageOf(rows, 0)).toMatchObject({ page: 0, pages: 500, first: 0 });
    expect(pageOf(rows, 0).rows).toHaveLength(100);
    expect(pageOf(rows, 499).rows.at(-1)).toEqual({ i: 49_999 });
    expect(pageOf(rows, 1000).page).toBe(499);
    expect(pageOf([], 3)).toMatchObject({ rows: [], page: 0, pages: 1 });
  });
});

describe('numberText', () => {
  it('should show a float to six significant digits and an integer whole', () => {
    expect(numberText(0.9188970000000001)).toBe('0.918897');
    expect(numberText(0.996)).toBe('0.996');
    expect(numberText(12345678)).toBe('12345678');
    expect(numberText(1)).toBe('1');
  });
});
