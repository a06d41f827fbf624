// A tagger's organization that holds more than the organization: a party or body and what the
// sentence says next (某党立委, 某党某市 of 某党某市议员, 某党某某军, a verb glued at the end: 某党团预计明).
// jieba's words say where the name stops: a whole organization word (tag nt) followed only by a
// title, a place or a person is that word; a name that ends in verbs, adverbs or time words after
// a body's last word (党团, 委员会) ends at that word. Offsets index the normalized text.
import { TITLES } from '../roles/titles.ts';
import { candidate, type Candidate } from '../span.ts';
import type { Token, TokenIndex } from '../tokens.ts';
import { BODY_END, SURNAMES } from './name-shapes.ts';

/** Tags of the words that may follow an organization's word without being part of its name. */
const PLACE_OR_PERSON_TAGS = new Set(['ns', 'nr', 'nrfg', 'nrt']);
/** Tags of words no organization's name ends with: verbs, adverbs, time, adjectives, function words. */
const CLAUSE_TAGS = new Set(['v', 'vn', 'vd', 'd', 't', 'tg', 'a', 'ad', 'p', 'c', 'u', 'r', 'm', 'q', 'f']);

/** Where in a place a body stands, written before its name (市中心某某医院, 附近某某学校). */
const LOCATIVES = new Set(['中心', '市中心', '附近', '旁边', '对面', '门口', '郊区', '市区', '境内', '一带']);

/** Function characters written before a name that jieba leaves as one-character words (连, 与, 对 …). */
const LEADING_FUNCTION_CHARS = new Set([...'连与和同跟对向被让把给从在据由经及']);

function isTitleWord(word: string): boolean {
  return TITLES.has(word) || (word.length > 2 && /^[副前原]/u.test(word) && TITLES.has(word.slice(1)));
}

/** 总召 or 总召某 (jieba glues an unknown name to the title before it). */
function startsWithTitle(word: string): boolean {
  for (let n = word.length; n >= 2; n--) if (isTitleWord(word.slice(0, n))) return true;
  return false;
}

/** What may follow an organization's word in the span without being part of its name. */
function notPartOfName(tok: Token): boolean {
  if (isTitleWord(tok.word)) return true;
  // jieba tags some bodies as names (宣传部/nr): a word ending like a body is part of the name.
  if (PLACE_OR_PERSON_TAGS.has(tok.tag)) return !BODY_END.test(tok.word);
  // A surname alone, or a name jieba does not know (tag x) that starts with one.
  return SURNAMES.has(tok.word[0]!) && (tok.word.length === 1 || (tok.tag === 'x' && tok.word.length <= 3));
}

/** The jieba words of the span, the first starting at its start; undefined when it starts inside a word. */
function wordsOf(c: Candidate, words: TokenIndex): Token[] | undefined {
  let k = words.startIndex(c.start);
  if (k < 0) return undefined;
  const out: Token[] = [];
  for (; k < words.tokens.length && words.tokens[k]!.start < c.end; k++) out.push(words.tokens[k]!);
  return out;
}

/** Tags of a word jieba reads as an organization's name or its short form (立法会/j). */
const ORGANIZATION_WORD_TAGS = new Set(['nt', 'j']);

/** Tags of a verb or a set phrase (率团参加/l) a name does not start inside. */
const VERB_TAGS = new Set(['v', 'l', 'i', 'vd']);

/** The verb or set phrase of jieba's that holds `offset` inside it and ends at most two characters after it. */
function verbAcross(offset: number, words: TokenIndex): Token | undefined {
  for (let s = offset - 1; s >= Math.max(0, offset - 6); s--) {
    const t = words.byStart(s);
    if (t !== undefined) return t.end > offset && t.end - offset <= 2 && VERB_TAGS.has(t.tag) ? t : undefined;
  }
  return undefined;
}

/**
 * The organization a tagger's span names, cut at jieba's words (see the file's banner); the span
 * itself when nothing is to be cut.
 */
export function organizationOnWords(c: Candidate, text: string, words: TokenIndex): Candidate {
  if (c.type !== 'Organization' || c.end - c.start < 4) return c;
  // 率团参|加某某协会: the span starts on the last character of a verb jieba reads whole (参加, 增加):
  // the name starts after the verb.
  const verb = words.isBoundary(c.start) ? undefined : verbAcross(c.start, words);
  if (verb !== undefined && c.end - verb.end >= 3 && words.isBoundary(verb.end))
    return organizationOnWords(candidate(verb.end, c.end, c.type, text, c.origin), text, words);
  const toks = wordsOf(c, words);
  if (toks === undefined || toks.length < 2) return c;
  // 中心某某医院 of 某城中心某某医院: where in the city, not part of the name.
  // 连某集团总裁 (even …), 与某公司: a function character jieba leaves as a word of its own before the name.
  if ((LOCATIVES.has(toks[0]!.word) || LEADING_FUNCTION_CHARS.has(toks[0]!.word)) && c.end - toks[0]!.end >= 2)
    return organizationOnWords(candidate(toks[0]!.end, c.end, c.type, text, c.origin), text, words);
  // 希望|立法会: a verb before one word of an organization's (nt, or j as 立法会 is) is the clause's.
  if (
    toks.length === 2 &&
    toks[0]!.tag === 'v' &&
    toks[0]!.word.length >= 2 &&
    ORGANIZATION_WORD_TAGS.has(toks[1]!.tag) &&
    toks[1]!.end === c.end &&
    c.end - toks[1]!.start >= 2
  )
    return candidate(toks[1]!.start, c.end, c.type, text, c.origin);
  const head = toks[0]!;
  // 某党立委, 某党某市, 某党某某: the organization's word and who or where the sentence names next.
  if (head.tag === 'nt' && head.end - head.start >= 2 && head.end < c.end && toks.slice(1).every(notPartOfName)) {
    return candidate(c.start, head.end, c.type, text, c.origin);
  }
  // 某党团总|召(某): the span ends one character into a word that starts with a title, which is no
  // part of the name (某市人大|代表 ends two characters in: 人大 is the body's).
  const last = toks[toks.length - 1]!;
  if (last.end > c.end && c.end - last.start === 1 && last.start - c.start >= 2 && startsWithTitle(last.word))
    return candidate(c.start, last.start, c.type, text, c.origin);
  // 某党团总|召 where jieba reads 团总 as a word: the span's last character, no body's last (某党|主席
  // keeps its 党), starts a title with what follows it, and the body's name ends before it.
  const cut = c.end - 1;
  if (cut - c.start >= 2 && !BODY_END.test(c.text) && BODY_END.test(text.slice(c.start, cut)) && [2, 3].some((n) => isTitleWord(text.slice(cut, cut + n))))
    return candidate(c.start, cut, c.type, text, c.origin);
  // 某党团预计明: a body's name, then a clause's words.
  if (last.end !== c.end) return c;
  let e = toks.length;
  while (e > 1 && CLAUSE_TAGS.has(toks[e - 1]!.tag)) e--;
  if (e === toks.length || !BODY_END.test(toks[e - 1]!.word)) return c;
  return candidate(c.start, toks[e - 1]!.end, c.type, text, c.origin);
}
