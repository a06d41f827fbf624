// Confidence on the extraction (issue 17 §5): the calibration file and what is made from it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CalibrationError, loadCalibration, type Calibration } from '../../../ingest/extract/ner/calibration.ts';
import { applyCurve, attachConfidence, entityConfidence } from '../../../ingest/extract/confidence.ts';
import { extractArticle, extractConfidentSpans } from '../../../ingest/extract/pipeline.ts';
import { parseLine } from '../../../ingest/parse/plain-text.ts';
import { Tagger, loadModel } from '../../../ingest/extract/ner/index.ts';
import type { ArticleExtraction } from '../../../ingest/model.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-calibration-'));

const table = (over: Partial<Calibration> = {}): Calibration => ({
  about: 'test',
  temperature: 100,
  sources: { titledNames: { confidence: 0.99, predicted: 100, correct: 99 } },
  defaultSource: 0.9,
  entity: { method: 'noisy-or', curve: [], cap: 0.999 },
  relations: { HOLDS_ROLE: { confidence: 0.95, predicted: 20, correct: 19, calibrated: true } },
  defaultRelation: 0.8,
  ...over,
});

describe('calibration file', () => {
  it('should load the committed calibration with a positive temperature and a constant per source', () => {
    const c = loadCalibration();
    expect(c.temperature).toBeGreaterThan(0);
    expect(Object.keys(c.sources).length).toBeGreaterThan(3);
    for (const m of Object.values(c.sources)) expect(m.confidence).toBeGreaterThan(0);
  });

  it('should refuse a missing file with an error that says to run npm run calibrate', () => {
    expect(() => loadCalibration(join(dir, 'none.json'))).toThrow(CalibrationError);
    expect(() => loadCalibration(join(dir, 'none.json'))).toThrow(/cannot read .*none\.json; run npm run calibrate/);
  });

  it('should refuse a file that is not JSON or lacks a temperature, naming the file', () => {
    const notJson = join(dir, 'bad.json');
    writeFileSync(notJson, '{ temperature: ');
    expect(() => loadCalibration(notJson)).toThrow(/bad\.json is not JSON; run npm run calibrate/);
    const noT = join(dir, 'no-t.json');
    writeFileSync(noT, JSON.stringify({ ...table(), temperature: -1 }));
    expect(() => loadCalibration(noT)).toThrow(/no-t\.json has no valid temperature/);
  });
});

describe('confidence of entities, co-mentions and relations', () => {
  const extraction = (): ArticleExtraction => ({
    id: 'a',
    title: '',
    text: '',
    sentences: [],
    entities: [
      {
        id: 'person:甲',
        name: '甲',
        type: 'Person',
        aliases: [],
        mentions: [
          { start: 0, end: 1, sentence: 0, confidence: 0.6 },
          { start: 5, end: 6, sentence: 1, confidence: 0.5 },
        ],
      },
      { id: 'organization:乙', name: '乙', type: 'Organization', aliases: [], mentions: [{ start: 2, end: 3, sentence: 0 }] },
    ],
    events: [],
    coMentions: [{ source: 'organization:乙', target: 'person:甲', weight: 1, sentences: [0] }],
    relations: [
      { id: 'r', type: 'HOLDS_ROLE', source: 'person:甲', target: 'organization:乙', title: '主席', sentence: 0, start: 0, end: 3, sentences: [0] },
      { id: 's', type: 'MEETS', source: 'person:甲', target: 'organization:乙', sentence: 0, start: 0, end: 3, sentences: [0] },
    ],
  });

  it('should combine an entity’s mentions by noisy-or, give a mention without one the resolved default, and multiply ends', () => {
    const c = table({ sources: { resolved: { confidence: 0.7, predicted: 10, correct: 7 } } });
    const x = attachConfidence(extraction(), c);
    const [a, b] = x.entities;
    expect(a!.confidence).toBeCloseTo(1 - 0.4 * 0.5, 12);
    expect(b!.mentions[0]!.confidence).toBe(0.7);
    expect(b!.confidence).toBeCloseTo(0.7, 12);
    expect(x.coMentions[0]!.confidence).toBeCloseTo(0.8 * 0.7, 12);
    expect(x.relations![0]!.confidence).toBeCloseTo(0.95 * 0.8 * 0.7, 12);
    expect(x.relations![1]!.confidence).toBeCloseTo(0.8 * 0.8 * 0.7, 12); // MEETS: the default
  });

  it('should take the max under the max rule, cap it, and map it through the curve', () => {
    const x = extraction();
    expect(entityConfidence(x.entities[0]!, table({ entity: { method: 'max', curve: [], cap: 1 } }))).toBeCloseTo(0.6, 12);
    expect(entityConfidence(x.entities[0]!, table({ entity: { method: 'max', curve: [], cap: 0.55 } }))).toBeCloseTo(0.55, 12);
    expect(
      applyCurve(0.6, [
        [0, 0],
        [0.5, 0.4],
        [1, 1],
      ]),
    ).toBeCloseTo(0.52, 12);
  });
});

describe('confidence in the extraction', () => {
  it('should give the tagger’s spans a probability, and none when the tagger is made without confidence', () => {
    const model = loadModel();
    const spans = new Tagger(model).tag('昨天，张伟明在杭州会见了星海电子公司的代表。');
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    for (const s of new Tagger(model, { confidence: false }).tag('张伟明在杭州。')) expect(s.confidence).toBeUndefined();
  });

  it('should give every span, mention and entity of an article a confidence in (0, 1] and name each span’s source', () => {
    const text = '记者从市政府获悉，市长王建华昨天在南京会见了远洋航运集团董事长李小红。王建华表示欢迎。';
    for (const s of extractConfidentSpans(text)) {
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(s.source).toMatch(/^[a-zA-Z-]+$/);
    }
    const x = extractArticle(parseLine(text));
    for (const e of x.entities) {
      expect(e.confidence).toBeGreaterThan(0);
      for (const m of e.mentions) expect(m.confidence).toBeGreaterThan(0);
    }
    for (const c of x.coMentions) expect(c.confidence).toBeGreaterThan(0);
  });
});
