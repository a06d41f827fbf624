// The committed model file: magic, a JSON header, then a brotli-compressed body of varints —
// feature keys sorted and delta-coded, weights quantized to int16 multiples of one step and
// zigzag-coded so the many small weights take one byte, transitions as float32, and the gazetteer
// hashes. Loading needs only node:zlib; nothing is trained or downloaded at run time.
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { NUM_LABELS as LABELS_EXPORT } from './labels.ts';
import { buildClusterTables, emptyClusters, type Clusters } from './clusters.ts';
import { buildTable, type Lexicon } from './lexicon.ts';
import { buildPosDict, emptyPosDict } from './pos-dict.ts';
import { MODEL_FORMAT_VERSION, fromParts, type NerModel, type NerModelInfo } from './model.ts';
import { WeightTable } from './weight-table.ts';
import { NUM_TEMPLATES } from './features.ts';

// Loops read a module-local copy: under tsx every imported binding is a getter call.
const NUM_LABELS = LABELS_EXPORT;

const MAGIC = 0x4d52454e; // "NERM" little-endian

class Writer {
  buf = new Uint8Array(1 << 20);
  len = 0;
  private ensure(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + extra));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  uvarint(v: number): void {
    this.ensure(6);
    while (v >= 0x80) {
      this.buf[this.len++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buf[this.len++] = v;
  }
  svarint(v: number): void {
    this.uvarint(v >= 0 ? v * 2 : -v * 2 - 1);
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
}

class Reader {
  pos = 0;
  constructor(private readonly buf: Uint8Array) {}
  uvarint(): number {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = this.buf[this.pos++];
      if (b === undefined) throw new Error('ingest/extract/ner/model-file: truncated model body; re-run npm run train');
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
    }
  }
  svarint(): number {
    const u = this.uvarint();
    return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
  }
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    out.set(this.buf.subarray(this.pos, this.pos + n));
    this.pos += n;
    return out;
  }
}

function writeKeySet(w: Writer, keys: Int32Array, values?: Uint8Array): void {
  const order = Array.from(keys.keys()).filter((i) => keys[i] !== 0);
  order.sort((a, b) => (keys[a]! >>> 0) - (keys[b]! >>> 0));
  w.uvarint(order.length);
  let prev = 0;
  for (const i of order) {
    const k = keys[i]! >>> 0;
    w.uvarint(k - prev);
    prev = k;
    if (values) w.uvarint(values[i]!);
  }
}

function writeClusters(w: Writer, c: Clusters): void {
  const chars: number[] = [];
  for (let code = 0; code < c.charFine.length; code++) if (c.charFine[code]) chars.push(code);
  w.uvarint(chars.length);
  let prev = 0;
  for (const code of chars) {
    w.uvarint(code - prev);
    prev = code;
    w.uvarint(c.charFine[code]!);
    w.uvarint(c.charCoarse[code]!);
  }
  const order = Array.from(c.wordKeys.keys()).filter((i) => c.wordKeys[i] !== 0);
  order.sort((a, b) => (c.wordKeys[a]! >>> 0) - (c.wordKeys[b]! >>> 0));
  w.uvarint(order.length);
  prev = 0;
  for (const i of order) {
    const k = c.wordKeys[i]! >>> 0;
    w.uvarint(k - prev);
    prev = k;
    w.uvarint(c.wordValues[i]! & 0xff);
    w.uvarint(c.wordValues[i]! >>> 8);
  }
}

function readClusters(r: Reader): Clusters {
  const chars: Array<[number, number, number]> = [];
  let code = 0;
  for (let i = 0, n = r.uvarint(); i < n; i++) {
    code += r.uvarint();
    chars.push([code, r.uvarint(), r.uvarint()]);
  }
  const words: Array<[number, number, number]> = [];
  let key = 0;
  for (let i = 0, n = r.uvarint(); i < n; i++) {
    key += r.uvarint();
    words.push([key | 0, r.uvarint(), r.uvarint()]);
  }
  return buildClusterTables(chars, words);
}

function writeWeights(w: Writer, table: WeightTable): void {
  const entries = table.entries();
  w.uvarint(entries.length);
  let prev = 0;
  for (const [key] of entries) {
    const k = key >>> 0;
    w.uvarint(k - prev);
    prev = k;
  }
  for (const [, at] of entries) {
    for (let l = 0; l < NUM_LABELS; l++) w.svarint(table.weightAt(at, l));
  }
}

function readWeights(r: Reader): WeightTable {
  const n = r.uvarint();
  const keys = new Int32Array(n);
  let key = 0;
  for (let f = 0; f < n; f++) {
    key += r.uvarint();
    keys[f] = key | 0;
  }
  const table = new WeightTable(n);
  const row = new Int16Array(NUM_LABELS);
  for (let f = 0; f < n; f++) {
    for (let l = 0; l < NUM_LABELS; l++) row[l] = r.svarint();
    table.insert(keys[f]!, row);
  }
  return table;
}

/** Serializes a quantized model. */
export function encodeModel(model: NerModel): Buffer {
  const w = new Writer();
  writeWeights(w, model.weights);
  w.bytes(new Uint8Array(Float32Array.from(model.transition).buffer));
  w.uvarint(model.lexicon.tables.length);
  for (const t of model.lexicon.tables) writeKeySet(w, t.keys, t.values);
  writeClusters(w, model.lexicon.clusters);
  writeKeySet(w, model.lexicon.pos.keys, model.lexicon.pos.tags);
  writeWeights(w, model.doc);
  const body = brotliCompressSync(w.buf.subarray(0, w.len), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: w.len },
  });
  const header = Buffer.from(JSON.stringify(model.info), 'utf8');
  const head = Buffer.alloc(12);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(MODEL_FORMAT_VERSION, 4);
  head.writeUInt32LE(header.length, 8);
  return Buffer.concat([head, header, body]);
}

export function decodeModel(file: Uint8Array): NerModel {
  const view = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (view.length < 12 || view.readUInt32LE(0) !== MAGIC) {
    throw new Error('ingest/extract/ner/model-file: not a NER model file (bad magic); check the path');
  }
  const version = view.readUInt32LE(4);
  if (version !== MODEL_FORMAT_VERSION) {
    throw new Error(`ingest/extract/ner/model-file: model format ${version}, expected ${MODEL_FORMAT_VERSION}; re-run npm run train`);
  }
  const headerLen = view.readUInt32LE(8);
  const info = JSON.parse(view.subarray(12, 12 + headerLen).toString('utf8')) as NerModelInfo;
  if (info.templates !== NUM_TEMPLATES || info.labels !== NUM_LABELS) {
    throw new Error('ingest/extract/ner/model-file: model was trained with other feature templates; re-run npm run train');
  }
  const r = new Reader(brotliDecompressSync(view.subarray(12 + headerLen)));
  const table = readWeights(r);
  const transition = new Float32Array(r.bytes(NUM_LABELS * NUM_LABELS * 4).buffer);
  const kinds = r.uvarint();
  const lexicon: Lexicon = { tables: [], clusters: emptyClusters(), pos: emptyPosDict() };
  for (let k = 0; k < kinds; k++) {
    const count = r.uvarint();
    const entries: Array<[number, number]> = [];
    let lk = 0;
    for (let i = 0; i < count; i++) {
      lk += r.uvarint();
      entries.push([lk | 0, r.uvarint()]);
    }
    lexicon.tables.push(buildTable(entries));
  }
  lexicon.clusters = readClusters(r);
  const posEntries: Array<[number, number]> = [];
  let pk = 0;
  for (let i = 0, count = r.uvarint(); i < count; i++) {
    pk += r.uvarint();
    posEntries.push([pk | 0, r.uvarint()]);
  }
  lexicon.pos = buildPosDict(posEntries);
  const model = fromParts(table, transition, lexicon, info.step, info.training);
  model.doc = readWeights(r);
  return model;
}
