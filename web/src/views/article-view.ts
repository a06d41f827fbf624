// The article view: an article over the graph with its entities highlighted (a click focuses one in
// the graph), its source, local date and a link to the original; or a list of articles (those that
// mention an entity, or of one day) each opening here. The text is rendered a chunk at a time as it
// scrolls into view (core/article), so a 200,000-character article opens at once. Names and text
// reach the page only as text nodes.
import { articleChunks, chunkAt, type Chunk } from '../core/article/index.ts';
import { api, type ArticleSummary, type ArticleView as Article } from '../core/api/index.ts';
import { TYPE_LABELS, typeColor, type EntityType } from '../core/graph/types.ts';
import { articleLink, el, formatDay } from './dom.ts';
import './article-view.css';

export interface ArticleViewActions {
  /** Focus an entity in the graph (expanding to it when it is not drawn). */
  select(id: string): void;
}

/** Articles per page in a list. */
export const ARTICLE_LIST_PAGE = 20;

export class ArticleView {
  readonly root: HTMLElement;
  private readonly header = el('div', { class: 'article-header' });
  private readonly body = el('div', { class: 'article-body' });
  private observer: IntersectionObserver | null = null;
  private token = 0;
  private chunks: Chunk[] = [];
  private rendered = 0;
  private text = '';
  private focusRange: { start: number; end: number } | null = null;
  private readonly textRoot = el('div', { class: 'article-text', attrs: { lang: 'zh' } });
  private readonly sentinel = el('div', { class: 'article-more', text: '…' });

  constructor(
    host: HTMLElement,
    private readonly actions: ArticleViewActions,
  ) {
    this.root = el('section', { class: 'article-view', attrs: { role: 'dialog', 'aria-label': '文章 Article', id: 'article-view' } }, [this.header, this.body]);
    this.root.hidden = true;
    this.root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
    // One listener for every mention of every chunk.
    this.textRoot.addEventListener('click', (event) => {
      const mark = (event.target as HTMLElement).closest<HTMLElement>('mark.mention');
      if (mark?.dataset.entity) this.actions.select(mark.dataset.entity);
    });
    this.textRoot.addEventListener('keydown', (event) => {
      const mark = (event.target as HTMLElement).closest<HTMLElement>('mark.mention');
      if (event.key === 'Enter' && mark?.dataset.entity) this.actions.select(mark.dataset.entity);
    });
    host.append(this.root);
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  close(): void {
    this.token++;
    this.observer?.disconnect();
    this.root.hidden = true;
    this.body.replaceChildren();
  }

  /** Opens an article; with `sentence`, scrolls to the first place that sentence's text stands and marks it. */
  async open(id: string, sentence?: string): Promise<void> {
    const token = this.start('加载文章… Loading the article…');
    const article = await api.article(id).catch((err: Error) => this.failed(token, err));
    if (token !== this.token || !article) return;
    this.showArticle(article, sentence);
  }

  /** Lists the articles that mention an entity (`entity`) or of one day (`day`), paged. */
  async list(o: { entity?: string; day?: string; label: string }, skip = 0): Promise<void> {
    const token = this.start('加载文章列表… Loading articles…');
    const page = await api.articles({ entity: o.entity, day: o.day, skip, limit: ARTICLE_LIST_PAGE }).catch((err: Error) => this.failed(token, err));
    if (token !== this.token || !page) return;
    this.header.replaceChildren(
      this.closeButton(),
      el('h2', { class: 'article-heading', text: `文章 Articles · ${o.label}` }),
      el('p', { class: 'hint', text: `${page.total} 篇 article(s)` }),
    );
    const last = Math.min(page.total, skip + page.items.length);
    this.body.replaceChildren(
      page.items.length
        ? el(
            'ul',
            { class: 'article-list' },
            page.items.map((a) => this.listItem(a)),
          )
        : el('p', { class: 'hint', text: '没有文章 No articles' }),
      el('div', { class: 'pager' }, [
        el('button', {
          text: '上一页 Prev',
          attrs: skip > 0 ? {} : { disabled: '' },
          on: { click: () => void this.list(o, Math.max(0, skip - ARTICLE_LIST_PAGE)) },
        }),
        el('span', { text: page.total ? ` ${skip + 1}–${last} / ${page.total} ` : ' 0 ' }),
        el('button', {
          text: '下一页 Next',
          attrs: last < page.total ? {} : { disabled: '' },
          on: { click: () => void this.list(o, skip + ARTICLE_LIST_PAGE) },
        }),
      ]),
    );
  }

  kill(): void {
    this.close();
    this.root.remove();
  }

  private start(loading: string): number {
    this.observer?.disconnect();
    this.root.hidden = false;
    this.header.replaceChildren(this.closeButton());
    this.body.replaceChildren(el('p', { class: 'hint', text: loading }));
    return ++this.token;
  }

  /** A failed load says why in the view itself (the article view has no status line of its own). */
  private failed(token: number, err: Error): null {
    if (token === this.token) this.body.replaceChildren(el('p', { class: 'error', text: `出错 Error: ${err.message}` }));
    return null;
  }

  private closeButton(): HTMLElement {
    return el('button', {
      class: 'article-close',
      text: '关闭 Close ✕',
      attrs: { 'aria-label': '关闭文章 Close the article' },
      on: { click: () => this.close() },
    });
  }

  private listItem(a: ArticleSummary): HTMLElement {
    return el('li', { class: 'article-list-item' }, [
      el('button', { class: 'link', text: a.title || a.id, on: { click: () => void this.open(a.id) } }),
      el('span', {
        class: 'date',
        text: ` · ${formatDay(a.publishedAt, a.datePrecision)}${a.source ? ` · ${a.source}` : ''}${a.mentions !== null ? ` · ${a.mentions} 次提及 mention(s)` : ''}`,
      }),
    ]);
  }

  private showArticle(article: Article, sentence?: string): void {
    const day = article.publishedAt?.slice(0, 10) ?? null;
    this.header.replaceChildren(
      this.closeButton(),
      el('h2', { class: 'article-heading', text: article.title || article.id }),
      el('p', { class: 'article-meta' }, [
        el('span', { text: `来源 Source: ${article.source ?? '—'}` }),
        ' · ',
        el('span', {
          class: 'date',
          text: `${formatPublished(article.publishedAt, article.datePrecision)}${article.publishedZone ? ` (${article.publishedZone})` : ''}`,
        }),
        ...(day && article.datePrecision !== 'month'
          ? [' · ', el('button', { class: 'link', text: '同日文章 Same day', on: { click: () => void this.list({ day, label: day }) } })]
          : []),
      ]),
      el('p', { class: 'article-meta' }, [
        '原文 Original: ',
        article.url ? articleLink(article.url, article.url) : el('span', { class: 'hint', text: '无链接 No URL' }),
      ]),
      el('p', {
        class: 'hint',
        text: `${[...article.text].length.toLocaleString('en')} 字 characters · ${article.mentions.length} 处实体 entity mentions · 点击高亮的名字在图中查看 Click a highlighted name to see it in the graph`,
      }),
    );
    this.text = article.text;
    this.chunks = articleChunks(article.text, article.mentions);
    this.rendered = 0;
    const at = sentence ? article.text.indexOf(sentence) : -1;
    this.focusRange = at >= 0 ? { start: at, end: at + sentence!.length } : null;
    this.textRoot.replaceChildren();
    this.body.replaceChildren(this.textRoot, this.sentinel);
    this.body.scrollTop = 0;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.renderMore(1);
      },
      { root: this.body, rootMargin: '600px' },
    );
    this.renderMore(this.focusRange ? chunkAt(this.chunks, this.focusRange.end) + 1 : 1);
    this.observer.observe(this.sentinel);
    if (this.focusRange) this.textRoot.querySelector('.focus')?.scrollIntoView({ block: 'center' });
    this.root.dataset.articleId = article.id;
  }

  /** Appends the next `count` chunks; the sentinel goes when the text is complete. */
  private renderMore(count: number): void {
    const until = Math.min(this.chunks.length, this.rendered + count);
    for (; this.rendered < until; this.rendered++) this.textRoot.append(this.renderChunk(this.chunks[this.rendered]!));
    this.root.dataset.renderedChunks = String(this.rendered);
    this.root.dataset.chunks = String(this.chunks.length);
    if (this.rendered >= this.chunks.length) {
      this.observer?.disconnect();
      this.sentinel.remove();
    }
  }

  private renderChunk(chunk: Chunk): DocumentFragment {
    const fragment = document.createDocumentFragment();
    for (const piece of chunk.pieces) {
      const m = piece.mention;
      const parts = this.splitAtFocus(piece.start, piece.end);
      if (!m) {
        for (const [s, e, focus] of parts) fragment.append(focus ? el('span', { class: 'focus', text: this.text.slice(s, e) }) : this.text.slice(s, e));
        continue;
      }
      const inFocus = parts.some(([, , focus]) => focus);
      fragment.append(
        el('mark', {
          class: `mention${inFocus ? ' focus' : ''}`,
          text: this.text.slice(piece.start, piece.end),
          attrs: {
            'data-entity': m.id,
            title: `${m.name} · ${TYPE_LABELS[m.type as EntityType] ?? m.type} · 点击在图中查看 click to see it in the graph`,
            style: `border-bottom-color:${typeColor(m.type)}`,
            role: 'button',
            tabindex: '0',
          },
        }),
      );
    }
    return fragment;
  }

  /** [start, end) cut where the focused sentence starts and ends, each part flagged when inside it. */
  private splitAtFocus(start: number, end: number): [number, number, boolean][] {
    const f = this.focusRange;
    if (!f || f.end <= start || f.start >= end) return [[start, end, false]];
    const cuts = [start, Math.max(start, f.start), Math.min(end, f.end), end];
    const parts: [number, number, boolean][] = [];
    for (let i = 0; i < 3; i++) if (cuts[i + 1]! > cuts[i]!) parts.push([cuts[i]!, cuts[i + 1]!, i === 1]);
    return parts;
  }
}

/** 2024-05-05 17:38 in the article's own zone (as the API sends it), the month only for a month-dated one. */
function formatPublished(value: string | null, precision: string | null): string {
  if (!value) return '日期不详 Date unknown';
  if (precision === 'month') return value.slice(0, 7);
  const time = value.slice(11, 16);
  return time && time !== '00:00' ? `${value.slice(0, 10)} ${time}` : value.slice(0, 10);
}
