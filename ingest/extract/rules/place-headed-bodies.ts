// Courts, prosecutors and police by their short forms after a place (南昌中院, 江西高院, 台中高分院,
// 台中地院, 澳门司警, 台北地检署): news names them so, and jieba cuts the place's last character
// into the head (台|中高|分院). The place must be one the dictionaries list, so a common word before
// the head (高院 alone, 该中院) names nothing. Offsets index the normalized text.
import { knowledgeFor } from '../../resolve/knowledge.ts';
import type { Dictionaries } from '../dictionaries.ts';
import { candidate, type Candidate } from '../span.ts';

/** Short heads of courts, prosecutors' offices and police bodies, longest first where one ends another. */
export const BODY_HEADS = ['高分院', '高院', '中院', '地院', '高检署', '地检署', '司警', '警局', '警署'];
const HEAD = new RegExp(BODY_HEADS.join('|'), 'gu');
/** A court's number between place and head (北京一中院, 上海二中院). */
const NUMBER = /[一二三四五]$/u;
const LONGEST_PLACE = 4;

/**
 * The longest place ending at `end` (two to four characters) that the dictionaries list or that
 * names one of China's divisions without its suffix (广州), its start or -1.
 */
function placeEndingAt(text: string, end: number, dicts: Dictionaries): number {
  const k = knowledgeFor(dicts);
  for (let s = Math.max(0, end - LONGEST_PLACE); s <= end - 2; s++) {
    const name = text.slice(s, end);
    if (dicts.lexicon.get(name)?.type === 'Place' || k.divisionStems.has(name)) return s;
  }
  return -1;
}

/** Bodies named by a listed place and a short head (台中高分院), as organizations. */
export function placeHeadedBodies(text: string, dicts: Dictionaries): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(HEAD)) {
    let placeEnd = m.index;
    if (m[0] === '中院' && NUMBER.test(text.slice(0, placeEnd))) placeEnd--;
    const start = placeEndingAt(text, placeEnd, dicts);
    if (start < 0) continue;
    const end = m.index + m[0].length;
    // A canonical form keeps the rule's say over the tagger's piece of it (中高分院, resolve.ts).
    out.push(candidate(start, end, 'Organization', text, 'rule', { canonical: text.slice(start, end) }));
  }
  return out;
}
