import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH, sentenceAt, splitSentences } from '../../../ingest/parse/sentences.ts';

const texts = (s: string): string[] => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('should end a sentence at 。!? and keep a closing quote with it', () => {
    expect(texts('台积电创始人张忠谋说过:“全球化已死。”随着贸易壁垒加深。真的吗?')).toEqual([
      '台积电创始人张忠谋说过:“全球化已死。”',
      '随着贸易壁垒加深。',
      '真的吗?',
    ]);
  });

  it('should not cut a quotation that goes on after a 。 inside it', () => {
    const s = '布林肯表示:“我很高兴地宣布。我们将交流看法。”他说。';
    expect(texts(s)).toEqual(['布林肯表示:“我很高兴地宣布。我们将交流看法。”', '他说。']);
  });

  it('should not end a sentence inside brackets or 「」 quotes', () => {
    expect(texts('他说「好。走吧」然后离开。(注:此处省略。)')).toEqual(['他说「好。走吧」然后离开。', '(注:此处省略。)']);
  });

  it('should always end a sentence at a line break, so headings stand alone', () => {
    expect(texts('避免AI“核灾难”\n\n除了繁荣发展的AI应用领域')).toEqual(['避免AI“核灾难”', '除了繁荣发展的AI应用领域']);
  });

  it('should give offsets that slice back to the sentence text', () => {
    const s = '  第一句。 第二句!\n第三句';
    for (const x of splitSentences(s)) expect(s.slice(x.start, x.end)).toBe(x.text);
    expect(splitSentences(s).map((x) => x.index)).toEqual([0, 1, 2]);
  });

  it('should cut a line without punctuation into bounded sentences', () => {
    const out = splitSentences('字'.repeat(MAX_SENTENCE_LENGTH * 3 + 5));
    expect(out).toHaveLength(4);
    expect(Math.max(...out.map((x) => x.text.length))).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
  });

  it('should end the dateline with its credited reporters, so they are not part of the story', () => {
    const out = splitSentences('中新网北京5月5日电 (记者 崔白露)5月3日晚,话剧《鳄鱼》在江苏苏州湾大剧院首演。');
    expect(out.map((x) => x.text)).toEqual(['中新网北京5月5日电 (记者 崔白露)', '5月3日晚,话剧《鳄鱼》在江苏苏州湾大剧院首演。']);
    // A bracket elsewhere stays inside its sentence.
    expect(splitSentences('会议(第三次)在北京召开。')).toHaveLength(1);
  });

  it('should find the sentence containing an offset', () => {
    const out = splitSentences('甲。乙。丙。');
    expect(sentenceAt(out, 0)).toBe(0);
    expect(sentenceAt(out, 3)).toBe(1);
    expect(sentenceAt(out, 99)).toBe(-1);
  });
});
