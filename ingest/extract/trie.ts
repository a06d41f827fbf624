// A character trie for dictionary lookup: one forward walk per position finds every dictionary
// word starting there, so matching stays linear in the text whatever the dictionary size.

interface Node<T> {
  next: Map<string, Node<T>>;
  value?: T;
}

export class Trie<T> {
  private readonly root: Node<T> = { next: new Map() };
  size = 0;

  set(word: string, value: T): void {
    let node = this.root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    if (node.value === undefined) this.size++;
    node.value = value;
  }

  get(word: string): T | undefined {
    let node: Node<T> | undefined = this.root;
    for (const ch of word) {
      node = node.next.get(ch);
      if (!node) return undefined;
    }
    return node.value;
  }

  /** Every word starting at `start`, as [end, value], shortest first. */
  matchesAt(text: string, start: number, maxLength = 32): [number, T][] {
    const out: [number, T][] = [];
    let node: Node<T> | undefined = this.root;
    for (let i = start; i < text.length && i - start < maxLength; i++) {
      node = node.next.get(text[i]!);
      if (!node) break;
      if (node.value !== undefined) out.push([i + 1, node.value]);
    }
    return out;
  }
}
