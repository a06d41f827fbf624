// The naive baseline every number here is compared with: nodejieba's POS tags mapped to types
// (nr → Person, ns → Place, nt → Organization), each tagged word one entity.
import nodejieba from 'nodejieba';
import type { EntityType } from '../../model.ts';
import type { ScoredSpan } from './score.ts';

const POS_TYPES: Record<string, EntityType> = { nr: 'Person', ns: 'Place', nt: 'Organization' };

export function jiebaBaselineSpans(text: string): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  let pos = 0;
  for (const { word, tag } of nodejieba.tag(text)) {
    const type = POS_TYPES[tag];
    if (type) out.push({ start: pos, end: pos + word.length, type });
    pos += word.length;
  }
  return out;
}
