// Bylines inside the text: (记者 某某某), (記者 某某 通訊員 某某 某某), 本报记者 某某 摄. The names stand
// after a credit word and a space, one or more, separated by spaces, up to the bracket or the line's
// end. The tagger reads them through the bracket into the next sentence's organization (某某)香港…),
// so each name is a rule's person. Offsets index the normalized text.
import { candidate, type Candidate } from '../span.ts';
import { looksLikeChineseName } from './name-shapes.ts';

/** Credit words a byline names its people after (simplified: the text is normalized). */
const CREDIT = /(?:本报|本台|本刊|特约|实习)?(?:记者|通讯员|摄影|实习生)[ \u3000]+/gu;
/** One name of the byline and the space or end after it. */
const NAME = /^(\p{Script=Han}{2,4})(?=[ \u3000)）\n]|$)/u;
/** What may stand between two names: a space, and another credit word with its space. */
const BETWEEN = /^[ \u3000]+(?:(?:本报|本台|特约|实习)?(?:记者|通讯员|摄影|实习生)[ \u3000]+)?/u;

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
  return out;
}
