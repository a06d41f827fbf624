// Runs wasm/viterbi.wat for the tagger: one instance per transition matrix, with buffers for one
// piece's emission, scratch and labels. Same labels and score as viterbi.ts (the trainer keeps
// that one: its weights change every step); test/ingest/extract/ner/viterbi.test.ts compares them.
import { END_MASK, LABEL_STRIDE, NUM_LABELS, START_MASK } from './labels.ts';
import { BIOES3, bioes3Transitions } from './viterbi.ts';
import { align64, growTo, instantiate } from './wasm/instance.ts';

const WASM_FILE = new URL('./wasm/viterbi.wasm', import.meta.url);

type Decode = (em: number, n: number, delta: number, back: number, out: number, tc: number, to: number, startMask: number, endMask: number) => number;

/** Bytes 0..63 hold the wat's label tables; the transitions follow, then the piece buffers. */
const TC_AT = 64;
const TO_AT = TC_AT + 49 * 8;
const PIECES_AT = align64(TO_AT + 12 * 8);

export class WasmViterbi {
  private readonly memory: WebAssembly.Memory;
  private readonly decodeAt: Decode;
  private readonly startMask: number;
  private readonly endMask: number;
  private capacity = 0;
  private emAt = 0;
  private deltaAt = 0;
  private backAt = 0;
  private outAt = 0;
  private em = new Float32Array(0);
  private out = new Uint8Array(0);

  /** transition[from * 13 + to], in the units of the emissions it will decode. */
  constructor(transition: Float32Array) {
    if (!BIOES3 || NUM_LABELS !== 13 || LABEL_STRIDE !== 13) {
      throw new Error('ingest/extract/ner/viterbi-wasm: wasm/viterbi.wat is written for 13 BIOES labels over three types; update it with labels.ts');
    }
    const { exports, memory } = instantiate(WASM_FILE);
    this.memory = memory;
    this.decodeAt = exports.decode as Decode;
    this.startMask = START_MASK;
    this.endMask = END_MASK;
    this.ensure(256);
    bioes3Transitions(transition, new Float64Array(memory.buffer, TC_AT, 49), new Float64Array(memory.buffer, TO_AT, 12));
  }

  private ensure(n: number): void {
    if (n <= this.capacity) return;
    const cap = Math.max(n, 2 * this.capacity);
    this.emAt = PIECES_AT;
    this.deltaAt = align64(this.emAt + cap * 13 * 4);
    this.backAt = align64(this.deltaAt + cap * 13 * 8);
    this.outAt = align64(this.backAt + cap * 13);
    growTo(this.memory, this.outAt + cap);
    this.em = new Float32Array(this.memory.buffer, this.emAt, cap * 13);
    this.out = new Uint8Array(this.memory.buffer, this.outAt, cap);
    this.capacity = cap;
  }

  /** As viterbi.ts viterbi(): the best labels of n positions into out; returns the best score. */
  decode(emission: Float32Array, n: number, out: Uint8Array): number {
    if (n === 0) return 0;
    this.ensure(n);
    this.em.set(emission.subarray(0, n * 13));
    const best = this.decodeAt(this.emAt, n, this.deltaAt, this.backAt, this.outAt, TC_AT, TO_AT, this.startMask, this.endMask);
    out.set(this.out.subarray(0, n));
    return best;
  }
}
