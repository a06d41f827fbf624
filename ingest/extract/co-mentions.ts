// Co-mentions: two entities in the same sentence of the same article. Weight is the number of
// sentences; the sentence indexes are the evidence the graph shows for each edge. Computed per
// article only, so a 相关 snippet never pairs with its host article.
import type { CoMention } from '../model.ts';
import { compareStrings, stableSort } from './stable-sort.ts';

export interface SentenceMention {
  entityId: string;
  sentence: number;
}

export function coMentions(mentions: readonly SentenceMention[]): CoMention[] {
  // Each sentence's entities as a short array (a sentence names few: includes beats a Set), and
  // the sentences in order of first mention, sorted below (usually they come in order).
  const bySentence = new Map<number, string[]>();
  const sentences: number[] = [];
  for (const m of mentions) {
    if (m.sentence < 0) continue;
    let ids = bySentence.get(m.sentence);
    if (!ids) {
      bySentence.set(m.sentence, (ids = []));
      sentences.push(m.sentence);
    }
    if (!ids.includes(m.entityId)) ids.push(m.entityId);
  }
  // Pairs in the order they first occur, found by source then target: a joined string key per
  // pair and sentence cost a concatenation and its hashing in the innermost loop.
  const pairs: CoMention[] = [];
  const bySource = new Map<string, Map<string, CoMention>>();
  for (const sentence of stableSort(sentences, (a, b) => a - b)) {
    const ids = bySentence.get(sentence)!;
    if (ids.length < 2) continue; // most sentences name one entity or none: no pair
    const sorted = stableSort(ids, compareStrings);
    for (let i = 0; i < sorted.length; i++) {
      const source = sorted[i]!;
      let targets = bySource.get(source);
      if (!targets) bySource.set(source, (targets = new Map()));
      for (let j = i + 1; j < sorted.length; j++) {
        const target = sorted[j]!;
        let p = targets.get(target);
        if (!p) {
          targets.set(target, (p = { source, target, weight: 0, sentences: [] }));
          pairs.push(p);
        }
        p.weight++;
        p.sentences.push(sentence);
      }
    }
  }
  return pairs;
}
