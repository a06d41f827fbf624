// Runs wasm/emission.wat: one WebAssembly instance per model, holding a copy of the weight table
// and the plan's dense rows, plus buffers for one piece's keys, char ids and scores. The tagger
// copies a piece's keys in and the scores out; both copies are small next to the sums.
import { BOS, EOS } from './chars.ts';
import type { EmissionPlan } from './emission.ts';
import { NUM_TEMPLATES } from './features.ts';
import { LABEL_STRIDE } from './labels.ts';
import type { WeightTable } from './weight-table.ts';
import { align64 as align, growTo, instantiate } from './wasm/instance.ts';

const WASM_FILE = new URL('./wasm/emission.wasm', import.meta.url);
/** Entries of each group cache: wasm/emission.wat indexes them by the top 10 bits of a hash. */
const CACHE_ENTRIES = 1 << 10;

interface Emit {
  (
    keys: number,
    K: number,
    slots: number,
    H: number,
    ids: number,
    pad: number,
    n: number,
    rows: number,
    offs: number,
    T: number,
    bias: number,
    table: number,
    mask: number,
    em: number,
    groups: number,
    G: number,
  ): void;
}

export class WasmEmission {
  private readonly memory: WebAssembly.Memory;
  private readonly emit: Emit;
  private readonly mask: number;
  private readonly T: number;
  private readonly H: number;
  private readonly pad: number;
  private readonly idBos: number;
  private readonly idEos: number;
  /** Fixed part of the memory: table, rows, slots, offsets, bias, groups; the piece buffers follow. */
  private readonly at: { table: number; rows: number; slots: number; offs: number; bias: number; groups: number; pieces: number };
  private capacity = 0;
  private keysAt = 0;
  private idsAt = 0;
  private emAt = 0;
  private keys = new Int32Array(0);
  private ids = new Uint16Array(0);
  private em = new Float32Array(0);

  constructor(
    table: WeightTable,
    private readonly plan: EmissionPlan,
  ) {
    const { exports, memory } = instantiate(WASM_FILE);
    this.memory = memory;
    this.emit = exports.emit as Emit;
    this.mask = table.mask;
    this.T = plan.offsets.length;
    this.H = plan.hashedSlots.length;
    this.pad = plan.pad;
    this.idBos = plan.charId[BOS]!;
    this.idEos = plan.charId[EOS]!;
    const tableAt = 0;
    const rowsAt = align(tableAt + table.bytes.length);
    const slotsAt = align(rowsAt + plan.rows.byteLength);
    const offsAt = align(slotsAt + plan.hashedSlots.byteLength);
    const biasAt = align(offsAt + plan.offsets.byteLength);
    // Per group: [length, address of its slot list, address of its cache, 0]; then the slot lists
    // and the caches (CACHE_ENTRIES entries of the group's keys and 16 i32 lanes of sums).
    const groupsAt = align(biasAt + plan.bias.byteLength);
    let at = align(groupsAt + plan.groups.length * 16);
    const groupWords: number[] = [];
    const lists: Array<[number, Int32Array]> = [];
    for (const g of plan.groups) {
      const listAt = at;
      const cacheAt = align(listAt + g.byteLength);
      at = align(cacheAt + CACHE_ENTRIES * (g.length + 16) * 4);
      groupWords.push(g.length, listAt, cacheAt, 0);
      lists.push([listAt, g]);
    }
    this.at = { table: tableAt, rows: rowsAt, slots: slotsAt, offs: offsAt, bias: biasAt, groups: groupsAt, pieces: at };
    this.ensure(256);
    const buffer = this.memory.buffer;
    new Uint8Array(buffer, tableAt, table.bytes.length).set(table.bytes);
    new Int16Array(buffer, rowsAt, plan.rows.length).set(plan.rows);
    new Int32Array(buffer, slotsAt, plan.hashedSlots.length).set(plan.hashedSlots);
    new Int32Array(buffer, offsAt, plan.offsets.length).set(plan.offsets);
    new Int32Array(buffer, biasAt, plan.bias.length).set(plan.bias);
    new Int32Array(buffer, groupsAt, groupWords.length).set(groupWords);
    for (const [listAt, g] of lists) new Int32Array(buffer, listAt, g.length).set(g);
    // Caches start zeroed (fresh memory): no feature key is 0, so no entry matches before it is filled.
  }

  /** Grows the piece buffers to n positions (memory.grow detaches the old views). */
  private ensure(n: number): void {
    if (n <= this.capacity) return;
    const cap = Math.max(n, 2 * this.capacity);
    this.keysAt = this.at.pieces;
    this.idsAt = align(this.keysAt + cap * NUM_TEMPLATES * 4);
    this.emAt = align(this.idsAt + (cap + 2 * this.pad) * 2) + 64; // the wat writes up to 16 bytes before em
    const end = this.emAt + cap * LABEL_STRIDE * 4 + 64;
    growTo(this.memory, end);
    const buffer = this.memory.buffer;
    this.keys = new Int32Array(buffer, this.keysAt, cap * NUM_TEMPLATES);
    this.ids = new Uint16Array(buffer, this.idsAt, cap + 2 * this.pad);
    this.em = new Float32Array(buffer, this.emAt, cap * LABEL_STRIDE);
    this.capacity = cap;
  }

  /**
   * The instance's own key buffer, room for n positions: featurize() can write a piece's keys there
   * and compute() then reads them in place instead of copying them in. Valid until the next call
   * with a larger n (growing the memory detaches it).
   */
  keyBuffer(n: number): Int32Array {
    this.ensure(n);
    return this.keys;
  }

  /** The scores of n positions into em (LABEL_STRIDE each) from featurize()'s codes and keys. */
  compute(codes: Uint16Array, keys: Int32Array, n: number, em: Float32Array): void {
    if (n === 0) return;
    this.ensure(n);
    if (keys.buffer !== this.memory.buffer || keys.byteOffset !== this.keysAt) this.keys.set(keys.subarray(0, n * NUM_TEMPLATES));
    const ids = this.ids;
    const pad = this.pad;
    const charId = this.plan.charId;
    for (let j = 0; j < pad; j++) {
      ids[j] = this.idBos;
      ids[pad + n + j] = this.idEos;
    }
    for (let i = 0; i < n; i++) ids[pad + i] = charId[codes[i]!]!;
    const at = this.at;
    this.emit(
      this.keysAt,
      NUM_TEMPLATES,
      at.slots,
      this.H,
      this.idsAt,
      pad,
      n,
      at.rows,
      at.offs,
      this.T,
      at.bias,
      at.table,
      this.mask,
      this.emAt,
      at.groups,
      this.plan.groups.length,
    );
    em.set(this.em.subarray(0, n * LABEL_STRIDE));
  }
}
