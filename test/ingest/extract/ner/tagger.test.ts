// The committed NER model on real news sentences (from the 2024-05-05 中美AI article and similar).
import { beforeAll, describe, expect, it } from 'vitest';
import { Tagger, loadModel, type NerModel } from '../../../../ingest/extract/ner/index.ts';
import { LEX_KINDS, LEX_SUFFIX } from '../../../../ingest/extract/ner/lexicon.ts';

let model: NerModel;
let tagger: Tagger;
beforeAll(() => {
  model = loadModel();
  tagger = new Tagger(model);
});

function found(text: string): string[] {
  return tagger.tag(text).map((e) => `${e.text}/${e.type}`);
}

describe('NER tagger on real sentences', () => {
  it('should load the committed model with features and gazetteers', () => {
    expect(model.info.features).toBeGreaterThan(10_000);
    expect(model.lexicon.tables.length).toBe(LEX_KINDS);
    expect(model.lexicon.tables[LEX_SUFFIX]!.keys.some((k) => k !== 0)).toBe(true);
    expect(model.lexicon.clusters.wordKeys.length).toBeGreaterThan(10_000);
  });

  it('should tag 布林肯 as one person and 美国 as a place', () => {
    const got = found('4月26日，美国国务卿布林肯访华之际，中美会晤达成了五点共识。');
    expect(got).toContain('布林肯/Person');
    expect(got).toContain('美国/Place');
  });

  it('should tag 张忠谋 as a person in the article opening', () => {
    expect(found('台积电创始人张忠谋说过:“全球化已死。”')).toContain('张忠谋/Person');
  });

  it('should tag 北京 as a place and 马斯克 as a person', () => {
    const got = found('随后，马斯克上周日出人意料地访问了北京，有传闻称其有望在中国推出更先进的辅助驾驶系统。');
    expect(got).toContain('北京/Place');
    expect(got).toContain('马斯克/Person');
    expect(got).toContain('中国/Place');
  });

  it('should tag a government body as one organization', () => {
    expect(found('国务院新闻办公室今天举行新闻发布会。')).toContain('国务院新闻办公室/Organization');
  });

  it('should give offsets that index into the input text', () => {
    const text = '据新华社报道，外交部发言人汪文斌在北京表示欢迎。';
    const spans = tagger.tag(text);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(spans.map((s) => s.text)).toContain('汪文斌');
  });

  it('should keep offsets right across many sentences and lines', () => {
    const one = '美国国务卿布林肯访华。\n';
    const text = one.repeat(50);
    const people = tagger.tag(text).filter((s) => s.type === 'Person');
    expect(people).toHaveLength(50);
    people.forEach((s, i) => expect(s.start).toBe(i * one.length + 5));
  });
  it('should never start or end a name inside a Latin-script word', () => {
    const texts = [
      '于是,马斯克再度来到中国。Wedbush Securities的分析师称,此举有助进一步加强其电动汽车在中国市场的足迹。',
      'Stanford HAI主任李飞飞与OpenAI首席执行官Sam Altman在Davos会面,讨论ＡＩ安全。',
      'Tesla和BYD在Shanghai的工厂,Renée Fleming在Zürich演出。',
    ];
    const letter = /[A-Za-zＡ-Ｚａ-ｚÀ-ÖØ-öø-ÿ]/u;
    for (const text of texts) {
      for (const e of tagger.tag(text)) {
        const cutsStart = e.start > 0 && letter.test(text[e.start - 1]!) && letter.test(text[e.start]!);
        const cutsEnd = e.end < text.length && letter.test(text[e.end - 1]!) && letter.test(text[e.end]!);
        expect({ name: e.text, cutsStart, cutsEnd }).toEqual({ name: e.text, cutsStart: false, cutsEnd: false });
      }
    }
  });
});
