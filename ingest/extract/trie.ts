// A character trie for dictionary lookup: one forward walk per position finds every dictionary
// word starting there, so matching stays linear in the text whatever the dictionary size.
// Children are keyed by code point number, not by one-character strings: the extractor walks
// every position of every text, and text[i] would allocate a string per step for Han characters.

interface Node<T> {
  next: Map<number, Node<T>>;
  value?: T;
}

const NONE: readonly never[] = [];

/**
 * Where a word may start, by the first two code units: most offsets of a text start no word, and a
 * lookup in a small table rejects them without walking the trie's maps. A hashed table may answer
 * "maybe" wrongly (the walk then finds nothing), never "no" wrongly.
 */
class StartFilter {
  private readonly pairs: Uint8Array;
  private readonly mask: number;
  /** First code units of one-unit words (rare: the filter reads one unit for them). */
  private readonly singles = new Set<number>();

  constructor(root: Node<unknown>) {
    let pairCount = 0;
    for (const child of root.next.values()) pairCount += child.next.size;
    // About a quarter full at most: few false "maybe"s.
    let size = 256;
    while (size < pairCount * 4) size *= 2;
    this.pairs = new Uint8Array(size);
    this.mask = size - 1;
    // Keys beyond the BMP are never reached by the walk by code unit; marking them does no harm.
    for (const [first, child] of root.next) {
      if (child.value !== undefined) this.singles.add(first);
      for (const second of child.next.keys()) this.pairs[this.slot(first, second)] = 1;
    }
  }

  private slot(first: number, second: number): number {
    return (Math.imul(first, 0x9e3779b1) ^ second) & this.mask;
  }

  /** A word may start at `start` of `text`. */
  mayStartAt(text: string, start: number): boolean {
    const first = text.charCodeAt(start);
    return (start + 1 < text.length && this.pairs[this.slot(first, text.charCodeAt(start + 1))] === 1) || (this.singles.size > 0 && this.singles.has(first));
  }
}

export class Trie<T> {
  private readonly root: Node<T> = { next: new Map() };
  size = 0;
  /** Built on the first lookup after a change. */
  private filter: StartFilter | undefined;

  set(word: string, value: T): void {
    this.filter = undefined;
    let node = this.root;
    for (const ch of word) {
      const key = ch.codePointAt(0)!;
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    if (node.value === undefined) this.size++;
    node.value = value;
  }

  get(word: string): T | undefined {
    let node: Node<T> | undefined = this.root;
    for (const ch of word) {
      node = node.next.get(ch.codePointAt(0)!);
      if (!node) return undefined;
    }
    return node.value;
  }

  /**
   * Every word starting at `start`, as [end, value], shortest first. The walk goes by UTF-16 code
   * unit, so a word with a character outside the BMP is found by get() only.
   */
  matchesAt(text: string, start: number, maxLength = 32): ReadonlyArray<[number, T]> {
    this.filter ??= new StartFilter(this.root);
    if (!this.filter.mayStartAt(text, start)) return NONE;
    let node = start < text.length ? this.root.next.get(text.charCodeAt(start)) : undefined;
    if (!node) return NONE;
    let out: [number, T][] | undefined;
    for (let i = start; ; ) {
      if (node.value !== undefined) (out ??= []).push([i + 1, node.value]);
      i++;
      if (i >= text.length || i - start >= maxLength) break;
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
    }
    return out ?? NONE;
  }
}
