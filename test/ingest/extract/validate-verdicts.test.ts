// Validation remembers its verdicts (validate.ts): a form already judged under one reading must
// still be judged afresh under another type, origin, canonical name or mode, in either order.
import { describe, expect, it } from 'vitest';
import { bundledDictionaries } from '../../../ingest/extract/dictionaries.ts';
import { candidate, type Candidate } from '../../../ingest/extract/span.ts';
import { isValidCandidate } from '../../../ingest/extract/validate.ts';

const TEXT = '比亚迪与中美两国';
const lenient = { strictStatistical: false };
const strict = { strictStatistical: true };

function verdicts(cs: Array<[Candidate, { strictStatistical: boolean }]>): boolean[] {
  return cs.map(([c, opts]) => isValidCandidate(c, bundledDictionaries(), opts));
}

describe('validation verdicts', () => {
  it('judge a listed company read as a person apart from the same form read as an organization', () => {
    const asPerson = candidate(0, 3, 'Person', TEXT, 'statistical');
    const asOrg = candidate(0, 3, 'Organization', TEXT, 'statistical');
    expect(
      verdicts([
        [asPerson, lenient],
        [asOrg, lenient],
        [asPerson, lenient],
      ]),
    ).toEqual([false, true, false]);
  });

  it('keep a single character a rule names (中 → 中国) and drop it where no rule says whose', () => {
    const named = candidate(4, 5, 'Place', TEXT, 'rule', { canonical: '中国' });
    const bare = candidate(4, 5, 'Place', TEXT, 'rule');
    expect(
      verdicts([
        [named, lenient],
        [bare, lenient],
        [named, lenient],
      ]),
    ).toEqual([true, false, true]);
  });

  it('trust the tagger’s single character only outside the jieba fallback', () => {
    const one = candidate(4, 5, 'Place', TEXT, 'statistical');
    expect(
      verdicts([
        [one, lenient],
        [one, strict],
        [one, lenient],
      ]),
    ).toEqual([true, false, true]);
  });
});
