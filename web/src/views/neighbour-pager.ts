// "Show more" beyond the hub cap: after an expansion that left neighbours out, a button beside the
// status line fetches the next page (the hub's strongest neighbours up to a cap one page higher, so
// the edges among old and new neighbours come too), and 全部 Show all takes the rest at once when
// they are few enough to draw.
import { el } from './dom.ts';

/** Beyond this many hidden neighbours "show all" is not offered: page through them. */
export const SHOW_ALL_LIMIT = 400;

export class NeighbourPager {
  readonly root = el('span', { class: 'neighbour-pager', attrs: { id: 'neighbour-pager' } });
  constructor(
    private readonly more: (id: string, hubCap: number) => void,
    private readonly step: number,
  ) {
    this.root.hidden = true;
  }

  /** After `id` was expanded with `hubCap`: offer the next page when `hidden` were left out. */
  update(id: string, name: string, hubCap: number, hidden: number): void {
    if (hidden <= 0) {
      this.root.hidden = true;
      this.root.replaceChildren();
      return;
    }
    const next = Math.min(hidden, this.step);
    this.root.replaceChildren(
      el('span', { text: `「${name}」还有 ${hidden} 个邻居未显示 ${hidden} more neighbours ` }),
      el('button', {
        text: `再显示 ${next} 个 Show ${next} more`,
        attrs: { 'data-action': 'show-more' },
        on: { click: () => this.more(id, hubCap + next) },
      }),
      ...(hidden > next && hidden <= SHOW_ALL_LIMIT
        ? [' ', el('button', { text: `全部 Show all ${hidden}`, attrs: { 'data-action': 'show-all' }, on: { click: () => this.more(id, hubCap + hidden) } })]
        : []),
    );
    this.root.hidden = false;
  }
}
