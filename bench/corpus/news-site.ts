// A loopback news site over a generated corpus: /feed.xml lists articles [from, to) as RSS items
// (with an ETag, so a second run is conditional), /a/<i>.html serves article i as a news page. The
// pages are built on request, so a feed of any length costs no memory up front.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ParsedArticle } from '../../ingest/model.ts';
import type { NewsCorpus } from './news-corpus.ts';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function articlePage(a: ParsedArticle): string {
  const body = a.text
    .split('\n')
    .map((p) => `<p>${escape(p)}</p>`)
    .join('');
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>${escape(a.title)}_${escape(a.source ?? '')}</title>` +
    `<meta property="article:published_time" content="${a.publishedAt}"></head><body><nav>首页 国内 国际</nav>` +
    `<article><h1>${escape(a.title)}</h1>${body}</article><footer>版权所有</footer></body></html>`
  );
}

export interface NewsSite {
  feedUrl: string;
  close(): Promise<void>;
}

export async function serveNewsSite(corpus: NewsCorpus, from: number, to: number): Promise<NewsSite> {
  let base = '';
  const etag = `"${corpus.options.seed}-${from}-${to}"`;
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/feed.xml') {
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
      res.write(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>bench</title>`);
      for (let i = from; i < to; i++) {
        const a = corpus.article(i);
        res.write(`<item><title>${escape(a.title)}</title><link>${base}/a/${i}.html</link><pubDate>${new Date(a.publishedAt!).toUTCString()}</pubDate></item>`);
      }
      return void res.end('</channel></rss>');
    }
    const m = /^\/a\/(\d+)\.html$/.exec(url);
    if (m && Number(m[1]) >= from && Number(m[1]) < to) {
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(corpus.article(Number(m[1]))));
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { feedUrl: `${base}/feed.xml`, close: () => new Promise<void>((r) => server.close(() => r())) };
}
