// The pure TypeScript jieba segmenter (jieba-cut.ts) against nodejieba.cut(text, true) itself:
// every word the same, on the seed article (lines and the tagger's chunks), every MSRA dev
// sentence, every CLUENER dev text, mixed scripts, and seeded random hostile strings (dictionary
// words run together, rare chars the HMM has never seen, surrogate pairs, lone surrogates, controls
// and separators). Also the dictionary weights against C log on known values.
import { readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { defaultCluenerDevPath, splitJsonObjects } from '../../../../ingest/extract/eval/cluener-corpus.ts';
import { splitChunks } from '../../../../ingest/extract/ner/chunks.ts';
import { JiebaCutter, jiebaWords } from '../../../../ingest/extract/ner/jieba-cut.ts';
import { defaultJiebaPaths, jiebaModel, wordWeight } from '../../../../ingest/extract/ner/jieba-dict.ts';
import { logCorrectlyRounded } from '../../../../ingest/extract/ner/jieba-log.ts';
import { defaultMsraPath, parseMsraBio, splitMsra } from '../../../../ingest/extract/ner-tools/msra-corpus.ts';
import { mulberry32 } from '../../../../ingest/extract/ner-tools/random.ts';
import { sanitizeForJieba } from '../../../../ingest/extract/ner/segmentation.ts';
import { CLUENER_DEV_DATA, MSRA_DATA, readData, seedText } from '../../../setup/shared-data.ts';

/**
 * Whether JiebaCutter.cut(text) differs from nodejieba.cut(text, true), compared by UTF-16 word lengths
 * (nodejieba returns a lone surrogate as U+FFFD, one unit too, so lengths are comparable on any
 * input), and by the words themselves when the text has no lone surrogate.
 */
const cutter = new JiebaCutter();
/** One JiebaWords for every comparison, as the tagger reuses its own. */
const reused = jiebaWords(4);

function differs(text: string): boolean {
  const expected = nodejieba.cut(text, true);
  const { ends, count } = cutter.cut(text, reused);
  if (expected.length !== count) return true;
  let at = 0;
  for (let k = 0; k < count; k++) {
    at += expected[k]!.length;
    if (ends[k] !== at) return true;
  }
  if (at !== text.length) return true;
  if (!/[\ud800-\udfff]/.test(text) || sanitizeForJieba(text) === text) {
    const words = cutter.words(text);
    for (let k = 0; k < count; k++) if (words[k] !== expected[k]) return true;
  }
  return false;
}

/** The texts that differ (at most a few, for the failure message) and how many did. */
function disagreements(texts: Iterable<string>): { checked: number; differing: number; examples: string[] } {
  let checked = 0;
  let differing = 0;
  const examples: string[] = [];
  for (const text of texts) {
    checked++;
    if (differs(text)) {
      differing++;
      if (examples.length < 5) examples.push(`${text}\n  jieba: ${nodejieba.cut(text, true).join('|')}\n  ours:  ${cutter.words(text).join('|')}`);
    }
  }
  return { checked, differing, examples };
}

function* chunksOf(text: string): Generator<string> {
  for (const c of splitChunks(text)) yield text.slice(c.start, c.end);
}

function* sanitized(texts: Iterable<string>): Generator<string> {
  for (const t of texts) yield sanitizeForJieba(t);
}

describe('JiebaCutter.cut agrees with nodejieba.cut(text, true)', () => {
  it('on the seed article, by line and by tagger chunk', () => {
    const text = seedText();
    const lines = disagreements(text.split('\n'));
    expect(lines.examples).toEqual([]);
    expect(lines.differing).toBe(0);
    const chunks = disagreements(sanitized(chunksOf(text)));
    expect(chunks.examples).toEqual([]);
    expect(chunks.checked).toBeGreaterThan(10);
    // The whole article as one call (separators, newlines and all).
    expect(differs(text)).toBe(false);
  });

  it('on every MSRA dev sentence', () => {
    const dev = splitMsra(parseMsraBio(readData(defaultMsraPath(), MSRA_DATA))).dev;
    const r = disagreements(dev.map((s) => s.text));
    expect(r.examples).toEqual([]);
    expect(r.differing).toBe(0);
    expect(r.checked).toBe(dev.length);
    expect(r.checked).toBeGreaterThan(1000);
  });

  it('on every CLUENER dev text', () => {
    const texts = splitJsonObjects(readData(defaultCluenerDevPath(), CLUENER_DEV_DATA)).map((o) => (JSON.parse(o) as { text: string }).text);
    const r = disagreements(texts);
    expect(r.examples).toEqual([]);
    expect(r.differing).toBe(0);
    expect(r.checked).toBeGreaterThan(1000);
  });

  it('on mixed scripts, separators and edge cases', () => {
    const cases = [
      '',
      ' ',
      '我来到北京清华大学',
      '他来到了网易杭研大厦',
      '区块链 云计算 韩玉鉴赏 蓝翔', // the user dictionary's words
      'Hello world, version 3.14.15 of abc123 and 12ab and a1.2 ...',
      'AT&T B超 c# C# at&t',
      'ＡＢＣ１２３ 全角字母ａｂｃ，全角数字０９',
      '😀😀中文😀表情🇨🇳符号𠀀𠀁汉字',
      '\ufffd\ufffd测试\ufffd中\ufffd',
      '制表\t符号\t\t换行\n\n回车\r\n空格  两个',
      '《红楼梦》“引号”‘单引号’【括号】（圆括号）——破折号……省略号',
      '，。，。逗号句号，开头。结尾，',
      '2024年5月5日下午3点30分，GDP增长5.2%，iPhone15售价6999元。',
      '美国国务卿布林肯访华之际，中美会晤达成了五点共识',
      '乒乓球拍卖完了',
      '结婚的和尚未结婚的',
      '南京市长江大桥',
      '工信处女干事每月经过下属科室都要亲口交代24口交换机等技术性器件的安装工作',
      'a'.repeat(300) + '中'.repeat(300) + '1.'.repeat(100),
      '的'.repeat(700),
      '\u0000\u0001控制\u001f字符\u007f',
      // Exact ties of the route (the same words in another order): the shorter first word wins.
      '天天天',
      '看看看',
      '哈哈哈哈哈',
      // Ties in the HMM (chars it has never seen score MIN_DOUBLE in every state): the earlier state wins.
      '艃不怪潺',
      '望美南絲呁',
    ];
    const r = disagreements(cases);
    expect(r.examples).toEqual([]);
    expect(r.differing).toBe(0);
  });

  it('on seeded random hostile strings', () => {
    const random = mulberry32(20240505);
    const dictWords = readFileSync(defaultJiebaPaths().dict, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(0, l.indexOf(' ')));
    const seed = seedText();
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
      '\r',
      'Ａ',
      '９',
      '·',
      '，',
      '。',
      '《',
      '》',
      '“',
      '”',
      '\u3000',
      '\u00a0',
      '.',
      '..',
      '3.',
      'x9',
      'Z',
      '_',
      '-',
      '#',
    ];
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const texts: string[] = [];
    for (let t = 0; t < 4000; t++) {
      const parts: string[] = [];
      const len = 1 + Math.floor(random() * (t % 10 === 0 ? 120 : 25));
      for (let k = 0; k < len; k++) {
        const roll = random();
        if (roll < 0.45) parts.push(pick(dictWords));
        else if (roll < 0.6) {
          const at = Math.floor(random() * seed.length);
          parts.push(seed.slice(at, at + 1 + Math.floor(random() * 4)));
        } else if (roll < 0.7)
          parts.push(String.fromCharCode(0x4e00 + Math.floor(random() * 0x51a6))); // any CJK, HMM-unseen ones too
        else if (roll < 0.8) parts.push(String.fromCharCode(0x21 + Math.floor(random() * 0x5e)));
        else parts.push(pick(specials));
      }
      texts.push(parts.join(''));
    }
    const raw = disagreements(texts);
    expect(raw.examples).toEqual([]);
    expect(raw.differing).toBe(0);
    const clean = disagreements(sanitized(texts));
    expect(clean.examples).toEqual([]);
    expect(clean.differing).toBe(0);
  });
});

describe('jieba dictionary', () => {
  it("has nodejieba's words, minimum weight and C log bits", () => {
    const { trie } = jiebaModel();
    expect(trie.words).toBe(348982 + 4);
    // C log() (glibc 2.36, printed by a C program) of freq / sum for frequencies where V8's
    // Math.log is one bit off, and of the user dictionary's 区块链 10.
    const sum = 60101983; // the frequencies of jieba.dict.utf8 added up
    const bits = (x: number) =>
      Buffer.from(new Float64Array([x]).buffer)
        .readBigUInt64LE()
        .toString(16);
    const glibc: Array<[number, string]> = [
      [1236, 'c02595763e7dde8d'],
      [280, 'c0288db3fbcc6855'],
      [4727, 'c022e6a8e6aee5dd'],
      [20879, 'c01fdc372e22fef7'],
      [10, 'c02f37cab171fadd'],
    ];
    for (const [freq, hex] of glibc) expect(bits(logCorrectlyRounded(freq / sum))).toBe(hex);
    expect(bits(Math.log(1236 / sum))).not.toBe('c02595763e7dde8d');
    expect(wordWeight(trie, '区块链')).toBe(logCorrectlyRounded(10 / sum));
    expect(wordWeight(trie, '一分')).toBe(logCorrectlyRounded(1236 / sum));
    expect(wordWeight(trie, '一分钱不')).toBeUndefined();
    expect(logCorrectlyRounded(1)).toBe(0);
    expect(logCorrectlyRounded(0)).toBe(-Infinity);
    expect(logCorrectlyRounded(Math.E)).toBe(1);
  });
});
