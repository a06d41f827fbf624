// Authors the text itself credits (中新网乌鲁木齐5月5日电 (宋建泽 韩栋)): the parser knows them as
// people, and where the text writes such a name on its own it is a mention of that person, even
// when the tagger missed it. Pure: offsets are those of the normalized text.
import { normalizeName } from '../parse/normalize.ts';
import { isHan } from './rules/name-shapes.ts';
import { candidate, type Candidate } from './span.ts';

export function authorMentions(text: string, authors: readonly string[], accepted: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const author of authors) {
    const name = normalizeName(author);
    if (name.length < 2) continue;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const end = i + name.length;
      // A name written inside a longer run of Han characters is another word (王欣然).
      if (isHan(text[i - 1]) || isHan(text[end])) continue;
      if (accepted.some((c) => c.start < end && c.end > i)) continue;
      out.push(candidate(i, end, 'Person', text, 'document'));
    }
  }
  return out;
}
