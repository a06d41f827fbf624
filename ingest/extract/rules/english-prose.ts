// English prose inside a Chinese article: the translation lines of a bilingual transcript
// (外交部例行记者会 pages give every answer twice). Its capitalized phrases are titles and
// sentence starts ("Foreign Ministry Spokesperson …", "Regular Press Conference"), not names in
// Chinese text, and the entities it mentions are the ones the Chinese lines name. A Latin name
// inside a Chinese sentence (Stanford HAI, 美国银行(Bank of America)) is a short run, not prose.
import type { Candidate } from '../span.ts';
import { isHanCode } from './name-shapes.ts';

/** A run of text with no Han character, of at least this many words, is prose. */
const LONG_RUN_WORDS = 7;
/** A shorter run is prose when it has this many words and at least two in lower case (of, will, the). */
const SHORT_RUN_WORDS = 5;
/** Han characters a text needs before its English runs are read as translation. */
const MIN_HAN = 20;

const WORD = /[A-Za-z][A-Za-z'’.-]*/g;
/** What every WORD starts with. */
const LATIN_LETTER = /[A-Za-z]/;

/** [start, end) of each English prose run of `text`, in order; none in a text with little Chinese. */
export function englishProse(text: string): number[] {
  // Prose is words of Latin letters: most Chinese news has none, and one search tells.
  if (!LATIN_LETTER.test(text)) return [];
  const out: number[] = [];
  let han = 0;
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const isHan = i < text.length && isHanCode(text.charCodeAt(i));
    if (isHan) han++;
    if (i < text.length && !isHan) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart >= 20 && isProse(text.slice(runStart, i))) out.push(runStart, i);
    runStart = -1;
  }
  return han >= MIN_HAN ? out : [];
}

function isProse(run: string): boolean {
  let words = 0;
  let lower = 0;
  for (const m of run.matchAll(WORD)) {
    words++;
    const c = m[0].charCodeAt(0);
    if (c >= 0x61 && c <= 0x7a) lower++;
  }
  return words >= LONG_RUN_WORDS || (words >= SHORT_RUN_WORDS && lower >= 2);
}

/** The candidates not wholly inside one of `prose`'s runs (englishProse's pairs). */
export function outsideProse<C extends Pick<Candidate, 'start' | 'end'>>(cs: C[], prose: readonly number[]): C[] {
  if (prose.length === 0) return cs;
  return cs.filter((c) => {
    for (let k = 0; k < prose.length; k += 2) if (c.start >= prose[k]! && c.end <= prose[k + 1]!) return false;
    return true;
  });
}
