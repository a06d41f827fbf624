// A stable sort in place for the short arrays the extractor sorts per text (a sentence's entities,
// a text's candidates by strength, a type's tagger spans): Array.prototype.sort allocates its
// TimSort state (some 800 bytes) at every call, however short the array, and the extractor sorted
// thousands of arrays of a few elements per 300k chars. Short arrays are sorted by insertion (stable,
// so the same order the built-in sort gives for a consistent comparator); long ones by the built-in.

/** Longest array sorted by insertion. */
const INSERTION_MAX = 48;

/** Sort `a` in place by `compare`, stably, as a.sort(compare) does; returns `a`. */
export function stableSort<T>(a: T[], compare: (x: T, y: T) => number): T[] {
  if (a.length > INSERTION_MAX) return a.sort(compare);
  for (let i = 1; i < a.length; i++) {
    const x = a[i]!;
    let j = i - 1;
    // Shift only past strictly greater elements: equal ones keep their order.
    while (j >= 0 && compare(a[j]!, x) > 0) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
  return a;
}

/** The order of a plain .sort() on strings: by UTF-16 code units. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
