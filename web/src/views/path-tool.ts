// The shortest-path tool: two entity pickers (the search box's suggestions: names, aliases, pinyin)
// and 查找路径 Find path, so a path needs no hidden gesture. It starts from the selection: with two
// entities selected (shift-click) both pickers are filled, with one the first.
import type { SearchHit } from '../core/api/index.ts';
import { el } from './dom.ts';
import { SearchBox } from './search-box.ts';
import './path-tool.css';

export interface PathEnd {
  id: string;
  name: string;
}

export class PathTool {
  readonly root: HTMLElement;
  private readonly ends: [PathEnd | null, PathEnd | null] = [null, null];
  private readonly inputs: [HTMLInputElement, HTMLInputElement];
  private readonly findButton: HTMLButtonElement;

  constructor(
    private readonly find: (source: string, target: string) => void,
    onError: (err: Error) => void,
  ) {
    const picker = (i: 0 | 1, label: string, id: string) => {
      const input = el('input', { attrs: { id, type: 'search', autocomplete: 'off', placeholder: '搜索实体 Search an entity', 'aria-label': label } });
      const list = el('ul', { class: 'search-results', attrs: { role: 'listbox' } });
      list.hidden = true;
      new SearchBox(input, list, (hit: SearchHit) => this.setEnd(i, { id: hit.id, name: hit.name }), onError);
      input.addEventListener('input', () => {
        this.ends[i] = null;
        this.refresh();
      });
      return { input, box: el('label', { class: 'path-end' }, [el('span', { text: label }), el('div', { class: 'search' }, [input, list])]) };
    };
    const from = picker(0, '起点 From', 'path-from');
    const to = picker(1, '终点 To', 'path-to');
    this.inputs = [from.input, to.input];
    this.findButton = el('button', {
      text: '查找路径 Find path',
      attrs: { id: 'path-find', disabled: '' },
      on: { click: () => this.ends[0] && this.ends[1] && this.find(this.ends[0].id, this.ends[1].id) },
    });
    this.root = el('div', { class: 'path-tool', attrs: { id: 'path-tool' } }, [
      from.box,
      to.box,
      el('div', { class: 'row' }, [
        this.findButton,
        el('button', { text: '交换 Swap', attrs: { title: '交换起点和终点 Swap the ends' }, on: { click: () => this.swap() } }),
      ]),
      el('p', { class: 'hint', text: '或按住 Shift 点击两个实体 Or shift-click two entities in the graph' }),
    ]);
    this.root.hidden = true;
  }

  toggle(): void {
    this.root.hidden = !this.root.hidden;
    if (!this.root.hidden) (this.ends[0] ? this.inputs[1] : this.inputs[0]).focus();
  }

  /** Fills the pickers from the graph's selection (two: both ends; one: the start). */
  setSelection(selected: readonly PathEnd[]): void {
    if (selected.length >= 2) {
      this.setEnd(0, selected[selected.length - 2]!);
      this.setEnd(1, selected[selected.length - 1]!);
    } else if (selected.length === 1 && !this.ends[0]) this.setEnd(0, selected[0]!);
  }

  private setEnd(i: 0 | 1, end: PathEnd): void {
    this.ends[i] = end;
    this.inputs[i].value = end.name;
    this.refresh();
  }

  private swap(): void {
    const [a, b] = this.ends;
    this.ends[0] = b;
    this.ends[1] = a;
    this.inputs[0].value = b?.name ?? '';
    this.inputs[1].value = a?.name ?? '';
    this.refresh();
  }

  private refresh(): void {
    const ready = Boolean(this.ends[0] && this.ends[1] && this.ends[0].id !== this.ends[1].id);
    this.findButton.disabled = !ready;
  }
}
