// A character trie for dictionary lookup: one forward walk per position finds every dictionary
// word starting there, so matching stays linear in the text whatever the dictionary size.
// The trie lives in typed arrays: nodes are numbers and every edge (node, character) → child is a
// slot of one open-addressing table, so a step of the walk reads one cache line. A trie of objects
// with a Map per node cost several dependent loads per step, and the extractor walks every position
// of every text right after the tagger has filled the caches with its own tables: measured on news
// text, the object trie's walk ran three times slower there than on its own.
// Edges are keyed by code point, not by one-character strings: the extractor walks every position
// of every text, and text[i] would allocate a string per step for Han characters.

const NONE: readonly never[] = [];
/** Ints per edge slot: parent + 1 (0 marks an empty slot), key, child, padding to 16 bytes. */
const SLOT = 4;
const GOLDEN = 0x9e3779b1;
const MIX = 0x85ebca6b;

export class Trie<T> {
  /** values[node]; node 0 is the root. */
  private values: (T | undefined)[] = [undefined];
  private edges: Int32Array;
  /** log2 of the edge table's slot count. */
  private bits = 4;
  private edgeCount = 0;
  /** Keys of the first and second characters of every word of two or more characters. */
  private readonly pairFirst: number[] = [];
  private readonly pairSecond: number[] = [];
  /** Keys of the one-character words. */
  private readonly singleKeys: number[] = [];
  /**
   * Where a word may start, by the first two code units, as a bit per hashed pair: most offsets
   * of a text start no word, and one bit rejects them without walking the trie. A hashed table may
   * answer "maybe" wrongly (the walk then finds nothing), never "no" wrongly. Built on the first
   * lookup after a change.
   */
  private pairBits: Uint8Array | undefined;
  private pairMask = 0;
  /** A bit per code unit that is a one-character word (rare); undefined when there is none. */
  private singleBits: Uint8Array | undefined;
  size = 0;

  /**
   * `expectedEdges`: about how many characters the words will hold, so that a trie built per text
   * (propagate.ts) starts with room for them instead of doubling its table several times.
   */
  constructor(expectedEdges = 0) {
    while ((1 << this.bits) * 7 < expectedEdges * 10) this.bits++;
    this.edges = new Int32Array((1 << this.bits) * SLOT);
  }

  /** Spare edge tables by log2 size and the last filter's bytes, kept by clear() for the next words. */
  private spareEdges: Int32Array[] = [];
  private spareFilter: Uint8Array | undefined;

  /**
   * Empties the trie, as a new Trie(expectedEdges) would be, reusing its tables: a trie built per
   * text (propagate.ts) otherwise allocates fresh typed arrays for every article, and off-heap
   * buffers cost far more to allocate (and collect) than the few words they hold.
   */
  clear(expectedEdges = 0): void {
    this.spareEdges[this.bits] = this.edges;
    if (this.pairBits !== undefined) this.spareFilter = this.pairBits;
    this.bits = 4;
    while ((1 << this.bits) * 7 < expectedEdges * 10) this.bits++;
    const spare = this.spareEdges[this.bits];
    if (spare === undefined) this.edges = new Int32Array((1 << this.bits) * SLOT);
    else {
      spare.fill(0);
      this.edges = spare;
    }
    this.values = [undefined];
    this.edgeCount = 0;
    this.pairFirst.length = 0;
    this.pairSecond.length = 0;
    this.singleKeys.length = 0;
    this.pairBits = undefined;
    this.pairMask = 0;
    this.singleBits = undefined;
    this.size = 0;
  }

  private slotOf(parent: number, key: number): number {
    return Math.imul(parent ^ Math.imul(key, MIX), GOLDEN) >>> (32 - this.bits);
  }

  /** The child of `parent` by `key`, or -1. */
  private child(parent: number, key: number): number {
    const edges = this.edges;
    const mask = (1 << this.bits) - 1;
    const tag = parent + 1;
    for (let s = this.slotOf(parent, key); ; s = (s + 1) & mask) {
      const at = s * SLOT;
      const p = edges[at]!;
      if (p === 0) return -1;
      if (p === tag && edges[at + 1] === key) return edges[at + 2]!;
    }
  }

  private insertEdge(parent: number, key: number, child: number): void {
    const edges = this.edges;
    const mask = (1 << this.bits) - 1;
    let s = this.slotOf(parent, key);
    while (edges[s * SLOT] !== 0) s = (s + 1) & mask;
    edges[s * SLOT] = parent + 1;
    edges[s * SLOT + 1] = key;
    edges[s * SLOT + 2] = child;
  }

  /** Double the edge table once it is more than 70% full. */
  private grow(): void {
    const old = this.edges;
    this.bits++;
    this.edges = new Int32Array((1 << this.bits) * SLOT);
    for (let at = 0; at < old.length; at += SLOT) if (old[at] !== 0) this.insertEdge(old[at]! - 1, old[at + 1]!, old[at + 2]!);
  }

  set(word: string, value: T): void {
    this.pairBits = undefined;
    let node = 0;
    let depth = 0;
    let first = 0;
    for (let i = 0; i < word.length; depth++) {
      const key = word.codePointAt(i)!;
      i += key > 0xffff ? 2 : 1;
      let next = this.child(node, key);
      if (next < 0) {
        next = this.values.length;
        this.values.push(undefined);
        if ((this.edgeCount + 1) * 10 > (1 << this.bits) * 7) this.grow();
        this.insertEdge(node, key, next);
        this.edgeCount++;
        if (depth === 1) {
          this.pairFirst.push(first);
          this.pairSecond.push(key);
        }
      }
      if (depth === 0) first = key;
      node = next;
    }
    if (this.values[node] === undefined) {
      this.size++;
      if (depth === 1) this.singleKeys.push(first);
    }
    this.values[node] = value;
  }

  get(word: string): T | undefined {
    let node = 0;
    for (let i = 0; i < word.length;) {
      const key = word.codePointAt(i)!;
      i += key > 0xffff ? 2 : 1;
      node = this.child(node, key);
      if (node < 0) return undefined;
    }
    return this.values[node];
  }

  private pairSlot(first: number, second: number): number {
    return (Math.imul(first, GOLDEN) ^ second) & this.pairMask;
  }

  private buildFilter(): Uint8Array {
    const pairs = this.pairFirst.length;
    // About one bit in sixteen set at most: each false "maybe" costs a walk's first steps.
    let size = 1024;
    while (size < pairs * 16) size *= 2;
    const spare = this.spareFilter;
    const bits = spare !== undefined && spare.length === size >> 3 ? spare.fill(0) : new Uint8Array(size >> 3);
    this.spareFilter = undefined;
    this.pairMask = size - 1;
    for (let k = 0; k < pairs; k++) {
      const slot = this.pairSlot(this.pairFirst[k]!, this.pairSecond[k]!);
      bits[slot >> 3]! |= 1 << (slot & 7);
    }
    this.singleBits = undefined;
    for (const key of this.singleKeys) {
      // Keys beyond the BMP are never reached by the walk by code unit.
      if (key > 0xffff) continue;
      this.singleBits ??= new Uint8Array(0x10000 >> 3);
      this.singleBits[key >> 3]! |= 1 << (key & 7);
    }
    this.pairBits = bits;
    return bits;
  }

  /**
   * The first offset at or after `from` where a word of the trie may start (text.length when
   * none may): the offsets skipped start no word, so matchesAt there would find nothing.
   */
  nextStart(text: string, from: number): number {
    const bits = this.pairBits ?? this.buildFilter();
    const singles = this.singleBits;
    const mask = this.pairMask;
    const n = text.length;
    if (from >= n) return n;
    let first = text.charCodeAt(from);
    for (let i = from; i < n; i++) {
      const second = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (second >= 0) {
        const slot = (Math.imul(first, GOLDEN) ^ second) & mask;
        if ((bits[slot >> 3]! & (1 << (slot & 7))) !== 0) return i;
      }
      if (singles !== undefined && (singles[first >> 3]! & (1 << (first & 7))) !== 0) return i;
      first = second;
    }
    return n;
  }

  private mayStartAt(text: string, start: number): boolean {
    const bits = this.pairBits ?? this.buildFilter();
    const first = text.charCodeAt(start);
    if (start + 1 < text.length) {
      const slot = this.pairSlot(first, text.charCodeAt(start + 1));
      if ((bits[slot >> 3]! & (1 << (slot & 7))) !== 0) return true;
    }
    return this.singleBits !== undefined && (this.singleBits[first >> 3]! & (1 << (first & 7))) !== 0;
  }

  /**
   * Every word starting at `start`, as [end, value], shortest first. The walk goes by UTF-16 code
   * unit, so a word with a character outside the BMP is found by get() only.
   */
  matchesAt(text: string, start: number, maxLength = 32): ReadonlyArray<[number, T]> {
    const n = this.findAt(text, start, maxLength);
    if (n === 0) return NONE;
    const out: [number, T][] = [];
    for (let k = 0; k < n; k++) out.push([this.foundEnds[k]!, this.foundValues[k]!]);
    return out;
  }

  /** Ends of the words the last findAt found, shortest first; foundValues holds their values. */
  readonly foundEnds: number[] = [];
  readonly foundValues: T[] = [];

  /**
   * matchesAt without allocating: the number of words starting at `start`, their ends and values
   * left in foundEnds and foundValues (valid until the next call). The extractor asks at every
   * offset where a word may start, and a pair array per match and an array per offset with matches
   * were most of what it allocated there.
   */
  findAt(text: string, start: number, maxLength = 32): number {
    if (start >= text.length || !this.mayStartAt(text, start)) return 0;
    let node = this.child(0, text.charCodeAt(start));
    if (node < 0) return 0;
    let n = 0;
    for (let i = start; ;) {
      const value = this.values[node];
      if (value !== undefined) {
        this.foundEnds[n] = i + 1;
        this.foundValues[n] = value;
        n++;
      }
      i++;
      if (i >= text.length || i - start >= maxLength) break;
      node = this.child(node, text.charCodeAt(i));
      if (node < 0) break;
    }
    return n;
  }
}
