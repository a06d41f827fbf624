// UTF-8, GBK, Atom and Big5 copies of one article, served by a real local HTTP server, must all
// end as the same normalized text (the form extraction works on).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../../../ingest/parse/index.ts';
import { DEFAULT_SOURCE_OPTIONS, loadDocument, resolveSource } from '../../../ingest/sources/index.ts';
import { atom, big5, gbk, page, PARAGRAPHS, PARAGRAPHS_TW, rss, TEXT, TITLE, TITLE_TW } from './fixtures.ts';
import { startHttpServer, type TestHttpServer } from './http-server.ts';

let http: TestHttpServer;
// Test articles are short; a lower threshold keeps the feeds' full text in use.
const ctx = { options: { ...DEFAULT_SOURCE_OPTIONS, timeoutMs: 3000, minFeedTextLength: 50 } };
const html = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

async function articlesOf(url: string) {
  const resolved = await resolveSource(url, ctx);
  const out = [];
  for (const ref of resolved.refs) out.push(...(await loadDocument(ref, ctx)));
  return out;
}

beforeAll(async () => {
  http = await startHttpServer();
  http.route('/utf8.xml', (_q, res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss([{ title: TITLE, link: `${http.base}/u/1`, html }])),
  );
  // GBK feed: charset only in the XML declaration; items link to a GBK page declared by <meta>.
  http.route('/gbk.xml', (_q, res) =>
    res.writeHead(200, { 'content-type': 'application/xml' }).end(gbk(rss([{ title: TITLE, link: `${http.base}/gbk-page` }], 'GBK'))),
  );
  http.route('/gbk-page', (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(gbk(page(TITLE, PARAGRAPHS, { charset: 'gbk' }))));
  http.route('/atom.xml', (_q, res) =>
    res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atom([{ title: TITLE, link: `${http.base}/a/1`, html }])),
  );
  // Big5 page: charset only in the HTTP header.
  http.route('/big5.html', (_q, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=big5' })
      .end(big5(page(TITLE_TW, PARAGRAPHS_TW, { published: '2024-05-05T17:38:55+08:00', site: '測試新聞網' }))),
  );
  // No declaration at all: detection has to find GB18030.
  http.route('/undeclared.html', (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(gbk(page(TITLE, PARAGRAPHS))));
});
afterAll(() => http.close());

describe('encodings', () => {
  it('should read a UTF-8 feed, a GBK feed, an Atom feed and a Big5 page as the same normalized text', async () => {
    const expected = normalizeText(TEXT).text;
    for (const path of ['/utf8.xml', '/gbk.xml', '/atom.xml', '/big5.html', '/undeclared.html']) {
      const articles = await articlesOf(`${http.base}${path}`);
      expect(articles, path).toHaveLength(1);
      expect(normalizeText(articles[0]!.text).text, path).toBe(expected);
      expect(normalizeText(articles[0]!.title).text, path).toBe(normalizeText(TITLE).text);
    }
  });

  it('should take the publication time and source from the page metadata', async () => {
    const [article] = await articlesOf(`${http.base}/big5.html`);
    expect(article!.publishedAt).toBe('2024-05-05T17:38:55+08:00');
    expect(article!.source).toBe('測試新聞網');
    expect(article!.url).toBe(`${http.base}/big5.html`);
  });

  it('should take the item time from the feed', async () => {
    const [article] = await articlesOf(`${http.base}/utf8.xml`);
    expect(article!.publishedAt).toBe('2024-05-05T09:38:55+00:00');
    expect(article!.url).toBe(`${http.base}/u/1`);
  });
});
