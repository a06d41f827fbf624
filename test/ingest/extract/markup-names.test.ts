// Markup in a plain-text or Markdown article is not prose: no entity is made of tag or attribute
// text, the names around the markup are found as they are in the same article without it, and
// every offset still points at its name inside its evidence sentence.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../ingest/extract/pipeline.ts';
import type { ArticleExtraction } from '../../../ingest/model.ts';
import { normalizeName, parseDocument } from '../../../ingest/parse/index.ts';

const extract = (raw: string): ArticleExtraction => extractArticle(parseDocument(raw, { name: 'markup.txt' })[0]!);
const names = (x: ArticleExtraction) => x.entities.map((e) => `${e.type}:${e.name}`).sort();

/** [what it shows, the article with markup, the same article as a person would read it]. */
const CASES: [string, string, string][] = [
  [
    'a byline of markup',
    '雷军会见马斯克\n2024-06-10 来源:测试\n作者 | <img src=x onerror=alert(1)>\n\n6月9日，小米集团创始人雷军在北京会见了特斯拉首席执行官马斯克。',
    '雷军会见马斯克\n2024-06-10 来源:测试\n\n6月9日，小米集团创始人雷军在北京会见了特斯拉首席执行官马斯克。',
  ],
  [
    'an <img onerror> between two names',
    '雷军会见马斯克\n\n6月9日，小米集团创始人雷军<img src=x onerror=alert(document.domain)>在北京会见了特斯拉首席执行官<b>马斯克</b>，双方讨论了电动汽车合作。',
    '雷军会见马斯克\n\n6月9日，小米集团创始人雷军在北京会见了特斯拉首席执行官马斯克，双方讨论了电动汽车合作。',
  ],
  [
    'paragraph tags with attributes that look like names',
    '中美外长会谈\n\n<div class="article" data-author="张三"><p>外交部长王毅在北京会见了美国国务卿布林肯。</p><p title="李四">双方讨论了人工智能。</p></div>',
    '中美外长会谈\n\n外交部长王毅在北京会见了美国国务卿布林肯。\n\n双方讨论了人工智能。',
  ],
  [
    'inline HTML in Markdown',
    '# 中美对话\n\n国务院总理**李强**在北京会见了<span style="color:red" data-name="王五">比尔·盖茨</span>。',
    '# 中美对话\n\n国务院总理**李强**在北京会见了比尔·盖茨。',
  ],
  [
    'a less-than sign in prose next to markup',
    '新车发布\n\n售价<30万元的特斯拉新车在上海发布，<script>alert("赵六")</script>马斯克出席了发布会。',
    '新车发布\n\n售价<30万元的特斯拉新车在上海发布，马斯克出席了发布会。',
  ],
];

describe('names in articles that carry HTML markup', () => {
  it.each(CASES)('should find no entity in tag or attribute text (%s)', (_what, marked) => {
    for (const e of extract(marked).entities) {
      for (const form of [e.name, ...e.aliases]) expect(form).not.toMatch(/[<>=]|src|onerror|alert|img|class|data-|span|style|script|张三|李四|王五|赵六/i);
    }
  });

  it.each(CASES)('should find the same names as in the article without markup (%s)', (_what, marked, clean) => {
    const found = names(extract(marked));
    expect(found.length).toBeGreaterThan(1);
    expect(found).toEqual(names(extract(clean)));
  });

  it.each(CASES)('should point every mention at its name inside its evidence sentence (%s)', (_what, marked) => {
    const x = extract(marked);
    for (const e of x.entities) {
      for (const m of e.mentions) {
        const sentence = x.sentences[m.sentence]!;
        // Names are stored normalized (比尔·盖茨 as 比尔•盖茨); the text keeps the writer's form.
        expect([e.name, ...e.aliases].map(normalizeName)).toContain(normalizeName(x.text.slice(m.start, m.end)));
        expect(m.start >= sentence.start && m.end <= sentence.end).toBe(true);
        expect(sentence.text).toBe(x.text.slice(sentence.start, sentence.end));
      }
    }
  });

  it('should keep 雷军 a person when an <img> tag follows his name', () => {
    const x = extract(CASES[1]![1]); // read as prose, the tag made him an Organization

    expect(x.entities.find((e) => e.name === '雷军')?.type).toBe('Person');
    expect(x.text).toContain('雷军在北京');
  });

  it('should keep a less-than sign of prose in the text', () => {
    expect(extract(CASES[4]![1]).text).toContain('售价<30万元');
  });
});
