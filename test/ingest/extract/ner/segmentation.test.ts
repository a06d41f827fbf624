// The tagger segments with nodejieba.cut and looks POS tags up in the dictionary shipped in the
// model; that must reproduce nodejieba.tag word for word, or the features drift from training.
import nodejieba from 'nodejieba';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizedCodes } from '../../../../ingest/extract/ner/doc-features.ts';
import { JiebaCutter } from '../../../../ingest/extract/ner/jieba-cut.ts';
import { emptySegmentation, segment, tagId, tagName, wordsOf } from '../../../../ingest/extract/ner/segmentation.ts';
import { loadModel, type NerModel } from '../../../../ingest/extract/ner/index.ts';

let model: NerModel;
beforeAll(() => {
  model = loadModel();
});

describe('segment', () => {
  it('should give the words and tags nodejieba.tag gives', () => {
    const text = '4月26日，美国国务卿布林肯访华之际，中美会晤达成了五点共识。AT&T和台积电创始人张忠谋都在B超室里。';
    const seg = segment(new JiebaCutter(), text, normalizedCodes(text), model.lexicon.pos, emptySegmentation(8));
    let at = 0;
    for (const { word, tag } of nodejieba.tag(text)) {
      expect([word, seg.tag[at]]).toEqual([word, tagId(tag)]);
      expect(seg.wordLen[at]).toBe(Math.min(8, word.length));
      at += word.length;
    }
    expect(at).toBe(text.length);
  });

  it('should leave the words in the Segmentation its caller passed, untouched by another caller', () => {
    const text = '美国国务卿布林肯访华之际';
    const mine = emptySegmentation(4);
    segment(new JiebaCutter(), text, normalizedCodes(text), model.lexicon.pos, mine);
    segment(new JiebaCutter(), '美国国务卿', normalizedCodes('美国国务卿'), model.lexicon.pos, emptySegmentation(4));
    const { count, ends, tags } = wordsOf(mine)!;
    const words = Array.from({ length: count }, (_, k) => text.slice(k === 0 ? 0 : ends[k - 1], ends[k]));
    expect(words.join('|')).toBe(nodejieba.cut(text, true).join('|'));
    expect(words.map((_, k) => tagName(tags[k]!))).toEqual(nodejieba.tag(text).map((t) => t.tag));
  });
});
