// Dictionary layer: every lexicon entry found in the text, with the checks that make bare
// membership safe: a gazetteer person must align with nodejieba's word boundaries (林肯 inside
// 布林肯 does not), Latin entries must not sit inside a longer Latin word, and ambiguous names
// (苹果) need one of their cue words somewhere in the article.
import type { Dictionaries } from './dictionaries.ts';
import { candidate, type Candidate } from './span.ts';
import type { TokenIndex } from './tokens.ts';
import { PROPER_NOUN_TAGS, isOrdinaryWord } from './validate.ts';

const LATIN = /[A-Za-z0-9]/;

export function lexiconSpans(text: string, dicts: Dictionaries, words: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  const cueSeen = new Map<string, boolean>();
  const hasCue = (cues: string[]): boolean => {
    const key = cues.join('|');
    let seen = cueSeen.get(key);
    if (seen === undefined) {
      seen = cues.some((c) => text.includes(c));
      cueSeen.set(key, seen);
    }
    return seen;
  };
  for (let i = 0; i < text.length; i++) {
    for (const [end, entry] of dicts.lexicon.matchesAt(text, i)) {
      const word = text.slice(i, end);
      if (LATIN.test(word[0]!) && LATIN.test(text[i - 1] ?? '')) continue;
      if (LATIN.test(word[word.length - 1]!) && LATIN.test(text[end] ?? '')) continue;
      // THUOCL lists hold common words too (麦田, 扬中): they count only as whole words.
      if ((entry.source === 'people' || entry.source === 'places') && !(words.isBoundary(i) && words.isBoundary(end))) continue;
      if (entry.source === 'people' && isOrdinaryWord(word)) continue;
      // 高明 is a district and an adjective: a listed place must read as a proper noun too.
      if (entry.source === 'places' && isOrdinaryWord(word, PROPER_NOUN_TAGS)) continue;
      if (entry.cues && !hasCue(entry.cues)) continue;
      const extra: Partial<Candidate> = {};
      if (entry.canonical !== undefined) extra.canonical = entry.canonical;
      if (entry.nameEn !== undefined) extra.nameEn = entry.nameEn;
      out.push(candidate(i, end, entry.type, text, entry.source === 'alias' ? 'alias' : 'lexicon', extra));
    }
  }
  return out;
}
