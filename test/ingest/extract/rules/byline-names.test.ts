// Issue 15: the people of a byline inside the text (记者 某某 通讯员 某某 某某) are persons, also where the
// tagger reads the last one through the bracket into the next sentence (rules/byline-names.ts).
// Invented bylines.
import { describe, expect, it } from 'vitest';
import { extractSpans } from '../../../../ingest/extract/pipeline.ts';

const persons = (text: string): string[] =>
  extractSpans(text)
    .filter((s) => s.type === 'Person')
    .map((s) => s.text);

describe('names in a byline', () => {
  it('should read every name after 记者 and 通讯员, in either script', () => {
    expect(persons('警方已立案调查。(记者 林晓东 通讯员 周启明 沈一帆)')).toEqual(['林晓东', '周启明', '沈一帆']);
    expect(persons('警方已立案調查。(記者 林曉東 通訊員 周啟明)')).toEqual(['林曉東', '周啟明']);
  });

  it('should keep the reporter a person where an organization follows the bracket', () => {
    const spans = extractSpans('晨光社青州5月9日电 (记者 钟雨桐)青州市图书馆今起延长开放时间。');
    expect(spans.find((s) => s.text === '钟雨桐')?.type).toBe('Person');
    expect(spans.some((s) => s.text.includes('钟雨桐') && s.type !== 'Person')).toBe(false);
  });

  it('should read no name after a credit word that a sentence follows', () => {
    expect(persons('记者 昨日从市政府获悉,新政策将实施。')).toEqual([]);
  });
});
