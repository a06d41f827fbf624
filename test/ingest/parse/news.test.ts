import { describe, expect, it } from 'vitest';
import { parseDocument, splitSnippet } from '../../../ingest/parse/index.ts';
import { seedText } from '../../setup/shared-data.ts';

const SEED = seedText();

describe('parseDocument on the seed news page', () => {
  const articles = parseDocument(SEED, { name: 'seed' });
  const main = articles[0]!;

  it('should read title, publication time with +08:00, source and bylines', () => {
    expect(main.title).toBe('中美AI的破冰时刻');
    expect(main.publishedAt).toBe('2024-05-05T17:38:55+08:00');
    expect(main.source).toBe('网络');
    expect(main.authors).toEqual(['王欣', '王一鹏']);
  });

  it('should keep paragraphs joined by blank lines and headings in the text', () => {
    expect(main.text.startsWith('台积电创始人张忠谋说过:“全球化已死。”\n\n随着')).toBe(true);
    expect(main.headings).toEqual(['马斯克做AI,没中国不行', '避免AI“核灾难”']);
    expect(main.text).toContain('\n\n避免AI“核灾难”\n\n');
  });

  it('should drop the bylines, the date line and the trailing site chrome from the text', () => {
    expect(main.text).not.toContain('作者');
    expect(main.text).not.toContain('来源');
    expect(main.text).not.toContain('森舟');
    expect(main.text.endsWith('投入到安全领域。”')).toBe(true);
  });

  it('should turn every 相关 snippet into its own article after the main one', () => {
    expect(articles).toHaveLength(11);
    expect(main.text).not.toContain('哈马斯');
    articles.slice(1).forEach((a, i) => expect(a.id).toBe(`${main.id}#related-${i + 1}`));
  });

  it('should split a snippet title from its body at a 【…】 source tag', () => {
    const a = articles[1]!;
    expect(a.title).toBe('哈马斯:内塔尼亚胡因个人利益阻碍达成停火协议');
    expect(a.text.startsWith('据法新社5日消息')).toBe(true);
    expect(a.text.endsWith('..')).toBe(false);
  });

  it('should split a snippet at double spaces and read a 中新网 dateline', () => {
    const a = articles[4]!;
    expect(a.title).toBe('莫言编剧、王可然执导话剧《鳄鱼》在苏州首演');
    expect(a.text.startsWith('中新网北京5月5日电')).toBe(true);
    expect(a.source).toBe('中新网');
    expect(a.referenceDate).toBe('2024-05-05');
  });

  it('should split a snippet whose title runs straight into its body', () => {
    expect(articles[3]!.title).toBe('美以官员称预计敲定加沙停火协议仍需一周');
    expect(articles[3]!.text.startsWith('当地时间5月4日')).toBe(true);
    expect(articles[2]!.title).toBe('韩第一夫人被专案调查,尹锡悦逃得脱“青瓦台魔咒”吗?');
  });

  it('should give the same id to the same content and a url id when a url is known', () => {
    expect(parseDocument(SEED)[0]!.id).toBe(main.id);
    expect(main.id).toMatch(/^sha:[0-9a-f]{16}$/);
    expect(parseDocument(SEED, { url: 'https://example.com/a' })[0]!.id).toBe('url:https://example.com/a');
  });
});

describe('splitSnippet', () => {
  it('should credit the reporters a dateline names in brackets, and no one else', () => {
    expect(splitSnippet('标题在这里  中新网乌鲁木齐5月5日电 (宋建泽 韩栋)5月3日,一场盛大的登高徒步大会拉开帷幕。').authors).toEqual(['宋建泽', '韩栋']);
    expect(splitSnippet('标题在这里  中新网新疆喀什5月5日电 (记者 孙亭文)“我新开的民宿有13个房间。”').authors).toEqual(['孙亭文']);
    expect(splitSnippet('标题在这里  中新网北京5月5日电 (记者 崔白露)话剧首演。').authors).toEqual(['崔白露']);
    expect(splitSnippet('标题在这里  中新网北京5月5日电 据报道,会议(第三次)召开。').authors).toBeUndefined();
    expect(splitSnippet('标题在这里  (宋建泽 韩栋)不是电头之后的括号。').authors).toBeUndefined();
  });

  it('should strip the .. that marks a cut snippet', () => {
    expect(splitSnippet('标题在这里【新华社讯】正文内容..').body).toBe('正文内容');
  });
});

describe('parseDocument: a transcript question is no byline', () => {
  it("should keep a reporter's question under the headline in the text and credit no one with it", () => {
    const raw = '市长记者会:推出青州夜市计划\n2024-05-11 15:20:00\n记者:夜市的摊位费怎样收取?附近停车位够不够?\n市长:我们会研究延长营业时间。\n';
    const [a] = parseDocument(raw, { name: 'transcript.txt' });
    expect(a!.authors).toEqual([]);
    expect(a!.text).toContain('摊位费怎样收取');
  });

  it('should still credit a byline under the headline', () => {
    const [a] = parseDocument('青州夜市开张\n2024-04-26 10:05:37\n记者:林小满\n\n夜市今晚开张。\n', { name: 'night.txt' });
    expect(a!.authors).toEqual(['林小满']);
  });

  it('should credit the name, not the outlet and role written before it (某报·某网记者 某某)', () => {
    const [a] = parseDocument('港口复工首日见闻\n2021-03-05 19:42\n作者 | 晨光报·晨光网记者 周小川\n\n港口今天复工。\n', { name: 'port.txt' });
    expect(a!.authors).toEqual(['周小川']);
  });

  it("should credit no one for a content system's placeholder (编辑:Editor, 作者:admin)", () => {
    const [a] = parseDocument('港口复工首日见闻\n2021-03-05 19:42 发布 编辑:Editor\n\n港口今天复工。\n', { name: 'port.txt' });
    expect(a!.authors).toEqual([]);
    const [b] = parseDocument('港口复工首日见闻\n2021-03-05 19:42 作者:admin\n\n港口今天复工。\n', { name: 'port.txt' });
    expect(b!.authors).toEqual([]);
  });
});

describe('parseDocument: credits under the story (blind sample 8)', () => {
  it('should credit the names of credit lines closing the story, a Latin name whole', () => {
    const [a] = parseDocument('港口复工首日见闻\n港口今天复工,工人陆续返岗。\n攝:Mary Chan\n文:Peter Wong\n#PORT20230214\n', { name: 'port.txt' });
    expect(a!.authors).toEqual(['Peter Wong']);
    expect(a!.text).toContain('文:Peter Wong');
  });

  it('should read each credit of a closing line that holds several (编辑:某某 来源:某社)', () => {
    const [a] = parseDocument('港口复工首日见闻\n港口今天复工,工人陆续返岗。\n编辑:林小满 来源:晨光社\n', { name: 'port.txt' });
    expect(a!.authors).toEqual(['林小满']);
  });

  it('should not take a credit-like line inside the story for a credit', () => {
    const text =
      '港口复工首日见闻\n2021-03-05 19:42\n\n记者:你好,请问复工了吗?\n工人:复工了。\n港口今天复工,工人陆续返岗。第二段。\n第三段。\n第四段。\n第五段。\n';
    const [a] = parseDocument(text, { name: 'port.txt' });
    expect(a!.authors).toEqual([]);
  });
});

describe('parseDocument: a credit that names no one', () => {
  it('should credit no author 佚名 or 不详', () => {
    const [a] = parseDocument('青州夜市开张\n发布时间:2016-03-02 08:40:11  来源:晨光网  作者:佚名  责任编辑:林小满\n\n夜市今晚开张。\n', { name: 'night.txt' });
    expect(a!.authors).toEqual(['林小满']);
  });

  it('should credit the name, not the outlet and role written before it (某报·某网记者 某某)', () => {
    const [a] = parseDocument('港口复工首日见闻\n2021-03-05 19:42\n作者 | 晨光报·晨光网记者 周小川\n\n港口今天复工。\n', { name: 'port.txt' });
    expect(a!.authors).toEqual(['周小川']);
  });
});
