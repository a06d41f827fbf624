// Issue 15, cut or glued names by class: a transliterated name the tagger ends a syllable early, a
// country glued before a Latin-script outlet, a broadcaster's news brand (某视新闻). Invented names.
import { describe, expect, it } from 'vitest';
import { extractArticle, extractSpans } from '../../../../ingest/extract/pipeline.ts';
import { parseDocument } from '../../../../ingest/parse/index.ts';

const found = (text: string): string[] => extractSpans(text).map((s) => `${s.text}/${s.type}`);

describe('cut and glued names', () => {
  it('should keep the last syllable of a transliterated name that jieba leaves alone (…娅, …妮)', () => {
    expect(found('外交官卡罗利娅出席晚宴。')).toContain('卡罗利娅/Person');
  });

  it('should split a country from a Latin-script outlet glued after it', () => {
    expect(found('据英国CNBC报道,会谈取得进展。')).toEqual(expect.arrayContaining(['英国/Place', 'CNBC/Organization']));
  });

  it('should read a listed broadcaster and 新闻 as its news brand, also before 报道', () => {
    expect(found('据央视新闻报道,会议开幕。')).toContain('央视新闻/Organization');
  });

  it('should make the news brand a form of its broadcaster, one entity', () => {
    const [x] = parseDocument('标题\n据央视新闻报道,会议开幕。央视记者在现场。', { name: 'a.txt' }).map((a) => extractArticle(a));
    const outlets = x!.entities.filter((e) => e.type === 'Organization');
    expect(outlets).toHaveLength(1);
    expect([outlets[0]!.name, ...outlets[0]!.aliases]).toEqual(expect.arrayContaining(['央视新闻']));
  });
});
