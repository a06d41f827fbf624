import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../web/shared/api-types.ts';
import { nameKey, rankHits, tier } from '../../../web/server/search-rank.ts';

const hit = (name: string, mentionCount: number, more: Partial<SearchHit> = {}): SearchHit => ({
  id: `person:${name}`,
  name,
  type: 'Person',
  aliases: [],
  nameEn: null,
  mentionCount,
  via: 'name',
  ...more,
});

describe('search ranking', () => {
  it('should compare English names whatever their case, hyphens and spaces', () => {
    expect(nameKey('Ko Wen-je')).toBe(nameKey('KO  WEN JE'));
    expect(nameKey('elon-musk')).toBe(nameKey('Elon Musk'));
  });

  it('should put the name before an alias before a partial match', () => {
    expect(tier(hit('马斯克', 1), '马斯克')).toBe(3);
    expect(tier(hit('马斯克', 1, { nameEn: 'Elon Musk' }), 'elon-musk')).toBe(2);
    expect(tier(hit('马斯克', 1, { aliases: ['埃隆•马斯克'] }), '埃隆')).toBe(1);
    expect(tier(hit('特斯拉', 1), '马斯克')).toBe(0);
  });

  it('should rank hits of one tier by mentions and keep each entity once', () => {
    const text = [hit('马斯喀特', 2), hit('马斯克', 60), hit('马克龙', 25)];
    const ranked = rankHits(text, [hit('马斯克', 60, { via: 'pinyin' })], '马', 10);
    expect(ranked.map((h) => h.name)).toEqual(['马斯克', '马克龙', '马斯喀特']);
  });

  it('should put pinyin hits after strong text hits and before weak ones', () => {
    const ranked = rankHits([hit('韩国', 90), hit('马斯克', 60, { nameEn: 'Elon Musk' })], [hit('马斯喀特', 2, { via: 'pinyin' })], 'musk', 10);
    expect(ranked.map((h) => h.name)).toEqual(['马斯克', '马斯喀特', '韩国']);
  });
});
