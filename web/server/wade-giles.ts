// Pure: how a pinyin syllable is spelled in Wade–Giles, the romanization of most English writing
// on Taiwan and of older texts (Tsai Ing-wen 蔡英文, Chiang Ching-kuo 蒋经国, Ko Wen-je 柯文哲), so
// the search box finds a name typed that way even when no alias holds the spelling. The spellings
// come from the system's rules (initials, then finals, then the syllables it writes whole), not
// from a list of names; apostrophes, umlauts and tone marks are dropped the way users type them,
// which makes aspirated and plain initials one spelling (ts'ai and tsai both read as cai or zai).
// A few spellings common in Taiwanese names sit beside them (Ing for ying, Lee for li, je for zhe).
// Not covered: Cantonese and other dialect spellings (Kai-shek, Sun Yat-sen) and Gwoyeu Romatzyh
// (Ma Ying-jeou).

/** Initials as Wade–Giles writes them, aspiration marks dropped (p and p' both p). */
const INITIALS: Record<string, string> = {
  b: 'p',
  p: 'p',
  m: 'm',
  f: 'f',
  d: 't',
  t: 't',
  n: 'n',
  l: 'l',
  g: 'k',
  k: 'k',
  h: 'h',
  j: 'ch',
  q: 'ch',
  x: 'hs',
  zh: 'ch',
  ch: 'ch',
  sh: 'sh',
  r: 'j',
  z: 'ts',
  c: 'ts',
  s: 's',
};

/** Syllables Wade–Giles writes whole: those without an initial, and the apical vowels after z, c, s. */
const WHOLE: Record<string, string[]> = {
  yi: ['i', 'yi'],
  ya: ['ya'],
  yan: ['yen'],
  yang: ['yang'],
  yao: ['yao'],
  ye: ['yeh'],
  yin: ['yin', 'in'],
  ying: ['ying', 'ing'],
  yo: ['yo'],
  you: ['yu', 'yiu'],
  yong: ['yung'],
  yu: ['yv', 'yu'],
  yue: ['yveh', 'yueh'],
  yuan: ['yvan', 'yuan'],
  yun: ['yvn', 'yun'],
  e: ['o', 'e'],
  er: ['erh', 'er'],
  zi: ['tzu', 'tsu'],
  ci: ['tzu', 'tsu'],
  si: ['ssu', 'szu', 'su'],
  li: ['li', 'lee'],
  song: ['sung', 'soong'],
};

const INITIAL_ORDER = ['zh', 'ch', 'sh', ...Object.keys(INITIALS).filter((i) => i.length === 1)];

/** The final as Wade–Giles writes it after `initial` (both spellings where the system varies). */
function finals(initial: string, final: string): string[] {
  const palatal = initial === 'j' || initial === 'q' || initial === 'x';
  // After j, q, x pinyin writes ü as u; after l, n it writes v (normalized from ü).
  const umlaut = palatal ? final.replace(/^u/, 'v') : final;
  if (final === 'i' && ['zh', 'ch', 'sh', 'r'].includes(initial)) return ['ih', 'i'];
  if (final === 'e') return ['g', 'k', 'h'].includes(initial) ? ['o', 'e'] : ['e'];
  if (final === 'uo') return ['g', 'k', 'h', 'sh'].includes(initial) ? ['uo', 'o'] : ['o', 'uo'];
  if (final === 'ui') return ['uei', 'ui'];
  if (final === 'iu') return ['iu', 'iou'];
  if (final === 'ong') return ['ung', 'ong'];
  if (final === 'iong') return ['iung'];
  if (final === 'ie') return ['ieh'];
  if (final === 'ian') return ['ien'];
  if (umlaut === 've' || umlaut === 'vue') return ['veh'];
  return [umlaut];
}

/**
 * The Wade–Giles spellings of one pinyin syllable (lower case, no tones, ü as v), letters only, ü
 * as v; the pinyin itself is not among them unless Wade–Giles writes it the same way.
 */
export function wadeGiles(syllable: string): string[] {
  const whole = WHOLE[syllable];
  if (whole) return whole;
  const initial = INITIAL_ORDER.find((i) => syllable.startsWith(i) && syllable.length > i.length);
  if (initial === undefined) return [syllable];
  const written = INITIALS[initial]!;
  const out = finals(initial, syllable.slice(initial.length)).map((f) => written + f);
  // Taiwanese spellings of zh- names follow Tongyong (jh), often written j: Wen-je 文哲.
  if (initial === 'zh') out.push(...out.map((s) => `j${s.slice(2)}`), ...out.map((s) => `jh${s.slice(2)}`));
  return out;
}

const forms = new Map<string, readonly string[]>();

/**
 * Every spelling a user may type for one syllable: the pinyin, its Wade–Giles spellings, and each
 * ü (v) also typed as u. Memoized: a name index asks for the same few hundred syllables again and again.
 */
export function syllableForms(syllable: string): readonly string[] {
  let known = forms.get(syllable);
  if (!known) {
    const all = [syllable, ...wadeGiles(syllable)];
    known = [...new Set([...all, ...all.filter((s) => s.includes('v')).map((s) => s.replace(/v/g, 'u'))])];
    forms.set(syllable, known);
  }
  return known;
}
