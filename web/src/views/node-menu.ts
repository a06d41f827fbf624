// A node's menu (issue 17): right click on a node, or 编辑 Edit in its panel. 合并到… Merge into
// (the search box's suggestions pick the other entity), 隐藏 Hide, 改类型 Retype, 改名 Rename,
// 拆分 Split (aliases to split off), 关注 / 取消关注 Watch / Unwatch. Each posts to the API with the
// tab's API token, shows the outcome or the server's refusal word for word, and hands the record to
// the app, which redraws what changed. Without a usable token it says how to enable editing.
import { api, ApiError, curationApi, type CurationRecordJson, type CurationRequestBody, type SearchHit } from '../core/api/index.ts';
import { describeCuration } from '../core/curation/index.ts';
import { ENTITY_TYPES, TYPE_LABELS, type EntityType } from '../core/graph/types.ts';
import { el } from './dom.ts';
import { editToken, isTokenRefusal, tokenHowTo } from './edit-token.ts';
import { SearchBox } from './search-box.ts';
import './curation.css';

export interface MenuEntity {
  id: string;
  name: string;
  type: string;
  aliases: readonly string[];
}

export interface NodeMenuActions {
  /** A curation landed: redraw the graph and the panel. */
  applied(record: CurationRecordJson): Promise<void>;
  /** A watch was added or removed. */
  watchesChanged(): void;
}

type Form = 'merge' | 'rename' | 'retype' | 'split' | null;

const typeLabel = (type: string) => TYPE_LABELS[type as EntityType] ?? type;

export class NodeMenu {
  readonly root = el('div', { class: 'node-menu', attrs: { id: 'node-menu', role: 'menu', 'aria-label': '编辑实体 Edit entity' } });
  private entity: MenuEntity | null = null;
  private watched = false;
  private form: Form = null;
  /** The server's message when it refused the token (cleared when another is pasted). */
  private refusal: string | null = null;
  private readonly why = el('input', { attrs: { id: 'menu-why', type: 'text', placeholder: '理由（可选）Why (optional)', 'aria-label': '理由 Why' } });
  private readonly status = el('p', { class: 'menu-status', attrs: { role: 'status' } });
  private readonly onOutside = (e: MouseEvent) => {
    if (!this.root.contains(e.target as Node)) this.close();
  };
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') this.close();
  };

  constructor(
    private readonly container: HTMLElement,
    private readonly actions: NodeMenuActions,
  ) {
    this.root.hidden = true;
    container.append(this.root);
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  /** Opens the menu for `entity` with its top left at `at` (pixels in the container), kept inside it. */
  open(entity: MenuEntity, at: { x: number; y: number }): void {
    this.entity = entity;
    this.form = null;
    this.watched = false;
    this.refusal = null;
    this.why.value = '';
    this.say('');
    this.render();
    this.root.hidden = false;
    const box = this.container.getBoundingClientRect();
    const x = Math.max(4, Math.min(at.x, box.width - this.root.offsetWidth - 4));
    const y = Math.max(4, Math.min(at.y, box.height - this.root.offsetHeight - 4));
    this.root.style.left = `${x}px`;
    this.root.style.top = `${y}px`;
    document.addEventListener('mousedown', this.onOutside, true);
    document.addEventListener('keydown', this.onKey);
    void this.loadWatch(entity.id);
  }

  close(): void {
    this.root.hidden = true;
    this.entity = null;
    document.removeEventListener('mousedown', this.onOutside, true);
    document.removeEventListener('keydown', this.onKey);
  }

  private async loadWatch(id: string): Promise<void> {
    try {
      const watches = await curationApi.watches();
      if (this.entity?.id !== id) return;
      this.watched = watches.some((w) => w.key === id);
      // Only the watch item changes: a form being typed in stays as it is.
      this.root.querySelector('[data-op="watch"], [data-op="unwatch"]')?.replaceWith(this.watchItem(this.entity));
    } catch (err) {
      this.say(`关注列表加载失败 Watch list failed to load: ${(err as Error).message}`, 'error');
    }
  }

  private render(): void {
    const e = this.entity;
    if (!e) return;
    const item = (op: string, text: string, run: () => void, extra: Record<string, string> = {}) =>
      el('button', { class: 'menu-item', text, attrs: { role: 'menuitem', 'data-op': op, ...extra }, on: { click: run } });
    const toggle = (form: Exclude<Form, null>) => () => {
      this.form = this.form === form ? null : form;
      this.render();
    };
    this.root.replaceChildren(
      el('div', { class: 'menu-head' }, [
        el('strong', { class: 'menu-name', text: e.name }),
        el('span', { class: 'hint', text: ` ${typeLabel(e.type)}` }),
        el('button', { class: 'link menu-close', text: '×', attrs: { title: '关闭 Close', 'aria-label': '关闭 Close' }, on: { click: () => this.close() } }),
      ]),
      ...(editToken() && !this.refusal
        ? []
        : [
            tokenHowTo(this.refusal, () => {
              this.refusal = null;
              this.say('');
              this.render();
            }),
          ]),
      el('div', { class: 'menu-items' }, [
        item('merge', '合并到… Merge into…', toggle('merge'), { 'aria-expanded': String(this.form === 'merge') }),
        this.form === 'merge' && this.mergeForm(e),
        item('hide', '隐藏 Hide', () => void this.curate({ operation: 'hide', entity: e.id })),
        item('retype', '改类型 Retype…', toggle('retype')),
        this.form === 'retype' && this.retypeForm(e),
        item('rename', '改名 Rename…', toggle('rename')),
        this.form === 'rename' && this.renameForm(e),
        item('split', '拆分 Split…', toggle('split')),
        this.form === 'split' && this.splitForm(e),
        this.watchItem(e),
      ]),
      el('label', { class: 'menu-why' }, [this.why]),
      this.status,
    );
  }

  private watchItem(e: MenuEntity): HTMLElement {
    const [op, text, title] = this.watched
      ? ['unwatch', '取消关注 Unwatch', '不再为它发警报 No more alerts for it']
      : ['watch', '关注 Watch', '有新连接时发警报 Alert when it gains a new connection'];
    return el('button', {
      class: 'menu-item',
      text,
      attrs: { role: 'menuitem', 'data-op': op, title },
      on: { click: () => void this.setWatch(e, !this.watched) },
    });
  }

  private mergeForm(e: MenuEntity): HTMLElement {
    let picked: SearchHit | null = null;
    const input = el('input', {
      attrs: { id: 'menu-merge-search', type: 'search', autocomplete: 'off', placeholder: '搜索实体 Search an entity' },
    });
    const list = el('ul', { class: 'search-results', attrs: { role: 'listbox' } });
    list.hidden = true;
    const go = el('button', { text: '合并 Merge', attrs: { 'data-action': 'merge', disabled: '' } });
    new SearchBox(
      input,
      list,
      (hit) => {
        picked = hit;
        go.disabled = false;
      },
      (err) => this.say(`搜索失败 Search failed: ${err.message}`, 'error'),
    );
    input.addEventListener('input', () => {
      picked = null;
      go.disabled = true;
    });
    // The kept entity comes first: this one is merged into the one picked, its name staying an alias.
    go.addEventListener('click', () => picked && void this.curate({ operation: 'merge', entities: [picked.id, e.id] }));
    queueMicrotask(() => input.focus());
    return el('div', { class: 'menu-form', attrs: { 'data-form': 'merge' } }, [
      el('p', { class: 'hint', text: `「${e.name}」并入所选实体，名字留作别名 ${e.name} is merged into the one you pick; its name stays an alias.` }),
      el('div', { class: 'search' }, [input, list]),
      go,
    ]);
  }

  private retypeForm(e: MenuEntity): HTMLElement {
    return el(
      'div',
      { class: 'menu-form', attrs: { 'data-form': 'retype' } },
      ENTITY_TYPES.filter((t) => t !== e.type).map((t) =>
        el('button', { text: typeLabel(t), attrs: { 'data-type': t }, on: { click: () => void this.curate({ operation: 'retype', entity: e.id, type: t }) } }),
      ),
    );
  }

  private renameForm(e: MenuEntity): HTMLElement {
    const input = el('input', { attrs: { id: 'menu-rename', type: 'text', value: e.name, 'aria-label': '新名字 New name' } });
    const go = () => {
      const name = input.value.trim();
      if (name && name !== e.name) void this.curate({ operation: 'rename', entity: e.id, name });
    };
    input.addEventListener('keydown', (k) => k.key === 'Enter' && go());
    queueMicrotask(() => input.select());
    return el('div', { class: 'menu-form', attrs: { 'data-form': 'rename' } }, [
      input,
      el('button', { text: '改名 Rename', attrs: { 'data-action': 'rename' }, on: { click: go } }),
      el('p', { class: 'hint', text: '旧名字留作别名 The old name stays an alias.' }),
    ]);
  }

  private splitForm(e: MenuEntity): HTMLElement {
    const aliases = e.aliases.filter((a) => a !== e.name);
    if (!aliases.length) return el('div', { class: 'menu-form hint', attrs: { 'data-form': 'split' }, text: '没有别名可拆分 No aliases to split off.' });
    const boxes = aliases.map((a) => ({ alias: a, box: el('input', { attrs: { type: 'checkbox', value: a } }) }));
    const go = () => {
      const chosen = boxes.filter((b) => b.box.checked).map((b) => b.alias);
      if (chosen.length) void this.curate({ operation: 'split', entity: e.id, aliases: chosen });
      else this.say('先勾选要拆出的别名 Tick the aliases to split off first.', 'error');
    };
    return el('div', { class: 'menu-form', attrs: { 'data-form': 'split' } }, [
      el('p', { class: 'hint', text: '勾选的别名成为新实体 The ticked aliases become a new entity:' }),
      ...boxes.map((b) => el('label', { class: 'alias' }, [b.box, ` ${b.alias}`])),
      el('button', { text: '拆分 Split', attrs: { 'data-action': 'split' }, on: { click: go } }),
    ]);
  }

  private async curate(request: CurationRequestBody): Promise<void> {
    const why = this.why.value.trim();
    this.say('提交中… Sending…');
    try {
      const record = await curationApi.curate({ ...request, who: 'explorer', ...(why ? { why } : {}) }, editToken());
      this.form = null;
      const stale = await this.reload();
      this.say(`已完成 Done: ${describeCuration(record)}${stale ? ` (${stale})` : ''}`);
      await this.actions.applied(record);
    } catch (err) {
      this.refused(err);
    }
  }

  /**
   * The entity as it is now (a rename or split changed its name, type or aliases), then the menu
   * again; what went wrong reading it, if anything (the curation itself landed).
   */
  private async reload(): Promise<string | null> {
    const id = this.entity?.id;
    if (!id) return null;
    let problem: string | null = null;
    try {
      const { entity } = await api.entity(id);
      if (this.entity?.id === id) this.entity = { id, name: entity.name, type: String(entity.type), aliases: entity.aliases ?? [] };
    } catch (err) {
      // Merged away (404): the menu keeps what it showed, and the server refuses a further change with its reason.
      if (!(err instanceof ApiError && err.status === 404)) problem = `菜单未刷新 menu not refreshed: ${(err as Error).message}`;
    }
    if (this.entity?.id === id) this.render();
    return problem;
  }

  private async setWatch(e: MenuEntity, on: boolean): Promise<void> {
    this.say('提交中… Sending…');
    try {
      if (on) await curationApi.watch(e.id, editToken());
      else await curationApi.unwatch(e.id, editToken());
      this.watched = on;
      this.render();
      this.say(on ? `已关注 Watching ${e.name}: 有新连接时发警报 alerts on new connections` : `已取消关注 No longer watching ${e.name}`);
      this.actions.watchesChanged();
    } catch (err) {
      this.refused(err);
    }
  }

  /** The server's message as it is; a refused token brings the how-to instead of the buttons' silence. */
  private refused(err: unknown): void {
    if (isTokenRefusal(err)) {
      this.refusal = err.message;
      this.render();
      this.say(`需要有效的令牌 A valid API token is needed (${err.status}); see above 见上`, 'error', String(err.status));
      return;
    }
    const message = err instanceof ApiError ? err.message : (err as Error).message;
    this.say(`服务器拒绝 Refused: ${message}`, 'error', err instanceof ApiError ? String(err.status) : 'network');
  }

  private say(text: string, kind: 'error' | '' = '', code = ''): void {
    this.status.className = `menu-status ${kind}`;
    this.status.dataset.code = code;
    this.status.textContent = text;
  }
}
