// Pure: does a Latin query match a Chinese name by its pinyin? The query may spell whole syllables
// (masike), their initials (msk) or any mix of syllable prefixes (mask = ma·s·k), with or without
// tones (mǎ sī kè, ma3 si1 ke4) and spaces, or a name written word by word in Wade–Giles (Tsai
// Ing-wen, Chiang Ching-kuo; wade-giles.ts). Syllables come from pinyin-index.ts (pinyin-pro); this
// module only matches, so it is cheap to test and to run.
import { syllableForms } from './wade-giles.ts';

const COMBINING = /[\u0300-\u036f]/g;

/**
 * Lower-case letters only: tone marks and tone digits dropped, ü written v (as pinyin keyboards
 * do); other characters (spaces, apostrophes, hyphens) are ignored.
 */
export function normalizeLatin(query: string): string {
  return query
    .toLowerCase()
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(COMBINING, '')
    .replace(/[^a-z]/g, '');
}

/** Latin letters (tone marks allowed), tone digits, spaces, apostrophes and hyphens, and one letter at least. */
export function isLatinQuery(query: string): boolean {
  const bare = query.normalize('NFD').replace(COMBINING, '');
  return /^[\sa-zA-Z0-9'’-]+$/.test(bare) && normalizeLatin(query).length > 0;
}

/**
 * True when `query` is a concatenation of non-empty prefixes of consecutive syllables starting at
 * syllable `start` (the query need not reach the last syllable).
 */
export function matchesFrom(query: string, syllables: readonly string[], start: number): boolean {
  const memo = new Map<string, boolean>();
  const go = (qi: number, si: number): boolean => {
    if (qi === query.length) return true;
    if (si >= syllables.length) return false;
    const key = `${qi}:${si}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const syllable = syllables[si]!;
    let ok = false;
    for (let len = Math.min(syllable.length, query.length - qi); len >= 1 && !ok; len--) {
      if (query.startsWith(syllable.slice(0, len), qi)) ok = go(qi + len, si + 1);
    }
    memo.set(key, ok);
    return ok;
  };
  return go(0, start);
}

/**
 * A score for how well the query matches (higher is better), or 0 for no match: the whole pinyin
 * beats its initials, which beat a prefix, which beats a match that starts mid-name, which beats
 * a match with one extra trailing letter.
 */
export function pinyinScore(rawQuery: string, syllables: readonly string[]): number {
  return pinyinScorer(rawQuery)(syllables);
}

/** pinyinScore with the query read once, for scoring one query against many names. */
export function pinyinScorer(rawQuery: string): (syllables: readonly string[]) => number {
  const query = normalizeLatin(rawQuery);
  const romanized = romanizedScorer(queryWords(rawQuery));
  return (syllables) => {
    const clean = syllables.map(normalizeLatin).filter((s) => s.length > 0);
    if (!query || clean.length === 0) return 0;
    return Math.max(spelledScore(query, clean), romanized(clean));
  };
}

function spelledScore(query: string, clean: readonly string[]): number {
  const full = clean.join('');
  if (full === query) return 100;
  const initials = clean.map((s) => s[0]).join('');
  if (initials === query) return 90;
  if (full.startsWith(query)) return 80;
  if (matchesFrom(query, clean, 0)) return 70;
  for (let start = 1; start < clean.length; start++) if (matchesFrom(query, clean, start)) return 40;
  // One stray trailing letter is forgiven at the lowest rank (the example: mskr → 马斯克).
  if (query.length >= 4 && matchesFrom(query.slice(0, -1), clean, 0)) return 20;
  return 0;
}

/** The words of a query (split at spaces, hyphens and dots), each as normalizeLatin leaves it. */
export function queryWords(rawQuery: string): string[] {
  return rawQuery
    .split(/[\s\-‐‑–—_.·•]+/)
    .map(normalizeLatin)
    .filter((w) => w.length > 0);
}

type WordsMatch = 'whole' | 'part' | false;

/**
 * Whether the words spell consecutive syllables from `start`, each syllable in one of its forms
 * (pinyin or Wade–Giles, syllableForms) and each word one or more whole syllables: 'whole' when
 * they reach the last syllable, 'part' when syllables remain or the last word stops inside its
 * last syllable (the user is still typing; two letters at least when it is the only word, since
 * one letter would match half the graph), false otherwise.
 */
export function wordsMatchFrom(words: readonly string[], syllables: readonly string[], start: number): WordsMatch {
  const last = words.length - 1;
  const go = (wi: number, at: number, si: number): WordsMatch => {
    const word = words[wi]!;
    if (at === word.length) {
      if (wi === last) return si === syllables.length ? 'whole' : 'part';
      return go(wi + 1, 0, si);
    }
    if (si >= syllables.length) return false;
    let found: WordsMatch = false;
    for (const form of syllableForms(syllables[si]!)) {
      if (word.startsWith(form, at)) {
        const next = go(wi, at + form.length, si + 1);
        if (next === 'whole') return next;
        found ||= next;
      } else if (wi === last && (wi > 0 || word.length - at >= 2) && form.startsWith(word.slice(at))) found = 'part';
    }
    return found;
  };
  return go(0, 0, start);
}

/**
 * The score of a query read word by word in pinyin or Wade–Giles: the whole name 95, the start of
 * it 75 (between a pinyin prefix and a mix of syllable prefixes), from a later syllable 40, else 0.
 */
export function romanizedScore(rawQuery: string, clean: readonly string[]): number {
  return romanizedScorer(queryWords(rawQuery))(clean);
}

function romanizedScorer(words: readonly string[]): (clean: readonly string[]) => number {
  if (words.length === 0) return () => 0;
  return (clean) => {
    const fromStart = wordsMatchFrom(words, clean, 0);
    if (fromStart === 'whole') return 95;
    if (fromStart) return 75;
    for (let start = 1; start < clean.length; start++) if (wordsMatchFrom(words, clean, start)) return 40;
    return 0;
  };
}
