// The pure TypeScript nodejieba.tag (jieba-tag.ts) against nodejieba.tag itself: the same words
// and the same tags on the seed article, every MSRA dev sentence, every CLUENER dev text, the user
// dictionary's words, words tagged by their ASCII content, and seeded random hostile strings.
import { readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { defaultCluenerDevPath, splitJsonObjects } from '../../../../ingest/extract/eval/cluener-corpus.ts';
import { defaultJiebaPaths } from '../../../../ingest/extract/ner/jieba-dict.ts';
import { jiebaTag } from '../../../../ingest/extract/ner/jieba-tag.ts';
import { defaultMsraPath, parseMsraBio, splitMsra } from '../../../../ingest/extract/ner-tools/msra-corpus.ts';
import { mulberry32 } from '../../../../ingest/extract/ner-tools/random.ts';
import { CLUENER_DEV_DATA, MSRA_DATA, readData, seedText } from '../../../setup/shared-data.ts';

/** The texts whose tagging differs (a few shown) and how many did. */
function disagreements(texts: Iterable<string>): { checked: number; differing: number; examples: string[] } {
  let checked = 0;
  let differing = 0;
  const examples: string[] = [];
  for (const text of texts) {
    checked++;
    const expected = JSON.stringify(nodejieba.tag(text));
    const ours = JSON.stringify(jiebaTag(text));
    if (expected !== ours) {
      differing++;
      if (examples.length < 5) examples.push(`${text}\n  jieba: ${expected}\n  ours:  ${ours}`);
    }
  }
  return { checked, differing, examples };
}

describe('jiebaTag agrees with nodejieba.tag', () => {
  it('on the seed article, the user dictionary and ASCII words', () => {
    const text = seedText();
    const r = disagreements([
      ...text.split('\n'),
      text,
      '云计算和区块链，蓝翔的韩玉鉴赏',
      'iPhone15 售价 6999 元，Tesla Model 3，GPT-4o，3.14，abc123，２０２４年',
      '',
      '。',
    ]);
    expect(r.examples).toEqual([]);
    expect(r.checked).toBeGreaterThan(10);
    expect(jiebaTag('马斯克访问北京').map((w) => w.tag)).toEqual(nodejieba.tag('马斯克访问北京').map((w) => w.tag));
  });

  it('on every MSRA dev sentence', () => {
    const dev = splitMsra(parseMsraBio(readData(defaultMsraPath(), MSRA_DATA))).dev;
    const r = disagreements(dev.map((s) => s.text));
    expect(r.examples).toEqual([]);
    expect(r.checked).toBe(dev.length);
  });

  it('on every CLUENER dev text', () => {
    const texts = splitJsonObjects(readData(defaultCluenerDevPath(), CLUENER_DEV_DATA)).map((o) => (JSON.parse(o) as { text: string }).text);
    const r = disagreements(texts);
    expect(r.examples).toEqual([]);
    expect(r.checked).toBeGreaterThan(1000);
  });

  it('on seeded random hostile strings', () => {
    const random = mulberry32(7);
    const dictWords = readFileSync(defaultJiebaPaths().dict, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(0, l.indexOf(' ')));
    const specials = [
      '\u0000',
      '\u0002',
      '\ud83d',
      '\ude00',
      '\ud83d\ude00',
      '\ud840\udc00',
      '\uffff',
      '\ufeff',
      '\ufffd',
      ' ',
      '\t',
      '\n',
      'Ａ',
      '９',
      '·',
      '，',
      '。',
      '“',
      '”',
      '\u3000',
      '.',
      '3.',
      'x9',
      'Z',
      '_',
      '-',
    ];
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const texts: string[] = [];
    for (let t = 0; t < 2000; t++) {
      const parts: string[] = [];
      const len = 1 + Math.floor(random() * 20);
      for (let k = 0; k < len; k++) {
        const roll = random();
        if (roll < 0.5) parts.push(pick(dictWords));
        else if (roll < 0.65) parts.push(String.fromCharCode(0x4e00 + Math.floor(random() * 0x51a6)));
        else if (roll < 0.8) parts.push(String.fromCharCode(0x21 + Math.floor(random() * 0x5e)));
        else parts.push(pick(specials));
      }
      texts.push(parts.join(''));
    }
    const r = disagreements(texts);
    expect(r.examples).toEqual([]);
    expect(r.differing).toBe(0);
  });
});
