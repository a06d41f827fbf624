// One short real-news article in the forms the sources meet it: simplified Chinese (UTF-8, GBK),
// traditional Chinese (Big5), as RSS 2.0 items, Atom entries and an HTML page with metadata.
import iconv from 'iconv-lite';

export const TITLE = '马斯克访问北京会见李强';
export const TITLE_TW = '馬斯克訪問北京會見李強';
export const PARAGRAPHS = [
  '新华社上海5月5日电 特斯拉首席执行官马斯克4月28日访问北京，与国务院总理李强会面，双方就电动汽车和人工智能交换了意见。',
  '马斯克表示，特斯拉上海超级工厂是全球效率最高的工厂之一，公司将继续扩大在华投资。',
];
export const PARAGRAPHS_TW = [
  '新華社上海5月5日電 特斯拉首席執行官馬斯克4月28日訪問北京，與國務院總理李強會面，雙方就電動汽車和人工智能交換了意見。',
  '馬斯克表示，特斯拉上海超級工廠是全球效率最高的工廠之一，公司將繼續擴大在華投資。',
];
export const TEXT = PARAGRAPHS.join('\n\n');

/** A numbered variant, so feeds can carry many distinct small articles. */
export function paragraphsFor(n: number): string[] {
  return [`第${n}号快讯：${PARAGRAPHS[0]!}`, `${PARAGRAPHS[1]!}（编号${n}）`];
}

export function rss(items: { title: string; link: string; html?: string; date?: string }[], encoding = 'UTF-8'): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${i.link}</link><guid>${i.link}</guid>` +
        `<pubDate>${i.date ?? 'Sun, 05 May 2024 09:38:55 GMT'}</pubDate>` +
        (i.html ? `<content:encoded><![CDATA[${i.html}]]></content:encoded>` : '<description>短讯</description>') +
        '</item>',
    )
    .join('\n');
  return `<?xml version="1.0" encoding="${encoding}"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>测试频道</title><link>http://127.0.0.1/</link><description>测试</description>\n${body}\n</channel></rss>`;
}

export function atom(entries: { title: string; link: string; html: string }[]): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = entries
    .map(
      (e) =>
        `<entry><title>${e.title}</title><link rel="alternate" href="${e.link}"/><id>${e.link}</id><published>2024-05-05T17:38:55+08:00</published><content type="html">${esc(e.html)}</content></entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>测试</title><id>urn:test</id><updated>2024-05-05T10:00:00Z</updated>\n${body}\n</feed>`;
}

export function page(title: string, paragraphs: string[], opts: { charset?: string; published?: string; site?: string } = {}): string {
  const meta = opts.charset ? `<meta charset="${opts.charset}">` : '';
  const time = opts.published ? `<meta property="article:published_time" content="${opts.published}">` : '';
  return (
    `<!doctype html><html><head>${meta}<title>${title}_新闻</title>${time}<meta property="og:site_name" content="${opts.site ?? '测试新闻网'}"></head>` +
    `<body><nav><a href="/">首页</a> <a href="/a">国内</a></nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>` +
    '<footer>版权所有 © 测试新闻网</footer></body></html>'
  );
}

export const gbk = (s: string): Buffer => iconv.encode(s, 'gbk');
export const big5 = (s: string): Buffer => iconv.encode(s, 'big5');
