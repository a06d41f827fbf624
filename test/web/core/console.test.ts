import { describe, expect, it } from 'vitest';
import { cellText, HISTORY_LIMIT, parseParams, pushHistory, readHistory } from '../../../web/src/core/console/index.ts';

class MemoryStorage {
  private map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}

describe('console helpers', () => {
  it('should keep history newest first, without duplicates, capped', () => {
    const s = new MemoryStorage();
    pushHistory(s, 'A');
    pushHistory(s, 'B');
    expect(pushHistory(s, 'A')).toEqual(['A', 'B']);
    for (let i = 0; i < 60; i++) pushHistory(s, `Q${i}`);
    expect(readHistory(s)).toHaveLength(HISTORY_LIMIT);
  });

  it('should survive a corrupt history entry', () => {
    const s = new MemoryStorage();
    s.setItem('news-kg.cypher-history', '{not json');
    expect(readHistory(s)).toEqual([]);
  });

  it('should parse parameters as a JSON object and explain anything else', () => {
    expect(parseParams('')).toEqual({});
    expect(parseParams('{"name": "马斯克"}')).toEqual({ name: '马斯克' });
    expect(() => parseParams('[1]')).toThrow(/JSON object/);
    expect(() => parseParams('{name}')).toThrow(/not valid JSON/);
  });

  it('should show cells as plain text', () => {
    expect(cellText(null)).toBe('null');
    expect(cellText('<script>')).toBe('<script>');
    expect(cellText({ labels: ['Person'], properties: { name: '马斯克' } })).toBe('(:Person {"name":"马斯克"})');
  });

  it('should show properties in one order whatever order Neo4j sends them in: name, id, type, then by key', () => {
    const a = cellText({ labels: ['Person'], properties: { mentionCount: 3, aliases: [], id: 'person:x', name: 'x', type: 'Person' } });
    const b = cellText({ labels: ['Person'], properties: { type: 'Person', name: 'x', aliases: [], mentionCount: 3, id: 'person:x' } });
    expect(a).toBe(b);
    expect(a).toBe('(:Person {"name":"x","id":"person:x","type":"Person","aliases":[],"mentionCount":3})');
    expect(cellText({ type: 'CO_MENTIONED', properties: { weight: 2, articleCount: 1 } })).toBe('[:CO_MENTIONED {"articleCount":1,"weight":2}]');
  });
});
