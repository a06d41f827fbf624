// The time window: a histogram of articles per day with a two-handled slider (from / to) under it.
// Moving either handle calls back with the window as YYYY-MM-DD days.
import { dayAt, dayIndex } from '../core/filters/index.ts';
import type { HistogramBucket } from '../core/api/index.ts';
import { el } from './dom.ts';

export class TimeFilter {
  private origin = '';
  private span = 0;
  private readonly fromInput = el('input', { attrs: { type: 'range', id: 'time-from', min: '0', max: '0', value: '0', 'aria-label': '开始 From' } });
  private readonly toInput = el('input', { attrs: { type: 'range', id: 'time-to', min: '0', max: '0', value: '0', 'aria-label': '结束 To' } });
  private readonly label = el('div', { class: 'time-label', attrs: { id: 'time-label' } });
  private readonly bars = el('div', { class: 'histogram', attrs: { 'aria-hidden': 'true' } });

  constructor(
    root: HTMLElement,
    private readonly onChange: (from: string | undefined, to: string | undefined) => void,
  ) {
    root.replaceChildren(this.bars, el('div', { class: 'sliders' }, [this.fromInput, this.toInput]), this.label);
    const changed = (which: 'from' | 'to') => {
      let f = Number(this.fromInput.value);
      let t = Number(this.toInput.value);
      if (f > t) {
        if (which === 'from') t = f;
        else f = t;
        this.fromInput.value = String(f);
        this.toInput.value = String(t);
      }
      this.showLabel();
      this.onChange(f > 0 ? dayAt(f, this.origin) : undefined, t < this.span ? dayAt(t, this.origin) : undefined);
    };
    this.fromInput.addEventListener('input', () => changed('from'));
    this.toInput.addEventListener('input', () => changed('to'));
  }

  /** Sets the domain (min..max days) and the histogram; keeps a window that still fits. */
  setDomain(min: string, max: string, buckets: HistogramBucket[], window: { from?: string; to?: string }): void {
    this.origin = min;
    this.span = Math.max(0, dayIndex(max, min));
    for (const input of [this.fromInput, this.toInput]) input.max = String(this.span);
    const clamp = (v: number) => Math.max(0, Math.min(this.span, v));
    this.fromInput.value = String(window.from ? clamp(dayIndex(window.from, min)) : 0);
    this.toInput.value = String(window.to ? clamp(dayIndex(window.to, min)) : this.span);
    const counts = new Array<number>(this.span + 1).fill(0);
    for (const b of buckets) {
      const i = dayIndex(b.date.slice(0, 10), min);
      if (i >= 0 && i <= this.span) counts[i]! += b.count;
    }
    const peak = Math.max(1, ...counts);
    this.bars.replaceChildren(
      ...counts.map((c, i) => el('span', { class: 'bar', attrs: { title: `${dayAt(i, min)}: ${c}`, style: `height:${Math.round((100 * c) / peak)}%` } })),
    );
    this.showLabel();
  }

  private showLabel(): void {
    if (!this.origin) return;
    this.label.textContent = `${dayAt(Number(this.fromInput.value), this.origin)} — ${dayAt(Number(this.toInput.value), this.origin)}`;
  }
}
