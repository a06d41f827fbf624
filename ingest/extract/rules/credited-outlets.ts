// An outlet named by its reporter's credit: a place, a word or two, and 报 or 网 right before 记者
// (某省法治报全媒体记者, 某国经济网记者). The tagger reads the place alone (a fragment of the outlet's
// name); the lists know national outlets, not every provincial paper. Offsets index the normalized text.
import type { Dictionaries } from '../dictionaries.ts';
import { candidate, type Candidate } from '../span.ts';
import type { TokenIndex } from '../tokens.ts';

/** Words between an outlet's name and 记者 (全媒体记者, 首席记者). */
const BEFORE_REPORTER = ['全媒体', '融媒体', '首席', '特约', '驻地', ''];
/** The longest outlet name read back from its end (某某省法治报: 6). */
const LONGEST = 8;
/** The shortest: a place of two characters, one more, and 报 or 网 (某地商报). */
const SHORTEST = 4;

/** The outlets credited before 记者 in `text`, as organizations. */
export function creditedOutlets(text: string, dicts: Dictionaries, words: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  for (let r = text.indexOf('记者'); r >= 0; r = text.indexOf('记者', r + 2)) {
    for (const between of BEFORE_REPORTER) {
      const e = r - between.length;
      if (e < SHORTEST || (between !== '' && !text.startsWith(between, e))) continue;
      const last = text[e - 1];
      if (last !== '报' && last !== '网') continue;
      // The earliest start on a word boundary where a listed place begins the name and one word
      // or more stands between it and 报 or 网.
      for (let s = Math.max(0, e - LONGEST); s <= e - SHORTEST; s++) {
        if (!words.isBoundary(s) || !/^\p{Script=Han}+$/u.test(text.slice(s, e))) continue;
        const place = [4, 3, 2].find((n) => s + n <= e - 2 && words.isBoundary(s + n) && dicts.lexicon.get(text.slice(s, s + n))?.type === 'Place');
        if (place === undefined) continue;
        out.push(candidate(s, e, 'Organization', text, 'rule'));
        break;
      }
      break;
    }
  }
  return out;
}
