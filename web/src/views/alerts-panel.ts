// The 警报 Alerts tab (issue 17): a watched entity's new connections, newest first, each naming the
// entities (a click focuses one) with its evidence sentence and 读原文 Read article (the article view,
// at that sentence). The badge on the tab counts the unread ones: those recorded after the newest
// alert the user had when they last opened the list (localStorage, core/curation/alerts.ts). It is
// refreshed when the page loads, when the window regains focus, and every minute.
import { curationApi, type AlertJson } from '../core/api/index.ts';
import { ALERTS_SEEN_KEY, newestSeen, unreadAlerts } from '../core/curation/index.ts';
import { el } from './dom.ts';
import './curation.css';

/** The server lists at most this many (web/server/routes/curation.ts). */
const SERVER_CAP = 500;
const POLL_MS = 60_000;

export interface AlertsPanelActions {
  select(id: string): void;
  openArticle(articleId: string, sentence: string | null): void;
}

const local = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('zh-CN', { hour12: false });
};

export class AlertsPanel {
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly onFocus = () => void this.refresh();
  private open = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly badge: HTMLElement,
    private readonly actions: AlertsPanelActions,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage,
  ) {
    this.timer = setInterval(this.onFocus, POLL_MS);
    window.addEventListener('focus', this.onFocus);
  }

  /** Updates the badge (and the list when it is open). */
  async refresh(): Promise<void> {
    let alerts: AlertJson[];
    try {
      alerts = await curationApi.alerts();
    } catch (err) {
      this.badge.hidden = true;
      if (this.open) this.root.replaceChildren(el('p', { class: 'error', text: `警报加载失败 Alerts failed to load: ${(err as Error).message}` }));
      return;
    }
    if (this.open) this.show(alerts);
    else this.setBadge(unreadAlerts(alerts, this.storage.getItem(ALERTS_SEEN_KEY)).length);
  }

  /** The tab opened: list the alerts, mark them read. */
  async load(): Promise<void> {
    this.open = true;
    await this.refresh();
  }

  /** The tab closed: new alerts count as unread again. */
  leave(): void {
    this.open = false;
  }

  private show(alerts: AlertJson[]): void {
    const seen = this.storage.getItem(ALERTS_SEEN_KEY);
    const unread = new Set(unreadAlerts(alerts, seen).map((a) => a.id));
    const newest = newestSeen(alerts, seen);
    if (newest) this.storage.setItem(ALERTS_SEEN_KEY, newest);
    this.setBadge(0);
    this.root.replaceChildren(
      el('h3', { text: `警报 Alerts · ${alerts.length}${unread.size ? ` · ${unread.size} 条新 new` : ''}` }),
      ...(alerts.length >= SERVER_CAP
        ? [el('p', { class: 'hint', text: `只显示最新 ${SERVER_CAP} 条 Only the newest ${SERVER_CAP} shown (GET /api/alerts?since= for older)` })]
        : []),
      alerts.length
        ? el(
            'ol',
            { class: 'alerts' },
            alerts.map((a) => this.alert(a, unread.has(a.id))),
          )
        : el('p', {
            class: 'hint',
            attrs: { id: 'alerts-empty' },
            text: '没有警报 No alerts. 在节点菜单中关注实体，它有新连接时这里会提示 Watch an entity in a node’s menu to be told here when it gains a new connection.',
          }),
      el('p', { class: 'hint' }, ['订阅 Subscribe: ', el('a', { text: '/api/alerts.atom', attrs: { href: '/api/alerts.atom', target: '_blank' } })]),
    );
  }

  private alert(a: AlertJson, unread: boolean): HTMLElement {
    const names = a.entities.map((id, i) =>
      el('button', { class: 'link', text: a.names[i] ?? id, attrs: { 'data-entity': id }, on: { click: () => this.actions.select(id) } }),
    );
    return el('li', { class: `alert${unread ? ' unread' : ''}`, attrs: { 'data-alert': a.id } }, [
      el('div', { class: 'alert-head' }, [
        el('span', { text: '新连接 New connection: ' }),
        ...names.flatMap((n, i) => (i ? [' — ', n] : [n])),
        el('span', { class: 'hint', text: ` · ${a.relation} · ${local(a.at)}` }),
      ]),
      a.sentence && el('p', { class: 'sentence', text: a.sentence }),
      a.articleId &&
        el('p', { class: 'source' }, [
          el('span', { class: 'article-title', text: a.title ?? a.articleId }),
          ' · ',
          el('button', {
            class: 'link open-article',
            text: '读原文 Read article',
            attrs: { 'data-article': a.articleId },
            on: { click: () => this.actions.openArticle(a.articleId!, a.sentence) },
          }),
        ]),
    ]);
  }

  private setBadge(n: number): void {
    this.badge.hidden = n === 0;
    this.badge.textContent = n > 99 ? '99+' : String(n);
    this.badge.title = `${n} 条未读警报 unread alert(s)`;
  }

  kill(): void {
    clearInterval(this.timer);
    window.removeEventListener('focus', this.onFocus);
  }
}
