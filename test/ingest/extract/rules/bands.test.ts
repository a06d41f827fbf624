// Issue 15, recall by class: bands and groups (organizations), named in quotes before 乐团 or by a
// plain word before 乐队; kinds of orchestra are not names. Invented names and sentences.
import { describe, expect, it } from 'vitest';
import { extractSpans } from '../../../../ingest/extract/pipeline.ts';

const orgs = (text: string): string[] =>
  extractSpans(text)
    .filter((s) => s.type === 'Organization')
    .map((s) => s.text);

describe('bands', () => {
  it('should read the quoted name before 乐团 or 组合 as an organization', () => {
    expect(orgs('由「灯塔」乐团创作的歌曲获奖。')).toContain('灯塔');
    expect(orgs('“青柠”组合发布新专辑。')).toContain('青柠');
  });

  it('should read a plain word before 乐队 or 乐团 as a band', () => {
    expect(orgs('铁轨乐队主唱上台,海风乐团压轴。')).toEqual(expect.arrayContaining(['铁轨乐队', '海风乐团']));
  });

  it('should not read a kind of orchestra or band as a name', () => {
    expect(orgs('交响乐团和摇滚乐队同台演出。')).toEqual([]);
  });
});
