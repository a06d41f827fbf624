// The selection panel: an entity (name, type, aliases, mentions, first/last seen, roles, typed
// relations, events, strongest co-mentions, evidence sentences with the name highlighted and linked
// to the article), an edge (its typed relations and the sentences where both appear) or an event.
// A role or relation line opens the sentences stating it. Evidence is paginated; every sentence opens
// its article in the article view (article-view.ts), as does the entity's list of articles. 编辑 Edit
// beside an entity's name opens its menu (node-menu.ts: merge, hide, rename, watch …). Every
// string is text, and an article is a link only when its URL is http(s) (articleLink).
import {
  api,
  type EntityRelationSummary,
  type EntityRoleHolderSummary,
  type EntityRoleSummary,
  type EvidenceItem,
  type EventSummary,
  type Page,
} from '../core/api/index.ts';
import { EDGE_TYPE_LABELS, edgeTypeColor } from '../core/graph/relations.ts';
import { TYPE_LABELS, type EdgeRelation, type EntityType } from '../core/graph/types.ts';
import { ArticleView } from './article-view.ts';
import { articleLink, el, formatDay, highlighted, highlightedSpans } from './dom.ts';

export const EVIDENCE_PAGE = 5;

export interface DetailsActions {
  select(id: string): void;
  /** Opens the entity's menu (views/node-menu.ts) under the panel's 编辑 Edit button. */
  edit?(entity: { id: string; name: string; type: string; aliases: string[] }, button: HTMLElement): void;
}

const typeLabel = (type: string) => TYPE_LABELS[type as EntityType] ?? type;

export class DetailsPanel {
  private token = 0;
  private articleView: ArticleView | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: DetailsActions,
  ) {
    this.empty();
  }

  /** The article view, made on first use over the graph's stage. */
  get articles(): ArticleView {
    this.articleView ??= new ArticleView(document.querySelector<HTMLElement>('.stage') ?? document.body, { select: (id) => this.actions.select(id) });
    return this.articleView;
  }

  empty(): void {
    this.token++;
    this.root.replaceChildren(
      el('p', {
        class: 'hint',
        text: '点击节点查看详情，双击展开邻居；点击边查看证据句。Click a node for details, double-click to expand; click an edge for its evidence.',
      }),
    );
  }

  note(text: string): void {
    this.root.prepend(el('p', { class: 'note', text }));
  }

  async showEntity(id: string): Promise<void> {
    const token = ++this.token;
    this.root.replaceChildren(el('p', { class: 'hint', text: '加载中… Loading…' }));
    const detail = await api.entity(id);
    if (token !== this.token) return;
    const e = detail.entity;
    const terms = [e.name, ...(e.aliases ?? [])];
    const evidence = el('div', { class: 'evidence' });
    this.root.replaceChildren(
      el('div', { class: 'entity-head' }, [
        el('h2', { class: 'entity-name', text: e.name }),
        this.actions.edit &&
          el('button', {
            class: 'entity-edit',
            text: '编辑… Edit…',
            attrs: { 'data-action': 'entity-menu', 'aria-haspopup': 'menu', title: '合并、隐藏、改名、关注… Merge, hide, rename, watch…' },
            on: {
              click: (ev) => this.actions.edit?.({ id: e.id, name: e.name, type: String(e.type), aliases: e.aliases ?? [] }, ev.currentTarget as HTMLElement),
            },
          }),
      ]),
      el('dl', { class: 'facts' }, [
        el('dt', { text: '类型 Type' }),
        el('dd', { text: typeLabel(String(e.type)) }),
        el('dt', { text: '别名 Aliases' }),
        el('dd', { text: (e.aliases ?? []).join('、') || '—' }),
        ...(e.nameEn ? [el('dt', { text: '英文 English' }), el('dd', { text: e.nameEn })] : []),
        el('dt', { text: '提及 Mentions' }),
        el('dd', { text: String(e.mentionCount) }),
        el('dt', {
          text: '置信度 Confidence',
          attrs: { title: '机器对这是一个真实命名实体的把握（已校准）The extractor’s calibrated confidence that this is a real named entity' },
        }),
        el('dd', { text: typeof e.confidence === 'number' ? e.confidence.toFixed(2) : '—' }),
        el('dt', { text: '首次 First seen' }),
        el('dd', { text: formatDay(e.firstSeen) }),
        el('dt', { text: '最近 Last seen' }),
        el('dd', { text: formatDay(e.lastSeen) }),
      ]),
      ...(detail.roles?.length ? [el('h3', { text: '职务 Roles' }), this.roleList(e.id, detail.roles, token)] : []),
      ...(detail.relations?.length ? [el('h3', { text: '关系 Relations' }), this.relationList(e, detail.relations, token)] : []),
      ...(detail.holders?.length ? [el('h3', { text: '任职者 Role holders' }), this.holderList(e.id, detail.holders, token)] : []),
      el('h3', { text: '事件 Events' }),
      this.eventList(detail.events),
      el('h3', { text: '最强共现 Strongest co-mentions' }),
      el(
        'ul',
        { class: 'co-mentions' },
        detail.coMentions.length
          ? detail.coMentions.map((c) =>
              el('li', {}, [
                el('button', { class: 'link', text: c.name, on: { click: () => this.actions.select(c.id) } }),
                el('span', { class: 'weight', text: ` ×${c.weight}` }),
              ]),
            )
          : [el('li', { class: 'hint', text: '无 None' })],
      ),
      el('h3', { text: '文章 Articles' }),
      el('p', {}, [
        el('button', {
          class: 'link',
          text: `提及「${e.name}」的全部文章 All articles that mention it`,
          attrs: { 'data-action': 'entity-articles' },
          on: { click: () => void this.articles.list({ entity: e.id, label: e.name }) },
        }),
      ]),
      el('h3', { text: '证据 Evidence' }),
      evidence,
    );
    await this.paginate(evidence, token, terms, (skip) => api.mentions(id, skip, EVIDENCE_PAGE));
  }

  /** An edge: its typed relations (each opening its own sentences), then the co-mention's sentences (weight 0: none). */
  async showEdge(
    source: { id: string; name: string; aliases: string[] },
    target: { id: string; name: string; aliases: string[] },
    weight: number,
    relations: readonly EdgeRelation[] = [],
  ): Promise<void> {
    const token = ++this.token;
    const evidence = el('div', { class: 'evidence' });
    const terms = [source.name, ...source.aliases, target.name, ...target.aliases];
    const nameOf = (id: string) => (id === source.id ? source.name : target.name);
    this.root.replaceChildren(
      el('h2', { text: `${source.name} — ${target.name}` }),
      ...(relations.length
        ? [
            el('h3', { text: '关系 Relations' }),
            el(
              'ul',
              { class: 'relations' },
              relations.map((r) => {
                const box = el('div', { class: 'relation-evidence' });
                const line = `${nameOf(r.source)} ${verb(r.type)} ${nameOf(r.target)}${r.title ? ` · ${r.title}` : ''} · ${dateSpan(r.firstDate, r.lastDate)}`;
                return el('li', { attrs: { 'data-relation': r.type } }, [
                  el('button', {
                    class: 'link relation-line',
                    text: line,
                    on: {
                      click: () =>
                        void this.relationEvidence(box, token, terms, { type: r.type, source: r.source, target: r.target, title: r.title ?? undefined }),
                    },
                  }),
                  box,
                ]);
              }),
            ),
          ]
        : []),
      ...(weight > 0
        ? [
            el('p', { class: 'hint', text: `共现 ${weight} 句 Co-mentioned in ${weight} sentence(s)` }),
            el('h3', { text: '共同出现的句子 Sentences where both appear' }),
            evidence,
          ]
        : []),
    );
    if (weight > 0) await this.paginate(evidence, token, terms, (skip) => api.evidence(source.id, target.id, skip, EVIDENCE_PAGE));
  }

  showEvent(event: EventSummary): void {
    this.token++;
    this.root.replaceChildren(
      el('h2', { text: event.name }),
      el('dl', { class: 'facts' }, [
        el('dt', { text: '日期 Date' }),
        el('dd', { text: event.date ?? '—' }),
        el('dt', { text: '类别 Kind' }),
        el('dd', { text: event.kind ?? '—' }),
        ...(event.place
          ? [
              el('dt', { text: '地点 Place' }),
              el('dd', {}, [el('button', { class: 'link', text: event.place.name, on: { click: () => this.actions.select(event.place!.id) } })]),
            ]
          : []),
      ]),
      el('h3', { text: '参与者 Participants' }),
      el(
        'ul',
        {},
        (event.participants ?? []).map((p) => el('li', {}, [el('button', { class: 'link', text: p.name, on: { click: () => this.actions.select(p.id) } })])),
      ),
    );
  }

  /**
   * One line per role: 外交部 · 发言人 · 2022-09 — 2025-01 (the organization a link; — when none was
   * stated); the title and dates open the sentences stating it.
   */
  private roleList(personId: string, roles: EntityRoleSummary[], token: number): HTMLElement {
    return el(
      'ul',
      { class: 'roles' },
      roles.map((r) => {
        const box = el('div', { class: 'relation-evidence' });
        const when = monthSpan(r.firstSeen, r.lastSeen);
        return el('li', {}, [
          r.orgId !== null
            ? el('button', { class: 'link', text: r.orgName ?? r.orgId, on: { click: () => this.actions.select(r.orgId!) } })
            : el('span', { class: 'hint', text: '—' }),
          el('span', { text: ' · ' }),
          el(
            'button',
            {
              class: 'link relation-line',
              attrs: { title: '证据 Evidence' },
              on: {
                click: () =>
                  void this.relationEvidence(box, token, [r.title], { type: 'HOLDS_ROLE', source: personId, target: r.orgId, title: r.normalizedTitle }),
              },
            },
            [el('span', { text: `${r.title} · ` }), el('span', { class: 'date', text: when })],
          ),
          box,
        ]);
      }),
    );
  }

  /** An organization's role holders, one line each: 毛宁 · 发言人 · 2022-09 — 2025-01 (the person a link, the title opening the sentences). */
  private holderList(orgId: string, holders: EntityRoleHolderSummary[], token: number): HTMLElement {
    return el(
      'ul',
      { class: 'roles holders' },
      holders.map((h) => {
        const box = el('div', { class: 'relation-evidence' });
        return el('li', {}, [
          el('button', { class: 'link', text: h.personName, on: { click: () => this.actions.select(h.personId) } }),
          el('span', { text: ' · ' }),
          el(
            'button',
            {
              class: 'link relation-line',
              attrs: { title: '证据 Evidence' },
              on: {
                click: () =>
                  void this.relationEvidence(box, token, [h.personName, h.title], {
                    type: 'HOLDS_ROLE',
                    source: h.personId,
                    target: orgId,
                    title: h.normalizedTitle,
                  }),
              },
            },
            [el('span', { text: `${h.title} · ` }), el('span', { class: 'date', text: monthSpan(h.firstSeen, h.lastSeen) })],
          ),
          box,
        ]);
      }),
    );
  }

  /**
   * One line per typed relation, read from this entity: 访问 北京 · 2024-04-28 (it is the source), or
   * 李强 会见 · 2024-04-28 (the other is); the other entity a link, the verb and dates opening the
   * sentences stating it. A date list the store cut says how many dates there are.
   */
  private relationList(self: { id: string; name: string; aliases?: string[] }, relations: EntityRelationSummary[], token: number): HTMLElement {
    return el(
      'ul',
      { class: 'relations' },
      relations.map((r) => {
        const box = el('div', { class: 'relation-evidence' });
        const other = el('button', { class: 'link', text: r.other.name, on: { click: () => this.actions.select(r.other.id) } });
        const cut = r.dateCount > r.dates.length ? ` (${r.dateCount} 个日期 dates)` : '';
        const open = el(
          'button',
          {
            class: 'link relation-line',
            attrs: { title: `${r.type} · ${r.articles} 篇 article(s)`, 'data-relation': r.type },
            on: {
              click: () =>
                void this.relationEvidence(box, token, [self.name, ...(self.aliases ?? []), r.other.name], {
                  type: r.type,
                  source: r.direction === 'out' ? self.id : r.other.id,
                  target: r.direction === 'out' ? r.other.id : self.id,
                }),
            },
          },
          [el('span', { class: 'type', text: verb(r.type), attrs: { style: `color:${edgeTypeColor(r.type)}` } })],
        );
        const date = el('span', { class: 'date', text: ` · ${dateSpan(r.firstDate, r.lastDate)}${cut}` });
        return el('li', {}, r.direction === 'out' ? [open, ' ', other, date, box] : [other, ' ', open, date, box]);
      }),
    );
  }

  /** Opens (or closes, on a second click) the sentences stating one typed relation or role under its line. */
  private async relationEvidence(
    box: HTMLElement,
    token: number,
    terms: string[],
    o: { type: string; source: string; target: string | null; title?: string },
  ): Promise<void> {
    if (box.childElementCount > 0) {
      box.replaceChildren();
      return;
    }
    await this.paginate(box, token, terms, (skip) => api.relationEvidence(o, skip, EVIDENCE_PAGE));
  }

  private eventList(events: EventSummary[]): HTMLElement {
    if (!events.length) return el('p', { class: 'hint', text: '无 None' });
    return el(
      'ul',
      { class: 'events' },
      events.map((ev) => el('li', {}, [el('span', { class: 'date', text: ev.date ?? '' }), ' ', el('span', { text: ev.name })])),
    );
  }

  private async paginate(box: HTMLElement, token: number, terms: string[], load: (skip: number) => Promise<Page<EvidenceItem>>, skip = 0): Promise<void> {
    box.replaceChildren(el('p', { class: 'hint', text: '加载中… Loading…' }));
    const page = await load(skip);
    if (token !== this.token) return;
    const items = page.items.map((item) =>
      el('li', { class: 'evidence-item' }, [
        el('p', { class: 'sentence' }, [item.highlights?.length ? highlightedSpans(item.text, item.highlights) : highlighted(item.text, terms)]),
        el('p', { class: 'source' }, [
          articleLink(item.articleTitle, item.url),
          el('span', { class: 'date', text: ` · ${formatDay(item.publishedAt, item.datePrecision)} · ` }),
          el('button', {
            class: 'link open-article',
            text: '读原文 Read article',
            attrs: { 'data-article': item.articleId, title: '在文章视图中打开，定位到这句 Open the article at this sentence' },
            on: { click: () => void this.articles.open(item.articleId, item.text) },
          }),
        ]),
      ]),
    );
    const last = Math.min(page.total, skip + page.items.length);
    const nav = el('div', { class: 'pager' }, [
      el('button', {
        text: '上一页 Prev',
        attrs: skip > 0 ? {} : { disabled: '' },
        on: { click: () => void this.paginate(box, token, terms, load, Math.max(0, skip - EVIDENCE_PAGE)) },
      }),
      el('span', { text: page.total ? ` ${skip + 1}–${last} / ${page.total} ` : ' 0 ' }),
      el('button', {
        text: '下一页 Next',
        attrs: last < page.total ? {} : { disabled: '' },
        on: { click: () => void this.paginate(box, token, terms, load, skip + EVIDENCE_PAGE) },
      }),
    ]);
    box.replaceChildren(items.length ? el('ul', { class: 'evidence-list' }, items) : el('p', { class: 'hint', text: '没有证据 No evidence' }), nav);
  }
}

/** 会见, 访问 … (the stored type when unknown). */
function verb(type: string): string {
  return EDGE_TYPE_LABELS[type]?.zh ?? type;
}

/** 2024-04-28, or 2024-04-26 — 2024-11 for a span; — when no date was stated. */
function dateSpan(first: string | null, last: string | null): string {
  if (!first && !last) return '—';
  return first === last || !last ? (first ?? '—') : `${first ?? '?'} — ${last}`;
}

/** A role's first and last article months: 2022-09 — 2025-01, or one month. */
function monthSpan(first: string | null, last: string | null): string {
  const month = (d: string | null) => (d ? d.slice(0, 7) : '?');
  return month(first) === month(last) ? month(first) : `${month(first)} — ${month(last)}`;
}
