// Persons cut short or glued to a word, countries read as persons (ingest/resolve/person-spans.ts)
// and 中非 of China and Africa (resolve-article.ts), mended at resolution, on hand-made extractions
// of invented sentences: the tagger's spans are given, so each class is checked whatever the model
// reads.
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, EntityType } from '../../../ingest/model.ts';
import { resolveArticle } from '../../../ingest/resolve/index.ts';

/** An extraction of `text` (title `title`) with explicit mentions: [name, type, [start, end]…]. */
function spans(text: string, specs: [string, EntityType, ...[number, number][]][], title = ''): ArticleExtraction {
  return {
    id: 'sha:test',
    title,
    text,
    sentences: [{ index: 0, start: 0, end: text.length, text }],
    entities: specs.map(([name, type, ...ms]) => ({
      id: `${type.toLowerCase()}:${name}`,
      name,
      type,
      aliases: [],
      mentions: ms.map(([start, end]) => ({ start, end, sentence: 0 })),
    })),
    events: [],
    coMentions: [],
  };
}

const persons = (x: ArticleExtraction) =>
  x.entities
    .filter((e) => e.type === 'Person')
    .map((e) => `${e.name}:${e.mentions.map((m) => x.text.slice(m.start, m.end)).join('/')}`)
    .sort();

describe('resolveArticle: a person cut short is read whole where the article repeats the rest', () => {
  it('should not read a whole Chinese name on into the word after it, even where the article repeats both', () => {
    const title = '张立群抢头香 农场新稻开镰';
    const text = '稻谷开镰当天,场长张立群抢头香,亲自下田收割。张立群说,新稻亩产不错。';
    const x = resolveArticle(spans(text, [['张立群', 'Person', [9, 12], [23, 26]]], title));
    expect(persons(x)).toEqual(['张立群:张立群/张立群']);
  });

  it('should read a Japanese given name the tagger left out when the article writes the whole name twice', () => {
    const text = '首相宫森翠音抵达会场。宫森翠音随后致辞。宫森说,合作重要。';
    const x = resolveArticle(spans(text, [['宫森', 'Person', [2, 4], [11, 13], [20, 22]]]));
    expect(persons(x)).toEqual(['宫森翠音:宫森翠音/宫森翠音/宫森']);
  });

  it('should count the title as one of the two readings', () => {
    const text = '首相宫森翠音今天抵达会场。宫森说,合作重要。';
    const x = resolveArticle(spans(text, [['宫森', 'Person', [2, 4], [13, 15]]], '宫森翠音访问邻国'));
    expect(persons(x)).toEqual(['宫森翠音:宫森翠音/宫森']);
  });

  it('should leave a name alone when what follows it is written after it only once', () => {
    const text = '首相宫森翠音抵达会场。宫森说,合作重要。';
    const x = resolveArticle(spans(text, [['宫森', 'Person', [2, 4], [11, 13]]]));
    expect(persons(x)).toEqual(['宫森:宫森/宫森']);
  });

  it('should not take a verb or a title after the name as its rest, however often the article writes it', () => {
    const text = '托维纳表示欢迎。托维纳表示满意。王储托维纳王储致辞,托维纳王储离开。';
    const x = resolveArticle(spans(text, [['托维纳', 'Person', [0, 3], [8, 11], [18, 21], [26, 29]]]));
    expect(persons(x)).toEqual(['托维纳:托维纳/托维纳/托维纳/托维纳']);
  });

  it('should add the last transliteration character the tagger left out (某某斯|库) and find the name where nothing was read', () => {
    const text = '前锋巴尔德斯库破门。巴尔德斯库赛后说,巴尔德斯库很开心。';
    const x = resolveArticle(spans(text, [['巴尔德斯', 'Person', [2, 6], [10, 14]]]));
    expect(persons(x)).toEqual(['巴尔德斯库:巴尔德斯库/巴尔德斯库/巴尔德斯库']);
  });

  it('should add the second character of a Japanese given name after a listed family name (北山翔|吾)', () => {
    const text = '投手北山翔吾先发。北山翔吾投了七局。';
    const x = resolveArticle(spans(text, [['北山翔', 'Person', [2, 5]]]));
    expect(persons(x)).toEqual(['北山翔吾:北山翔吾/北山翔吾']);
  });

  it('should read a regnal number as part of a monarch’s name, even once', () => {
    const text = '国王阿卜杜勒四世会见来宾。';
    const x = resolveArticle(spans(text, [['阿卜杜勒', 'Person', [2, 6]]]));
    expect(persons(x)).toEqual(['阿卜杜勒四世:阿卜杜勒四世']);
  });

  it('should not run a name into a place read right after it', () => {
    const text = '部长卡洛斯里约抵达。卡洛斯里约会谈。';
    const x = resolveArticle(
      spans(text, [
        ['卡洛斯', 'Person', [2, 5], [10, 13]],
        ['里约', 'Place', [5, 7], [13, 15]],
      ]),
    );
    expect(persons(x)).toEqual(['卡洛斯:卡洛斯/卡洛斯']);
  });
});

describe('resolveArticle: a person glued to a function word is cut back to the name', () => {
  it('should cut a time word or adverb glued after a name the article writes alone (某某昨, 某某正)', () => {
    const text = '部长戈麦斯抵达。戈麦斯昨会见代表,戈麦斯正准备回国。';
    const x = resolveArticle(
      spans(text, [
        ['戈麦斯', 'Person', [2, 5]],
        ['戈麦斯昨', 'Person', [8, 12]],
        ['戈麦斯正', 'Person', [17, 21]],
      ]),
    );
    expect(persons(x)).toEqual(['戈麦斯:戈麦斯/戈麦斯/戈麦斯']);
  });

  it('should cut a verb glued before the name and 两人 after it', () => {
    const text = '总理泰伦斯抵达。媒体称泰伦斯将出席。泰伦斯与卡门握手,卡门两人交谈。';
    const x = resolveArticle(
      spans(text, [
        ['泰伦斯', 'Person', [2, 5], [18, 21]],
        ['称泰伦斯', 'Person', [10, 14]],
        ['卡门', 'Person', [22, 24]],
        ['卡门两人', 'Person', [27, 31]],
      ]),
    );
    expect(persons(x)).toEqual(['卡门:卡门/卡门', '泰伦斯:泰伦斯/泰伦斯/泰伦斯']);
  });

  it('should cut a function word after a name the alias table knows, even when the article writes it only glued', () => {
    const text = '美国总统川普则回应称不会让步。';
    const x = resolveArticle(spans(text, [['川普则', 'Person', [4, 7]]]));
    expect(persons(x)).toEqual(['特朗普:川普']);
  });

  it('should keep a name that merely ends with such a character when nothing names it without it', () => {
    const text = '记者罗建正报道。罗建正说。';
    const x = resolveArticle(spans(text, [['罗建正', 'Person', [2, 5], [8, 11]]]));
    expect(persons(x)).toEqual(['罗建正:罗建正/罗建正']);
  });
});

describe('resolveArticle: a country read as a person', () => {
  const typed = (x: ArticleExtraction) => x.entities.map((e) => `${e.type}:${e.name}`).sort();

  it('should make a person named by a country’s name that country, and a character and 国 the country it starts', () => {
    const text = '部长访问卡达后,转往叙利亚,并说敘國局势紧张。';
    const x = resolveArticle(
      spans(text, [
        ['卡达', 'Person', [4, 6]],
        ['叙利亚', 'Place', [10, 13]],
        ['叙国', 'Person', [16, 18]],
      ]),
    );
    expect(typed(x)).toEqual(['Place:卡塔尔', 'Place:叙利亚']);
    expect(x.entities.find((e) => e.name === '叙利亚')!.mentions).toHaveLength(2);
  });

  it('should leave a person named like a country where the text calls it a person (某某先生, a title before it)', () => {
    const text = '卡达先生说,大使卡达会见了记者。';
    const x = resolveArticle(spans(text, [['卡达', 'Person', [0, 2], [8, 10]]]));
    expect(typed(x)).toEqual(['Person:卡达']);
  });

  it('should leave a person named with 国 when no country of the article starts with its first character', () => {
    const text = '部长访问叙利亚,与安国会谈。';
    const x = resolveArticle(
      spans(text, [
        ['叙利亚', 'Place', [4, 7]],
        ['安国', 'Person', [9, 11]],
      ]),
    );
    expect(typed(x)).toEqual(['Person:安国', 'Place:叙利亚']);
  });
});

describe('resolveArticle: 中非 of China and Africa', () => {
  const places = (x: ArticleExtraction) =>
    x.entities
      .filter((e) => e.type === 'Place')
      .map((e) => `${e.name}:${e.mentions.map((m) => x.text.slice(m.start, m.end)).join('/')}`)
      .sort();

  it('should read 中非 before a word of relations as 中国 and 非洲, and keep it as a country elsewhere', () => {
    const text = '部长谈中非合作的前景。他随后访问中非,会见总统。';
    const x = resolveArticle(spans(text, [['中非共和国', 'Place', [3, 5], [16, 18]]]));
    expect(places(x)).toEqual(['中国:中', '中非共和国:中非', '非洲:非']);
  });
});

describe('resolveArticle: a married woman’s name with her husband’s surname before her own', () => {
  /** Spans of `name` at each place the text writes `surface`, shifted by `from` (where `name` starts in it). */
  const at = (text: string, surface: string, from: number, len: number): [number, number][] => {
    const out: [number, number][] = [];
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) out.push([i + from, i + from + len]);
    return out;
  };

  it('should read the two parts the tagger cut (a pair of surnames, a name without the first) as one person', () => {
    const text = '新任署长罗苏慧珊今日履新。记者问及计划时,罗苏慧珊表示会先听意见。';
    const [first, second] = at(text, '罗苏慧珊', 0, 4);
    const x = resolveArticle(
      spans(text, [
        ['罗苏', 'Person', [first![0], first![0] + 2]],
        ['苏慧珊', 'Person', [second![0] + 1, second![1]]],
      ]),
    );
    expect(persons(x)).toEqual(['罗苏慧珊:罗苏慧珊/罗苏慧珊']);
  });

  it('should add a last character the tagger left out of such a name', () => {
    const text = '局长罗苏慧珊到场。罗苏慧珊指出,工作要做细。';
    const x = resolveArticle(spans(text, [['罗苏慧', 'Person', ...at(text, '罗苏慧珊', 0, 3)]]));
    expect(persons(x)).toEqual(['罗苏慧珊:罗苏慧珊/罗苏慧珊']);
  });

  it('should not take the end of a title that is also a surname, nor a verb after a name', () => {
    const text = '办公室主任王海明说,张金龙表示同意。主任王海明补充,张金龙表示支持。';
    const x = resolveArticle(
      spans(text, [
        ['王海明', 'Person', ...at(text, '王海明', 0, 3)],
        ['张金龙', 'Person', ...at(text, '张金龙', 0, 3)],
      ]),
    );
    expect(persons(x)).toEqual(['张金龙:张金龙/张金龙', '王海明:王海明/王海明']);
  });

  it('should leave such a reading alone when the article writes the whole only once', () => {
    const text = '局长罗苏慧珊到场。罗苏说,工作要做细。';
    const x = resolveArticle(
      spans(text, [
        ['罗苏慧', 'Person', [2, 5]],
        ['罗苏', 'Person', [9, 11]],
      ]),
    );
    expect(persons(x)).toEqual(['罗苏:罗苏', '罗苏慧:罗苏慧']);
  });
});
