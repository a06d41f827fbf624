// A character trie for dictionary lookup: one forward walk per position finds every dictionary
// word starting there, so matching stays linear in the text whatever the dictionary size.
// Children are keyed by code point number, not by one-character strings: the extractor walks
// every position of every text, and text[i] would allocate a string per step for Han characters.

interface Node<T> {
  next: Map<number, Node<T>>;
  value?: T;
}

const NONE: readonly never[] = [];

export class Trie<T> {
  private readonly root: Node<T> = { next: new Map() };
  size = 0;

  set(word: string, value: T): void {
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
