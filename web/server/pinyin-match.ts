// Pure: does a Latin query match a Chinese name by its pinyin? The query may spell whole syllables
// (masike), their initials (msk) or any mix of syllable prefixes (mask = ma·s·k). Syllables come
// from pinyin-index.ts (pinyin-pro); this module only matches, so it is cheap to test and to run.

/** Lower-case letters only; other characters (spaces, apostrophes, digits) are ignored. */
export function normalizeLatin(query: string): string {
  return query.toLowerCase().replace(/[^a-z]/g, '');
}

export function isLatinQuery(query: string): boolean {
  return /^[\sa-zA-Z']+$/.test(query) && normalizeLatin(query).length > 0;
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
