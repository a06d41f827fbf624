// The 审计 Audit tab (issue 17): every curation record newest first (who, when, what, why), each with
// 撤销 Undo (disabled for records undone already and for undos, which the server refuses), then the
// watch list with 取消关注 Unwatch. Undo and unwatch use the tab's API token; without a usable one
// the panel says how to enable editing. Long lists are cut, and say so.
import { ApiError, curationApi, type CurationRecordJson, type WatchJson } from '../core/api/index.ts';
import { canUndo, describeCuration, newestFirst } from '../core/curation/index.ts';
import { el } from './dom.ts';
import { editToken, isTokenRefusal, tokenHowTo } from './edit-token.ts';
import './curation.css';

/** Records listed; a last line counts the rest (`kg curate list` shows them all). */
export const AUDIT_SHOWN = 200;

export interface CurationPanelActions {
  /** An undo landed: redraw what it changed. */
  applied(record: CurationRecordJson): Promise<void>;
  select(id: string): void;
}

const local = (iso: string) => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
};

export class CurationPanel {
  private readonly status = el('p', { class: 'audit-status', attrs: { role: 'status' } });
  private refusal: string | null = null;
  private seq = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: CurationPanelActions,
  ) {}

  async load(): Promise<void> {
    const seq = ++this.seq;
    if (!this.root.childElementCount) this.root.replaceChildren(el('p', { class: 'hint', text: '加载中… Loading…' }));
    let records: CurationRecordJson[];
    let watches: WatchJson[];
    try {
      [records, watches] = await Promise.all([curationApi.list(), curationApi.watches()]);
    } catch (err) {
      if (seq === this.seq) this.root.replaceChildren(el('p', { class: 'error', text: `审计加载失败 Audit list failed to load: ${(err as Error).message}` }));
      return;
    }
    if (seq !== this.seq) return;
    const sorted = newestFirst(records);
    const shown = sorted.slice(0, AUDIT_SHOWN);
    this.root.replaceChildren(
      el('h3', { text: `审计 Audit · ${records.length} 条记录 records` }),
      ...(editToken() && !this.refusal
        ? []
        : [
            tokenHowTo(this.refusal, () => {
              this.refusal = null;
              void this.load();
            }),
          ]),
      this.status,
      records.length
        ? el('ol', { class: 'audit' }, [
            ...shown.map((r) => this.record(r)),
            sorted.length > shown.length &&
              el('li', {
                class: 'hint',
                text: `… 另有 ${sorted.length - shown.length} 条未显示 ${sorted.length - shown.length} older not shown (npm run kg -- curate list)`,
              }),
          ])
        : el('p', { class: 'hint', attrs: { id: 'audit-empty' }, text: '还没有修改 No curations yet: right-click a node to edit it 右键点击节点进行编辑.' }),
      el('h3', { text: `关注 Watch list · ${watches.length}` }),
      watches.length
        ? el(
            'ul',
            { class: 'watches' },
            watches.map((w) => this.watch(w)),
          )
        : el('p', { class: 'hint', text: '没有关注 Nothing watched: 关注 Watch in a node’s menu.' }),
    );
  }

  private record(r: CurationRecordJson): HTMLElement {
    const title = r.undone ? '已撤销 Already undone' : r.operation === 'undo' ? '撤销不能再撤销 An undo cannot be undone' : '撤销这条修改 Undo this curation';
    return el('li', { class: `audit-record${r.undone ? ' undone' : ''}`, attrs: { 'data-curation': r.id, 'data-operation': r.operation } }, [
      el('div', { class: 'audit-meta' }, [
        el('span', { class: 'date', text: local(r.when) }),
        el('span', { text: ` · ${r.who}` }),
        r.undone && el('span', { class: 'tag', text: ' 已撤销 Undone' }),
      ]),
      el('div', { class: 'audit-what', text: describeCuration(r) }),
      r.why && el('div', { class: 'audit-why hint', text: `理由 Why: ${r.why}` }),
      el('button', {
        class: 'undo',
        text: '撤销 Undo',
        attrs: { title, ...(canUndo(r) ? {} : { disabled: '' }) },
        on: { click: () => void this.undo(r) },
      }),
    ]);
  }

  private watch(w: WatchJson): HTMLElement {
    const names = [w.name ?? w.entity, ...(w.with ? [w.withName ?? w.with] : [])];
    return el('li', { attrs: { 'data-watch': w.key } }, [
      el('button', { class: 'link', text: names.join(' — '), on: { click: () => this.actions.select(w.entity) } }),
      el('span', { class: 'hint', text: ` · ${local(w.since)} · ${w.who} ` }),
      el('button', { class: 'unwatch', text: '取消关注 Unwatch', on: { click: () => void this.unwatch(w.entity) } }),
    ]);
  }

  private async undo(r: CurationRecordJson): Promise<void> {
    this.say('撤销中… Undoing…');
    try {
      const record = await curationApi.curate({ operation: 'undo', curation: r.id, who: 'explorer' }, editToken());
      await this.load();
      this.say(`已撤销 Undone: ${describeCuration(r)}`);
      await this.actions.applied(record);
    } catch (err) {
      await this.refused(err);
    }
  }

  private async unwatch(entity: string): Promise<void> {
    try {
      await curationApi.unwatch(entity, editToken());
      await this.load();
    } catch (err) {
      await this.refused(err);
    }
  }

  private async refused(err: unknown): Promise<void> {
    if (isTokenRefusal(err)) {
      this.refusal = err.message;
      await this.load();
      this.say(`需要有效的令牌 A valid API token is needed (${err.status})`, 'error');
      return;
    }
    this.say(`服务器拒绝 Refused: ${err instanceof ApiError ? err.message : (err as Error).message}`, 'error');
  }

  private say(text: string, kind: 'error' | '' = ''): void {
    this.status.className = `audit-status ${kind}`;
    this.status.textContent = text;
  }
}
