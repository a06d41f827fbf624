// The timeline: events in the window on a time axis, one row per kind, each a dot in its kind's
// colour (a legend names the kinds); clicking a dot, or an event in the list under the axis, focuses
// its participants in the graph and opens the event. Dates are the events' own (a day, a month or a
// year, placed at the middle of that span), as the article states them, never moved by a time zone.
import { api, type EventSummary } from '../core/api/index.ts';
import { COMMUNITY_COLORS } from '../core/graph/types.ts';
import { el } from './dom.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 400;
const ROW = 22;
const AXIS = 26;
const PAD = 12;

/** Colours of the common kinds; any other kind takes a palette colour from its name. */
const KIND_COLORS: Record<string, string> = {
  meeting: '#2e86ab',
  visit: '#4c9f38',
  signing: '#8e7dbe',
  speech: '#e6ab02',
  match: '#d95f02',
  ruling: '#a6761d',
  clash: '#d62728',
};

/** Chinese names of the common kinds, shown before the kind itself. */
const KIND_LABELS: Record<string, string> = {
  meeting: '会见',
  visit: '访问',
  signing: '签署',
  speech: '讲话',
  match: '比赛',
  ruling: '裁决',
  clash: '冲突',
  summit: '峰会',
  forum: '论坛',
  dialogue: '对话',
  ceasefire: '停火',
  premiere: '首映',
  'press-conference': '记者会',
  award: '颁奖',
  announce: '宣布',
  release: '发布',
  police: '警情',
  spaceflight: '航天',
};

export const kindLabel = (kind: string): string => (KIND_LABELS[kind] ? `${KIND_LABELS[kind]} ${kind}` : kind);

export function kindColor(kind: string): string {
  const known = KIND_COLORS[kind];
  if (known) return known;
  let h = 0;
  for (const c of kind) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return COMMUNITY_COLORS[h % COMMUNITY_COLORS.length]!;
}

/** Milliseconds at the middle of an event's date (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
export function eventTime(date: string | null | undefined): number | null {
  if (!date) return null;
  const y = Number(date.slice(0, 4));
  if (!Number.isFinite(y)) return null;
  if (date.length === 4) return (Date.UTC(y, 0, 1) + Date.UTC(y + 1, 0, 1)) / 2;
  const m = Number(date.slice(5, 7)) - 1;
  if (date.length === 7) return (Date.UTC(y, m, 1) + Date.UTC(y, m + 1, 1)) / 2;
  const t = Date.parse(`${date.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(t) ? null : t;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  children: (SVGElement | string)[] = [],
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const child of children) node.append(child);
  return node;
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

export class TimelinePanel {
  constructor(
    private readonly root: HTMLElement,
    private readonly onSelect: (event: EventSummary) => void,
  ) {}

  async load(window: { from?: string; to?: string }): Promise<void> {
    this.root.replaceChildren(el('p', { class: 'hint', text: '加载中… Loading…' }));
    const { events } = await api.timeline({ ...window, limit: 200 });
    const sorted = [...events].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    if (!sorted.length) {
      this.root.replaceChildren(el('p', { class: 'hint', text: '此时间段没有事件 No events in this window' }));
      return;
    }
    this.root.replaceChildren(this.axis(sorted), this.list(sorted));
  }

  /** Events on a time axis, a row per kind. */
  private axis(events: EventSummary[]): HTMLElement {
    const dated = events.map((ev) => ({ ev, t: eventTime(ev.date) })).filter((d): d is { ev: EventSummary; t: number } => d.t !== null);
    const kinds = [...new Set(dated.map((d) => d.ev.kind ?? 'event'))].sort();
    const legend = el(
      'div',
      { class: 'legend timeline-legend' },
      kinds.map((k) => el('span', { class: 'check' }, [el('span', { class: 'swatch', attrs: { style: `background:${kindColor(k)}` } }), kindLabel(k)])),
    );
    if (!dated.length) return legend;
    const min = Math.min(...dated.map((d) => d.t));
    const max = Math.max(...dated.map((d) => d.t));
    const span = Math.max(1, max - min);
    const x = (t: number) => PAD + ((WIDTH - 2 * PAD) * (t - min)) / span;
    const height = kinds.length * ROW + AXIS;
    const dots = dated.map(({ ev, t }) => {
      const row = kinds.indexOf(ev.kind ?? 'event');
      const dot = svg(
        'circle',
        { cx: x(t).toFixed(1), cy: row * ROW + ROW / 2, r: 6, fill: kindColor(ev.kind ?? 'event'), class: 'timeline-dot', 'data-id': ev.id, tabindex: 0 },
        [svg('title', {}, [`${ev.date ?? ''} ${ev.name} (${kindLabel(ev.kind ?? 'event')})`])],
      );
      dot.addEventListener('click', () => this.onSelect(ev));
      dot.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') this.onSelect(ev);
      });
      return dot;
    });
    const base = kinds.length * ROW + 4;
    const ticks = [min, min + span / 2, max].map((t, i) =>
      svg('text', { x: x(t).toFixed(1), y: base + 16, 'text-anchor': i === 0 ? 'start' : i === 2 ? 'end' : 'middle', class: 'timeline-tick' }, [day(t)]),
    );
    const rows = kinds.map((_, i) => svg('line', { x1: PAD, x2: WIDTH - PAD, y1: i * ROW + ROW / 2, y2: i * ROW + ROW / 2, class: 'timeline-row' }));
    const chart = svg(
      'svg',
      { viewBox: `0 0 ${WIDTH} ${height}`, width: '100%', role: 'img', 'aria-label': '事件时间轴 Events on a time axis', class: 'timeline-axis' },
      [...rows, svg('line', { x1: PAD, x2: WIDTH - PAD, y1: base, y2: base, class: 'timeline-base' }), ...ticks, ...dots],
    );
    return el('div', { class: 'timeline-chart' }, [legend, chart]);
  }

  private list(events: EventSummary[]): HTMLElement {
    return el(
      'ol',
      { class: 'timeline' },
      events.map((ev) =>
        el('li', { class: 'timeline-event', attrs: { 'data-id': ev.id } }, [
          el('button', { class: 'link', on: { click: () => this.onSelect(ev) } }, [
            el('span', { class: 'swatch', attrs: { style: `background:${kindColor(ev.kind ?? 'event')}` } }),
            el('span', { class: 'date', text: ev.date ?? '日期不详 undated' }),
            ' ',
            el('strong', { text: ev.name }),
            ...(ev.place ? [el('span', { class: 'place', text: ` · ${ev.place.name}` })] : []),
          ]),
          el('div', { class: 'participants', text: (ev.participants ?? []).map((p) => p.name).join('、') }),
        ]),
      ),
    );
  }
}
