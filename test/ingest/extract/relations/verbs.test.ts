// The trigger table is read by the relation finders and the events pass: one entry per cue, and the
// prefilter regex takes the longest cue where two start at one place.
import { describe, expect, it } from 'vitest';
import { RELATION_CUE, RELATION_TRIGGERS, TRIGGER_BY_CUE } from '../../../../ingest/extract/relations/verbs.ts';
import { RELATION_TYPES } from '../../../../ingest/model.ts';

const cues = (text: string): string[] => {
  RELATION_CUE.lastIndex = 0;
  const out: string[] = [];
  for (let m = RELATION_CUE.exec(text); m !== null; m = RELATION_CUE.exec(text)) out.push(m[0]);
  return out;
};

describe('the relation trigger table', () => {
  it('should list each cue once', () => {
    expect(TRIGGER_BY_CUE.size).toBe(RELATION_TRIGGERS.length);
  });

  it('should cover every typed relation but HOLDS_ROLE', () => {
    const types = new Set(RELATION_TRIGGERS.map((t) => t.type));
    expect([...types].sort()).toEqual(RELATION_TYPES.filter((t) => t !== 'HOLDS_ROLE').sort());
  });

  it('should find the longest cue where two start together', () => {
    expect(cues('两国领导人进行视频通话，随后将该公司列入实体清单')).toEqual(['视频通话', '列入实体清单']);
  });

  it('should find no cue in a sentence that states no relation', () => {
    expect(cues('今天北京天气晴朗，气温二十度。')).toEqual([]);
  });
});
