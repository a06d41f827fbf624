// Latin-script names inside Chinese text (Stanford HAI, Wedbush Securities). Names in brackets
// right after a Chinese name (马斯克(Elon Musk)) are English names of that entity, not new ones;
// the parentheses rule handles those. A-share names under special treatment (ST某某, *ST某某) are
// companies too: the exchange's prefix before the share's two-character name.
import { candidate, type Candidate } from '../span.ts';

const ORG_WORDS = new Set(
  'Securities Bank Capital Group Inc Corp Corporation Company Co Ltd LLC Holdings Partners Fund Foundation Institute University College Labs Lab Research Association Agency Council Committee Ministry Times Post News Journal Motors Technologies Technology Systems Airlines Media Network Press Reuters Bloomberg'.split(
    ' ',
  ),
);
const LATIN_NAME = /[A-Z][A-Za-z&'.-]*(?: [A-Z][A-Za-z&'.-]*){1,5}/g;
/** ST or *ST and the two Han characters of a share's short name (four characters in all, as listed). */
const SPECIAL_TREATMENT = /\*?ST\p{Script=Han}{2}/gu;

export function latinNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(LATIN_NAME)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/[A-Za-z0-9]/.test(text[start - 1] ?? '') || /[A-Za-z0-9]/.test(text[end] ?? '')) continue;
    if (text[start - 1] === '(' || text[start - 1] === '\uff08') continue;
    const words = m[0].split(' ');
    const isOrg = words.some((w) => ORG_WORDS.has(w.replace(/\.$/, '')) || /^[A-Z]{2,6}$/.test(w));
    if (isOrg) out.push(candidate(start, end, 'Organization', text, 'rule'));
  }
  for (const m of text.matchAll(SPECIAL_TREATMENT)) {
    const start = m.index;
    if (/[A-Za-z0-9]/.test(text[start - 1] ?? '')) continue;
    // Whole as written: the tagger's share name inside it (某某 of *ST某某) does not shorten it.
    out.push(candidate(start, start + m[0].length, 'Organization', text, 'rule', { canonical: m[0] }));
  }
  return out;
}
