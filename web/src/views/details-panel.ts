// The selection panel: an entity (name, type, aliases, mentions, first/last seen, roles, events, strongest
// co-mentions, evidence sentences with the name highlighted and linked to the article), an edge
// (the sentences where both appear) or an event. Evidence is paginated. Every string is text, and
// an article is a link only when its URL is http(s) (articleLink).
import { api, type EntityRoleSummary, type EvidenceItem, type EventSummary, type Page } from '../core/api/index.ts';
import { TYPE_LABELS, type EntityType } from '../core/graph/types.ts';
import { articleLink, el, formatDay, highlighted, highlightedSpans } from './dom.ts';

export const EVIDENCE_PAGE = 5;

export interface DetailsActions {
  select(id: string): void;
}

const typeLabel = (type: string) => TYPE_LABELS[type as EntityType] ?? type;

export class DetailsPanel {
  private token = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: DetailsActions,
  ) {
    this.empty();
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
      el('h2', { class: 'entity-name', text: e.name }),
      el('dl', { class: 'facts' }, [
        el('dt', { text: '类型 Type' }),
        el('dd', { text: typeLabel(String(e.type)) }),
        el('dt', { text: '别名 Aliases' }),
        el('dd', { text: (e.aliases ?? []).join('、') || '—' }),
        ...(e.nameEn ? [el('dt', { text: '英文 English' }), el('dd', { text: e.nameEn })] : []),
        el('dt', { text: '提及 Mentions' }),
        el('dd', { text: String(e.mentionCount) }),
        el('dt', { text: '首次 First seen' }),
        el('dd', { text: formatDay(e.firstSeen) }),
        el('dt', { text: '最近 Last seen' }),
        el('dd', { text: formatDay(e.lastSeen) }),
      ]),
      ...(detail.roles?.length ? [el('h3', { text: '职务 Roles' }), this.roleList(detail.roles)] : []),
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
      el('h3', { text: '证据 Evidence' }),
      evidence,
    );
    await this.paginate(evidence, token, terms, (skip) => api.mentions(id, skip, EVIDENCE_PAGE));
  }

  async showEdge(
    source: { id: string; name: string; aliases: string[] },
    target: { id: string; name: string; aliases: string[] },
    weight: number,
  ): Promise<void> {
    const token = ++this.token;
    const evidence = el('div', { class: 'evidence' });
    this.root.replaceChildren(
      el('h2', { text: `${source.name} — ${target.name}` }),
      el('p', { class: 'hint', text: `共现 ${weight} 句 Co-mentioned in ${weight} sentence(s)` }),
      el('h3', { text: '共同出现的句子 Sentences where both appear' }),
      evidence,
    );
    const terms = [source.name, ...source.aliases, target.name, ...target.aliases];
    await this.paginate(evidence, token, terms, (skip) => api.evidence(source.id, target.id, skip, EVIDENCE_PAGE));
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
      ]),
      el('h3', { text: '参与者 Participants' }),
      el(
        'ul',
        {},
        (event.participants ?? []).map((p) => el('li', {}, [el('button', { class: 'link', text: p.name, on: { click: () => this.actions.select(p.id) } })])),
      ),
    );
  }

  /** One line per role: 外交部 · 发言人 · 2022-09 — 2025-01 (the organization a link; — when none was stated). */
  private roleList(roles: EntityRoleSummary[]): HTMLElement {
    const month = (d: string | null) => (d ? d.slice(0, 7) : '?');
    return el(
      'ul',
      { class: 'roles' },
      roles.map((r) =>
        el('li', {}, [
          r.orgId !== null
            ? el('button', { class: 'link', text: r.orgName ?? r.orgId, on: { click: () => this.actions.select(r.orgId!) } })
            : el('span', { class: 'hint', text: '—' }),
          el('span', { text: ` · ${r.title} · ` }),
          el('span', { class: 'date', text: month(r.firstSeen) === month(r.lastSeen) ? month(r.firstSeen) : `${month(r.firstSeen)} — ${month(r.lastSeen)}` }),
        ]),
      ),
    );
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
        el('p', { class: 'source' }, [articleLink(item.articleTitle, item.url), el('span', { class: 'date', text: ` · ${formatDay(item.publishedAt)}` })]),
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
