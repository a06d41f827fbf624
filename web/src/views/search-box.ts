// Search with suggestions as you type: names, aliases, English names, pinyin and initials (matched
// by the server). Enter or a click chooses; arrow keys move through the list.
import { api, ApiError, type SearchHit } from '../core/api/index.ts';
import { TYPE_LABELS, type EntityType } from '../core/graph/types.ts';
import { el } from './dom.ts';

export class SearchBox {
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLElement,
    private readonly choose: (hit: SearchHit) => void,
    private readonly onError: (err: Error) => void,
  ) {
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.suggest(), 150);
    });
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 200));
  }

  private async suggest(): Promise<void> {
    const q = this.input.value.trim();
    const seq = ++this.seq;
    if (!q) return this.close();
    try {
      const { results } = await api.search(q, 10);
      if (seq !== this.seq) return;
      this.render(results);
    } catch (err) {
      // A query the server refuses (too long) is answered in the list, where the user is looking.
      if (err instanceof ApiError && err.status === 400 && seq === this.seq) this.hint(`无法搜索 Cannot search: ${err.message.replace(/^.*?: q /, 'q ')}`);
      else this.onError(err as Error);
    }
  }

  private hint(text: string): void {
    this.hits = [];
    this.active = -1;
    this.list.replaceChildren(el('li', { class: 'hint', text }));
    this.list.hidden = false;
  }

  private render(hits: SearchHit[]): void {
    this.hits = hits;
    this.active = hits.length ? 0 : -1;
    this.list.replaceChildren(
      ...(hits.length
        ? hits.map((hit, i) =>
            el(
              'li',
              {
                class: i === 0 ? 'active' : '',
                attrs: { role: 'option', 'data-id': hit.id },
                on: {
                  mousedown: (e) => {
                    e.preventDefault();
                    this.pick(i);
                  },
                },
              },
              [
                el('span', { class: 'hit-name', text: hit.name }),
                el('span', { class: 'hit-meta', text: ` ${TYPE_LABELS[hit.type as EntityType] ?? hit.type} · ${hit.via}` }),
              ],
            ),
          )
        : [el('li', { class: 'hint', text: '无结果 No match' })]),
    );
    this.list.hidden = false;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.hits.length) return;
      this.active = (this.active + (event.key === 'ArrowDown' ? 1 : -1) + this.hits.length) % this.hits.length;
      [...this.list.children].forEach((li, i) => li.classList.toggle('active', i === this.active));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(this.timer);
      if (this.active >= 0 && this.hits.length) this.pick(this.active);
      else void this.suggest().then(() => this.hits.length && this.pick(0));
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private pick(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.close();
    this.input.value = hit.name;
    this.choose(hit);
  }

  private close(): void {
    this.list.hidden = true;
    this.list.replaceChildren();
    this.hits = [];
    this.active = -1;
  }
}
