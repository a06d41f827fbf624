// Issue 15: a team right after the competition it plays in is the team alone (rules/teams.ts).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractSpans } from '../../../../ingest/extract/pipeline.ts';

const orgs = (text: string): string[] =>
  extractSpans(text)
    .filter((s) => s.type === 'Organization')
    .map((s) => s.text);

describe('teams after a competition', () => {
  it('should leave the competition glued before a team out of its name', () => {
    expect(orgs('世预赛中国队客场负于日本队。')).toEqual(['中国队', '日本队']);
    expect(orgs('亚洲杯卡塔尔队夺冠。')).toEqual(['卡塔尔队']);
  });

  it('should read nothing but the team where a clause comes between (比赛中战胜某队, 决赛的四支球队)', () => {
    expect(orgs('比赛中战胜中国队。')).toEqual(['中国队']);
    expect(orgs('进入决赛的四支球队已经确定。')).toEqual([]);
  });
});

describe('teams in sports stories', () => {
  const spans = (text: string): string[] => extractSpans(text).map((s) => `${s.text}/${s.type}`);

  it('should read a name before a squad title and a person as the team, not a person', () => {
    const text = '佐野维加客场告捷,佐野维加主教练高桥健一称球员发挥出色。';
    expect(spans(text)).toContain('佐野维加/Organization');
    expect(spans(text)).not.toContain('佐野维加/Person');
  });

  it("should read no country in a league's short name (中超, 英超)", () => {
    expect(spans('本赛季中超联赛收官,青州队夺得第三。').filter((s) => s.endsWith('/Place'))).toEqual([]);
  });
});
