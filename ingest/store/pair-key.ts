// The key of a co-mention pair, in one place: the writer's maps, the stored key and the readers.

/**
 * The key of an unordered pair of entity ids: both in order, joined by U+001F. It is the key stored
 * on every co-mention (`CO_MENTIONED.pair`, under a relationship index), and the statements that
 * find a co-mention by it take it from here; comentions-keys.cypher writes the same form for a
 * database stored before keys existed.
 */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u001f${b}` : `${b}\u001f${a}`;
}

/** The two ids of a pairKey, in order. */
export function pairOf(key: string): [string, string] {
  return key.split('\u001f') as [string, string];
}

/** The rows comentions-sum-pairs.cypher re-sums, one per distinct key: the ids in order and the key. */
export function pairRows(keys: Iterable<string>): { x: string; y: string; pair: string }[] {
  return [...new Set(keys)].sort().map((pair) => {
    const [x, y] = pairOf(pair);
    return { x, y, pair };
  });
}
