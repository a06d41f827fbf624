// Pure: does a Latin query match a Chinese name by its pinyin? The query may spell whole syllables
// (masike), their initials (msk) or any mix of syllable prefixes (mask = ma·s·k), with or without
// tones (mǎ sī kè, ma3 si1 ke4) and spaces. Syllables come from pinyin-index.ts (pinyin-pro); this
// module only matches, so it is cheap to test and to run.

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
  const query = normalizeLatin(rawQuery);
  const clean = syllables.map(normalizeLatin).filter((s) => s.length > 0);
  if (!query || clean.length === 0) return 0;
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
