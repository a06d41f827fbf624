// Hotels named by their chain after the city (某城文华东方, 某城君悦): a place a reader would put on
// a map (the real-news guidelines' venues), though the name holds no 酒店 for the facility rule
// (organization-rules.ts) to find and the tagger reads the chain as a region (华东) or nothing.
import type { Dictionaries } from '../dictionaries.ts';
import { candidate, type Candidate } from '../span.ts';
import type { TokenIndex } from '../tokens.ts';
import { isHan } from './name-shapes.ts';

/**
 * Hotel chains whose name is no common word or place of its own (not 四季, 半岛, 香格里拉), in
 * simplified characters.
 */
const CHAINS = ['文华东方', '君悦', '喜来登', '希尔顿', '万豪', '丽思卡尔顿', '洲际', '凯悦', '威斯汀', '瑞吉', '柏悦', '朗廷', '丽晶', '艾美', '万丽'];
/** What after a chain makes it the company or a kind, not one hotel (某某集团, 某某品牌). */
const NOT_ONE_HOTEL = /^(?:集团|酒店集团|国际|品牌|旗下|系列)/u;
/** jieba tags of a word that would continue the hotel's name. */
const NAME_TAGS = new Set(['n', 'nz', 'ns', 'nr', 'nrt', 'nrfg', 'nt', 'x', 'j', 'eng']);
/** The facility word a hotel's name may end with. */
const HOTEL_WORD = /^(?:大酒店|酒店|饭店)/u;

/** Hotels in `text` (normalized), a known place's name right before a chain's, as places. */
export function hotels(text: string, words: TokenIndex, dicts: Dictionaries): Candidate[] {
  const out: Candidate[] = [];
  for (const chain of CHAINS) {
    for (let at = text.indexOf(chain); at >= 0; at = text.indexOf(chain, at + chain.length)) {
      let end = at + chain.length;
      if (!words.isBoundary(at) || NOT_ONE_HOTEL.test(text.slice(end, end + 4))) continue;
      const place = words.byEnd(at);
      if (place === undefined || dicts.lexicon.get(place.word)?.type !== 'Place') continue;
      end += HOTEL_WORD.exec(text.slice(end, end + 3))?.[0].length ?? 0;
      // 某城喜来登|某某饭店: a longer name goes on, which the chain only starts.
      const next = words.byStart(end);
      if (!words.isBoundary(end) || (next !== undefined && isHan(next.word[0]) && NAME_TAGS.has(next.tag))) continue;
      out.push(candidate(place.start, end, 'Place', text, 'rule', { canonical: text.slice(place.start, end) }));
    }
  }
  return out;
}
