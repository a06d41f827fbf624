// The time bar's pure helpers (issue 18 §3): the days a bucket covers and the windows play steps through.
import { describe, expect, it } from 'vitest';
import { bucketDays, nextWindow, playStart } from '../../../web/src/core/time/index.ts';

describe('bucketDays', () => {
  it('should give a day, a week from its Monday, a month and a leap year their days', () => {
    expect(bucketDays('2024-05-05', 'day')).toEqual({ start: '2024-05-05', days: 1 });
    expect(bucketDays('2024-04-29', 'week')).toEqual({ start: '2024-04-29', days: 7 });
    expect(bucketDays('2024-02', 'month')).toEqual({ start: '2024-02-01', days: 29 });
    expect(bucketDays('2024', 'year')).toEqual({ start: '2024-01-01', days: 366 });
  });

  it('should refuse a key that is no date', () => {
    expect(() => bucketDays('soon', 'day')).toThrow(/core\/time/);
  });
});

describe('play steps', () => {
  it('should move a week-wide window on by a week until it ends on the last day', () => {
    const steps = [];
    let w: { from: string; to: string } | null = playStart({}, 'week', '2024-01-01', '2024-03-01');
    while (w) {
      steps.push(w);
      w = nextWindow(w, 'week', '2024-03-01');
    }
    expect(steps[0]).toEqual({ from: '2024-01-01', to: '2024-01-07' });
    expect(steps[1]).toEqual({ from: '2024-01-08', to: '2024-01-14' });
    expect(steps.at(-1)!.to).toBe('2024-03-01');
    expect(steps.length).toBe(9);
  });

  it('should start from the window the user set', () => {
    expect(playStart({ from: '2024-02-01', to: '2024-02-10' }, 'day', '2024-01-01', '2024-03-01')).toEqual({ from: '2024-02-01', to: '2024-02-10' });
  });
});
