// The timeline: events in the window, oldest first, with their place and participants. Clicking an
// event selects it (panel + its participants highlighted on the canvas).
import { api, type EventSummary } from '../core/api/index.ts';
import { el } from './dom.ts';

export class TimelinePanel {
  constructor(
    private readonly root: HTMLElement,
    private readonly onSelect: (event: EventSummary) => void,
  ) {}

  async load(window: { from?: string; to?: string }): Promise<void> {
    this.root.replaceChildren(el('p', { class: 'hint', text: '加载中… Loading…' }));
    const { events } = await api.timeline({ ...window, limit: 200 });
    const sorted = [...events].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    this.root.replaceChildren(
      sorted.length
        ? el(
            'ol',
            { class: 'timeline' },
            sorted.map((ev) =>
              el('li', { class: 'timeline-event', attrs: { 'data-id': ev.id } }, [
                el('button', { class: 'link', on: { click: () => this.onSelect(ev) } }, [
                  el('span', { class: 'date', text: ev.date ?? '日期不详 undated' }),
                  ' ',
                  el('strong', { text: ev.name }),
                  ...(ev.place ? [el('span', { class: 'place', text: ` · ${ev.place.name}` })] : []),
                ]),
                el('div', { class: 'participants', text: (ev.participants ?? []).map((p) => p.name).join('、') }),
              ]),
            ),
          )
        : el('p', { class: 'hint', text: '此时间段没有事件 No events in this window' }),
    );
  }
}
