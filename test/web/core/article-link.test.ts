import { describe, expect, it } from 'vitest';
import { articleHref } from '../../../web/src/core/url/index.ts';

describe('article links', () => {
  it.each([
    ['https://www.example.com/news/2024/05/05/a.html', 'https://www.example.com/news/2024/05/05/a.html'],
    ['http://news.example.cn/a?id=1#p2', 'http://news.example.cn/a?id=1#p2'],
    ['HTTPS://Example.COM/新闻', 'https://example.com/%E6%96%B0%E9%97%BB'],
  ])('should link the http(s) article URL %s', (url, href) => {
    expect(articleHref(url)).toBe(href);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(document.cookie)'],
    [' javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['\u0001javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['ftp://example.com/a'],
    ['/news/a.html'],
    ['//evil.example.com/a'],
    ['news/a.html'],
    ['http://'],
    ['https://exa mple.com/'],
    [''],
    ['   '],
  ])('should not link the article URL %j', (url) => {
    expect(articleHref(url)).toBeNull();
  });

  it('should not link a missing article URL', () => {
    expect(articleHref(null)).toBeNull();
    expect(articleHref(undefined)).toBeNull();
  });
});
