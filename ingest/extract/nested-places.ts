// Places nested in organization and facility names (上海超级工厂, 中国共产党, 莫斯科某某机场): the
// flat spans the eval scores keep only the outer name, but the graph also wants the place, so that 特斯拉 and 上海
// are co-mentioned where the text says 特斯拉上海超级工厂. Used by extractArticle only.
import type { Dictionaries } from './dictionaries.ts';
import { looksLikeTransliteration } from './rules/name-shapes.ts';
import { FACILITY_SUFFIXES } from './rules/organization-rules.ts';
import { candidate, type Candidate } from './span.ts';

/** Last code units of the facility suffixes: a place ending in none of them (nearly all) is no facility. */
const FACILITY_LAST = new Set(FACILITY_SUFFIXES.map((s) => s.charCodeAt(s.length - 1)));

export function nestedPlaces(text: string, accepted: readonly Candidate[], dicts: Dictionaries): Candidate[] {
  const out: Candidate[] = [];
  for (const c of accepted) {
    // A facility (莫斯科某某机场) holds the city it is in: a visit to it is a visit there.
    const facility =
      c.type === 'Place' && FACILITY_LAST.has(c.text.charCodeAt(c.text.length - 1)) && FACILITY_SUFFIXES.some((suffix) => c.text.endsWith(suffix));
    if (c.type !== 'Organization' && !(c.type === 'Place' && c.canonical !== undefined) && !facility) continue;
    // Longest place that starts the name and leaves something after it.
    let best: [number, string | undefined] | undefined;
    const found = dicts.lexicon.findAt(text, c.start, c.end - c.start - 1);
    for (let k = 0; k < found; k++) {
      const end = dicts.lexicon.foundEnds[k]!;
      const entry = dicts.lexicon.foundValues[k]!;
      if (entry.type === 'Place' && end - c.start >= 2) best = [end, entry.canonical];
    }
    // 南安|普敦: a transliterated name whole starts with a place's characters by chance (a club
    // named after its town), not with the place.
    if (best && looksLikeTransliteration(c.text)) continue;
    if (best) out.push(candidate(c.start, best[0], 'Place', text, 'document', best[1] === undefined ? undefined : { canonical: best[1] }));
  }
  return out;
}
