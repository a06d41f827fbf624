// Issue 15: the English lines of a bilingual transcript restate the Chinese ones; their capitalized
// phrases are no organizations (rules/english-prose.ts). Invented text.
import { describe, expect, it } from 'vitest';
import { extractSpans } from '../../../../ingest/extract/pipeline.ts';
import { englishProse } from '../../../../ingest/extract/rules/english-prose.ts';

const BILINGUAL =
  '青州市外事办公室主任陈晓出席新闻发布会Director Chen Xiao of the Qingzhou Foreign Affairs Office Attends a Press Briefing on March 5\n' +
  '外交部长将于下周出席日内瓦会议。\nThe Foreign Minister will attend the meeting in Geneva next week.\n' +
  '美国银行(Bank of America)和Wedbush Securities分析师表示,前景乐观。';

describe('English prose in a Chinese article', () => {
  it('should find no entity in the English translation lines', () => {
    const names = extractSpans(BILINGUAL).map((s) => s.text);
    expect(names).toContain('青州市外事办公室');
    expect(names).toContain('陈晓');
    for (const n of names) expect(n).not.toMatch(/Office|Briefing|will attend|Minister/u);
  });

  it('should keep Latin names inside Chinese sentences', () => {
    const names = extractSpans(BILINGUAL).map((s) => s.text);
    expect(names).toContain('Wedbush Securities');
    expect(names).toContain('美国银行');
  });

  it('should read no prose in a text that is not mostly Chinese, nor in short Latin runs', () => {
    expect(englishProse('The Foreign Minister will attend the meeting in Geneva next week.')).toEqual([]);
    expect(englishProse('据Stanford HAI和University of California, Berkeley的研究人员说,这项技术发展很快,各国都在投入。')).toEqual([]);
  });
});
