// Bylines inside the text: (记者 某某某), (記者 某某 通訊員 某某 某某), 本报记者 某某 摄. The names stand
// after a credit word and a space, one or more, separated by spaces, up to the bracket or the line's
// end; or before a photo credit closing the bracket ((某某 某某 摄影报道), (某某摄)). The tagger reads them through the bracket into the next sentence's organization (某某)香港…),
// so each name is a rule's person. Offsets index the normalized text.
import { candidate, type Candidate } from '../span.ts';
import { looksLikeChineseName } from './name-shapes.ts';

/** Credit words a byline names its people after (simplified: the text is normalized). */
const CREDIT = /(?:本报|本台|本刊|特约|实习)?(?:记者|通讯员|摄影|实习生)[ \u3000]+/gu;
/** One name of the byline and the space or end after it. */
const NAME = /^(\p{Script=Han}{2,4})(?=[ \u3000)）\n]|$)/u;
/** What may stand between two names: a space, and another credit word with its space. */
const BETWEEN = /^[ \u3000]+(?:(?:本报|本台|特约|实习)?(?:记者|通讯员|摄影|实习生)[ \u3000]+)?/u;

/** A bracket's names, separated by spaces, and the photo credit that closes it. */
const NAMES_THEN_CREDIT = /^((?:\p{Script=Han}{2,4}[ \u3000]+)*?\p{Script=Han}{2,4})[ \u3000]*(?:摄影报道|摄影报导|摄影|摄|报道|报导)$/u;
/** How far back a bracket's opening is looked for. */
const MAX_BRACKET = 40;

/** The people named before a photo credit in brackets ((某某 某某 摄影报道)). */
function creditedInBrackets(text: string, out: Candidate[]): void {
  for (const close of [')', '）']) {
    for (let c = text.indexOf(close); c >= 0; c = text.indexOf(close, c + 1)) {
      // Only brackets that end in a credit word are read further.
      const last = text[c - 1];
      if (last !== '摄' && last !== '道' && last !== '导' && last !== '影') continue;
      const from = Math.max(0, c - MAX_BRACKET);
      const open = Math.max(text.lastIndexOf('(', c), text.lastIndexOf('（', c));
      if (open < from) continue;
      const m = NAMES_THEN_CREDIT.exec(text.slice(open + 1, c));
      if (m === null) continue;
      const names = m[1]!.split(/[ \u3000]+/u);
      if (!names.every(looksLikeChineseName)) continue;
      let at = open + 1;
      for (const name of names) {
        at = text.indexOf(name, at);
        out.push(candidate(at, at + name.length, 'Person', text, 'rule'));
        at += name.length;
      }
    }
  }
}

/** The people of each byline in `text` (see the file's banner). */
export function bylineNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(CREDIT)) {
    let at = m.index + m[0].length;
    for (;;) {
      const name = NAME.exec(text.slice(at, at + 5));
      if (name === null || !looksLikeChineseName(name[1]!)) break;
      out.push(candidate(at, at + name[1]!.length, 'Person', text, 'rule'));
      at += name[1]!.length;
      const gap = BETWEEN.exec(text.slice(at, at + 12));
      if (gap === null) break;
      at += gap[0].length;
    }
  }
  creditedInBrackets(text, out);
  return out;
}
