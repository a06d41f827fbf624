// Tiny DOM builder. Text always goes through textContent (never innerHTML), so names, titles and
// sentences from the news render as text whatever characters they hold.
import { articleHref } from '../core/url/index.ts';

type Child = Node | string | null | undefined | false;

export interface ElOptions {
  class?: string;
  text?: string;
  attrs?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElOptions = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.class) node.className = options.class;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [k, v] of Object.entries(options.attrs ?? {})) node.setAttribute(k, v);
  for (const [type, handler] of Object.entries(options.on ?? {})) node.addEventListener(type, handler as EventListener);
  for (const child of children) if (child) node.append(child);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`web/views: element #${id} is missing from index.html`);
  return node as T;
}

/**
 * A sentence with every occurrence of any of `terms` wrapped in <mark>, built from text nodes.
 * Longer terms win where they overlap (埃隆•马斯克 before 马斯克).
 */
export function highlighted(text: string, terms: string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const sorted = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  let i = 0;
  let plain = '';
  while (i < text.length) {
    const term = sorted.find((t) => text.startsWith(t, i));
    if (term) {
      if (plain) fragment.append(plain);
      plain = '';
      fragment.append(el('mark', { text: term }));
      i += term.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) fragment.append(plain);
  return fragment;
}

/** A sentence with the given [start, end) spans wrapped in <mark>; overlapping spans merge. */
export function highlightedSpans(text: string, spans: { start: number; end: number }[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    if (start > at) fragment.append(text.slice(at, start));
    fragment.append(el('mark', { text: text.slice(start, end) }));
    at = end;
  }
  if (at < text.length) fragment.append(text.slice(at));
  return fragment;
}

/**
 * An article's title, linked to the article when its URL is an absolute http(s) URL; any other URL
 * (javascript:, data:, relative, malformed) is shown beside the title as plain text, never as an href.
 */
export function articleLink(title: string, url: string | null | undefined): HTMLElement {
  const href = articleHref(url);
  if (href) return el('a', { class: 'article-title', text: title, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } });
  if (!url) return el('span', { class: 'article-title', text: title });
  return el('span', { class: 'article-title' }, [
    title,
    ' ',
    el('span', { class: 'article-url', text: `(${url})`, attrs: { title: '不是 http(s) 链接，不可点击 Not an http(s) link, shown as text' } }),
  ]);
}

/**
 * The local day of an ISO date-time as the API sends it (in the article's own offset, so its first
 * ten characters are the day the article states), or its month when the date is known to a month
 * only (`datePrecision` month: 2024-09, not the 1st it is stored as); — when there is none.
 */
export function formatDay(value: string | null | undefined, precision?: string | null): string {
  return value ? value.slice(0, precision === 'month' ? 7 : 10) : '—';
}
