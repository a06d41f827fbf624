// The outlet a dateline credits at the start of a line (某某财经6月20日消息, 某某网北京5月5日电, 据某某社某地电):
// news opens with it, and an outlet with no suffix the lists know is named nowhere else. The name
// must end as outlets' names do (author-mentions.ts) or be a listed organization; a place between
// it and the date is the dateline's city, left to the other rules. Offsets index the normalized text.
import { OUTLET_END } from '../author-mentions.ts';
import type { Dictionaries } from '../dictionaries.ts';
import { candidate, type Candidate } from '../span.ts';

/**
 * Tried only where a line starts (sticky): a search from every offset cost as much as a rule over all
 * the text. 讯 ends a dateline whatever follows it (某某网北京12月20日讯 and the story, unspaced):
 * 电 and 消息 start words too (电视, 消息人士).
 */
const DATELINE = /(?:^|\n)[ \t\u3000]*据?([\p{Script=Han}A-Za-z]{2,12}?)(\d{1,2}月\d{1,2}日)(?:(?:电|消息)(?=[\s(（:：,，【]|$)|讯)/uy;
/** An outlet's name is short: a longer run before the date is a sentence (某某捐给某地某某报). */
const LONGEST_OUTLET = 8;
/** What a dateline opens with when it credits the writer's own outlet (本报讯, 本台消息), or a sentence's subject. */
const OWN_OUTLET = /^(?:本|我|他|她|你)/u;
const LONGEST_PLACE = 4;

/** The credited outlet before the dateline's city and date, as an organization. */
export function datelineOutlets(text: string, dicts: Dictionaries): Candidate[] {
  const out: Candidate[] = [];
  // A dateline lies within its line, so each line start (0 and every newline) is one try.
  for (let at = 0; at >= 0; at = text.indexOf('\n', at + 1)) {
    DATELINE.lastIndex = at;
    const m = DATELINE.exec(text);
    if (m === null) continue;
    let name = m[1]!;
    // 某某网北京: the city before the date is no part of the outlet's name.
    for (let cut = Math.max(2, name.length - LONGEST_PLACE); cut <= name.length - 2; cut++) {
      if (dicts.lexicon.get(name.slice(cut))?.type === 'Place') {
        name = name.slice(0, cut);
        break;
      }
    }
    if (OWN_OUTLET.test(name) || name.length > LONGEST_OUTLET) continue;
    const listed = dicts.lexicon.get(name);
    if (listed !== undefined ? listed.type !== 'Organization' : !OUTLET_END.test(name)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    out.push(candidate(start, start + name.length, 'Organization', text, 'rule', { canonical: name }));
  }
  return out;
}
