// CLUENER train joins the tagger's training data: its names, companies and governments become
// BIOES labels; sentences with CLUENER's addresses or scenic spots (conventions MSRA does not share)
// are left out; a missing file says what to set.
import { describe, expect, it } from 'vitest';
import { cluenerTrainingSentences, loadCluenerTraining } from '../../../../ingest/extract/ner-tools/cluener-training.ts';
import { NER_TYPES, spansOfLabels } from '../../../../ingest/extract/ner/labels.ts';

const FIXTURE = [
  '{"text": "特斯拉CEO马斯克会见了商务部官员", "label": {"company": {"特斯拉": [[0, 2]]}, "name": {"马斯克": [[6, 8]]}, "government": {"商务部": [[12, 14]]}, "position": {"CEO": [[3, 5]]}}}',
  '{"text": "他住在北京市海淀区中关村大街", "label": {"address": {"北京市海淀区中关村大街": [[3, 13]]}}}',
  '{"text": "游客涌向故宫", "label": {"scene": {"故宫": [[4, 5]]}}}',
  '{"text": "《魔兽世界》玩家张三", "label": {"game": {"《魔兽世界》": [[0, 5]]}, "name": {"张三": [[8, 9]], "玩家张三": [[6, 9]]}}}',
  '{"text": "今天没有名字", "label": {}}',
].join('\n');

const named = (text: string, labels: Uint8Array): string[] => spansOfLabels(labels).map((s) => `${text.slice(s.start, s.end)}/${NER_TYPES[s.typeIndex]}`);

describe('CLUENER training sentences', () => {
  const sentences = cluenerTrainingSentences(FIXTURE);

  it('should label names, companies and government bodies, and leave positions unlabelled', () => {
    const first = sentences[0]!;
    expect(first.text).toBe('特斯拉CEO马斯克会见了商务部官员');
    expect(named(first.text, first.labels)).toEqual(['特斯拉/Organization', '马斯克/Person', '商务部/Organization']);
    expect(first.labels.length).toBe(first.text.length);
  });

  it('should leave out sentences labelling an address or a scenic spot', () => {
    expect(sentences.map((s) => s.text)).not.toContain('他住在北京市海淀区中关村大街');
    expect(sentences.map((s) => s.text)).not.toContain('游客涌向故宫');
  });

  it('should keep one of two overlapping mentions and sentences without any', () => {
    const gamer = sentences.find((s) => s.text.startsWith('《魔兽世界》'))!;
    expect(named(gamer.text, gamer.labels)).toEqual(['玩家张三/Person']);
    expect(sentences.find((s) => s.text === '今天没有名字')?.spans).toEqual([]);
    expect(sentences).toHaveLength(3);
  });

  it('should say which file is missing and how to train without it', () => {
    expect(() => loadCluenerTraining('/nonexistent/cluener/train.json')).toThrow(/CLUENER_TRAIN.*NER_CLUENER=0/);
  });
});
