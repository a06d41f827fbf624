// Pinyin glosses some pages print after characters (湖南日報(bào), 彭衛(wèi)兵): read as text they
// cut names in two (彭衛 and 兵) and glue syllables to them. A gloss is a lowercase syllable in
// brackets right after a Han character; it goes where it carries a tone mark, or where the page
// glosses at least GLOSSED_PAGE characters (glossed pages that print no tones: 全(quan)國).
// Latin names in brackets (余承东(Richard Yu)) are capitalized, and stay.

/** Vowels with a tone mark (ā á ǎ à … ǖ ǘ ǚ ǜ). */
const TONED =
  '\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc';
const GLOSS = new RegExp(`(?<=\\p{Script=Han})[(（]([a-zü${TONED}]{1,6})[)）]`, 'gu');
const TONE_MARK = new RegExp(`[${TONED}]`, 'u');
/** Glosses without tones that make a page a glossed one. */
const GLOSSED_PAGE = 3;

/** `text` without its pinyin glosses (see the banner); the same string when it has none. */
export function stripPinyinGlosses(text: string): string {
  if (!text.includes('(') && !text.includes('（')) return text;
  const glosses = [...text.matchAll(GLOSS)];
  const toneless = glosses.length >= GLOSSED_PAGE;
  let out = '';
  let copied = 0;
  for (const g of glosses) {
    if (!toneless && !TONE_MARK.test(g[1]!)) continue;
    out += text.slice(copied, g.index);
    copied = g.index + g[0].length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
