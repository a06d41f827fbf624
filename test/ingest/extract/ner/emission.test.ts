// The tagger's emission path (char templates and bias read from per-code rows, summed in
// WebAssembly) against the reference path (every key looked up in the weight table, in
// JavaScript): the scores must be identical, on MSRA dev sentences, on real news text, on hostile
// strings and on a piece longer than any before it. And the committed .wasm is its .wat compiled.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEmissionPlan, referenceEmission, type EmissionPlan } from '../../../../ingest/extract/ner/emission.ts';
import { WasmEmission } from '../../../../ingest/extract/ner/emission-wasm.ts';
import { NUM_TEMPLATES } from '../../../../ingest/extract/ner/features.ts';
import { Workspace, featurize } from '../../../../ingest/extract/ner/featurize.ts';
import { LABEL_STRIDE } from '../../../../ingest/extract/ner/labels.ts';
import { defaultMsraPath, parseMsraBio, splitMsra } from '../../../../ingest/extract/ner-tools/msra-corpus.ts';
import { mulberry32 } from '../../../../ingest/extract/ner-tools/random.ts';
import { loadModel, type NerModel } from '../../../../ingest/extract/ner/index.ts';
import { WAT_SOURCES, compileWat } from '../../../../ingest/extract/ner-tools/compile-wat.ts';
import { MSRA_DATA, readData } from '../../../setup/shared-data.ts';

let model: NerModel;
let rows: EmissionPlan;
let wasm: WasmEmission;
beforeAll(() => {
  model = loadModel();
  rows = buildEmissionPlan(model.weights, model.lexicon);
  wasm = new WasmEmission(model.weights, rows);
});

/** Index of the first differing score of text under both paths, or -1. */
function firstDifference(text: string, ws: Workspace): number {
  const n = featurize(model.lexicon, text, ws);
  const keys = ws.keys.slice(0, n * NUM_TEMPLATES);
  const reference = new Float32Array(n * LABEL_STRIDE);
  referenceEmission(model.weights, keys.slice(), n, reference);
  const fused = new Float32Array(n * LABEL_STRIDE).fill(NaN);
  wasm.compute(ws.codes, keys, n, fused);
  for (let k = 0; k < reference.length; k++) if (reference[k] !== fused[k]) return k;
  return -1;
}

function hostile(random: () => number): string {
  const pool = [
    '\u0000',
    '\u0002',
    '\u0003',
    '\ud83d',
    '\ude00',
    '\ud83d\ude00',
    '\uffff',
    '\ufeff',
    ' ',
    '\n',
    'Ａ',
    '９',
    '·',
    '•',
    '布林肯',
    '国务院',
    'Elon Musk',
    '，',
    '。',
    '《',
    '》',
    '〇',
    '\u3000',
    '\u00a0',
  ];
  let s = '';
  const len = Math.floor(random() * 60);
  for (let i = 0; i < len; i++) {
    s += random() < 0.5 ? pool[Math.floor(random() * pool.length)]! : String.fromCharCode(Math.floor(random() * 0x10000));
  }
  return s;
}

describe('NER emission scores', () => {
  it('should read the bias and the char templates from rows only for chars the model knows', () => {
    expect(rows.charId['国'.charCodeAt(0)]).toBeGreaterThan(0);
    expect(rows.bias.some((b) => b !== 0)).toBe(true);
    expect(rows.hashedSlots).not.toContain(0);
  });

  it('should run the committed emission.wasm, which is emission.wat compiled (npm run build:wasm)', async () => {
    for (const { wat, wasm: file } of WAT_SOURCES) {
      expect(Buffer.from(await compileWat(wat)).equals(readFileSync(file))).toBe(true);
    }
  });

  it('should give the reference scores on a piece longer than the buffers so far', () => {
    const ws = new Workspace();
    const long = '美国国务卿布林肯访华，与中国外长王毅会谈。'.repeat(300);
    expect(firstDifference(long, ws)).toBe(-1);
    expect(firstDifference('马斯克', ws)).toBe(-1);
  });

  it('should give the reference scores on real news sentences', () => {
    const ws = new Workspace();
    for (const text of [
      '4月26日，美国国务卿布林肯访华之际，中美会晤达成了五点共识。',
      '台积电创始人张忠谋说过:“全球化已死。”',
      '埃隆•马斯克（Elon Musk）访问北京',
      'a',
      '',
    ]) {
      expect(firstDifference(text, ws)).toBe(-1);
    }
  });

  it('should give the reference scores on every MSRA dev sentence', () => {
    const ws = new Workspace();
    const dev = splitMsra(parseMsraBio(readData(defaultMsraPath(), MSRA_DATA))).dev;
    let differing = 0;
    for (const s of dev) if (firstDifference(s.text, ws) >= 0) differing++;
    expect(differing).toBe(0);
  });

  it('should give the reference scores on random and hostile strings', () => {
    const random = mulberry32(42);
    const ws = new Workspace();
    let differing = 0;
    for (let k = 0; k < 500; k++) if (firstDifference(hostile(random), ws) >= 0) differing++;
    expect(differing).toBe(0);
  });
});
