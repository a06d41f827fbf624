// A union–find over the entities of one article: resolution links names pairwise, and each
// resulting set becomes one entity.

export class Union {
  private readonly parent: number[];
  constructor(size: number) {
    // A loop, not Array.from({ length }, …): that goes through the generic array-like path per element.
    this.parent = [];
    for (let i = 0; i < size; i++) this.parent.push(i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  join(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  /** The sets, each as its members in index order, ordered by their first member. */
  sets(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      (byRoot.get(r) ?? byRoot.set(r, []).get(r)!).push(i);
    }
    return [...byRoot.values()];
  }
}
