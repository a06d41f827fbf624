// Open-addressing map from 32-bit feature key to a dense feature index. Only features seen in
// training get an index, so the weight matrix is dense over real features instead of a sparse
// hashed array, and the committed model stores each feature once.
export class FeatureTable {
  keys: Int32Array;
  indices: Int32Array;
  mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 16;
    while (cap < capacity * 2) cap <<= 1;
    this.keys = new Int32Array(cap);
    this.indices = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** Index of key, or -1. Keys are never 0. */
  find(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let s = key & mask;
    for (;;) {
      const k = keys[s]!;
      if (k === key) return this.indices[s]!;
      if (k === 0) return -1;
      s = (s + 1) & mask;
    }
  }

  /** Index of key, inserting it with the next index when absent. */
  intern(key: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    let s = key & this.mask;
    for (;;) {
      const k = this.keys[s]!;
      if (k === key) return this.indices[s]!;
      if (k === 0) {
        this.keys[s] = key;
        this.indices[s] = this.size;
        return this.size++;
      }
      s = (s + 1) & this.mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldIdx = this.indices;
    const cap = oldKeys.length * 2;
    this.keys = new Int32Array(cap);
    this.indices = new Int32Array(cap);
    this.mask = cap - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      const key = oldKeys[s]!;
      if (key === 0) continue;
      let t = key & this.mask;
      while (this.keys[t] !== 0) t = (t + 1) & this.mask;
      this.keys[t] = key;
      this.indices[t] = oldIdx[s]!;
    }
  }

  /** Keys in index order. */
  keysByIndex(): Int32Array {
    const out = new Int32Array(this.size);
    for (let s = 0; s < this.keys.length; s++) if (this.keys[s] !== 0) out[this.indices[s]!] = this.keys[s]!;
    return out;
  }
}
