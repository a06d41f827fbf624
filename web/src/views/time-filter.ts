// The time bar under the graph, as wide as the canvas: a histogram of articles and events in the
// bucket the server chose for the span (day, week, month or year), a two-handled slider over it
// (from / to, in days) and a play button that steps the window through time, one bucket a step,
// while the graph follows. Moving a handle or a play step calls back with the window as days.
import { dayAt, dayIndex } from '../core/filters/index.ts';
import type { HistogramBucket } from '../core/api/index.ts';
import { bucketDays, nextWindow, playStart, UNIT_LABELS, type HistogramUnit } from '../core/time/index.ts';
import { el } from './dom.ts';

/** Time between two play steps: long enough for the window's graph to load and be read. */
export const PLAY_STEP_MS = 1_200;

export class TimeFilter {
  private origin = '';
  private span = 0;
  private unit: HistogramUnit = 'day';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly fromInput = el('input', { attrs: { type: 'range', id: 'time-from', min: '0', max: '0', value: '0', 'aria-label': '开始 From' } });
  private readonly toInput = el('input', { attrs: { type: 'range', id: 'time-to', min: '0', max: '0', value: '0', 'aria-label': '结束 To' } });
  private readonly label = el('div', { attrs: { id: 'time-label' } });
  private readonly unitLabel = el('div', { class: 'time-unit', attrs: { id: 'time-unit' } });
  private readonly bars = el('div', { class: 'histogram', attrs: { 'aria-hidden': 'true' } });
  private readonly shade = el('div', { class: 'time-window' });
  private readonly playButton = el('button', { attrs: { id: 'time-play', type: 'button' }, text: '▶ 播放 Play' });

  constructor(
    root: HTMLElement,
    /** Resolves once the graph shows the window (play waits for it before the next step). */
    private readonly onChange: (from: string | undefined, to: string | undefined) => Promise<void> | void,
  ) {
    root.replaceChildren(
      this.playButton,
      el('div', { class: 'time-track' }, [this.bars, this.shade, el('div', { class: 'sliders' }, [this.fromInput, this.toInput])]),
      el('div', { class: 'time-label' }, [this.label, this.unitLabel]),
    );
    const changed = (which: 'from' | 'to') => {
      this.stop();
      let f = Number(this.fromInput.value);
      let t = Number(this.toInput.value);
      if (f > t) {
        if (which === 'from') t = f;
        else f = t;
        this.fromInput.value = String(f);
        this.toInput.value = String(t);
      }
      void this.emit();
    };
    this.fromInput.addEventListener('input', () => changed('from'));
    this.toInput.addEventListener('input', () => changed('to'));
    this.playButton.addEventListener('click', () => (this.timer === undefined ? this.play() : this.stop()));
  }

  /** Sets the domain (min..max days), the histogram and its unit; keeps a window that still fits. */
  setDomain(min: string, max: string, buckets: HistogramBucket[], unit: HistogramUnit, window: { from?: string; to?: string }): void {
    this.origin = min;
    this.unit = unit;
    this.span = Math.max(0, dayIndex(max, min));
    for (const input of [this.fromInput, this.toInput]) input.max = String(this.span);
    const clamp = (v: number) => Math.max(0, Math.min(this.span, v));
    this.fromInput.value = String(window.from ? clamp(dayIndex(window.from, min)) : 0);
    this.toInput.value = String(window.to ? clamp(dayIndex(window.to, min)) : this.span);
    const peak = Math.max(1, ...buckets.map((b) => b.count));
    const width = this.span + 1;
    // Each bar spans its bucket's days on the same axis as the slider, clipped to the domain.
    this.bars.replaceChildren(
      ...buckets.map((b) => {
        const { start, days } = bucketDays(b.date, unit);
        const left = Math.max(0, dayIndex(start, min));
        const right = Math.min(width, dayIndex(start, min) + days);
        const style = `left:${(100 * left) / width}%;width:${(100 * Math.max(0, right - left)) / width}%;height:${Math.max(4, Math.round((100 * b.count) / peak))}%`;
        return el('span', { class: 'bar', attrs: { title: `${b.date}: ${b.count}`, style } });
      }),
    );
    this.showWindow();
  }

  /** Steps the window on by one bucket every PLAY_STEP_MS until it reaches the last day. */
  play(): void {
    if (!this.origin) return;
    const last = dayAt(this.span, this.origin);
    const current = this.window();
    let w: { from: string; to: string } | null = playStart({ from: current.from, to: current.to }, this.unit, this.origin, last);
    this.playButton.textContent = '❚❚ 暂停 Pause';
    const step = async () => {
      if (!w) return this.stop();
      this.fromInput.value = String(dayIndex(w.from, this.origin));
      this.toInput.value = String(dayIndex(w.to, this.origin));
      const started = performance.now();
      // The next step waits until the graph has followed, then the rest of the step time.
      await this.emit();
      if (this.timer === undefined) return;
      w = nextWindow(w, this.unit, last);
      this.timer = setTimeout(() => void step(), Math.max(0, PLAY_STEP_MS - (performance.now() - started)));
    };
    this.timer = setTimeout(() => void step(), 0);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.playButton.textContent = '▶ 播放 Play';
  }

  kill(): void {
    this.stop();
  }

  private window(): { from: string | undefined; to: string | undefined } {
    const f = Number(this.fromInput.value);
    const t = Number(this.toInput.value);
    return { from: f > 0 ? dayAt(f, this.origin) : undefined, to: t < this.span ? dayAt(t, this.origin) : undefined };
  }

  private async emit(): Promise<void> {
    this.showWindow();
    const { from, to } = this.window();
    await this.onChange(from, to);
  }

  private showWindow(): void {
    if (!this.origin) return;
    const f = Number(this.fromInput.value);
    const t = Number(this.toInput.value);
    const width = this.span + 1;
    this.shade.style.left = `${(100 * f) / width}%`;
    this.shade.style.width = `${(100 * (t - f + 1)) / width}%`;
    this.label.textContent = `${dayAt(f, this.origin)} — ${dayAt(t, this.origin)}`;
    this.unitLabel.textContent = `${UNIT_LABELS[this.unit]} · ${this.bars.childElementCount} 条 bars`;
  }
}
