// A clock whose time moves only when a test says so: timers fire in order as `advance` passes them,
// so backoff and monitor intervals are tested without waiting on the wall clock.
import type { Clock } from '../../neo4j/clock.ts';

export interface ManualClock extends Clock {
  /** Moves time forward by `ms`, firing every timer due on the way (and letting promises settle). */
  advance(ms: number): Promise<void>;
  /** Delays of the timers still pending, soonest first. */
  pending(): number[];
}

export function manualClock(start = 0): ManualClock {
  let now = start;
  let nextId = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    pending: () => [...timers.values()].map((t) => t.at - now).sort((a, b) => a - b),
    async advance(ms) {
      const until = now + ms;
      await settle();
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        await settle();
      }
      now = until;
    },
  };
}
