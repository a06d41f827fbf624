// Dictionary layer: every lexicon entry found in the text, with the checks that make bare
// membership safe: a gazetteer person must align with nodejieba's word boundaries (林肯 inside
// 布林肯 does not), Latin entries must not sit inside a longer Latin word, and ambiguous names
// (苹果) need one of their cue words somewhere in the article.
import type { Dictionaries } from './dictionaries.ts';
import { candidate, type Candidate } from './span.ts';
import type { TokenIndex } from './tokens.ts';
import { PROPER_NOUN_TAGS, isOrdinaryWord } from './validate.ts';

const WANG = '网'.charCodeAt(0);
/** Outlets by what their names end with (报, 消息, 新闻, 时报, 社) or their broadcasters' (台, 视). */
const OUTLET_END = /(报|消息|新闻|社|台|视|周刊)$/u;
/** Broadcasters, whose news brands are their name and 新闻 (某视新闻, 某台新闻). */
const BROADCASTER_END = /(视|台)$/u;
/** What follows a news brand's name in a credit (某视新闻报道, 某视新闻消息). */
const NEWS_AFTER = /^(?:报道|报导|消息|客户端|频道|记者)/u;

/** An ASCII letter or digit (by code unit; NaN, off the text's ends, is none). */
function isLatin(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * One of `cues` occurs in `text`, remembered per cue list in `seen` (a module function rather than
 * a closure: under tsx a named closure costs a __name call per text).
 */
function hasCue(text: string, cues: readonly string[], seen: Map<readonly string[], boolean>): boolean {
  let found = seen.get(cues);
  if (found === undefined) {
    found = cues.some((c) => text.includes(c));
    seen.set(cues, found);
  }
  return found;
}

export function lexiconSpans(text: string, dicts: Dictionaries, words: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  // Keyed by the entry's cue list itself: one list per entry, looked up at every match.
  const cueSeen = new Map<readonly string[], boolean>();
  const lexicon = dicts.lexicon;
  // Only the offsets where a word may start are walked (Trie.nextStart skips the others).
  for (let i = lexicon.nextStart(text, 0); i < text.length; i = lexicon.nextStart(text, i + 1)) {
    // Nothing in the loop asks the lexicon trie for matches again: its found arrays stay valid.
    const found = lexicon.findAt(text, i);
    for (let k = 0; k < found; k++) {
      const end = lexicon.foundEnds[k]!;
      const entry = lexicon.foundValues[k]!;
      if (isLatin(text.charCodeAt(i)) && isLatin(text.charCodeAt(i - 1))) continue;
      if (isLatin(text.charCodeAt(end - 1)) && isLatin(text.charCodeAt(end))) continue;
      // THUOCL lists hold common words too (麦田, 扬中): they count only as whole words.
      if ((entry.source === 'people' || entry.source === 'places') && !(words.isBoundary(i) && words.isBoundary(end))) continue;
      if (entry.source === 'people' && isOrdinaryWord(text.slice(i, end))) continue;
      // 高明 is a district and an adjective: a listed place must read as a proper noun too.
      if (entry.source === 'places' && isOrdinaryWord(text.slice(i, end), PROPER_NOUN_TAGS)) continue;
      if (entry.cues && !hasCue(text, entry.cues, cueSeen)) continue;
      let extra: Partial<Candidate> | undefined;
      if (entry.canonical !== undefined) (extra ??= {}).canonical = entry.canonical;
      if (entry.nameEn !== undefined) (extra ??= {}).nameEn = entry.nameEn;
      out.push(candidate(i, end, entry.type, text, entry.source === 'alias' ? 'alias' : 'lexicon', extra));
      // 某某报 + 网: a listed outlet's website is an outlet too (alignment with jieba's words decides).
      if (entry.source === 'organizations' && text.charCodeAt(end) === WANG && OUTLET_END.test(text.slice(i, end))) {
        out.push(candidate(i, end + 1, entry.type, text, 'lexicon', extra));
      }
      // 某视 + 新闻: a listed broadcaster's news brand is an outlet too (央视新闻), also where jieba
      // reads 新闻报道 as one word (a rule's span need not align with its words).
      if (entry.source === 'organizations' && text.startsWith('新闻', end) && BROADCASTER_END.test(text.slice(i, end))) {
        // The brand is a form of the broadcaster (the real-news guidelines: 央视新闻 is 央视).
        const canonical = entry.canonical ?? text.slice(i, end);
        const origin = NEWS_AFTER.test(text.slice(end + 2, end + 5)) ? 'rule' : 'lexicon';
        out.push(candidate(i, end + 2, entry.type, text, origin, { ...extra, canonical }));
      }
    }
  }
  return out;
}
