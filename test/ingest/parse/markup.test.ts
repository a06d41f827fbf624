import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../ingest/parse/index.ts';
import { MAX_TAG_LENGTH, stripMarkup } from '../../../ingest/parse/markup.ts';

describe('markup in plain text', () => {
  it('should drop an <img onerror> tag and keep the names on both sides of it', () => {
    expect(stripMarkup('小米集团创始人雷军<img src=x onerror=alert(1)>在北京会见了马斯克。')).toBe('小米集团创始人雷军在北京会见了马斯克。');
  });

  it('should keep the text inside inline tags and drop their attributes, quoted values holding > included', () => {
    expect(stripMarkup('特斯拉首席执行官<b>马斯克</b>与<a href="https://x.cn/?a>b" title=\'A > B\'>李强</a>会面')).toBe('特斯拉首席执行官马斯克与李强会面');
  });

  it('should turn block tags into line breaks so paragraphs stay apart', () => {
    expect(stripMarkup('<div class="article"><p>王毅会见了布林肯。</p><p>双方讨论了人工智能。</p></div>')).toBe(
      '\n\n王毅会见了布林肯。\n\n双方讨论了人工智能。\n\n',
    );
    expect(stripMarkup('李强<br>会见了<br/>盖茨')).toBe('李强\n会见了\n盖茨');
  });

  it('should drop comments, doctype and what script and style elements hold', () => {
    expect(stripMarkup('<!DOCTYPE html><!-- 作者 | 张三 -->正文<script>var name = "<b>王五</b>";</script><style>p > a { color: red }</style>结束')).toBe(
      '正文结束',
    );
  });

  it.each([
    ['价格<100元的车型', '价格<100元的车型'],
    ['当a<b且b>c时', '当a<b且b>c时'],
    ['3<5 && 5>3', '3<5 && 5>3'],
    ['<<人民日报>>报道', '<<人民日报>>报道'],
    ['见<https://example.com/a>', '见<https://example.com/a>'],
    ['<foo>不是标签</foo>', '<foo>不是标签</foo>'],
    ['未闭合的<img src="x 文字', '未闭合的<img src="x 文字'],
    ['马斯克说：<', '马斯克说：<'],
  ])('should keep %j, whose < opens no tag, as it is', (text, expected) => {
    expect(stripMarkup(text)).toBe(expected);
  });

  it('should strip tags spelled in capitals, spread over lines, and custom elements', () => {
    expect(stripMarkup('<IMG SRC=x ONERROR=alert(1)>雷军<news-card\n  data-id="7"\n>马斯克</news-card>')).toBe('雷军马斯克');
  });

  it('should return text without tags unchanged', () => {
    const text = '6月9日，小米集团创始人雷军在北京会见了特斯拉首席执行官马斯克。';
    expect(stripMarkup(text)).toBe(text);
  });

  it('should leave a tag longer than the bound as text rather than scan on', () => {
    const long = `<img title="${'x'.repeat(MAX_TAG_LENGTH)}">`;
    expect(stripMarkup(`${long}雷军`)).toBe(`${long}雷军`);
  });
});

describe('parseDocument on text that carries markup', () => {
  it('should not take a byline of markup as authors', () => {
    const [a] = parseDocument('雷军会见马斯克\n2024-06-10 来源:测试\n作者 | <img src=x onerror=alert(1)>\n\n6月9日，雷军在北京会见了马斯克。', {
      name: 'a.txt',
    });
    expect(a!.authors).toEqual([]);
    expect(a!.text).not.toMatch(/src=|onerror|<img/);
    expect(a!.publishedAt).toBe('2024-06-10T00:00:00+08:00');
  });

  it('should keep the real author of a byline written with tags', () => {
    const [a] = parseDocument('雷军会见马斯克\n2024-06-10 来源:测试\n作者 | <span class="name">王欣</span>\n\n6月9日，雷军在北京会见了马斯克。');
    expect(a!.authors).toEqual(['王欣']);
  });

  it('should take the title from a first line wrapped in a heading tag', () => {
    const [a] = parseDocument('<h1>马斯克访华</h1>\n<p>马斯克上周日访问了北京。</p>');
    expect(a).toMatchObject({ title: '马斯克访华', text: '马斯克上周日访问了北京。' });
  });

  it('should strip inline HTML in Markdown as well as its own markup, a <br> joining its paragraph as a soft break does', () => {
    const [a] = parseDocument('# 中美对话\n\n**李强**<br/>会见了<span style="color:red">比尔·盖茨</span>。');
    expect(a!.title).toBe('中美对话');
    expect(a!.text).toBe('李强会见了比尔·盖茨。');
  });

  it('should read a text that is only markup as no article', () => {
    expect(parseDocument('<img src=x onerror=alert(1)>\n<br>')).toEqual([]);
  });
});
