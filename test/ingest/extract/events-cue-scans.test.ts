// The cue scans of the events and relations passes against the regexes they replace: the same cues
// at the same offsets on the seed and on random mixes of every cue with the words around them.
import { describe, expect, it } from 'vitest';
import { EVENT_ONLY_CUE, eventOnlyCues } from '../../../ingest/extract/events/cue-events.ts';
import { RELATION_CUE, TRIGGER_BY_CUE, relationCues } from '../../../ingest/extract/relations/verbs.ts';
import { seedText } from '../../setup/shared-data.ts';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

const FILLER = ['在', '的', '，', '。', '双方', '边境', '停止', '会', '发表', '调', '上', '访', '视频', '电话', '列入', '判', '负', '2比0'];

/** Texts that run cues into each other (视频通话 and 通话, 停止在边境的军事行动, 发表主旨演讲). */
function mixes(): string[] {
  const cues = [...TRIGGER_BY_CUE.keys(), ...'停火 停止军事行动 停止敌对行动 发表演讲 发表主旨演讲 立案调查 调查 上市 上任 宣布 发布 发射'.split(' ')];
  const next = random(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return Array.from({ length: 300 }, () => Array.from({ length: 12 }, () => (next() < 0.5 ? pick(cues) : pick(FILLER))).join(''));
}

const byRegex = (re: RegExp, text: string): [string, number][] => {
  re.lastIndex = 0;
  const out: [string, number][] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m[0], m.index]);
  return out;
};

describe('the cue scans', () => {
  const texts = [seedText(), ...mixes()];

  it('should find the relation cues RELATION_CUE finds', () => {
    for (const text of texts) expect(relationCues(text).map((h) => [h.trigger.cue, h.at])).toEqual(byRegex(RELATION_CUE, text));
  });

  it('should find the event-only cues EVENT_ONLY_CUE finds', () => {
    // The scan names a 停止…军事行动 match by its cue; its offset is the regex's.
    for (const text of texts) expect(eventOnlyCues(text).map(([, at]) => at)).toEqual(byRegex(EVENT_ONLY_CUE, text).map(([, at]) => at));
    expect(eventOnlyCues('双方同意停止在边境的军事行动')).toEqual([['停止军事行动', 4]]);
  });
});
