// The tagger segments with nodejieba.cut and looks POS tags up in the dictionary shipped in the
// model; that must reproduce nodejieba.tag word for word, or the features drift from training.
import nodejieba from 'nodejieba';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizedCodes } from '../../../../ingest/extract/ner/doc-features.ts';
import { lastWords, segment, tagId, tagName } from '../../../../ingest/extract/ner/segmentation.ts';
import { loadNerModel, type NerModel } from '../../../../ingest/extract/ner/tagger.ts';

let model: NerModel;
beforeAll(() => {
  model = loadNerModel();
});

describe('segment', () => {
  it('should give the words and tags nodejieba.tag gives', () => {
    const text = '4月26日，美国国务卿布林肯访华之际，中美会晤达成了五点共识。AT&T和台积电创始人张忠谋都在B超室里。';
    const seg = segment(text, normalizedCodes(text), model.lexicon.pos);
    let at = 0;
    for (const { word, tag } of nodejieba.tag(text)) {
      expect([word, seg.tag[at]]).toEqual([word, tagId(tag)]);
      expect(seg.wordLen[at]).toBe(Math.min(8, word.length));
      at += word.length;
    }
    expect(at).toBe(text.length);
  });

  it('should keep the words of the last text it segmented, for that text only', () => {
    const text = '美国国务卿布林肯访华之际';
    segment(text, normalizedCodes(text), model.lexicon.pos);
    const words = lastWords(text)!;
    expect(words.words.join('|')).toBe(nodejieba.cut(text, true).join('|'));
    expect(Array.from(words.words, (_, k) => tagName(words.tags[k]!))).toEqual(nodejieba.tag(text).map((t) => t.tag));
    expect(lastWords('美国国务卿')).toBeUndefined();
  });
});
