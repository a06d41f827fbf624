// The rules read jieba's words from the tagger's own segmentation (one segmentation per text
// instead of two); they must be the words nodejieba.tag gives for the same text.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyPosDict } from '../../../ingest/extract/ner/pos-dict.ts';
import { Tagger, loadModel, type NerModel } from '../../../ingest/extract/ner/index.ts';
import { taggerSpanSource } from '../../../ingest/extract/span-source.ts';
import { TokenCollector, TokenIndex, tokenize, type Token } from '../../../ingest/extract/tokens.ts';
import { normalizeText } from '../../../ingest/parse/normalize.ts';
import { SEED_PATH } from './seed-fixture.ts';

let model: NerModel;
let tagger: Tagger;
beforeAll(() => {
  model = loadModel();
  tagger = new Tagger(model);
});

describe('TokenCollector', () => {
  it('should collect from the tagger the words and tags nodejieba.tag gives for the seed article', () => {
    const text = normalizeText(readFileSync(SEED_PATH, 'utf8')).text;
    const collector = new TokenCollector(text);
    tagger.tag(text, collector.add);
    const expected = tokenize(text).filter((t) => t.word.trim() !== '');
    expect(collector.tokens.filter((t) => t.word.trim() !== '')).toEqual(expected);
  });

  it('should take each word from its own text when the tagger saw full-width forms', () => {
    const collector = new TokenCollector('美国国务卿布林肯访华,中美会晤');
    tagger.tag('美国国务卿布林肯访华，中美会晤', collector.add);
    expect(collector.tokens.map((t) => t.word)).toEqual(tokenize('美国国务卿布林肯访华,中美会晤').map((t) => t.word));
    expect(collector.tokens.find((t) => t.word === ',')).toMatchObject({ start: 10, end: 11, tag: 'x' });
  });

  it('should leave segmentation to the rules when the model ships no jieba POS table', () => {
    const bare: NerModel = { ...model, lexicon: { ...model.lexicon, pos: emptyPosDict() } };
    expect(taggerSpanSource(model).withTokens).toBeDefined();
    expect(taggerSpanSource(bare).withTokens).toBeUndefined();
  });

  it('should take no words from a segmentation of another text', () => {
    const collector = new TokenCollector('美国国务卿布林肯访华');
    tagger.tag('美国国务卿布林肯访华', (start, end) => collector.add(start, end, undefined));
    expect(collector.tokens.map((t) => t.word)).toEqual(tokenize('美国国务卿布林肯访华').map((t) => t.word));
  });
});

describe('tokens as the rules scan them', () => {
  // suffixOrganizations and abbreviatedPlaces scan the text and read only the tokens that start or
  // end at an offset of interest: that visits every token, in order, only if each token's word is
  // the text's own slice and the tokens neither overlap nor repeat an offset.
  const expectScannable = (text: string, tokens: readonly Token[]): void => {
    const index = new TokenIndex(tokens, text.length);
    let end = 0;
    tokens.forEach((t, k) => {
      expect(t.word).toBe(text.slice(t.start, t.end));
      expect(t.end).toBeGreaterThan(t.start);
      expect(t.start).toBeGreaterThanOrEqual(end);
      expect(index.startIndex(t.start)).toBe(k);
      expect(index.endIndex(t.end)).toBe(k);
      end = t.end;
    });
  };

  it("should give the tagger's words and nodejieba's as slices of the text, in order, without overlap", () => {
    const text = normalizeText(readFileSync(SEED_PATH, 'utf8')).text;
    for (const tagged of [text, text.replace(/,/g, '，').replace(/:/g, '：')]) {
      const collector = new TokenCollector(text);
      tagger.tag(tagged, collector.add);
      expectScannable(text, collector.tokens);
    }
    expectScannable(text, tokenize(text));
    expectScannable('😀马斯克\u0000访华 a  b', tokenize('😀马斯克\u0000访华 a  b'));
  });
});
